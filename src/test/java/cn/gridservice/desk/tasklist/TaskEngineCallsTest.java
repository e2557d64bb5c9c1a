package cn.gridservice.desk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.testsupport.InMemoryEngine;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every action runs as its user in the engine ({@link TaskEngineCalls}), so the operation log names
 * them.
 */
@Deployment(resources = "tasklist/taskActionsProbe.bpmn")
class TaskEngineCallsTest extends TaskActionsFixture {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE =
      ProcessEngineExtension.builder().useProcessEngine(InMemoryEngine.get()).build();

  @Test
  void everyActionIsRecordedWithTheUsersName() {
    String task = agentTask();
    // as in the server, where the request filter has made the logged-in user the engine's user
    identityService.setAuthentication("agent", List.of("AGENT"));
    handOver.claim(task, AGENT);
    handOver.unclaim(task, AGENT);
    identityService.clearAuthentication();
    // without one, the action runs as the actor all the same
    handOver.assign(task, "agent", DISPATCHER);
    handOver.delegate(task, "agent2", AGENT);
    handOver.resolve(task, AGENT2);
    handOver.followUp(task, Instant.now().plus(2, ChronoUnit.DAYS), AGENT);
    attachments.attach(task, "photo.png", new ByteArrayInputStream(png(64)), AGENT2);
    comments.comment(task, "已电话联系客户", AGENT);

    assertThat(identityService.getCurrentAuthentication())
        .as("the actor's authentication is not left behind")
        .isNull();
    List<UserOperationLogEntry> log =
        historyService.createUserOperationLogQuery().taskId(task).list();
    Map<String, Set<String>> whoDidWhat =
        log.stream()
            .collect(
                Collectors.groupingBy(
                    UserOperationLogEntry::getOperationType,
                    Collectors.mapping(UserOperationLogEntry::getUserId, Collectors.toSet())));
    assertThat(whoDidWhat)
        .containsEntry(UserOperationLogEntry.OPERATION_TYPE_CLAIM, Set.of("agent"))
        .containsEntry(UserOperationLogEntry.OPERATION_TYPE_ASSIGN, Set.of("dispatcher"))
        .containsEntry(UserOperationLogEntry.OPERATION_TYPE_DELEGATE, Set.of("agent"))
        .containsEntry(UserOperationLogEntry.OPERATION_TYPE_RESOLVE, Set.of("agent2"))
        .containsEntry(UserOperationLogEntry.OPERATION_TYPE_UPDATE, Set.of("agent"))
        .containsEntry(UserOperationLogEntry.OPERATION_TYPE_ADD_ATTACHMENT, Set.of("agent2"));
    // claim and unclaim: the assignee set, then taken away
    assertThat(
            log.stream()
                .filter(
                    e -> e.getOperationType().equals(UserOperationLogEntry.OPERATION_TYPE_CLAIM)))
        .extracting(UserOperationLogEntry::getNewValue)
        .containsExactlyInAnyOrder("agent", null);
    assertThat(
            log.stream()
                .filter(
                    e -> e.getOperationType().equals(UserOperationLogEntry.OPERATION_TYPE_UPDATE)))
        .extracting(UserOperationLogEntry::getProperty)
        .containsExactly("followUpDate");
    // a comment is no entry of the operation log: it carries its author itself
    assertThat(log)
        .extracting(UserOperationLogEntry::getOperationType)
        .noneMatch(type -> type.toLowerCase().contains("comment"));
    assertThat(taskService.getTaskComments(task))
        .extracting(c -> c.getUserId())
        .containsExactly("agent");
  }
}
