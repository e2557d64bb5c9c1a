package cn.gridservice.desk.platform.web;

import cn.gridservice.desk.platform.HeldElsewhere;
import cn.gridservice.desk.platform.InvalidInput;
import jakarta.faces.context.FacesContext;
import java.util.function.Supplier;

/**
 * What every task form does with a submission: bad input and "someone was faster" become messages
 * and the form keeps what the user typed; success goes back to the work list with a message that
 * survives the redirect.
 */
public final class FormSubmission {

  private FormSubmission() {}

  /**
   * @param action the work; answers the outcome to go to, or null for the work list
   * @param doneKey the bundle key of the success message
   * @return the outcome, or null to stay on the form
   */
  public static String submit(Supplier<String> action, String doneKey, Object... doneArgs) {
    String outcome;
    try {
      outcome = action.get();
    } catch (InvalidInput e) {
      showProblems(e);
      return null;
    } catch (HeldElsewhere e) {
      showFormConflict(e);
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    Messages.info(doneKey, doneArgs);
    return outcome != null ? outcome : "/work/my-work?faces-redirect=true";
  }

  /**
   * Runs an action that keeps the user on the form (a contact attempt, a measurement, a question).
   */
  public static boolean stay(Runnable action, String doneKey, Object... doneArgs) {
    try {
      action.run();
    } catch (InvalidInput e) {
      showProblems(e);
      return false;
    } catch (HeldElsewhere e) {
      showFormConflict(e);
      return false;
    }
    Messages.info(doneKey, doneArgs);
    return true;
  }

  public static void showProblems(InvalidInput e) {
    Messages.invalid("form.invalid", e);
  }

  /** Someone else was faster with the task of a form: what the user typed stays in the form. */
  public static void showFormConflict(HeldElsewhere e) {
    if (e.holder() == null) {
      Messages.warn("form.gone");
    } else {
      Messages.warn("form.taken", e.holder());
    }
  }

  /** Someone else was faster claiming from a list. */
  public static void showConflict(HeldElsewhere e) {
    if (e.holder() == null) {
      Messages.warn("work.claimGone");
    } else {
      Messages.warn("work.claimTaken", e.holder());
    }
  }
}
