package cn.gridservice.desk.tasklist;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

import cn.gridservice.desk.aftersales.domain.ServiceCase;
import cn.gridservice.desk.complaint.domain.Complaint;
import cn.gridservice.desk.platform.Times;
import cn.gridservice.desk.workflow.TaskDeadlineListener;

/**
 * "My work": the tasks assigned to a user and the unassigned tasks of the user's groups, most
 * urgent first. (A dedicated queue table replaces the engine query for large volumes later.)
 */
@ApplicationScoped
public class MyWork {

  @Inject
  TaskService taskService;

  @Inject
  RuntimeService runtimeService;

  @PersistenceContext
  EntityManager em;

  public long count(String userId, Collection<String> groups) {
    return query(userId, groups).count();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<WorkItem> page(String userId, Collection<String> groups, int first, int size) {
    // high-risk customers and key accounts first (task priority from the model), then the earliest due
    List<Task> tasks = query(userId, groups)
        .orderByTaskPriority().desc()
        .orderByDueDate().asc()
        .orderByTaskCreateTime().asc()
        .listPage(first, size);
    Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
    Map<String, ServiceCase> cases = instanceIds.isEmpty() ? Map.of()
        : em.createNamedQuery("ServiceCase.byProcessInstances", ServiceCase.class).setParameter("ids", instanceIds)
            .getResultStream().collect(Collectors.toMap(ServiceCase::processInstanceId, Function.identity()));
    Map<String, Complaint> complaints = instanceIds.isEmpty() ? Map.of()
        : em.createNamedQuery("Complaint.byProcessInstances", Complaint.class).setParameter("ids", instanceIds)
            .getResultStream().collect(Collectors.toMap(Complaint::processInstanceId, Function.identity()));
    Set<String> provisional = provisionalDueDates(tasks);
    return tasks.stream().map(t -> {
      Complaint complaint = complaints.get(t.getProcessInstanceId());
      return complaint != null ? toItem(t, complaint, provisional.contains(t.getId()))
          : toItem(t, cases.get(t.getProcessInstanceId()), provisional.contains(t.getId()));
    }).toList();
  }

  /**
   * Claims the task for the user. Exactly one of two people claiming at once wins (the engine's
   * optimistic lock on the task row); the other learns who has it. Each engine call is its own
   * transaction here, so that the loser can still read the winner.
   */
  public void claim(String taskId, String userId) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw gone();
    }
    if (userId.equals(task.getAssignee())) {
      return;
    }
    if (task.getAssignee() != null) {
      throw claimedBy(task.getAssignee());
    }
    try {
      taskService.claim(taskId, userId);
    } catch (TaskAlreadyClaimedException e) {
      throw claimedBy(e.getTaskAssignee());
    } catch (OptimisticLockingException e) {
      Task now = taskService.createTaskQuery().taskId(taskId).singleResult();
      if (now == null) {
        throw gone();
      }
      throw claimedBy(now.getAssignee());
    }
  }

  private static TaskClaimConflict gone() {
    return new TaskClaimConflict("the task is gone: completed or cancelled by someone else", null);
  }

  private static TaskClaimConflict claimedBy(String holder) {
    return new TaskClaimConflict("the task is already claimed by " + holder, holder);
  }

  private TaskQuery query(String userId, Collection<String> groups) {
    TaskQuery query = taskService.createTaskQuery().active();
    if (groups.isEmpty()) {
      return query.taskAssignee(userId);
    }
    return query.or().taskAssignee(userId).taskCandidateGroupIn(List.copyOf(groups)).endOr();
  }

  /** Tasks of the page whose due date rests on a year without official holiday data. */
  private Set<String> provisionalDueDates(List<Task> tasks) {
    String[] ids = tasks.stream().filter(t -> t.getDueDate() != null).map(Task::getId).toArray(String[]::new);
    if (ids.length == 0) {
      return Set.of();
    }
    return runtimeService.createVariableInstanceQuery().taskIdIn(ids)
        .variableName(TaskDeadlineListener.DUE_PROVISIONAL).list().stream()
        .filter(v -> Boolean.TRUE.equals(v.getValue()))
        .map(VariableInstance::getTaskId).collect(Collectors.toSet());
  }

  private static WorkItem toItem(Task task, ServiceCase serviceCase, boolean dueProvisional) {
    return new WorkItem(task.getId(), task.getTaskDefinitionKey(), task.getName(),
        serviceCase == null ? null : serviceCase.caseNo(),
        serviceCase == null ? null : serviceCase.customer().customerNo(),
        serviceCase == null ? null : serviceCase.customer().name(),
        serviceCase != null && serviceCase.customer().isPriority(),
        Times.toBusinessTime(task.getCreateTime()), Times.toBusinessTime(task.getDueDate()), dueProvisional,
        task.getAssignee(), 0);
  }

  private static WorkItem toItem(Task task, Complaint complaint, boolean dueProvisional) {
    return new WorkItem(task.getId(), task.getTaskDefinitionKey(), task.getName(), complaint.complaintNo(),
        complaint.customer().customerNo(), complaint.customer().name(), complaint.customer().isPriority(),
        Times.toBusinessTime(task.getCreateTime()), Times.toBusinessTime(task.getDueDate()), dueProvisional,
        task.getAssignee(), complaint.escalationLevel());
  }
}
