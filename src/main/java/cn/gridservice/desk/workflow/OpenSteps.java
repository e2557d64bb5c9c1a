package cn.gridservice.desk.workflow;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import cn.gridservice.desk.platform.Times;

/** The user tasks open now on a case or a complaint, as the API and the pages show them. */
@ApplicationScoped
public class OpenSteps {

  /** An open user task; {@code step} is the BPMN task id. */
  public record OpenStep(String taskId, String step, String name, OffsetDateTime due, boolean dueProvisional,
      String assignee, List<String> candidateGroups) {
  }

  @Inject
  TaskService taskService;

  public List<OpenStep> of(String processInstanceId) {
    if (processInstanceId == null) {
      return List.of();
    }
    return taskService.createTaskQuery().processInstanceId(processInstanceId).orderByTaskCreateTime().asc().list()
        .stream().map(this::step).toList();
  }

  private OpenStep step(Task task) {
    List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).sorted().toList();
    boolean provisional = Boolean.TRUE.equals(
        taskService.getVariableLocal(task.getId(), TaskDeadlineListener.DUE_PROVISIONAL));
    return new OpenStep(task.getId(), task.getTaskDefinitionKey(), task.getName(),
        Times.toBusinessTime(task.getDueDate()), provisional, task.getAssignee(), groups);
  }
}
