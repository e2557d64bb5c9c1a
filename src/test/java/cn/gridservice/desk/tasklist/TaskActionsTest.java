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
import cn.gridservice.desk.tasklist.TaskActions.BulkResult;
import cn.gridservice.desk.tasklist.TaskActions.Outcome;
import cn.gridservice.desk.tasklist.TaskActions.TaskComment;
import cn.gridservice.desk.testsupport.InMemoryEngine;

/** Every task action and its refusals on a real engine in memory, with a staff directory of six. */
@Deployment(resources = "tasklist/taskActionsProbe.bpmn")
class TaskActionsTest {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE =
      ProcessEngineExtension.builder().useProcessEngine(InMemoryEngine.get()).build();

  private static final Actor AGENT = Actor.of("agent", Role.AGENT);
  private static final Actor AGENT2 = Actor.of("agent2", Role.AGENT);
  private static final Actor TECHNICIAN = Actor.of("technician", Role.TECHNICIAN);
  private static final Actor DISPATCHER = Actor.of("dispatcher", Role.DISPATCHER);
  private static final Actor MANAGER = Actor.of("manager", Role.SERVICE_MANAGER);

  private static final int MB = 1024 * 1024;

  private ProcessEngine engine;
  private TaskService taskService;
  private IdentityService identityService;
  private HistoryService historyService;
  private TaskActions actions;

  @BeforeEach
  void setUp() {
    engine = ENGINE.getProcessEngine();
    taskService = engine.getTaskService();
    identityService = engine.getIdentityService();
    historyService = engine.getHistoryService();
    ClockUtil.reset();
    actions = new TaskActions(taskService, identityService, new Staff());
  }

  @AfterEach
  void tearDown() {
    identityService.clearAuthentication();
    ClockUtil.reset();
  }

  // ---------------------------------------------------------------- claim and unclaim

  @Test
  void theHolderUnclaimsAndTheTaskIsBackInItsQueue() {
    String task = agentTask();
    actions.claim(task, AGENT);
    assertThat(task(task).getAssignee()).isEqualTo("agent");

    actions.unclaim(task, AGENT);

    assertThat(task(task).getAssignee()).isNull();
    assertThat(taskService.createTaskQuery().taskCandidateGroup("AGENT").taskId(task).count()).isOne();
    // unclaiming an open task changes nothing and is no error
    actions.unclaim(task, AGENT2);
  }

  @Test
  void someoneElsesTaskCannotBeUnclaimedExceptByATeamLeader() {
    String task = agentTask();
    actions.claim(task, AGENT);

    assertThatThrownBy(() -> actions.unclaim(task, AGENT2))
        .isInstanceOfSatisfying(TaskClaimConflict.class, e -> assertThat(e.holder()).isEqualTo("agent"));
    assertThat(task(task).getAssignee()).isEqualTo("agent");

    actions.unclaim(task, DISPATCHER);
    assertThat(task(task).getAssignee()).isNull();
  }

  @Test
  void aClaimThatLosesTheRaceNamesTheWinner() {
    String task = agentTask();
    // the other agent's claim lands between our read of the task and our claim
    TaskActions racing = new TaskActions(raceBefore("claim", () -> taskService.claim(task, "agent2")), identityService, new Staff());

    assertThatThrownBy(() -> racing.claim(task, AGENT))
        .isInstanceOfSatisfying(TaskClaimConflict.class, e -> {
          assertThat(e.holder()).isEqualTo("agent2");
          assertThat(e.getMessage()).contains("agent2");
        });
    assertThat(task(task).getAssignee()).isEqualTo("agent2");
  }

  @Test
  void aChangeLostToAConcurrentOneIsReadAgainAndAnsweredWithTheHolder() {
    String task = agentTask();
    // the follow-up is saved on the task as read; a claim by agent2 comes first (optimistic lock)
    TaskActions racing = new TaskActions(raceBefore("saveTask", () -> taskService.claim(task, "agent2")), identityService, new Staff());

    assertThatThrownBy(() -> racing.followUp(task, Instant.now().plus(1, ChronoUnit.DAYS), AGENT))
        .isInstanceOfSatisfying(TaskClaimConflict.class, e -> assertThat(e.holder()).isEqualTo("agent2"));
    assertThat(task(task).getFollowUpDate()).isNull();
  }

