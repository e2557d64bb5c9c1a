package cn.gridservice.desk.tasklist.step;

import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.tasklist.Actor;
import cn.gridservice.desk.tasklist.TaskAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.task.Task;

/**
 * The generic form of a step that no capability has a form for (a step a manager added to a model):
 * an outcome and a remark. The outcome is free text, or one of the values of an {@code enum} form
 * field named {@code outcome} when the model declares one ({@code camunda:formField}); it is set as
 * the process variables {@code outcome} and {@code <step>Outcome}, so a gateway after the step can
 * read it, and the remark goes on the task as a comment and into {@code <step>Remark}.
 */
@ApplicationScoped
public class GenericStep {

  public static final String OUTCOME = "outcome";
  public static final String REMARK = "remark";
  public static final int MAX_OUTCOME = 100;
  public static final int MAX_REMARK = 2000;

  @Inject TaskService taskService;

  @Inject FormService formService;

  @Inject TaskAccess access;

  public List<StepField> fields(String taskId) {
    List<String> outcomes = outcomes(taskId);
    return List.of(
        outcomes.isEmpty()
            ? StepField.text(OUTCOME, true)
            : StepField.choice(OUTCOME, true, outcomes),
        StepField.text(REMARK, false));
  }

  /** The allowed outcomes the model declares for the step, empty when any text will do. */
  public List<String> outcomes(String taskId) {
    TaskFormData form = formService.getTaskFormData(taskId);
    if (form == null) {
      return List.of();
    }
    for (FormField field : form.getFormFields()) {
      if (OUTCOME.equals(field.getId()) && "enum".equals(field.getTypeName())) {
        Object values = field.getType().getInformation("values");
        if (values instanceof Map<?, ?> map) {
          return map.keySet().stream().map(Object::toString).toList();
        }
      }
    }
    return List.of();
  }

  /** Completes the step from the API's fields. */
  public void complete(String taskId, Actor actor, FormValues values) {
    String outcome = values.choice(OUTCOME, outcomes(taskId));
    String remark = values.text(REMARK);
    values.check();
    complete(taskId, actor, outcome, remark);
  }

  @Transactional
  public void complete(String taskId, Actor actor, String outcome, String remark) {
    Task task = access.open(taskId, actor, null);
    InvalidInput.Collector errors = InvalidInput.collect();
    List<String> allowed = outcomes(taskId);
    if (outcome == null || outcome.isBlank()) {
      errors.add(OUTCOME, "invalid.generic.outcomeRequired");
    } else if (!allowed.isEmpty() && !allowed.contains(outcome.strip())) {
      errors.add(OUTCOME, "invalid.field.notOneOf", OUTCOME, String.join(", ", allowed), outcome);
    }
    errors.maxLength(OUTCOME, outcome, MAX_OUTCOME, "invalid.text.tooLong", OUTCOME, MAX_OUTCOME);
    errors.maxLength(REMARK, remark, MAX_REMARK, "invalid.text.tooLong", REMARK, MAX_REMARK);
    errors.throwIfAny();
    String step = task.getTaskDefinitionKey();
    Map<String, Object> variables = new HashMap<>();
    variables.put(OUTCOME, outcome.strip());
    variables.put(step + "Outcome", outcome.strip());
    if (remark != null && !remark.isBlank()) {
      variables.put(step + "Remark", remark.strip());
      taskService.createComment(taskId, task.getProcessInstanceId(), remark.strip());
    }
    access.ensureCompletable(task);
    taskService.complete(taskId, variables);
  }
}
