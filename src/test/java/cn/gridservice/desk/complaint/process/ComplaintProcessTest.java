package cn.gridservice.desk.complaint.process;

import static cn.gridservice.desk.complaint.process.ComplaintProcess.*;
import static cn.gridservice.desk.testsupport.TestTimes.at;
import static cn.gridservice.desk.testsupport.TestTimes.instant;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.complaint.domain.EscalationRecord;
import cn.gridservice.desk.complaint.domain.Grade;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.testsupport.InMemoryEngine;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of processes/complaint.bpmn on the real engine in memory with the real decision
 * tables: grading, approval by grade, returned drafts, input from another team, reopen and the
 * second reopen, early warnings at 50 % and 80 %, breaches escalating to level 1 and 2, level 3
 * with its acknowledgement. Time moves on the engine clock; due timers are executed by hand, as the
 * job executor would.
 */
@Deployment(
    resources = {
      "processes/complaint.bpmn",
      "processes/complaintGrading.dmn",
      "processes/complaintLimits.dmn"
    })
class ComplaintProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE =
      ProcessEngineExtension.builder().useProcessEngine(InMemoryEngine.get()).build();

  private static final String NO = "TS-2026-000045";

  /** Monday 2 March 2026, 09:00 in Beijing. */
  private static final String MONDAY = "2026-03-02T09:00:00+08:00";

  private ProcessEngine engine;
  private ComplaintBeans beans;

  @BeforeEach
  void registerBeans() {
    engine = ENGINE.getProcessEngine();
    beans = ComplaintBeans.register(engine);
  }

  @AfterEach
  void cleanUp() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void aGeneralComplaintIsContactedInvestigatedRepliedWithoutApprovalAndArchivedAfterTheCall() {
    ClockUtil.setCurrentTime(at(MONDAY));
    ProcessInstance complaint = register("SERVICE", false, false, "NONE", false);

    assertThat(beans.book.grades).containsEntry(NO, Grade.GENERAL);
    assertThat(variable(complaint, VAR_APPROVER_ROLE)).isEqualTo("");
    assertThat(variable(complaint, VAR_ESCALATION_LEVEL)).isEqualTo(0);
    Task contact = task(complaint, TASK_CONTACT_CUSTOMER);
    assertThat(candidateGroups(contact)).containsExactly("COMPLAINT_HANDLER");
    // 1 working day from acceptance: close of business of the next working day
    assertThat(contact.getDueDate()).isEqualTo(at("2026-03-03T17:30:00+08:00"));
    assertThat(beans.book.contactDue.get(NO)).isEqualTo(instant("2026-03-03T17:30:00+08:00"));
    assertThat(beans.book.replyDue.get(NO)).isEqualTo(instant("2026-03-11T17:30:00+08:00"));

    complete(
        complaint, TASK_CONTACT_CUSTOMER, "2026-03-02T10:00:00+08:00", Map.of(VAR_CONTACTED, true));
    Task investigate = task(complaint, TASK_INVESTIGATE);
    assertThat(investigate.getDueDate()).isEqualTo(at("2026-03-11T17:30:00+08:00"));
    complete(complaint, TASK_INVESTIGATE, "2026-03-04T10:00:00+08:00", Map.of());

    assertThat(task(complaint, TASK_APPROVE_REPLY))
        .as("a general complaint needs no approval")
        .isNull();
    complete(complaint, TASK_REPLY_TO_CUSTOMER, "2026-03-04T11:00:00+08:00", Map.of());
    Task call = task(complaint, TASK_FOLLOW_UP_CALL);
    assertThat(candidateGroups(call)).containsExactly("AGENT");
    // 2 working days after the reply
    assertThat(call.getDueDate()).isEqualTo(at("2026-03-06T17:30:00+08:00"));
    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(complaint.getId())
                .count())
        .as("no limit is watched after the reply")
        .isZero();

    complete(
        complaint,
        TASK_FOLLOW_UP_CALL,
        "2026-03-05T09:00:00+08:00",
        Map.of(VAR_CUSTOMER_SATISFIED, true));
    assertThat(ended(complaint)).isTrue();
    assertThat(passed(complaint, EVENT_ARCHIVED)).isEqualTo(1);
    assertThat(beans.book.escalations).isEmpty();
    assertThat(beans.notices.sent).isEmpty();
  }

  @Test
  void
      anImportantComplaintsReplyIsApprovedByTheTeamLeaderAndAReturnedDraftGoesBackToInvestigation() {
    ClockUtil.setCurrentTime(at(MONDAY));
    ProcessInstance complaint = register("BUSINESS", true, false, "NONE", false);
    assertThat(beans.book.grades).containsEntry(NO, Grade.IMPORTANT);
    complete(
        complaint, TASK_CONTACT_CUSTOMER, "2026-03-02T10:00:00+08:00", Map.of(VAR_CONTACTED, true));
    complete(complaint, TASK_INVESTIGATE, "2026-03-03T10:00:00+08:00", Map.of());

    Task approval = task(complaint, TASK_APPROVE_REPLY);
    assertThat(candidateGroups(approval)).containsExactly("DISPATCHER");
    complete(
        complaint,
        TASK_APPROVE_REPLY,
        "2026-03-03T11:00:00+08:00",
        Map.of(VAR_REPLY_APPROVED, false));
    assertThat(task(complaint, TASK_INVESTIGATE)).as("returned to investigation").isNotNull();
    assertThat(task(complaint, TASK_REPLY_TO_CUSTOMER)).isNull();

    complete(complaint, TASK_INVESTIGATE, "2026-03-03T15:00:00+08:00", Map.of());
    complete(
        complaint,
        TASK_APPROVE_REPLY,
        "2026-03-03T16:00:00+08:00",
        Map.of(VAR_REPLY_APPROVED, true));
    assertThat(task(complaint, TASK_REPLY_TO_CUSTOMER)).isNotNull();
    assertThat(passed(complaint, TASK_APPROVE_REPLY)).isEqualTo(2);
  }

  @Test
  void aMajorComplaintGoesToLevelThreeAtOnceTheManagerIsToldAndAcknowledgesAndApproves() {
    ClockUtil.setCurrentTime(at(MONDAY));
    // high-risk customer + media referral: two levels up
    ProcessInstance complaint = register("OUTAGE", true, false, "MEDIA", false);

    assertThat(beans.book.grades).containsEntry(NO, Grade.MAJOR);
    assertThat(variable(complaint, VAR_ESCALATION_LEVEL)).isEqualTo(3);
    assertThat(beans.book.escalations)
        .extracting(ComplaintBeans.Escalated::level, ComplaintBeans.Escalated::cause)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, EscalationRecord.Cause.GRADE));
    Task acknowledge = task(complaint, TASK_ACKNOWLEDGE_ESCALATION);
    assertThat(candidateGroups(acknowledge)).containsExactly("SERVICE_MANAGER");
    assertThat(acknowledge.getPriority()).isEqualTo(100);
    assertThat(beans.notices.sent)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.kind()).isEqualTo(ComplaintNotice.Kind.LEVEL_3);
              assertThat(n.recipients()).isEqualTo(Role.SERVICE_MANAGER);
              assertThat(n.cause()).isEqualTo("GRADE");
            });
    Task contact = task(complaint, TASK_CONTACT_CUSTOMER);
    assertThat(contact.getPriority()).as("escalated complaints come first").isEqualTo(90);

    complete(complaint, TASK_ACKNOWLEDGE_ESCALATION, "2026-03-02T09:30:00+08:00", Map.of());
    complete(
        complaint, TASK_CONTACT_CUSTOMER, "2026-03-02T10:00:00+08:00", Map.of(VAR_CONTACTED, true));
    complete(complaint, TASK_INVESTIGATE, "2026-03-03T10:00:00+08:00", Map.of());
    assertThat(candidateGroups(task(complaint, TASK_APPROVE_REPLY)))
        .containsExactly("SERVICE_MANAGER");
  }

  @Test
  void theContactLimitWarnsAtFiftyAndEightyPercentAndItsBreachEscalatesToLevelOneWithSupervision() {
    ClockUtil.setCurrentTime(at(MONDAY));
    ProcessInstance complaint = register("SERVICE", false, false, "NONE", false);
    // 14.5 working hours from Monday 09:00 to Tuesday 17:30: 50 % at Tuesday 08:45, 80 % at 14:36
    assertThat(timer(complaint, EVENT_CONTACT_WARNED_FIRST).getDuedate())
        .isEqualTo(at("2026-03-03T08:45:00+08:00"));
    assertThat(timer(complaint, EVENT_CONTACT_WARNED_SECOND).getDuedate())
        .isEqualTo(at("2026-03-03T14:36:00+08:00"));
    assertThat(timer(complaint, EVENT_CONTACT_OVERDUE).getDuedate())
        .isEqualTo(at("2026-03-03T17:30:00+08:00"));

    ClockUtil.setCurrentTime(at("2026-03-03T08:44:00+08:00"));
    assertThat(executable(complaint)).isEmpty();
    ClockUtil.setCurrentTime(at("2026-03-03T08:45:00+08:00"));
    fire(complaint, EVENT_CONTACT_WARNED_FIRST);
    assertThat(slaState(task(complaint, TASK_CONTACT_CUSTOMER))).isEqualTo("WARNED");
    assertThat(beans.notices.sent)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.kind()).isEqualTo(ComplaintNotice.Kind.WARNING);
              assertThat(n.limit()).isEqualTo(ComplaintLimit.CONTACT);
              assertThat(n.percent()).isEqualTo(50);
              assertThat(n.recipients()).isEqualTo(Role.COMPLAINT_HANDLER);
            });

    ClockUtil.setCurrentTime(at("2026-03-03T14:36:00+08:00"));
    fire(complaint, EVENT_CONTACT_WARNED_SECOND);
    assertThat(beans.notices.sent).last().extracting(ComplaintNotice::percent).isEqualTo(80);
    assertThat(variable(complaint, VAR_ESCALATION_LEVEL)).isEqualTo(0);

    ClockUtil.setCurrentTime(at("2026-03-03T17:30:00+08:00"));
    fire(complaint, EVENT_CONTACT_OVERDUE);
    assertThat(variable(complaint, VAR_ESCALATION_LEVEL)).isEqualTo(1);
    assertThat(slaState(task(complaint, TASK_CONTACT_CUSTOMER))).isEqualTo("OVERDUE");
    Task supervision = task(complaint, TASK_SUPERVISE_CONTACT);
    assertThat(candidateGroups(supervision)).containsExactly("DISPATCHER");
    assertThat(beans.book.escalations)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.level()).isEqualTo(1);
              assertThat(e.cause()).isEqualTo(EscalationRecord.Cause.CONTACT_BREACH);
              assertThat(e.dueAt()).isEqualTo(instant("2026-03-03T17:30:00+08:00"));
              assertThat(e.notified()).isEqualTo(Role.DISPATCHER);
            });
    assertThat(beans.notices.sent)
        .last()
        .satisfies(
            n -> {
              assertThat(n.kind()).isEqualTo(ComplaintNotice.Kind.BREACH);
              assertThat(n.recipients()).isEqualTo(Role.DISPATCHER);
              assertThat(n.escalationLevel()).isEqualTo(1);
            });

    // the late contact still moves the complaint on; the supervision stays with the team leader
    complete(
        complaint, TASK_CONTACT_CUSTOMER, "2026-03-04T09:00:00+08:00", Map.of(VAR_CONTACTED, true));
    assertThat(task(complaint, TASK_INVESTIGATE)).isNotNull();
    assertThat(task(complaint, TASK_SUPERVISE_CONTACT)).isNotNull();
    complete(complaint, TASK_SUPERVISE_CONTACT, "2026-03-04T09:30:00+08:00", Map.of());
    assertThat(passed(complaint, "contactSupervised")).isEqualTo(1);
  }

  @Test
  void aContactInTimeCancelsTheContactTimersButTheReplyLimitKeepsRunning() {
    ClockUtil.setCurrentTime(at(MONDAY));
    ProcessInstance complaint = register("SERVICE", false, false, "NONE", false);
    complete(
        complaint, TASK_CONTACT_CUSTOMER, "2026-03-02T11:00:00+08:00", Map.of(VAR_CONTACTED, true));

    assertThat(jobs(complaint, EVENT_CONTACT_OVERDUE)).isEmpty();
    assertThat(jobs(complaint, EVENT_REPLY_OVERDUE)).hasSize(1);
  }

  @Test
  void theReplyLimitWarnsTwiceAndItsBreachEscalatesToLevelTwoWithTheServiceManagerSupervising() {
    ClockUtil.setCurrentTime(at(MONDAY));
    ProcessInstance complaint = register("SERVICE", false, false, "NONE", false);
    complete(
        complaint, TASK_CONTACT_CUSTOMER, "2026-03-02T11:00:00+08:00", Map.of(VAR_CONTACTED, true));
    Date first = timer(complaint, EVENT_REPLY_WARNED_FIRST).getDuedate();
    Date second = timer(complaint, EVENT_REPLY_WARNED_SECOND).getDuedate();
    assertThat(first).isBefore(second);
    assertThat(timer(complaint, EVENT_REPLY_OVERDUE).getDuedate())
        .isEqualTo(at("2026-03-11T17:30:00+08:00"));

    ClockUtil.setCurrentTime(first);
    fire(complaint, EVENT_REPLY_WARNED_FIRST);
    assertThat(slaState(task(complaint, TASK_INVESTIGATE))).isEqualTo("WARNED");
    ClockUtil.setCurrentTime(second);
    fire(complaint, EVENT_REPLY_WARNED_SECOND);
    ClockUtil.setCurrentTime(at("2026-03-11T17:30:00+08:00"));
    fire(complaint, EVENT_REPLY_OVERDUE);

    assertThat(variable(complaint, VAR_ESCALATION_LEVEL)).isEqualTo(2);
    assertThat(slaState(task(complaint, TASK_INVESTIGATE))).isEqualTo("OVERDUE");
    assertThat(candidateGroups(task(complaint, TASK_SUPERVISE_REPLY)))
        .containsExactly("SERVICE_MANAGER");
    assertThat(beans.book.escalations)
        .extracting(ComplaintBeans.Escalated::cause)
        .containsExactly(EscalationRecord.Cause.REPLY_BREACH);
    assertThat(beans.notices.sent)
        .extracting(ComplaintNotice::kind)
        .containsExactly(
            ComplaintNotice.Kind.WARNING,
            ComplaintNotice.Kind.WARNING,
            ComplaintNotice.Kind.BREACH);
    assertThat(beans.notices.sent.get(2).recipients()).isEqualTo(Role.SERVICE_MANAGER);

    // the handling goes on; the reply ends the watch
    complete(complaint, TASK_INVESTIGATE, "2026-03-12T09:00:00+08:00", Map.of());
    complete(complaint, TASK_REPLY_TO_CUSTOMER, "2026-03-12T10:00:00+08:00", Map.of());
    assertThat(task(complaint, TASK_FOLLOW_UP_CALL)).isNotNull();
    assertThat(task(complaint, TASK_SUPERVISE_REPLY))
        .as("the supervision is the manager's to close")
        .isNotNull();
  }

  @Test
  void
      aReopenedComplaintGoesBackToInvestigationWithTheReplyLimitCountedAfreshAndTheSecondRaisesTheGrade() {
    ClockUtil.setCurrentTime(at(MONDAY));
    ProcessInstance complaint = register("SERVICE", false, false, "NONE", false);
    handleToTheCall(complaint, "2026-03-02");

    complete(
        complaint,
        TASK_FOLLOW_UP_CALL,
        "2026-03-04T09:00:00+08:00",
        Map.of(VAR_CUSTOMER_SATISFIED, false));
    assertThat(variable(complaint, VAR_REOPEN_COUNT)).isEqualTo(1);
    assertThat(task(complaint, TASK_CONTACT_CUSTOMER))
        .as("the customer was contacted already")
        .isNull();
    Task investigate = task(complaint, TASK_INVESTIGATE);
    // 7 working days from the reopen on Wednesday 4 March
    assertThat(investigate.getDueDate()).isEqualTo(at("2026-03-13T17:30:00+08:00"));
    assertThat(beans.book.replyDue.get(NO)).isEqualTo(instant("2026-03-13T17:30:00+08:00"));
    assertThat(timer(complaint, EVENT_REPLY_OVERDUE).getDuedate())
        .isEqualTo(at("2026-03-13T17:30:00+08:00"));
    assertThat(beans.book.grades).containsEntry(NO, Grade.GENERAL);

    complete(complaint, TASK_INVESTIGATE, "2026-03-05T09:00:00+08:00", Map.of());
    complete(complaint, TASK_REPLY_TO_CUSTOMER, "2026-03-05T10:00:00+08:00", Map.of());
    complete(
        complaint,
        TASK_FOLLOW_UP_CALL,
        "2026-03-06T09:00:00+08:00",
        Map.of(VAR_CUSTOMER_SATISFIED, false));

    assertThat(variable(complaint, VAR_REOPEN_COUNT)).isEqualTo(2);
    assertThat(beans.book.grades).containsEntry(NO, Grade.IMPORTANT);
    assertThat(variable(complaint, VAR_APPROVER_ROLE)).isEqualTo("DISPATCHER");
    assertThat(variable(complaint, VAR_ESCALATION_LEVEL)).isEqualTo(3);
    assertThat(task(complaint, TASK_ACKNOWLEDGE_ESCALATION)).isNotNull();
    assertThat(beans.book.escalations)
        .extracting(ComplaintBeans.Escalated::cause)
        .containsExactly(EscalationRecord.Cause.REOPENED);
    assertThat(beans.notices.sent)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.kind()).isEqualTo(ComplaintNotice.Kind.LEVEL_3);
              assertThat(n.cause()).isEqualTo("REOPENED");
            });
    // the raised grade needs the team leader's approval now
    complete(complaint, TASK_INVESTIGATE, "2026-03-09T09:00:00+08:00", Map.of());
    assertThat(candidateGroups(task(complaint, TASK_APPROVE_REPLY))).containsExactly("DISPATCHER");
  }

  @Test
  void theHandlerAsksAnotherTeamForInputWhileTheInvestigationStaysOpen() {
    ClockUtil.setCurrentTime(at(MONDAY));
    ProcessInstance complaint = register("SUPPLY_QUALITY", false, false, "NONE", false);
    complete(
        complaint, TASK_CONTACT_CUSTOMER, "2026-03-02T10:00:00+08:00", Map.of(VAR_CONTACTED, true));

    engine
        .getRuntimeService()
        .createMessageCorrelation(MESSAGE_INPUT_REQUESTED)
        .processInstanceId(complaint.getId())
        .setVariablesToTriggeredScope(
            Variables.createVariables().putValue(VAR_INPUT_ROLE, "TECHNICIAN"))
        .correlate();
    engine
        .getRuntimeService()
        .createMessageCorrelation(MESSAGE_INPUT_REQUESTED)
        .processInstanceId(complaint.getId())
        .setVariablesToTriggeredScope(
            Variables.createVariables().putValue(VAR_INPUT_ROLE, "CUSTOMER_MANAGER"))
        .correlate();

    List<Task> inputs =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(complaint.getId())
            .taskDefinitionKey(TASK_PROVIDE_INPUT)
            .orderByTaskCreateTime()
            .asc()
            .list();
    assertThat(inputs).hasSize(2);
    assertThat(inputs)
        .flatExtracting(this::candidateGroups)
        .containsExactlyInAnyOrder("TECHNICIAN", "CUSTOMER_MANAGER");
    assertThat(task(complaint, TASK_INVESTIGATE)).isNotNull();
    assertThat(inputs.get(0).getDueDate()).isEqualTo(at("2026-03-11T17:30:00+08:00"));

    engine.getTaskService().complete(inputs.get(0).getId());
    assertThat(passed(complaint, "inputProvided")).isEqualTo(1);
    assertThat(task(complaint, TASK_INVESTIGATE)).isNotNull();
  }

  @Test
  void aComplaintAcceptedTheDayBeforeNationalDayIsDueAfterTheHolidays() {
    // Wednesday 30 September 2026; 1–7 October are off, Saturday 10 October is a make-up working
    // day
    ClockUtil.setCurrentTime(at("2026-09-30T10:00:00+08:00"));
    ProcessInstance complaint = register("OUTAGE", false, false, "NONE", false);

    assertThat(task(complaint, TASK_CONTACT_CUSTOMER).getDueDate())
        .isEqualTo(at("2026-10-08T17:30:00+08:00"));
    // 8, 9, 10 (Sat, make-up), 12, 13, 14, 15 October
    assertThat(beans.book.replyDue.get(NO)).isEqualTo(instant("2026-10-15T17:30:00+08:00"));
    assertThat(timer(complaint, EVENT_CONTACT_OVERDUE).getDuedate())
        .isEqualTo(at("2026-10-08T17:30:00+08:00"));
    assertThat(timer(complaint, EVENT_REPLY_OVERDUE).getDuedate())
        .isEqualTo(at("2026-10-15T17:30:00+08:00"));
    // 6 working hours on 30 Sep (10:00–12:00, 13:30–17:30) + 7.5 h on 8 Oct = 13.5 h; half is 6.75
    // h:
    // 30 Sep ends with 6h, so 0.75h into 8 Oct: 09:15
    assertThat(timer(complaint, EVENT_CONTACT_WARNED_FIRST).getDuedate())
        .isEqualTo(at("2026-10-08T09:15:00+08:00"));

    ClockUtil.setCurrentTime(at("2026-10-07T23:59:00+08:00"));
    assertThat(executable(complaint)).as("nothing falls due over the holidays").isEmpty();
  }

  @Test
  void aRepeatComplaintIsRaisedOneGrade() {
    ClockUtil.setCurrentTime(at(MONDAY));
    register("SERVICE", false, false, "NONE", true);
    assertThat(beans.book.grades).containsEntry(NO, Grade.IMPORTANT);
  }

  // --- helpers ---

  private void handleToTheCall(ProcessInstance complaint, String day) {
    complete(
        complaint, TASK_CONTACT_CUSTOMER, day + "T10:00:00+08:00", Map.of(VAR_CONTACTED, true));
    complete(complaint, TASK_INVESTIGATE, day + "T14:00:00+08:00", Map.of());
    complete(complaint, TASK_REPLY_TO_CUSTOMER, day + "T16:00:00+08:00", Map.of());
  }

  private ProcessInstance register(
      String complaintClass,
      boolean highRisk,
      boolean keyAccount,
      String referral,
      boolean repeat) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_COMPLAINT_NO, NO);
    variables.put(VAR_CUSTOMER_NO, "3301000001");
    variables.put(VAR_COMPLAINT_CLASS, complaintClass);
    variables.put(VAR_REFERRAL, referral);
    variables.put(VAR_HIGH_RISK, highRisk);
    variables.put(VAR_KEY_ACCOUNT, keyAccount);
    variables.put(VAR_REPEAT, repeat);
    variables.put(VAR_ACCEPTED_AT, ClockUtil.getCurrentTime());
    variables.put(VAR_REPLY_COUNTS_FROM, ClockUtil.getCurrentTime());
    variables.put(VAR_CONTACTED, false);
    variables.put(VAR_REOPEN_COUNT, 0);
    variables.put(VAR_ESCALATION_LEVEL, 0);
    return engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, NO, variables);
  }

  private void complete(
      ProcessInstance instance, String step, String when, Map<String, Object> variables) {
    ClockUtil.setCurrentTime(at(when));
    Task task = task(instance, step);
    assertThat(task).as(step + " is open").isNotNull();
    engine.getTaskService().complete(task.getId(), variables);
  }

  private Task task(ProcessInstance instance, String step) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(step)
        .singleResult();
  }

  private Object variable(ProcessInstance instance, String name) {
    return engine.getRuntimeService().getVariable(instance.getId(), name);
  }

  private List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> link.getGroupId() != null)
        .map(link -> link.getGroupId())
        .toList();
  }

  private Object slaState(Task task) {
    return engine.getTaskService().getVariableLocal(task.getId(), VAR_SLA_STATE);
  }

  private boolean ended(ProcessInstance instance) {
    return engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(instance.getId())
            .count()
        == 0;
  }

  private long passed(ProcessInstance instance, String activityId) {
    return engine
        .getHistoryService()
        .createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId())
        .activityId(activityId)
        .finished()
        .count();
  }

  private List<Job> jobs(ProcessInstance instance, String timerId) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .activityId(timerId)
        .list();
  }

  private Job timer(ProcessInstance instance, String timerId) {
    List<Job> jobs = jobs(instance, timerId);
    assertThat(jobs).as(timerId).hasSize(1);
    return jobs.get(0);
  }

  private List<Job> executable(ProcessInstance instance) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .executable()
        .list();
  }

  private void fire(ProcessInstance instance, String timerId) {
    Job job = timer(instance, timerId);
    assertThat(
            engine.getManagementService().createJobQuery().jobId(job.getId()).executable().count())
        .as(timerId + " is due")
        .isEqualTo(1);
    engine.getManagementService().executeJob(job.getId());
  }
}
