package cn.gridservice.desk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.gridservice.desk.platform.NotPermitted;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.staff.domain.StaffMember;
import cn.gridservice.desk.tasklist.TaskHandOver.BulkResult;
import cn.gridservice.desk.tasklist.TaskHandOver.Outcome;
import cn.gridservice.desk.testsupport.InMemoryEngine;
import cn.gridservice.desk.workflow.EngineClock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Claim, unclaim, assign, delegate and resolve, bulk actions and the follow-up date ({@link
 * TaskHandOver}) and their refusals on a real engine in memory.
 */
@Deployment(resources = "tasklist/taskActionsProbe.bpmn")
class TaskHandOverTest extends TaskActionsFixture {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE =
      ProcessEngineExtension.builder().useProcessEngine(InMemoryEngine.get()).build();

  @Test
  void theHolderUnclaimsAndTheTaskIsBackInItsQueue() {
    String task = agentTask();
    handOver.claim(task, AGENT);
    assertThat(task(task).getAssignee()).isEqualTo("agent");

    handOver.unclaim(task, AGENT);

    assertThat(task(task).getAssignee()).isNull();
    assertThat(taskService.createTaskQuery().taskCandidateGroup("AGENT").taskId(task).count())
        .isOne();
    // unclaiming an open task changes nothing and is no error
    handOver.unclaim(task, AGENT2);
  }

  @Test
  void someoneElsesTaskCannotBeUnclaimedExceptByATeamLeader() {
    String task = agentTask();
    handOver.claim(task, AGENT);

    assertThatThrownBy(() -> handOver.unclaim(task, AGENT2))
        .isInstanceOfSatisfying(
            TaskClaimConflict.class, e -> assertThat(e.holder()).isEqualTo("agent"));
    assertThat(task(task).getAssignee()).isEqualTo("agent");

    handOver.unclaim(task, DISPATCHER);
    assertThat(task(task).getAssignee()).isNull();
  }

  @Test
  void aClaimThatLosesTheRaceNamesTheWinner() {
    String task = agentTask();
    // the other agent's claim lands between our read of the task and our claim
    TaskHandOver racing =
        new TaskHandOver(
            raceBefore("claim", () -> taskService.claim(task, "agent2")),
            identityService,
            new Staff(),
            new EngineClock());

    assertThatThrownBy(() -> racing.claim(task, AGENT))
        .isInstanceOfSatisfying(
            TaskClaimConflict.class,
            e -> {
              assertThat(e.holder()).isEqualTo("agent2");
              assertThat(e.getMessage()).contains("agent2");
            });
    assertThat(task(task).getAssignee()).isEqualTo("agent2");
  }

  @Test
  void aChangeLostToAConcurrentOneIsReadAgainAndAnsweredWithTheHolder() {
    String task = agentTask();
    // the follow-up is saved on the task as read; a claim by agent2 comes first (optimistic lock)
    TaskHandOver racing =
        new TaskHandOver(
            raceBefore("saveTask", () -> taskService.claim(task, "agent2")),
            identityService,
            new Staff(),
            new EngineClock());

    assertThatThrownBy(() -> racing.followUp(task, Instant.now().plus(1, ChronoUnit.DAYS), AGENT))
        .isInstanceOfSatisfying(
            TaskClaimConflict.class, e -> assertThat(e.holder()).isEqualTo("agent2"));
    assertThat(task(task).getFollowUpDate()).isNull();
  }

  @Test
  void aTeamLeaderAssignsToAColleagueWithTheTasksRoleAlsoATaskSomeoneHolds() {
    String task = agentTask();

    handOver.assign(task, "agent2", DISPATCHER);
    assertThat(task(task).getAssignee()).isEqualTo("agent2");

    handOver.assign(task, "agent", MANAGER);
    assertThat(task(task).getAssignee()).isEqualTo("agent");
  }

  @Test
  void onlyTeamLeadersAssign() {
    String task = agentTask();

    assertThatThrownBy(() -> handOver.assign(task, "agent2", AGENT))
        .isInstanceOf(NotPermitted.class);
    assertThatThrownBy(() -> handOver.assign(task, "agent2", TECHNICIAN))
        .isInstanceOf(NotPermitted.class);
    assertThat(task(task).getAssignee()).isNull();
  }