  @Test
  void aTaskThatIsGoneIsAConflictWithoutHolderForEveryAction() {
    String task = agentTask();
    taskService.complete(task);

    for (String id : List.of(task, "no-such-task")) {
      List<Runnable> attempts = List.of(
          () -> actions.claim(id, AGENT),
          () -> actions.unclaim(id, AGENT),
          () -> actions.assign(id, "agent2", DISPATCHER),
          () -> actions.delegate(id, "agent2", AGENT),
          () -> actions.resolve(id, AGENT),
          () -> actions.followUp(id, null, AGENT),
          () -> actions.comment(id, "还在吗", AGENT),
          () -> actions.comments(id, AGENT),
          () -> actions.attach(id, "a.png", new ByteArrayInputStream(png(100)), AGENT),
          () -> actions.attachments(id, AGENT),
          () -> actions.download(id, "1", AGENT),
          () -> actions.state(id));
      for (Runnable attempt : attempts) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(TaskClaimConflict.class, e -> assertThat(e.holder()).isNull());
      }
    }
  }

  // ---------------------------------------------------------------- assign

  @Test
  void aTeamLeaderAssignsToAColleagueWithTheTasksRoleAlsoATaskSomeoneHolds() {
    String task = agentTask();

    actions.assign(task, "agent2", DISPATCHER);
    assertThat(task(task).getAssignee()).isEqualTo("agent2");

    actions.assign(task, "agent", MANAGER);
    assertThat(task(task).getAssignee()).isEqualTo("agent");
  }

  @Test
  void onlyTeamLeadersAssign() {
    String task = agentTask();

    assertThatThrownBy(() -> actions.assign(task, "agent2", AGENT)).isInstanceOf(NotPermitted.class);
    assertThatThrownBy(() -> actions.assign(task, "agent2", TECHNICIAN)).isInstanceOf(NotPermitted.class);
    assertThat(task(task).getAssignee()).isNull();
  }

  @Test
  void theColleagueMustBeActiveStaffWithTheTasksRole() {
    String task = agentTask();

    assertRefused(() -> actions.assign(task, "technician", DISPATCHER), "userId", "invalid.task.colleagueLacksRole");
    assertRefused(() -> actions.assign(task, "nobody", DISPATCHER), "userId", "invalid.task.colleagueUnknown");
    assertRefused(() -> actions.assign(task, "retired", DISPATCHER), "userId", "invalid.task.colleagueUnknown");
    assertRefused(() -> actions.assign(task, " ", DISPATCHER), "userId", "invalid.task.colleagueRequired");
    assertThat(task(task).getAssignee()).isNull();

    assertThat(actions.eligibleColleagues(task)).extracting(StaffMember::userId).containsExactly("agent", "agent2");
    assertThat(actions.eligibleColleagues(fieldTask())).extracting(StaffMember::userId).containsExactly("technician");
  }

  // ---------------------------------------------------------------- delegate and resolve

  @Test
  void aDelegatedTaskComesBackToItsOwner() {
    String task = agentTask();
    actions.claim(task, AGENT);

    actions.delegate(task, "agent2", AGENT);

    Task delegated = task(task);
    assertThat(delegated.getAssignee()).isEqualTo("agent2");
    assertThat(delegated.getOwner()).isEqualTo("agent");
    assertThat(delegated.getDelegationState()).isEqualTo(DelegationState.PENDING);
    // the delegate works on it but does not complete it, nor puts it back into the queue
    assertRefused(() -> new TaskAccess(taskService).ensureCompletable(task(task)), "task", "invalid.task.delegatedNotCompletable");
    assertRefused(() -> actions.unclaim(task, AGENT2), "taskId", "invalid.task.unclaimDelegated");
    assertThatThrownBy(() -> actions.resolve(task, AGENT))
        .isInstanceOfSatisfying(TaskClaimConflict.class, e -> assertThat(e.holder()).isEqualTo("agent2"));

    actions.resolve(task, AGENT2);

    Task back = task(task);
    assertThat(back.getAssignee()).isEqualTo("agent");
    assertThat(back.getDelegationState()).isEqualTo(DelegationState.RESOLVED);
    new TaskAccess(taskService).ensureCompletable(back);
    assertRefused(() -> actions.resolve(task, AGENT), "taskId", "invalid.task.notDelegated");
  }

  @Test
  void delegationNeedsAHolderAndIsForTheHolderOrATeamLeader() {
    String task = agentTask();
    assertRefused(() -> actions.delegate(task, "agent2", DISPATCHER), "taskId", "invalid.task.delegateUnassigned");

    actions.claim(task, AGENT);
    assertThatThrownBy(() -> actions.delegate(task, "agent2", AGENT2))
        .isInstanceOfSatisfying(TaskClaimConflict.class, e -> assertThat(e.holder()).isEqualTo("agent"));
    assertRefused(() -> actions.delegate(task, "agent", AGENT), "userId", "invalid.task.alreadyAssignee");
    assertRefused(() -> actions.delegate(task, "technician", AGENT), "userId", "invalid.task.colleagueLacksRole");

    actions.delegate(task, "agent2", DISPATCHER);
    assertThat(task(task).getOwner()).isEqualTo("agent");
    assertThat(task(task).getAssignee()).isEqualTo("agent2");
  }

  // ---------------------------------------------------------------- bulk

  @Test
  void bulkClaimAnswersEveryTaskOnItsOwn() {
    // a team leader who also holds the agents' role claims from the agents' queue
    Actor lead = Actor.of("dispatcher", Role.DISPATCHER, Role.AGENT);
    String held = agentTask();
    String open = agentTask();
    String done = agentTask();
    String alreadyMine = agentTask();
    String field = fieldTask();
    actions.claim(held, AGENT);
    taskService.complete(done);
    actions.claim(alreadyMine, lead);

    List<BulkResult> results = actions.bulkClaim(List.of(held, open, done, "no-such-task", alreadyMine, open, field), lead);

    assertThat(results).extracting(BulkResult::taskId, BulkResult::outcome, BulkResult::holder).containsExactly(
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
  void commentsShowContactDataOnlyToRolesThatSeeIt() {
    String task = agentTask();
    actions.comment(task, "客户补充：请拨打 13805710008 联系", AGENT);

    assertThat(actions.comments(task, AGENT2)).extracting(TaskComment::text).containsExactly("客户补充：请拨打 13805710008 联系");
    assertThat(actions.comments(task, MANAGER)).extracting(TaskComment::text).singleElement()
        .satisfies(text -> assertThat(text).doesNotContain("13805710008").contains("****"));
  }

  @Test
  void aTaskIsClaimedOnlyByTheRolesItsModelNames() {
    String answer = agentTask();
    String field = fieldTask();

    assertThatThrownBy(() -> actions.claim(answer, TECHNICIAN)).isInstanceOf(NotPermitted.class);
    assertThatThrownBy(() -> actions.claim(answer, DISPATCHER)).isInstanceOf(NotPermitted.class);
    assertThatThrownBy(() -> actions.claim(field, AGENT)).isInstanceOf(NotPermitted.class);
    assertThat(actions.bulkClaim(List.of(answer), DISPATCHER)).extracting(BulkResult::outcome).containsExactly(Outcome.REFUSED);
    assertThat(task(answer).getAssignee()).isNull();
    assertThat(task(field).getAssignee()).isNull();

    // a team leader still sees it (督办) and hands it to a colleague who holds its role
    assertThat(actions.level(answer, DISPATCHER)).isEqualTo(TaskAccess.Level.SEE);
    assertThat(actions.level(answer, TECHNICIAN)).isEqualTo(TaskAccess.Level.NONE);
    assertThat(actions.level(answer, AGENT2)).isEqualTo(TaskAccess.Level.WORK);
    assertThatThrownBy(() -> actions.comments(answer, TECHNICIAN)).isInstanceOf(NotPermitted.class);
    assertThatThrownBy(() -> actions.followUp(answer, null, TECHNICIAN)).isInstanceOf(NotPermitted.class);
    actions.assign(answer, "agent2", DISPATCHER);
    assertThat(task(answer).getAssignee()).isEqualTo("agent2");
    assertThatThrownBy(() -> actions.delegate(answer, "agent", TECHNICIAN)).isInstanceOf(NotPermitted.class);
  }

  @Test
  void bulkAssignLeavesHeldTasksAndRefusesTasksOfAnotherRole() {
    String held = agentTask();
    String open = agentTask();
    String done = agentTask();
    String field = fieldTask();
    actions.claim(held, AGENT);
    taskService.complete(done);

    List<BulkResult> results = actions.bulkAssign(List.of(held, open, done, field), "agent2", MANAGER);

    assertThat(results).extracting(BulkResult::taskId, BulkResult::outcome, BulkResult::holder).containsExactly(
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

    assertThatThrownBy(() -> actions.bulkClaim(List.of(task), AGENT)).isInstanceOf(NotPermitted.class);
    assertThatThrownBy(() -> actions.bulkAssign(List.of(task), "agent2", AGENT2)).isInstanceOf(NotPermitted.class);
    assertRefused(() -> actions.bulkClaim(List.of(), DISPATCHER), "taskIds", "invalid.bulk.noTasks");
    assertRefused(() -> actions.bulkClaim(null, DISPATCHER), "taskIds", "invalid.bulk.noTasks");
    assertRefused(() -> actions.bulkClaim(Stream.iterate(0, i -> i + 1).limit(201).map(i -> "t" + i).toList(), DISPATCHER),
        "taskIds", "invalid.bulk.tooMany");
    assertRefused(() -> actions.bulkAssign(List.of(task), "nobody", DISPATCHER), "userId", "invalid.task.colleagueUnknown");
    assertThat(task(task).getAssignee()).isNull();
  }

  // ---------------------------------------------------------------- follow-up

  @Test
  void theFollowUpDateIsSetAndClearedButNeverInThePast() {
    String task = agentTask();
    actions.claim(task, AGENT);
    Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    actions.followUp(task, tomorrow, AGENT);
    assertThat(task(task).getFollowUpDate().toInstant()).isEqualTo(tomorrow);
    assertThat(actions.state(task).followUp().toInstant()).isEqualTo(tomorrow);

    assertRefused(() -> actions.followUp(task, Instant.now().minus(1, ChronoUnit.HOURS), AGENT), "date", "invalid.task.followUpPast");
    assertThat(task(task).getFollowUpDate().toInstant()).isEqualTo(tomorrow);

    assertThatThrownBy(() -> actions.followUp(task, null, AGENT2)).isInstanceOf(TaskClaimConflict.class);
    actions.followUp(task, null, AGENT);
    assertThat(task(task).getFollowUpDate()).isNull();
  }

  // ---------------------------------------------------------------- comments

  @Test
  void commentsNameTheirAuthorAndHaveOneTo2000Characters() {
    String task = agentTask();

    TaskActions.TaskComment first = actions.comment(task, "  客户要求下午回电  ", AGENT);
    actions.comment(task, "长".repeat(2000), DISPATCHER);

    assertThat(first.userId()).isEqualTo("agent");
    assertThat(first.text()).isEqualTo("客户要求下午回电");
    assertThat(actions.comments(task, AGENT2)).extracting(TaskActions.TaskComment::userId, c -> c.text().length())
        .containsExactly(tuple("agent", 8), tuple("dispatcher", 2000));
    assertRefused(() -> actions.comment(task, " ", AGENT), "text", "invalid.task.commentEmpty");
    assertRefused(() -> actions.comment(task, null, AGENT), "text", "invalid.task.commentEmpty");
    assertRefused(() -> actions.comment(task, "长".repeat(2001), AGENT), "text", "invalid.task.commentTooLong");
  }

  @Test
  void aTaskOfAnotherTeamIsNotOpenToComments() {
    String task = agentTask();

    assertThatThrownBy(() -> actions.comment(task, "看一下", TECHNICIAN)).isInstanceOf(NotPermitted.class);
    assertThatThrownBy(() -> actions.comments(task, TECHNICIAN)).isInstanceOf(NotPermitted.class);
    assertThatThrownBy(() -> actions.attachments(task, TECHNICIAN)).isInstanceOf(NotPermitted.class);
    // a team leader sees every task, a technician the technicians' tasks
    assertThat(actions.comments(task, DISPATCHER)).isEmpty();
    String field = fieldTask();
    actions.comment(field, "已到现场", TECHNICIAN);
    assertThatThrownBy(() -> actions.comments(field, AGENT)).isInstanceOf(NotPermitted.class);
  }

  // ---------------------------------------------------------------- attachments

  @Test
  void aPhotoNamedPdfIsAcceptedAsThePhotoItIs() {
    String task = agentTask();
    byte[] photo = png(2048);

    TaskActions.AttachmentInfo attached = actions.attach(task, "C:\\fakepath\\电表照片.pdf", new ByteArrayInputStream(photo), AGENT);

    assertThat(attached.contentType()).isEqualTo("image/png");
    assertThat(attached.name()).isEqualTo("电表照片.png");
    assertThat(attached.size()).isEqualTo(2048);
    assertThat(attached.addedBy()).isEqualTo("agent");
    assertThat(actions.attachments(task, AGENT2)).extracting(TaskActions.AttachmentInfo::id).containsExactly(attached.id());

    TaskActions.AttachmentContent download = actions.download(task, attached.id(), AGENT2).orElseThrow();
    assertThat(download.content()).isEqualTo(photo);
    assertThat(download.contentType()).isEqualTo("image/png");
    assertThat(download.name()).isEqualTo("电表照片.png");
    assertThat(download.contentDisposition())
        .isEqualTo("attachment; filename=\"____.png\"; filename*=UTF-8''%E7%94%B5%E8%A1%A8%E7%85%A7%E7%89%87.png");
    assertThat(actions.download(task, "no-such-attachment", AGENT)).isEmpty();
  }

  @Test
  void textNamedPngIsRefusedByItsContent() {
    String task = agentTask();
    byte[] text = "这不是图片，只是一段文字。\nJust text.\n".getBytes(StandardCharsets.UTF_8);

    assertRefused(() -> actions.attach(task, "photo.png", new ByteArrayInputStream(text), AGENT), "file", "invalid.attachment.type");
    assertRefused(() -> actions.attach(task, "empty.png", new ByteArrayInputStream(new byte[0]), AGENT), "file", "invalid.attachment.empty");
    assertThat(actions.attachments(task, AGENT)).isEmpty();
  }

  @Test
  void jpegWebpAndPdfAreTakenByTheirContentWhateverTheirName() {
    String task = agentTask();

    assertThat(actions.attach(task, "scan", new ByteArrayInputStream(jpeg(500)), AGENT).contentType()).isEqualTo("image/jpeg");
    assertThat(actions.attach(task, "photo.jpeg", new ByteArrayInputStream(jpeg(500)), AGENT).name()).isEqualTo("photo.jpeg");
    assertThat(actions.attach(task, "photo.png", new ByteArrayInputStream(webp(500)), AGENT))
        .extracting(TaskActions.AttachmentInfo::contentType, TaskActions.AttachmentInfo::name)
        .containsExactly("image/webp", "photo.webp");
    assertThat(actions.attach(task, "../../etc/报告.docx", new ByteArrayInputStream(pdf()), AGENT))
        .extracting(TaskActions.AttachmentInfo::contentType, TaskActions.AttachmentInfo::name)
        .containsExactly("application/pdf", "报告.pdf");
    assertRefused(() -> actions.attach(task, "archive.pdf", new ByteArrayInputStream(zip()), AGENT), "file", "invalid.attachment.type");
  }

  @Test
  void exactlyTenMegabytesAreAcceptedAndOneByteMoreIsRefused() {
    String task = agentTask();

    TaskActions.AttachmentInfo limit = actions.attach(task, "big.png", new ByteArrayInputStream(png(10 * MB)), AGENT);
    assertThat(limit.size()).isEqualTo(10L * MB);

    CountingStream tooBig = new CountingStream(png(10 * MB + 1));
    assertRefused(() -> actions.attach(task, "bigger.png", tooBig, AGENT), "file", "invalid.attachment.tooLarge");
    assertThat(actions.attachments(task, AGENT)).hasSize(1);

    // the limit is kept while reading: a far larger upload is not read to its end
    CountingStream huge = new CountingStream(png(30 * MB));
    assertRefused(() -> actions.attach(task, "huge.png", huge, AGENT), "file", "invalid.attachment.tooLarge");
    assertThat(huge.read).isEqualTo(10L * MB + 1);
  }

  // ---------------------------------------------------------------- who did it

  @Test
  void everyActionIsRecordedWithTheUsersName() {
    String task = agentTask();
    // as in the server, where the request filter has made the logged-in user the engine's user
    identityService.setAuthentication("agent", List.of("AGENT"));
    actions.claim(task, AGENT);
    actions.unclaim(task, AGENT);
    identityService.clearAuthentication();
    // without one, the action runs as the actor all the same
    actions.assign(task, "agent", DISPATCHER);
    actions.delegate(task, "agent2", AGENT);
    actions.resolve(task, AGENT2);
    actions.followUp(task, Instant.now().plus(2, ChronoUnit.DAYS), AGENT);
    actions.attach(task, "photo.png", new ByteArrayInputStream(png(64)), AGENT2);
    actions.comment(task, "已电话联系客户", AGENT);

    assertThat(identityService.getCurrentAuthentication()).as("the actor's authentication is not left behind").isNull();
    List<UserOperationLogEntry> log = historyService.createUserOperationLogQuery().taskId(task).list();
    Map<String, Set<String>> whoDidWhat = log.stream().collect(Collectors.groupingBy(
        UserOperationLogEntry::getOperationType, Collectors.mapping(UserOperationLogEntry::getUserId, Collectors.toSet())));
    assertThat(whoDidWhat).containsEntry(UserOperationLogEntry.OPERATION_TYPE_CLAIM, Set.of("agent"))
        .containsEntry(UserOperationLogEntry.OPERATION_TYPE_ASSIGN, Set.of("dispatcher"))
        .containsEntry(UserOperationLogEntry.OPERATION_TYPE_DELEGATE, Set.of("agent"))
        .containsEntry(UserOperationLogEntry.OPERATION_TYPE_RESOLVE, Set.of("agent2"))
        .containsEntry(UserOperationLogEntry.OPERATION_TYPE_UPDATE, Set.of("agent"))
        .containsEntry(UserOperationLogEntry.OPERATION_TYPE_ADD_ATTACHMENT, Set.of("agent2"));
    // claim and unclaim: the assignee set, then taken away
    assertThat(log.stream().filter(e -> e.getOperationType().equals(UserOperationLogEntry.OPERATION_TYPE_CLAIM)))
        .extracting(UserOperationLogEntry::getNewValue).containsExactlyInAnyOrder("agent", null);
    assertThat(log.stream().filter(e -> e.getOperationType().equals(UserOperationLogEntry.OPERATION_TYPE_UPDATE)))
        .extracting(UserOperationLogEntry::getProperty).containsExactly("followUpDate");
    // a comment is no entry of the operation log: it carries its author itself
    assertThat(log).extracting(UserOperationLogEntry::getOperationType).noneMatch(type -> type.toLowerCase().contains("comment"));
    assertThat(taskService.getTaskComments(task)).extracting(c -> c.getUserId()).containsExactly("agent");
  }

  // ---------------------------------------------------------------- helpers

  private String agentTask() {
    return taskOf(engine.getRuntimeService().startProcessInstanceByKey("taskActionsProbe").getId());
  }

  private String fieldTask() {
    return taskOf(engine.getRuntimeService().startProcessInstanceByKey("taskActionsFieldProbe").getId());
  }

  private String taskOf(String processInstanceId) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
  }

  private Task task(String taskId) {
    return taskService.createTaskQuery().taskId(taskId).singleResult();
  }

  /** Refused for the field with the key's text (in English, its arguments filled in). */
  private static void assertRefused(Runnable action, String field, String key) {
    assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInput.class, e -> {
      assertThat(e.fields()).containsOnlyKeys(field);
      assertThat(e.fields().get(field)).matches(englishPattern(key));
    });
  }

  private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(InvalidInput.BUNDLE, Locale.ENGLISH,
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  /** The English text of a key with each argument standing for any text. */
  private static Pattern englishPattern(String key) {
    String[] pieces = ENGLISH.getString(key).replace("''", "'").split("\\{\\d[^}]*}", -1);
    return Pattern.compile(Arrays.stream(pieces).map(Pattern::quote).collect(Collectors.joining(".+")), Pattern.DOTALL);
  }

  /** A task service whose {@code method} lets {@code competitor} act first, once: a lost race on demand. */
  private TaskService raceBefore(String method, Runnable competitor) {
    AtomicBoolean raced = new AtomicBoolean();
    return (TaskService) Proxy.newProxyInstance(TaskService.class.getClassLoader(), new Class<?>[] {TaskService.class},
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

  /** Who is who: two agents, a technician, a dispatcher, a service manager, and a former agent who left. */
  private static final class Staff extends StaffDirectory {
    private final Map<String, StaffMember> members = Stream.of(
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
      return members.values().stream().filter(m -> m.isActive() && m.hasRole(role))
          .sorted(java.util.Comparator.comparing(StaffMember::userId)).toList();
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

  // ---------------------------------------------------------------- files with a valid magic header

  static byte[] png(int size) {
    return withHeader(size, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'});
  }

  static byte[] jpeg(int size) {
    return withHeader(size, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0});
  }

  static byte[] webp(int size) {
    return withHeader(size, new byte[] {'R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '});
  }

  static byte[] pdf() {
    return "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
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
  private static final class CountingStream extends InputStream {
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
