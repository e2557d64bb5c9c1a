package cn.gridservice.desk.workflow;

import cn.gridservice.desk.platform.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/** The user tasks open now on a case or a complaint, as the API and the pages show them. */
@ApplicationScoped
public class OpenSteps {

  /** An open user task; {@code step} is the BPMN task id. */
  public record OpenStep(
      String taskId,
      String step,
      String name,
      OffsetDateTime due,
      boolean dueProvisional,
      String assignee,
      List<String> candidateGroups) {}

  @Inject TaskService taskService;

  @Inject RuntimeService runtimeService;

  public List<OpenStep> of(String processInstanceId) {
    if (processInstanceId == null) {
      return List.of();
    }
    return taskService
        .createTaskQuery()
        .processInstanceId(processInstanceId)
        .orderByTaskCreateTime()
        .asc()
        .list()
        .stream()
        .map(this::step)
        .toList();
  }

  /**
   * The open steps of many process instances at once (a customer's cases, say), by process instance
   * id, each list as {@link #of} gives it. A fixed number of engine queries however many instances
   * and tasks there are: one for the tasks, one for the provisional due dates, and one per group in
   * {@code candidateGroups} — the groups that may be candidates (the staff roles), since the engine
   * has no query for the identity links of many tasks.
   */
  public Map<String, List<OpenStep>> ofInstances(
      Collection<String> processInstanceIds, Collection<String> candidateGroups) {
    String[] ids =
        processInstanceIds.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
    if (ids.length == 0) {
      return Map.of();
    }
    List<Task> tasks =
        taskService.createTaskQuery().processInstanceIdIn(ids).orderByTaskCreateTime().asc().list();
    if (tasks.isEmpty()) {
      return Map.of();
    }
    Map<String, List<String>> groups = new HashMap<>();
    for (String group : candidateGroups.stream().distinct().sorted().toList()) {
      for (Task task :
          taskService
              .createTaskQuery()
              .processInstanceIdIn(ids)
              .taskCandidateGroup(group)
              .includeAssignedTasks()
              .list()) {
        groups.computeIfAbsent(task.getId(), id -> new ArrayList<>()).add(group);
      }
    }
    String[] taskIds = tasks.stream().map(Task::getId).toArray(String[]::new);
    Set<String> provisional =
        runtimeService
            .createVariableInstanceQuery()
            .taskIdIn(taskIds)
            .variableName(TaskDeadlineListener.DUE_PROVISIONAL)
            .list()
            .stream()
            .filter(v -> Boolean.TRUE.equals(v.getValue()))
            .map(VariableInstance::getTaskId)
            .collect(Collectors.toSet());
    Map<String, List<OpenStep>> byInstance = new LinkedHashMap<>();
    for (Task task : tasks) {
      byInstance
          .computeIfAbsent(task.getProcessInstanceId(), id -> new ArrayList<>())
          .add(
              step(
                  task,
                  provisional.contains(task.getId()),
                  groups.getOrDefault(task.getId(), List.of()).stream().sorted().toList()));
    }
    byInstance.replaceAll((id, steps) -> List.copyOf(steps));
    return byInstance;
  }

  private OpenStep step(Task task) {
    List<String> groups =
        taskService.getIdentityLinksForTask(task.getId()).stream()
            .filter(
                link ->
                    IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
            .map(IdentityLink::getGroupId)
            .sorted()
            .toList();
    boolean provisional =
        Boolean.TRUE.equals(
            taskService.getVariableLocal(task.getId(), TaskDeadlineListener.DUE_PROVISIONAL));
    return step(task, provisional, groups);
  }

  private static OpenStep step(Task task, boolean dueProvisional, List<String> candidateGroups) {
    return new OpenStep(
        task.getId(),
        task.getTaskDefinitionKey(),
        task.getName(),
        Times.toBusinessTime(task.getDueDate()),
        dueProvisional,
        task.getAssignee(),
        candidateGroups);
  }
}
