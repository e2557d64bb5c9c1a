package cn.gridservice.desk.tasklist.web;

import cn.gridservice.desk.customer.application.CustomerPrivacy;
import cn.gridservice.desk.platform.web.Messages;
import cn.gridservice.desk.security.CurrentUser;
import cn.gridservice.desk.tasklist.Actor;
import cn.gridservice.desk.tasklist.TaskAccess;
import cn.gridservice.desk.tasklist.step.StepForm;
import cn.gridservice.desk.tasklist.step.StepForms;
import cn.gridservice.desk.workflow.EngineServices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;

/**
 * The page of one task ({@code /work/task.xhtml}): whether the user may see it and work on it (the
 * same decision as the API's), and which fragments show it: the subject and step form of the
 * capability owning the task's process, or the generic ones. The fragments' own beans read the task
 * from here.
 */
@Named
@ViewScoped
public class TaskPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The engine's services are not serializable; the view reaches them through this proxy. */
  @Inject EngineServices engine;

  @Inject CurrentUser user;

  @Inject TaskAccess access;

  @Inject StepForms forms;

  private String taskId;
  private String step;
  private String taskName;
  private String processKey;
  private String processInstanceId;
  private String subjectFragment;
  private String formFragment;
  private boolean gone;
  private boolean denied;
  private TaskAccess.Level level = TaskAccess.Level.NONE;

  public void load() {
    TaskService taskService = engine.taskService();
    Task task = taskId == null ? null : taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      gone = true;
      Messages.warn("work.claimGone");
      return;
    }
    level = access.level(task, Actor.of(user));
    if (!level.maySee()) {
      // nothing of the task, its case or its comments for someone outside its roles
      denied = true;
      Messages.warn("form.notYourRole");
      return;
    }
    step = task.getTaskDefinitionKey();
    taskName = task.getName();
    processInstanceId = task.getProcessInstanceId();
    processKey = forms.processKeyOf(task);
    subjectFragment =
        forms
            .ofProcess(processKey)
            .map(StepForm::subjectFragment)
            .orElse(StepForms.GENERIC_SUBJECT);
    formFragment =
        forms
            .serving(processKey, step)
            .map(f -> f.formFragment(step))
            .orElse(StepForms.GENERIC_FORM);
    if (!level.mayWork()) {
      Messages.info("form.lookOnly");
    }
  }

  /**
   * The step's name in the user's language, or the model's name of a step the bundles do not know.
   */
  public String getTitle() {
    if (step == null) {
      return Messages.text("form.title");
    }
    String key = "step." + step;
    String text = Messages.text(key);
    return key.equals(text) && taskName != null ? taskName : text;
  }

  /**
   * What the customer added while the task was open (task comments), oldest first, masked for the
   * user's roles.
   */
  public List<String> getAddedInformation() {
    if (taskId == null || gone || !level.maySee()) {
      return List.of();
    }
    CustomerPrivacy privacy = CustomerPrivacy.forRoles(user.roles());
    return engine.taskService().getTaskComments(taskId).stream()
        .sorted(Comparator.comparing(Comment::getTime))
        .map(Comment::getFullMessage)
        .map(privacy::text)
        .toList();
  }

  public String getTaskId() {
    return taskId;
  }

  public void setTaskId(String taskId) {
    this.taskId = taskId;
  }

  public String getStep() {
    return step;
  }

  public String getProcessKey() {
    return processKey;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  /** The fragment showing what the task is about, wrapping the form; null when nothing is shown. */
  public String getSubjectFragment() {
    return subjectFragment;
  }

  public String getFormFragment() {
    return formFragment;
  }

  public boolean isGone() {
    return gone;
  }

  /** The task is not for the user's roles: the page shows none of it. */
  public boolean isDenied() {
    return denied;
  }

  /** The user holds one of the task's roles: the form is shown. */
  public boolean isMayWork() {
    return !gone && level.mayWork();
  }
}
