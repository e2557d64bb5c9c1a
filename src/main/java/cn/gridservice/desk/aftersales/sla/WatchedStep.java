package cn.gridservice.desk.aftersales.sla;

import java.util.Comparator;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;

/**
 * The open step an SLA timer belongs to, seen from the timer's boundary event: the event's {@code
 * attachedToRef} names the step, and the step's open task and record are looked up.
 */
record WatchedStep(String step, Task task, SlaRecord record) {

  /** The step whose SLA boundary event the execution is at; fails on any other element. */
  static String stepOf(DelegateExecution execution) {
    FlowElement element = execution.getBpmnModelElementInstance();
    if (element instanceof BoundaryEvent event && event.getAttachedTo() != null) {
      return event.getAttachedTo().getId();
    }
    throw new IllegalStateException(
        "an SLA delegate belongs on a boundary timer of a user task, not on "
            + (element == null ? execution.getCurrentActivityId() : element.getId()));
  }

  /**
   * @return empty when the step's task is gone or was never recorded
   */
  static Optional<WatchedStep> find(DelegateExecution execution, SlaRecords records) {
    String step = stepOf(execution);
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    // one open task per step in this model; the newest, should a later model run a step twice at
    // once
    Optional<Task> task =
        tasks
            .createTaskQuery()
            .processInstanceId(execution.getProcessInstanceId())
            .taskDefinitionKey(step)
            .list()
            .stream()
            .max(Comparator.comparing(Task::getCreateTime));
    return task.flatMap(
        t -> records.byTask(t.getId()).map(record -> new WatchedStep(step, t, record)));
  }
}