  @Test
  void theColleagueMustBeActiveStaffWithTheTasksRole() {
    String task = agentTask();

    assertRefused(
        () -> handOver.assign(task, "technician", DISPATCHER),
        "userId",
        "invalid.task.colleagueLacksRole");
    assertRefused(
        () -> handOver.assign(task, "nobody", DISPATCHER),
        "userId",
        "invalid.task.colleagueUnknown");
    assertRefused(
        () -> handOver.assign(task, "retired", DISPATCHER),
        "userId",
        "invalid.task.colleagueUnknown");
    assertRefused(
        () -> handOver.assign(task, " ", DISPATCHER), "userId", "invalid.task.colleagueRequired");
    assertThat(task(task).getAssignee()).isNull();

    assertThat(handOver.eligibleColleagues(task))
        .extracting(StaffMember::userId)
        .containsExactly("agent", "agent2");
    assertThat(handOver.eligibleColleagues(fieldTask()))
        .extracting(StaffMember::userId)
        .containsExactly("technician");
  }

  @Test
  void aDelegatedTaskComesBackToItsOwner() {
    String task = agentTask();
    handOver.claim(task, AGENT);

    handOver.delegate(task, "agent2", AGENT);

    Task delegated = task(task);
    assertThat(delegated.getAssignee()).isEqualTo("agent2");
    assertThat(delegated.getOwner()).isEqualTo("agent");
    assertThat(delegated.getDelegationState()).isEqualTo(DelegationState.PENDING);
    // the delegate works on it but does not complete it, nor puts it back into the queue
    assertRefused(
        () -> new TaskAccess(taskService).ensureCompletable(task(task)),
        "task",
        "invalid.task.delegatedNotCompletable");
    assertRefused(() -> handOver.unclaim(task, AGENT2), "taskId", "invalid.task.unclaimDelegated");
    assertThatThrownBy(() -> handOver.resolve(task, AGENT))
        .isInstanceOfSatisfying(
            TaskClaimConflict.class, e -> assertThat(e.holder()).isEqualTo("agent2"));

    handOver.resolve(task, AGENT2);

    Task back = task(task);
    assertThat(back.getAssignee()).isEqualTo("agent");
    assertThat(back.getDelegationState()).isEqualTo(DelegationState.RESOLVED);
    new TaskAccess(taskService).ensureCompletable(back);
    assertRefused(() -> handOver.resolve(task, AGENT), "taskId", "invalid.task.notDelegated");
  }

  @Test
  void delegationNeedsAHolderAndIsForTheHolderOrATeamLeader() {
    String task = agentTask();
    assertRefused(
        () -> handOver.delegate(task, "agent2", DISPATCHER),
        "taskId",
        "invalid.task.delegateUnassigned");

    handOver.claim(task, AGENT);
    assertThatThrownBy(() -> handOver.delegate(task, "agent2", AGENT2))
        .isInstanceOfSatisfying(
            TaskClaimConflict.class, e -> assertThat(e.holder()).isEqualTo("agent"));
    assertRefused(
        () -> handOver.delegate(task, "agent", AGENT), "userId", "invalid.task.alreadyAssignee");
    assertRefused(
        () -> handOver.delegate(task, "technician", AGENT),
        "userId",
        "invalid.task.colleagueLacksRole");

    handOver.delegate(task, "agent2", DISPATCHER);
    assertThat(task(task).getOwner()).isEqualTo("agent");
    assertThat(task(task).getAssignee()).isEqualTo("agent2");
  }

