package cn.gridservice.desk.tasklist;

import cn.gridservice.desk.platform.Clock;
import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.NotPermitted;
import cn.gridservice.desk.platform.Times;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.staff.application.StaffDirectory;
import cn.gridservice.desk.staff.domain.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;

/**
 * Who holds a task: claim and unclaim, hand it to a colleague (assign, delegate and take it back),
 * bulk claim and bulk assign, and the holder's follow-up date.
 *
 * <p>Who may do what ({@link TaskPermissions}): the holder (assignee) works on the task; team
 * leaders ({@link Actor#TEAM_LEADERS}) also hand tasks to colleagues, take them away and claim or
 * assign many at once. A colleague must be an active member of staff with a role that is a
 * candidate group of the task. Refusals are {@link InvalidInput} (400), {@link TaskClaimConflict}
 * (409: gone, or held by someone who is named) and {@link NotPermitted} (403).
 *
 * <p>Every change runs as the acting user in the engine ({@link TaskEngineCalls}), so that the
 * engine's user operation log names who did it (Claim, Assign, Delegate, Resolve, Update
 * followUpDate). Each engine call is its own transaction: a lost race is read back and reported
 * with who won, and one task of a bulk action never undoes the others.
 */
@ApplicationScoped
public class TaskHandOver {

  /** The most tasks one bulk request may name. */
  public static final int MAX_BULK_TASKS = 200;

  @Inject TaskService taskService;

  @Inject StaffDirectory staff;

  @Inject TaskPermissions permissions;

  @Inject TaskEngineCalls calls;

  @Inject Clock clock;

  public TaskHandOver() {}

  public TaskHandOver(
      TaskService taskService, IdentityService identityService, StaffDirectory staff, Clock clock) {
    this.taskService = taskService;
    this.clock = clock;
    this.staff = staff;
    this.permissions = new TaskPermissions(taskService);
    this.calls = new TaskEngineCalls(taskService, identityService);
  }

  // ---------------------------------------------------------------- claim, unclaim, assign,
  // delegate

  /**
   * The task becomes the actor's; 403 unless the actor holds one of its roles, 409 naming the
   * holder when somebody else has it.
   */
  public void claim(String taskId, Actor actor) {
    calls.as(
        actor,
        () ->
            calls.retryOnce(
                taskId,
                () -> {
                  Task task = permissions.existing(taskId);
                  permissions.requireWorker(task, actor);
                  if (actor.userId().equals(task.getAssignee())) {
                    return null;
                  }
                  if (task.getAssignee() != null) {
                    throw TaskPermissions.claimedBy(task.getAssignee());
                  }
                  taskService.claim(taskId, actor.userId());
                  return null;
                }));
  }

  /**
   * The task goes back to its group's queue. The holder does this, or a team leader; a delegated
   * task goes back to its owner with {@link #resolve} instead.
   */
  public void unclaim(String taskId, Actor actor) {
    calls.as(
        actor,
        () ->
            calls.retryOnce(
                taskId,
                () -> {
                  Task task = permissions.existing(taskId);
                  permissions.requireSight(task, actor);
                  if (task.getAssignee() == null) {
                    return null;
                  }
                  permissions.requireHolderOrTeamLeader(task, actor);
                  if (task.getDelegationState() == DelegationState.PENDING) {
                    throw InvalidInput.of(
                        "taskId", "invalid.task.unclaimDelegated", task.getOwner());
                  }
                  taskService.claim(taskId, null);
                  return null;
                }));
  }

  /**
   * A team leader gives the task to a colleague, also one someone else holds now (the engine's log
   * keeps who had it before).
   */
  public void assign(String taskId, String colleagueId, Actor actor) {
    TaskPermissions.requireTeamLeader(actor, "assign tasks to colleagues");
    calls.as(
        actor,
        () ->
            calls.retryOnce(
                taskId,
                () -> {
                  Task task = permissions.existing(taskId);
                  StaffMember colleague = eligibleColleague(task, colleagueId);
                  if (colleague.userId().equals(task.getAssignee())) {
                    return null;
                  }
                  taskService.setAssignee(taskId, colleague.userId());
                  return null;
                }));
  }

