package cn.gridservice.desk.tasklist;

import cn.gridservice.desk.tasklist.step.FormValues;
import cn.gridservice.desk.tasklist.step.GenericStep;
import cn.gridservice.desk.tasklist.step.StepField;
import cn.gridservice.desk.tasklist.step.StepForm;
import cn.gridservice.desk.tasklist.step.StepForms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Completes any task from the fields of its form, as JSON ({@code POST
 * /api/tasks/{taskId}/complete}): the step form of the task's process does the checking, so the API
 * accepts exactly what the page accepts; a step no form serves takes the generic form's outcome and
 * remark. The fields per step are listed in the README and by {@code GET /api/tasks/{taskId}/form}.
 */
@ApplicationScoped
public class TaskCompletion {

  @Inject TaskService taskService;

  @Inject HistoryService historyService;

  @Inject StepForms forms;

  @Inject GenericStep genericStep;

  @Inject TaskAccess access;

  /**
   * The task never existed (as opposed to: it was completed or cancelled, a {@link
   * TaskClaimConflict}).
   */
  public static final class TaskNotFound extends RuntimeException {
    TaskNotFound(String taskId) {
      super("no task " + taskId);
    }
  }

  /**
   * @return the step that was completed
   * @throws cn.gridservice.desk.platform.NotPermitted when the task is not for the actor's roles,
   *     before any field is looked at
   */
  public String complete(String taskId, Actor actor, JsonObject form) {
    Task task = existing(taskId);
    access.requireWorker(task, actor);
    String step = task.getTaskDefinitionKey();
    FormValues values = new FormValues(form);
    forms
        .serving(forms.processKeyOf(task), step)
        .ifPresentOrElse(
            f -> f.complete(taskId, actor, step, values),
            () -> genericStep.complete(taskId, actor, values));
    return step;
  }

  /** The fields the task's form takes. */
  public List<StepField> fields(String taskId, Actor actor) {
    Task task = existing(taskId);
    access.requireSight(task, actor);
    String step = task.getTaskDefinitionKey();
    return forms
        .serving(forms.processKeyOf(task), step)
        .map((StepForm f) -> f.fields(step))
        .orElseGet(() -> genericStep.fields(taskId));
  }

  private Task existing(String taskId) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      if (historyService.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0) {
        throw new TaskClaimConflict(
            "the task is gone: completed or cancelled by someone else", null);
      }
      throw new TaskNotFound(taskId);
    }
    return task;
  }
}