  @Test
  void bulkClaimAnswersEveryTaskOnItsOwn() {
    // a team leader who also holds the agents' role claims from the agents' queue
    Actor lead = Actor.of("dispatcher", Role.DISPATCHER, Role.AGENT);
    String held = agentTask();
    String open = agentTask();
    String done = agentTask();
    String alreadyMine = agentTask();
    String field = fieldTask();
    handOver.claim(held, AGENT);
    taskService.complete(done);
    handOver.claim(alreadyMine, lead);

    List<BulkResult> results =
        handOver.bulkClaim(
            List.of(held, open, done, "no-such-task", alreadyMine, open, field), lead);

    assertThat(results)
        .extracting(BulkResult::taskId, BulkResult::outcome, BulkResult::holder)
        .containsExactly(
            tuple(held, Outcome.TAKEN, "agent"),
            tuple(open, Outcome.DONE, null),
            tuple(done, Outcome.GONE, null),
            tuple("no-such-task", Outcome.GONE, null),
            tuple(alreadyMine, Outcome.DONE, null),
            tuple(field, Outcome.REFUSED, null));
    assertThat(results.get(5).refusal().fields()).containsKey("taskId");
    assertThat(task(open).getAssignee()).isEqualTo("dispatcher");
    assertThat(task(held).getAssignee()).isEqualTo("agent");
    assertThat(task(field).getAssignee()).isNull();
  }

  @Test
  void bulkAssignLeavesHeldTasksAndRefusesTasksOfAnotherRole() {
    String held = agentTask();
    String open = agentTask();
    String done = agentTask();
    String field = fieldTask();
    handOver.claim(held, AGENT);
    taskService.complete(done);

    List<BulkResult> results =
        handOver.bulkAssign(List.of(held, open, done, field), "agent2", MANAGER);

    assertThat(results)
        .extracting(BulkResult::taskId, BulkResult::outcome, BulkResult::holder)
        .containsExactly(
            tuple(held, Outcome.TAKEN, "agent"),
            tuple(open, Outcome.DONE, null),
            tuple(done, Outcome.GONE, null),
            tuple(field, Outcome.REFUSED, null));
    assertThat(results.get(3).refusal().fields()).containsKey("userId");
    assertThat(task(open).getAssignee()).isEqualTo("agent2");
    assertThat(task(held).getAssignee()).isEqualTo("agent");
    assertThat(task(field).getAssignee()).isNull();
  }

  @Test
  void bulkActionsAreForTeamLeadersAndNeedTasksAndAnActiveColleague() {
    String task = agentTask();

    assertThatThrownBy(() -> handOver.bulkClaim(List.of(task), AGENT))
        .isInstanceOf(NotPermitted.class);
    assertThatThrownBy(() -> handOver.bulkAssign(List.of(task), "agent2", AGENT2))
        .isInstanceOf(NotPermitted.class);
    assertRefused(
        () -> handOver.bulkClaim(List.of(), DISPATCHER), "taskIds", "invalid.bulk.noTasks");
    assertRefused(() -> handOver.bulkClaim(null, DISPATCHER), "taskIds", "invalid.bulk.noTasks");
    assertRefused(
        () ->
            handOver.bulkClaim(
                Stream.iterate(0, i -> i + 1).limit(201).map(i -> "t" + i).toList(), DISPATCHER),
        "taskIds",
        "invalid.bulk.tooMany");
    assertRefused(
        () -> handOver.bulkAssign(List.of(task), "nobody", DISPATCHER),
        "userId",
        "invalid.task.colleagueUnknown");
    assertThat(task(task).getAssignee()).isNull();
  }

  @Test
  void theFollowUpDateIsSetAndClearedButNeverInThePast() {
    String task = agentTask();
    handOver.claim(task, AGENT);
    Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    handOver.followUp(task, tomorrow, AGENT);
    assertThat(task(task).getFollowUpDate().toInstant()).isEqualTo(tomorrow);
    assertThat(handOver.state(task).followUp().toInstant()).isEqualTo(tomorrow);

    assertRefused(
        () -> handOver.followUp(task, Instant.now().minus(1, ChronoUnit.HOURS), AGENT),
        "date",
        "invalid.task.followUpPast");
    assertThat(task(task).getFollowUpDate().toInstant()).isEqualTo(tomorrow);

    assertThatThrownBy(() -> handOver.followUp(task, null, AGENT2))
        .isInstanceOf(TaskClaimConflict.class);
    handOver.followUp(task, null, AGENT);
    assertThat(task(task).getFollowUpDate()).isNull();
  }
}