  /**
   * The holder (or a team leader) asks a colleague to work on the task; it comes back to the holder
   * — the owner — when the colleague {@link #resolve resolves} it, and only the owner completes it.
   */
  public void delegate(String taskId, String colleagueId, Actor actor) {
    calls.as(
        actor,
        () ->
            calls.retryOnce(
                taskId,
                () -> {
                  Task task = permissions.existing(taskId);
                  permissions.requireWorkerOrTeamLeader(task, actor);
                  if (task.getAssignee() == null) {
                    throw InvalidInput.of("taskId", "invalid.task.delegateUnassigned");
                  }
                  permissions.requireHolderOrTeamLeader(task, actor);
                  StaffMember colleague = eligibleColleague(task, colleagueId);
                  if (colleague.userId().equals(task.getAssignee())) {
                    throw InvalidInput.of(
                        "userId", "invalid.task.alreadyAssignee", colleague.userId());
                  }
                  taskService.delegateTask(taskId, colleague.userId());
                  return null;
                }));
  }

  /** The colleague a task was delegated to hands it back to its owner. */
  public void resolve(String taskId, Actor actor) {
    calls.as(
        actor,
        () ->
            calls.retryOnce(
                taskId,
                () -> {
                  Task task = permissions.existing(taskId);
                  permissions.requireWorkerOrTeamLeader(task, actor);
                  if (task.getDelegationState() != DelegationState.PENDING) {
                    throw InvalidInput.of("taskId", "invalid.task.notDelegated");
                  }
                  permissions.requireHolderOrTeamLeader(task, actor);
                  taskService.resolveTask(taskId);
                  return null;
                }));
  }

  /**
   * A task as the actions leave it: who holds it, whose it is while delegated, its follow-up date.
   */
  public record TaskState(
      String taskId,
      String name,
      String assignee,
      String owner,
      String delegation,
      OffsetDateTime followUp)
      implements Serializable {}

  /** The task as it is now; 409 when it is gone. */
  public TaskState state(String taskId) {
    Task task = permissions.existing(taskId);
    return new TaskState(
        task.getId(),
        task.getName(),
        task.getAssignee(),
        task.getOwner(),
        task.getDelegationState() == null ? null : task.getDelegationState().name(),
        Times.toBusinessTime(task.getFollowUpDate()));
  }

  // ---------------------------------------------------------------- bulk

  /** What became of one task of a bulk action. */
  public enum Outcome {
    /** Claimed or assigned as asked (also: it already was). */
    DONE,
    /** Somebody else holds it: {@code holder}. */
    TAKEN,
    /** Completed or cancelled meanwhile. */
    GONE,
    /** Not possible for this task, e.g. the colleague lacks its role: {@code refusal}. */
    REFUSED
  }

  /** One task's result; {@code holder} for TAKEN, {@code refusal} for REFUSED. */
  public record BulkResult(String taskId, Outcome outcome, String holder, InvalidInput refusal) {}

  /** A team leader claims many tasks at once; each task has its own result. */
  public List<BulkResult> bulkClaim(List<String> taskIds, Actor actor) {
    TaskPermissions.requireTeamLeader(actor, "claim tasks in bulk");
    List<String> ids = bulkIds(taskIds);
    List<BulkResult> results = new ArrayList<>();
    for (String taskId : ids) {
      results.add(each(taskId, () -> claim(taskId, actor)));
    }
    return results;
  }

  /**
   * A team leader hands open tasks to one colleague; a task somebody holds already stays theirs
   * (TAKEN). The colleague must hold the role of each task.
   */
  public List<BulkResult> bulkAssign(List<String> taskIds, String colleagueId, Actor actor) {
    TaskPermissions.requireTeamLeader(actor, "assign tasks in bulk");
    List<String> ids = bulkIds(taskIds);
    StaffMember colleague = activeColleague(colleagueId);
    List<BulkResult> results = new ArrayList<>();
    for (String taskId : ids) {
      results.add(
          each(
              taskId,
              () ->
                  calls.as(
                      actor,
                      () ->
                          calls.retryOnce(
                              taskId,
                              () -> {
                                Task task = permissions.existing(taskId);
                                requireRole(task, colleague);
                                if (colleague.userId().equals(task.getAssignee())) {
                                  return null;
                                }
                                if (task.getAssignee() != null) {
                                  throw TaskPermissions.claimedBy(task.getAssignee());
                                }
                                // claim, not setAssignee: whoever claimed a moment ago keeps the
                                // task
                                taskService.claim(taskId, colleague.userId());
                                return null;
                              }))));
    }
    return results;
  }

