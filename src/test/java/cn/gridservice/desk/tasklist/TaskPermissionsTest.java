package cn.gridservice.desk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gridservice.desk.platform.NotPermitted;
import cn.gridservice.desk.tasklist.TaskHandOver.BulkResult;
import cn.gridservice.desk.tasklist.TaskHandOver.Outcome;
import cn.gridservice.desk.testsupport.InMemoryEngine;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who may act on a task ({@link TaskPermissions}) across every action, on a real engine in memory.
 */
@Deployment(resources = "tasklist/taskActionsProbe.bpmn")
class TaskPermissionsTest extends TaskActionsFixture {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE =
      ProcessEngineExtension.builder().useProcessEngine(InMemoryEngine.get()).build();

  @Test
  void aTaskThatIsGoneIsAConflictWithoutHolderForEveryAction() {
    String task = agentTask();
    taskService.complete(task);

    for (String id : List.of(task, "no-such-task")) {
      List<Runnable> attempts =
          List.of(
              () -> handOver.claim(id, AGENT),
              () -> handOver.unclaim(id, AGENT),
              () -> handOver.assign(id, "agent2", DISPATCHER),
              () -> handOver.delegate(id, "agent2", AGENT),
              () -> handOver.resolve(id, AGENT),
              () -> handOver.followUp(id, null, AGENT),
              () -> comments.comment(id, "还在吗", AGENT),
              () -> comments.comments(id, AGENT),
              () -> attachments.attach(id, "a.png", new ByteArrayInputStream(png(100)), AGENT),
              () -> attachments.attachments(id, AGENT),
              () -> attachments.download(id, "1", AGENT),
              () -> handOver.state(id));
      for (Runnable attempt : attempts) {
        assertThatThrownBy(attempt::run)
            .isInstanceOfSatisfying(TaskClaimConflict.class, e -> assertThat(e.holder()).isNull());
      }
    }
  }

  @Test
  void aTaskIsClaimedOnlyByTheRolesItsModelNames() {
    String answer = agentTask();
    String field = fieldTask();

    assertThatThrownBy(() -> handOver.claim(answer, TECHNICIAN)).isInstanceOf(NotPermitted.class);
    assertThatThrownBy(() -> handOver.claim(answer, DISPATCHER)).isInstanceOf(NotPermitted.class);
    assertThatThrownBy(() -> handOver.claim(field, AGENT)).isInstanceOf(NotPermitted.class);
    assertThat(handOver.bulkClaim(List.of(answer), DISPATCHER))
        .extracting(BulkResult::outcome)
        .containsExactly(Outcome.REFUSED);
    assertThat(task(answer).getAssignee()).isNull();
    assertThat(task(field).getAssignee()).isNull();

    // a team leader still sees it (督办) and hands it to a colleague who holds its role
    assertThat(permissions.level(answer, DISPATCHER)).isEqualTo(TaskAccess.Level.SEE);
    assertThat(permissions.level(answer, TECHNICIAN)).isEqualTo(TaskAccess.Level.NONE);
    assertThat(permissions.level(answer, AGENT2)).isEqualTo(TaskAccess.Level.WORK);
    assertThatThrownBy(() -> comments.comments(answer, TECHNICIAN))
        .isInstanceOf(NotPermitted.class);
    assertThatThrownBy(() -> handOver.followUp(answer, null, TECHNICIAN))
        .isInstanceOf(NotPermitted.class);
    handOver.assign(answer, "agent2", DISPATCHER);
    assertThat(task(answer).getAssignee()).isEqualTo("agent2");
    assertThatThrownBy(() -> handOver.delegate(answer, "agent", TECHNICIAN))
        .isInstanceOf(NotPermitted.class);
  }

  @Test
  void aTaskOfAnotherTeamIsNotOpenToComments() {
    String task = agentTask();

    assertThatThrownBy(() -> comments.comment(task, "看一下", TECHNICIAN))
        .isInstanceOf(NotPermitted.class);
    assertThatThrownBy(() -> comments.comments(task, TECHNICIAN)).isInstanceOf(NotPermitted.class);
    assertThatThrownBy(() -> attachments.attachments(task, TECHNICIAN))
        .isInstanceOf(NotPermitted.class);
    // a team leader sees every task, a technician the technicians' tasks
    assertThat(comments.comments(task, DISPATCHER)).isEmpty();
    String field = fieldTask();
    comments.comment(field, "已到现场", TECHNICIAN);
    assertThatThrownBy(() -> comments.comments(field, AGENT)).isInstanceOf(NotPermitted.class);
  }
}
