package cn.gridservice.desk.tasklist.step;

import cn.gridservice.desk.tasklist.Actor;
import java.util.List;
import java.util.Set;

/**
 * The forms of one process's steps, supplied by the capability that owns the process (a CDI bean);
 * the task list finds it by the process's key and uses it for the task page, for completion through
 * the API and for My work. A step of the process that no form serves (a step a manager added in the
 * models workbench, say) gets the task list's generic form, beside this process's subject.
 *
 * <p>The step ids are the user-task ids of the model and the process's {@code *Process} constants;
 * {@code StepFormsMatchModelsTest} parses every model in {@code processes/} and fails when a step
 * has no form, a form names a step no model has, or a fragment is missing.
 */
public interface StepForm {

  /** The key of the process whose steps this serves (the BPMN process id). */
  String processKey();

  /** The user-task ids this has a form for. */
  Set<String> steps();

  /**
   * The page fragment that shows what the task is about (the case or complaint and its customer)
   * and wraps the step's form; it includes {@code #{taskPage.formFragment}} inside its {@code
   * h:form}.
   */
  String subjectFragment();

  /**
   * The page fragment with the fields of one step's form: by default {@code
   * /WEB-INF/steps/<process>/<step>.xhtml}.
   */
  default String formFragment(String step) {
    return "/WEB-INF/steps/" + processKey() + "/" + step + ".xhtml";
  }

  /** The fields the step's form takes, as {@code POST /api/tasks/{id}/complete} reads them. */
  List<StepField> fields(String step);

  /**
   * Completes the step from the fields of its form with exactly the checks of the page: every
   * wrongly typed field is reported before anything is done ({@link FormValues#check()}).
   */
  void complete(String taskId, Actor actor, String step, FormValues values);
}
