package cn.gridservice.desk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.gridservice.desk.tasklist.TaskComments.TaskComment;
import cn.gridservice.desk.testsupport.InMemoryEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A task's comments ({@link TaskComments}) on a real engine in memory. */
@Deployment(resources = "tasklist/taskActionsProbe.bpmn")
class TaskCommentsTest extends TaskActionsFixture {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE =
      ProcessEngineExtension.builder().useProcessEngine(InMemoryEngine.get()).build();

  @Test
  void commentsShowContactDataOnlyToRolesThatSeeIt() {
    String task = agentTask();
    comments.comment(task, "客户补充：请拨打 13805710008 联系", AGENT);

    assertThat(comments.comments(task, AGENT2))
        .extracting(TaskComment::text)
        .containsExactly("客户补充：请拨打 13805710008 联系");
    assertThat(comments.comments(task, MANAGER))
        .extracting(TaskComment::text)
        .singleElement()
        .satisfies(text -> assertThat(text).doesNotContain("13805710008").contains("****"));
  }

  @Test
  void commentsNameTheirAuthorAndHaveOneTo2000Characters() {
    String task = agentTask();

    TaskComment first = comments.comment(task, "  客户要求下午回电  ", AGENT);
    comments.comment(task, "长".repeat(2000), DISPATCHER);

    assertThat(first.userId()).isEqualTo("agent");
    assertThat(first.text()).isEqualTo("客户要求下午回电");
    assertThat(comments.comments(task, AGENT2))
        .extracting(TaskComment::userId, c -> c.text().length())
        .containsExactly(tuple("agent", 8), tuple("dispatcher", 2000));
    assertRefused(() -> comments.comment(task, " ", AGENT), "text", "invalid.task.commentEmpty");
    assertRefused(() -> comments.comment(task, null, AGENT), "text", "invalid.task.commentEmpty");
    assertRefused(
        () -> comments.comment(task, "长".repeat(2001), AGENT),
        "text",
        "invalid.task.commentTooLong");
  }
}