  private static BulkResult each(String taskId, Runnable action) {
    try {
      action.run();
      return new BulkResult(taskId, Outcome.DONE, null, null);
    } catch (TaskClaimConflict e) {
      return e.holder() == null
          ? new BulkResult(taskId, Outcome.GONE, null, null)
          : new BulkResult(taskId, Outcome.TAKEN, e.holder(), null);
    } catch (InvalidInput e) {
      return new BulkResult(taskId, Outcome.REFUSED, null, e);
    } catch (NotPermitted e) {
      return new BulkResult(
          taskId, Outcome.REFUSED, null, InvalidInput.of("taskId", "invalid.task.notForRoles"));
    }
  }

  private static List<String> bulkIds(List<String> taskIds) {
    Set<String> ids = new LinkedHashSet<>();
    if (taskIds != null) {
      taskIds.stream()
          .filter(id -> id != null && !id.isBlank())
          .map(String::strip)
          .forEach(ids::add);
    }
    if (ids.isEmpty()) {
      throw InvalidInput.of("taskIds", "invalid.bulk.noTasks");
    }
    if (ids.size() > MAX_BULK_TASKS) {
      throw InvalidInput.of("taskIds", "invalid.bulk.tooMany", MAX_BULK_TASKS);
    }
    return List.copyOf(ids);
  }

  // ---------------------------------------------------------------- follow-up

  /**
   * Sets the day the holder wants to look at the task again, or clears it ({@code null}). Not in
   * the past. The holder, a team leader, or — while nobody holds it — its group.
   */
  public void followUp(String taskId, Instant date, Actor actor) {
    calls.as(
        actor,
        () ->
            calls.retryOnce(
                taskId,
                () -> {
                  Task task = permissions.existing(taskId);
                  permissions.requireWorkerOrTeamLeader(task, actor);
                  if (task.getAssignee() != null
                      && !actor.userId().equals(task.getAssignee())
                      && !actor.isTeamLeader()) {
                    throw TaskPermissions.claimedBy(task.getAssignee());
                  }
                  if (date != null && date.isBefore(clock.now())) {
                    throw InvalidInput.of("date", "invalid.task.followUpPast");
                  }
                  task.setFollowUpDate(date == null ? null : Date.from(date));
                  // saves the task as it was read: a change by someone else meanwhile fails and is
                  // retried
                  taskService.saveTask(task);
                  return null;
                }));
  }

  // ---------------------------------------------------------------- colleagues

  /** Active staff who may take the task: they hold a role that is one of its candidate groups. */
  public List<StaffMember> eligibleColleagues(String taskId) {
    Task task = permissions.existing(taskId);
    TreeMap<String, StaffMember> colleagues = new TreeMap<>();
    for (Role role : permissions.candidateRoles(task)) {
      staff.withRole(role).stream()
          .filter(StaffMember::isActive)
          .forEach(m -> colleagues.putIfAbsent(m.userId(), m));
    }
    return List.copyOf(colleagues.values());
  }

  private StaffMember eligibleColleague(Task task, String colleagueId) {
    StaffMember colleague = activeColleague(colleagueId);
    requireRole(task, colleague);
    return colleague;
  }

  private StaffMember activeColleague(String colleagueId) {
    if (colleagueId == null || colleagueId.isBlank()) {
      throw InvalidInput.of("userId", "invalid.task.colleagueRequired");
    }
    String id = colleagueId.strip();
    return staff
        .find(id)
        .filter(StaffMember::isActive)
        .orElseThrow(() -> InvalidInput.of("userId", "invalid.task.colleagueUnknown", id));
  }

  private void requireRole(Task task, StaffMember colleague) {
    Set<Role> roles = permissions.candidateRoles(task);
    if (roles.isEmpty()) {
      throw InvalidInput.of("taskId", "invalid.task.noCandidateGroup");
    }
    if (roles.stream().noneMatch(colleague::hasRole)) {
      throw InvalidInput.of(
          "userId", "invalid.task.colleagueLacksRole", colleague.name(), colleague.userId());
    }
  }
}
