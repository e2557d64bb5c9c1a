package cn.gridservice.desk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.NotPermitted;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.staff.application.StaffDirectory;
import cn.gridservice.desk.staff.domain.StaffMember;
import cn.gridservice.desk.testsupport.InMemoryEngine;
import cn.gridservice.desk.tasklist.TaskComments.TaskComment;

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

    assertThat(comments.comments(task, AGENT2)).extracting(TaskComment::text).containsExactly("客户补充：请拨打 13805710008 联系");
    assertThat(comments.comments(task, MANAGER)).extracting(TaskComment::text).singleElement()
        .satisfies(text -> assertThat(text).doesNotContain("13805710008").contains("****"));
  }

  @Test
  void commentsNameTheirAuthorAndHaveOneTo2000Characters() {
    String task = agentTask();

    TaskComment first = comments.comment(task, "  客户要求下午回电  ", AGENT);
    comments.comment(task, "长".repeat(2000), DISPATCHER);

    assertThat(first.userId()).isEqualTo("agent");
    assertThat(first.text()).isEqualTo("客户要求下午回电");
    assertThat(comments.comments(task, AGENT2)).extracting(TaskComment::userId, c -> c.text().length())
        .containsExactly(tuple("agent", 8), tuple("dispatcher", 2000));
    assertRefused(() -> comments.comment(task, " ", AGENT), "text", "invalid.task.commentEmpty");
    assertRefused(() -> comments.comment(task, null, AGENT), "text", "invalid.task.commentEmpty");
    assertRefused(() -> comments.comment(task, "长".repeat(2001), AGENT), "text", "invalid.task.commentTooLong");
  }
}
