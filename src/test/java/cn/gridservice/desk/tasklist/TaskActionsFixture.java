package cn.gridservice.desk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.staff.application.StaffDirectory;
import cn.gridservice.desk.staff.domain.StaffMember;
import cn.gridservice.desk.testsupport.InMemoryEngine;
import cn.gridservice.desk.workflow.EngineClock;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the task-action tests share: a real engine in memory with the probe models, a staff
 * directory of six, the actions built on it, and files with a valid magic header.
 */
abstract class TaskActionsFixture {

  static final Actor AGENT = Actor.of("agent", Role.AGENT);
  static final Actor AGENT2 = Actor.of("agent2", Role.AGENT);
  static final Actor TECHNICIAN = Actor.of("technician", Role.TECHNICIAN);
  static final Actor DISPATCHER = Actor.of("dispatcher", Role.DISPATCHER);
  static final Actor MANAGER = Actor.of("manager", Role.SERVICE_MANAGER);

  static final int MB = 1024 * 1024;

  ProcessEngine engine;
  TaskService taskService;
  IdentityService identityService;
  HistoryService historyService;
  TaskHandOver handOver;
  TaskComments comments;
  TaskAttachments attachments;
  TaskPermissions permissions;

  @BeforeEach
  void setUp() {
    engine = InMemoryEngine.get();
    taskService = engine.getTaskService();
    identityService = engine.getIdentityService();
    historyService = engine.getHistoryService();
    ClockUtil.reset();
    handOver = new TaskHandOver(taskService, identityService, new Staff(), new EngineClock());
    comments = new TaskComments(taskService, identityService);
    attachments = new TaskAttachments(taskService, identityService);
    permissions = new TaskPermissions(taskService);
  }

  @AfterEach
  void tearDown() {
    identityService.clearAuthentication();
    ClockUtil.reset();
  }

  // ---------------------------------------------------------------- claim and unclaim

  // ---------------------------------------------------------------- helpers

  String agentTask() {
    return taskOf(engine.getRuntimeService().startProcessInstanceByKey("taskActionsProbe").getId());
  }

  String fieldTask() {
    return taskOf(
        engine.getRuntimeService().startProcessInstanceByKey("taskActionsFieldProbe").getId());
  }

  String taskOf(String processInstanceId) {
    return taskService
        .createTaskQuery()
        .processInstanceId(processInstanceId)
        .singleResult()
        .getId();
  }

  Task task(String taskId) {
    return taskService.createTaskQuery().taskId(taskId).singleResult();
  }

  /** Refused for the field with the key's text (in English, its arguments filled in). */
  static void assertRefused(Runnable action, String field, String key) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              assertThat(e.fields()).containsOnlyKeys(field);
              assertThat(e.fields().get(field)).matches(englishPattern(key));
            });
  }

  static final ResourceBundle ENGLISH =
      ResourceBundle.getBundle(
          InvalidInput.BUNDLE,
          Locale.ENGLISH,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  /** The English text of a key with each argument standing for any text. */
  static Pattern englishPattern(String key) {
    String[] pieces = ENGLISH.getString(key).replace("''", "'").split("\\{\\d[^}]*}", -1);
    return Pattern.compile(
        Arrays.stream(pieces).map(Pattern::quote).collect(Collectors.joining(".+")),
        Pattern.DOTALL);
  }

  /**
   * A task service whose {@code method} lets {@code competitor} act first, once: a lost race on
   * demand.
   */
  TaskService raceBefore(String method, Runnable competitor) {
    AtomicBoolean raced = new AtomicBoolean();
    return (TaskService)
        Proxy.newProxyInstance(
            TaskService.class.getClassLoader(),
            new Class<?>[] {TaskService.class},
            (proxy, called, args) -> {
              if (called.getName().equals(method) && raced.compareAndSet(false, true)) {
                competitor.run();
              }
              try {
                return called.invoke(taskService, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  /**
   * Who is who: two agents, a technician, a dispatcher, a service manager, and a former agent who
   * left.
   */
  static final class Staff extends StaffDirectory {
    private final Map<String, StaffMember> members =
        Stream.of(
                member("agent", "王丽", Role.AGENT),
                member("agent2", "陈静", Role.AGENT),
                member("technician", "李强", Role.TECHNICIAN),
                member("dispatcher", "张伟", Role.DISPATCHER),
                member("manager", "周建国", Role.SERVICE_MANAGER),
                retired())
            .collect(Collectors.toMap(StaffMember::userId, Function.identity()));

    @Override
    public Optional<StaffMember> find(String userId) {
      return Optional.ofNullable(members.get(userId));
    }

    @Override
    public List<StaffMember> withRole(Role role) {
      return members.values().stream()
          .filter(m -> m.isActive() && m.hasRole(role))
          .sorted(java.util.Comparator.comparing(StaffMember::userId))
          .toList();
    }

    private static StaffMember member(String userId, String name, Role role) {
      return new StaffMember(userId, name, "城东供电服务班", EnumSet.of(role), "$2a$10$hash");
    }

    private static StaffMember retired() {
      StaffMember member = member("retired", "退休员工", Role.AGENT);
      member.deactivate();
      return member;
    }
  }

  // ---------------------------------------------------------------- files with a valid magic
  // header

  static byte[] png(int size) {
    return withHeader(
        size,
        new byte[] {
          (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'
        });
  }

  static byte[] jpeg(int size) {
    return withHeader(
        size,
        new byte[] {
          (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0
        });
  }

  static byte[] webp(int size) {
    return withHeader(
        size,
        new byte[] {'R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '});
  }

  static byte[] pdf() {
    return "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] zip() {
    return withHeader(200, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
  }

  private static byte[] withHeader(int size, byte[] header) {
    byte[] bytes = new byte[size];
    System.arraycopy(header, 0, bytes, 0, Math.min(header.length, size));
    return bytes;
  }

  /** Counts what was read from it. */
  static final class CountingStream extends InputStream {
    private final ByteArrayInputStream in;
    long read;

    CountingStream(byte[] content) {
      in = new ByteArrayInputStream(content);
    }

    @Override
    public int read() {
      int b = in.read();
      if (b >= 0) {
        read++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        read += n;
      }
      return n;
    }
  }
}
