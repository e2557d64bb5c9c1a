package cn.gridservice.desk.aftersales.process;

import static cn.gridservice.desk.aftersales.process.AfterSalesProcess.*;
import static cn.gridservice.desk.testsupport.TestTimes.at;
import static cn.gridservice.desk.testsupport.TestTimes.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.gridservice.desk.aftersales.sla.SlaNotice;
import cn.gridservice.desk.aftersales.sla.SlaPolicy;
import cn.gridservice.desk.aftersales.sla.SlaRecord;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.tasklist.deadline.SlaState;
import cn.gridservice.desk.testsupport.InMemoryEngine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The time limits of the after-sales steps on the real engine in memory: graded warnings at 50 %
 * and 80 % and overdue marks at 100 % of each step's limit, a fault repair's arrival and
 * restoration measured to their records, supervision by the team leader, and the SLA records. Time
 * moves on the engine clock; due timers are executed by hand, as the job executor would.
 */
@Deployment(
    resources = {
      "processes/afterSales.bpmn",
      "processes/serviceDeadlines.dmn",
      "processes/slaThresholds.dmn"
    })
class AfterSalesSlaTest {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE =
      ProcessEngineExtension.builder().useProcessEngine(InMemoryEngine.get()).build();

  private static final String CASE_NO = "SH-2026-000777";
  private static final List<String> STEPS =
      List.of(
          TASK_ACCEPT_REQUEST,
          TASK_SCHEDULE_VISIT,
          TASK_ARRIVE_ON_SITE,
          TASK_EXECUTE_SERVICE,
          TASK_RECORD_FEEDBACK,
          TASK_DECIDE_ESCALATED_CASE);

  private ProcessEngine engine;
  private AfterSalesBeans beans;

  @BeforeEach
  void registerBeans() {
    engine = ENGINE.getProcessEngine();
    beans = AfterSalesBeans.register(engine);
  }

  @AfterEach
  void cleanUp() {
    Mocks.reset();
    ClockUtil.reset();
  }

  // --- acceptance: 4 working hours, warned after 3.2 ---

  @Test
  void theWarningsFallDueAtFiftyAndEightyPercentOfTheWorkingTimeAndNotBefore() {
    // Monday 2 March 2026, 09:00: 4 working hours end at 14:30 (lunch 12:00–13:30), 2 h at 11:00,
    // 3.2 h at 13:42
    ClockUtil.setCurrentTime(at("2026-03-02T09:00:00+08:00"));
    ProcessInstance request = start("REPAIR", false, "URBAN");

    Job first = timer(request, EVENT_ACCEPT_REQUEST_FIRST_WARNED);
    Job warning = timer(request, EVENT_ACCEPT_REQUEST_WARNED);
    Job overdue = timer(request, EVENT_ACCEPT_REQUEST_OVERDUE);
    assertThat(first.getDuedate()).isEqualTo(at("2026-03-02T11:00:00+08:00"));
    assertThat(warning.getDuedate()).isEqualTo(at("2026-03-02T13:42:00+08:00"));
    assertThat(overdue.getDuedate()).isEqualTo(at("2026-03-02T14:30:00+08:00"));
    assertThat(task(request, TASK_ACCEPT_REQUEST).getDueDate()).isEqualTo(overdue.getDuedate());

    ClockUtil.setCurrentTime(at("2026-03-02T10:59:59+08:00"));
    assertThat(executable()).isEmpty();
    ClockUtil.setCurrentTime(at("2026-03-02T11:00:00+08:00"));
    assertThat(executable()).extracting(Job::getId).containsExactly(first.getId());
    ClockUtil.setCurrentTime(at("2026-03-02T13:42:00+08:00"));
    assertThat(executable())
        .extracting(Job::getId)
        .containsExactlyInAnyOrder(first.getId(), warning.getId());
  }

  @Test
  void atTheFirstWarningTheTaskIsFlaggedTheRecordNotesFiftyPercentAndTheTeamLeaderIsTold() {
    ClockUtil.setCurrentTime(at("2026-03-02T09:00:00+08:00"));
    ProcessInstance request = start("REPAIR", false, "URBAN");
    Task accept = task(request, TASK_ACCEPT_REQUEST);
    assertThat(record(accept).firstWarnPercent()).isEqualTo(50);
    assertThat(record(accept).firstWarnAt()).isEqualTo(instant("2026-03-02T11:00:00+08:00"));

    ClockUtil.setCurrentTime(at("2026-03-02T11:00:00+08:00"));
    fire(request, EVENT_ACCEPT_REQUEST_FIRST_WARNED);

    assertThat(slaState(accept)).isEqualTo(SlaState.WARNED.name());
    assertThat(record(accept).firstWarnedAt()).isEqualTo(instant("2026-03-02T11:00:00+08:00"));
    assertThat(record(accept).warned()).isFalse();
    assertThat(beans.notifier.sent())
        .singleElement()
        .satisfies(
            notice -> {
              assertThat(notice.kind()).isEqualTo(SlaNotice.Kind.WARNING);
              assertThat(notice.warnPercent()).isEqualTo(50);
              assertThat(notice.warnAt()).isEqualTo(instant("2026-03-02T11:00:00+08:00"));
            });
    assertThat(passed(request, EVENT_TEAM_LEADER_WARNED)).isEqualTo(1);

    // then 80 %: warned again
    ClockUtil.setCurrentTime(at("2026-03-02T13:42:00+08:00"));
    fire(request, EVENT_ACCEPT_REQUEST_WARNED);
    assertThat(record(accept).warnedAt()).isEqualTo(instant("2026-03-02T13:42:00+08:00"));
    assertThat(beans.notifier.sent()).extracting(SlaNotice::warnPercent).containsExactly(50, 80);
  }

  @Test
  void aFirstWarningThatComesAfterTheSecondChangesNothing() {
    ClockUtil.setCurrentTime(at("2026-03-02T09:00:00+08:00"));
    ProcessInstance request = start("REPAIR", false, "URBAN");
    ClockUtil.setCurrentTime(at("2026-03-02T13:42:00+08:00"));
    fire(request, EVENT_ACCEPT_REQUEST_WARNED);
    fire(request, EVENT_ACCEPT_REQUEST_FIRST_WARNED);
    assertThat(record(task(request, TASK_ACCEPT_REQUEST)).firstWarnedAt()).isNull();
    assertThat(beans.notifier.sent()).extracting(SlaNotice::warnPercent).containsExactly(80);
    assertThat(passed(request, EVENT_WARNING_NOT_NEEDED)).isEqualTo(1);
  }

  @Test
  void atTheWarningTheTaskIsFlaggedRecordedAndTheTeamLeaderToldWhileItStaysOpen() {
    ClockUtil.setCurrentTime(at("2026-03-02T09:00:00+08:00"));
    ProcessInstance request = start("REPAIR", false, "URBAN");
    Task accept = task(request, TASK_ACCEPT_REQUEST);
    assertThat(slaState(accept)).isEqualTo(SlaState.ON_TIME.name());

    ClockUtil.setCurrentTime(at("2026-03-02T13:42:00+08:00"));
    fire(request, EVENT_ACCEPT_REQUEST_WARNED);

    assertThat(task(request, TASK_ACCEPT_REQUEST).getId()).isEqualTo(accept.getId());
    assertThat(slaState(accept)).isEqualTo(SlaState.WARNED.name());
    SlaRecord record = record(accept);
    assertThat(record.warned()).isTrue();
    assertThat(record.warnedAt()).isEqualTo(instant("2026-03-02T13:42:00+08:00"));
    assertThat(record.breached()).isFalse();
    assertThat(beans.notifier.sent())
        .singleElement()
        .satisfies(
            notice -> {
              assertThat(notice.kind()).isEqualTo(SlaNotice.Kind.WARNING);
              assertThat(notice.recipients()).isEqualTo(Role.DISPATCHER);
              assertThat(notice.caseNo()).isEqualTo(CASE_NO);
              assertThat(notice.step()).isEqualTo(TASK_ACCEPT_REQUEST);
              assertThat(notice.stepName()).isEqualTo("受理 Accept request");
              assertThat(notice.limitRule()).isEqualTo("WORKING_HOURS:4");
              assertThat(notice.warnPercent()).isEqualTo(80);
              assertThat(notice.dueAt()).isEqualTo(instant("2026-03-02T14:30:00+08:00"));
            });
    assertThat(supervisionTasks(request)).isEmpty();
    assertThat(passed(request, EVENT_TEAM_LEADER_WARNED)).isEqualTo(1);
    // the overdue timer still waits for the due date
    assertThat(timer(request, EVENT_ACCEPT_REQUEST_OVERDUE).getDuedate())
        .isEqualTo(at("2026-03-02T14:30:00+08:00"));
  }

  @Test
  void atTheDueDateTheTaskIsOverdueTheTeamLeaderSupervisesAndTheRecordShowsByHowMuch() {
    ClockUtil.setCurrentTime(at("2026-03-02T09:00:00+08:00"));
    ProcessInstance request = start("REPAIR", false, "URBAN");
    Task accept = task(request, TASK_ACCEPT_REQUEST);
    ClockUtil.setCurrentTime(at("2026-03-02T13:42:00+08:00"));
    fire(request, EVENT_ACCEPT_REQUEST_WARNED);

    ClockUtil.setCurrentTime(at("2026-03-02T14:29:00+08:00"));
    assertThat(executable())
        .extracting(Job::getId)
        .containsExactly(timer(request, EVENT_ACCEPT_REQUEST_FIRST_WARNED).getId());
    ClockUtil.setCurrentTime(at("2026-03-02T14:30:00+08:00"));
    fire(request, EVENT_ACCEPT_REQUEST_OVERDUE);

    assertThat(slaState(accept)).isEqualTo(SlaState.OVERDUE.name());
    Task supervise = supervisionTasks(request).get(0);
    assertThat(supervisionTasks(request)).hasSize(1);
    assertThat(candidateGroups(supervise)).containsExactly(GROUP_DISPATCHER);
    assertThat(engine.getTaskService().getVariables(supervise.getId()))
        .contains(
            Map.entry(VAR_OVERDUE_STEP, TASK_ACCEPT_REQUEST),
            Map.entry(VAR_OVERDUE_STEP_NAME, "受理 Accept request"),
            Map.entry(VAR_OVERDUE_TASK_ID, accept.getId()),
            Map.entry(VAR_OVERDUE_DUE_AT, at("2026-03-02T14:30:00+08:00")));
    assertThat(record(accept).breached()).isTrue();
    assertThat(record(accept).overdueAt()).isEqualTo(instant("2026-03-02T14:30:00+08:00"));
    assertThat(beans.notifier.sent())
        .extracting(SlaNotice::kind, SlaNotice::recipients)
        .containsExactly(
            tuple(SlaNotice.Kind.WARNING, Role.DISPATCHER),
            tuple(SlaNotice.Kind.OVERDUE, Role.DISPATCHER));
    // the step itself is still open and goes on
    assertThat(task(request, TASK_ACCEPT_REQUEST).getId()).isEqualTo(accept.getId());

    // accepted 47 minutes and 30 seconds late
    ClockUtil.setCurrentTime(at("2026-03-02T15:17:30+08:00"));
    engine.getTaskService().complete(accept.getId(), Map.of(VAR_ACCEPTANCE, ACCEPTANCE_ACCEPTED));

    SlaRecord record = record(accept);
    assertThat(record.completedAt()).isEqualTo(instant("2026-03-02T15:17:30+08:00"));
    assertThat(record.breached()).isTrue();
    assertThat(record.breachedBySeconds())
        .isEqualTo(Duration.ofMinutes(47).plusSeconds(30).toSeconds());
    // the supervision outlives the step until the team leader closes it; the case goes on meanwhile
    assertThat(task(request, TASK_SCHEDULE_VISIT)).isNotNull();
    assertThat(supervisionTasks(request)).hasSize(1);
    engine.getTaskService().complete(supervise.getId());
    assertThat(passed(request, EVENT_OVERDUE_STEP_SUPERVISED)).isEqualTo(1);
  }

  @Test
  void aStepCompletedInTimeLeavesNoSupervisionAndAKeptRecord() {
    ClockUtil.setCurrentTime(at("2026-03-02T09:00:00+08:00"));
    ProcessInstance request = start("REPAIR", false, "URBAN");
    Task accept = task(request, TASK_ACCEPT_REQUEST);

    ClockUtil.setCurrentTime(at("2026-03-02T11:00:00+08:00"));
    engine.getTaskService().complete(accept.getId(), Map.of(VAR_ACCEPTANCE, ACCEPTANCE_ACCEPTED));

    SlaRecord record = record(accept);
    assertThat(record.completedAt()).isEqualTo(instant("2026-03-02T11:00:00+08:00"));
    assertThat(record.breached()).isFalse();
    assertThat(record.breachedBySeconds()).isNull();
    assertThat(record.warned()).isFalse();
    // the step's timers went with it; the next step has its own
    assertThat(jobs(request, EVENT_ACCEPT_REQUEST_WARNED)).isEmpty();
    assertThat(jobs(request, EVENT_ACCEPT_REQUEST_OVERDUE)).isEmpty();
    assertThat(jobs(request, EVENT_SCHEDULE_VISIT_WARNED)).hasSize(1);
    ClockUtil.setCurrentTime(at("2026-03-02T15:00:00+08:00"));
    assertThat(executable()).isEmpty();
    assertThat(supervisionTasks(request)).isEmpty();
    assertThat(beans.notifier.sent()).isEmpty();
  }

  @Test
  void aTaskCompletedLateWhoseOverdueTimerHasNotRunYetIsStillRecordedAsBreached() {
    ClockUtil.setCurrentTime(at("2026-03-02T09:00:00+08:00"));
    ProcessInstance request = start("REPAIR", false, "URBAN");
    Task accept = task(request, TASK_ACCEPT_REQUEST);

    // the job executor was down: nobody fired the timers
    ClockUtil.setCurrentTime(at("2026-03-02T16:00:00+08:00"));
    engine.getTaskService().complete(accept.getId(), Map.of(VAR_ACCEPTANCE, ACCEPTANCE_ACCEPTED));

    assertThat(record(accept).breached()).isTrue();
    assertThat(record(accept).breachedBySeconds()).isEqualTo(Duration.ofMinutes(90).toSeconds());
    assertThat(supervisionTasks(request)).isEmpty();
  }

  // --- other limits ---

  @ParameterizedTest(name = "{0} priority={1}: warned at {2} and {3}, overdue at {4}")
  @CsvSource({
    "URBAN, false, 2026-10-01T23:52:30+08:00, 2026-10-02T00:06:00+08:00, 2026-10-02T00:15:00+08:00",
    "URBAN, true, 2026-10-01T23:52:30+08:00, 2026-10-02T00:06:00+08:00, 2026-10-02T00:15:00+08:00",
    "RURAL, false, 2026-10-02T00:15:00+08:00, 2026-10-02T00:42:00+08:00, 2026-10-02T01:00:00+08:00",
    "REMOTE, true, 2026-10-02T00:30:00+08:00, 2026-10-02T01:06:00+08:00, 2026-10-02T01:30:00+08:00",
  })
  void aFaultRepairsArrivalIsWatchedAroundTheClockFromTheCallAtTheAreasLimit(
      String area, boolean priority, String firstWarnAt, String warnAt, String dueAt) {
    // National Day, 23:30: 45 / 90 / 120 minutes from the call for every customer, warned at 50 %
    // and 80 %
    ProcessInstance fault = startFault(area, priority);
    complete(
        fault,
        TASK_SCHEDULE_VISIT,
        "2026-10-01T23:30:00+08:00",
        Map.of(VAR_TECHNICIAN_ID, "technician"));

    assertThat(timer(fault, EVENT_ARRIVE_ON_SITE_FIRST_WARNED).getDuedate())
        .isEqualTo(at(firstWarnAt));
    assertThat(timer(fault, EVENT_ARRIVE_ON_SITE_WARNED).getDuedate()).isEqualTo(at(warnAt));
    assertThat(timer(fault, EVENT_ARRIVE_ON_SITE_OVERDUE).getDuedate()).isEqualTo(at(dueAt));
    SlaRecord record = record(task(fault, TASK_ARRIVE_ON_SITE));
    assertThat(record.limitRule()).startsWith("FROM_SUBMISSION MINUTES:");
    assertThat(record.dueAt()).isEqualTo(instant(dueAt));

    ClockUtil.setCurrentTime(at(firstWarnAt));
    fire(fault, EVENT_ARRIVE_ON_SITE_FIRST_WARNED);
    ClockUtil.setCurrentTime(at(warnAt));
    fire(fault, EVENT_ARRIVE_ON_SITE_WARNED);
    assertThat(slaState(task(fault, TASK_ARRIVE_ON_SITE))).isEqualTo(SlaState.WARNED.name());
    ClockUtil.setCurrentTime(at(dueAt));
    fire(fault, EVENT_ARRIVE_ON_SITE_OVERDUE);
    assertThat(slaState(task(fault, TASK_ARRIVE_ON_SITE))).isEqualTo(SlaState.OVERDUE.name());
    assertThat(supervisionTasks(fault)).hasSize(1);
    assertThat(beans.notifier.sent())
        .extracting(SlaNotice::kind, SlaNotice::warnPercent)
        .containsExactly(
            tuple(SlaNotice.Kind.WARNING, 50),
            tuple(SlaNotice.Kind.WARNING, 80),
            tuple(SlaNotice.Kind.OVERDUE, 80));
  }

  @Test
  void savingTheBookingIsNotTheArrivalTheArrivalRecordIs() {
    ProcessInstance fault = startFault("URBAN", false);
    // dispatched within its own short limit (15 minutes)
    complete(
        fault,
        TASK_SCHEDULE_VISIT,
        "2026-10-01T23:40:00+08:00",
        Map.of(VAR_TECHNICIAN_ID, "technician"));
    assertThat(record(historicTask(fault, TASK_SCHEDULE_VISIT)).limitRule())
        .isEqualTo("MINUTES:15");
    assertThat(record(historicTask(fault, TASK_SCHEDULE_VISIT)).breached()).isFalse();
    // on site 50 minutes after the call: 5 minutes late
    complete(fault, TASK_ARRIVE_ON_SITE, "2026-10-02T00:20:00+08:00", Map.of());

    SlaRecord arrival = record(historicTask(fault, TASK_ARRIVE_ON_SITE));
    assertThat(arrival.completedAt()).isEqualTo(instant("2026-10-02T00:20:00+08:00"));
    assertThat(arrival.breached()).isTrue();
    assertThat(arrival.breachedBySeconds()).isEqualTo(Duration.ofMinutes(5).toSeconds());
    assertThat(task(fault, TASK_EXECUTE_SERVICE)).isNotNull();
  }

  @Test
  void aFaultRepairsRestorationIsWatchedFromTheRecordedArrival() {
    ProcessInstance fault = startFault("URBAN", false);
    complete(
        fault,
        TASK_SCHEDULE_VISIT,
        "2026-10-01T23:40:00+08:00",
        Map.of(VAR_TECHNICIAN_ID, "technician"));
    complete(fault, TASK_ARRIVE_ON_SITE, "2026-10-02T00:10:00+08:00", Map.of());

    // HOURS:3 from the arrival at 00:10: due 03:10, warned at 01:40 and 02:34
    assertThat(timer(fault, EVENT_EXECUTE_SERVICE_FIRST_WARNED).getDuedate())
        .isEqualTo(at("2026-10-02T01:40:00+08:00"));
    assertThat(timer(fault, EVENT_EXECUTE_SERVICE_WARNED).getDuedate())
        .isEqualTo(at("2026-10-02T02:34:00+08:00"));
    assertThat(timer(fault, EVENT_EXECUTE_SERVICE_OVERDUE).getDuedate())
        .isEqualTo(at("2026-10-02T03:10:00+08:00"));
    SlaRecord record = record(task(fault, TASK_EXECUTE_SERVICE));
    assertThat(record.limitRule()).isEqualTo("HOURS:3");
    assertThat(record.startedAt()).isEqualTo(instant("2026-10-02T00:10:00+08:00"));
    assertThat(beans.records.byCase(CASE_NO))
        .extracting(SlaRecord::step, SlaRecord::limitRule)
        .containsExactly(
            tuple(TASK_SCHEDULE_VISIT, "MINUTES:15"),
            tuple(TASK_ARRIVE_ON_SITE, "FROM_SUBMISSION MINUTES:45"),
            tuple(TASK_EXECUTE_SERVICE, "HOURS:3"));

    // restored at 03:00: in time
    complete(
        fault, TASK_EXECUTE_SERVICE, "2026-10-02T03:00:00+08:00", Map.of(VAR_WORK_COMPLETED, true));
    assertThat(beans.records.byCase(CASE_NO).get(2).breached()).isFalse();
  }

  @Test
  void aSecondVisitOfTheSameFaultNeedsNoSecondArrival() {
    ProcessInstance fault = startFault("URBAN", false);
    complete(
        fault,
        TASK_SCHEDULE_VISIT,
        "2026-10-01T23:40:00+08:00",
        Map.of(VAR_TECHNICIAN_ID, "technician"));
    complete(fault, TASK_ARRIVE_ON_SITE, "2026-10-02T00:10:00+08:00", Map.of());
    complete(
        fault,
        TASK_EXECUTE_SERVICE,
        "2026-10-02T01:00:00+08:00",
        Map.of(VAR_WORK_COMPLETED, false));
    complete(
        fault,
        TASK_SCHEDULE_VISIT,
        "2026-10-02T01:10:00+08:00",
        Map.of(VAR_TECHNICIAN_ID, "technician"));
    assertThat(task(fault, TASK_ARRIVE_ON_SITE)).isNull();
    assertThat(task(fault, TASK_EXECUTE_SERVICE)).isNotNull();
  }

  @Test
  void aKeyAccountIsWatchedOnTheShorterLimit() {
    ClockUtil.setCurrentTime(at("2026-03-02T09:00:00+08:00"));
    ProcessInstance keyAccount = start("REPAIR", true, "URBAN");

    // WORKING_HOURS:2: due 11:00, warned after 96 minutes
    assertThat(timer(keyAccount, EVENT_ACCEPT_REQUEST_WARNED).getDuedate())
        .isEqualTo(at("2026-03-02T10:36:00+08:00"));
    assertThat(timer(keyAccount, EVENT_ACCEPT_REQUEST_OVERDUE).getDuedate())
        .isEqualTo(at("2026-03-02T11:00:00+08:00"));
    assertThat(record(task(keyAccount, TASK_ACCEPT_REQUEST)).limitRule())
        .isEqualTo("WORKING_HOURS:2");
  }

  @Test
  void theWarningCountsWorkingTimeAcrossTheSpringFestivalWeekend() {
    // Friday 13 February 2026, 16:00: 1.5 h that day, then Saturday 14 February is a make-up
    // working day;
    // 4 h are due at 11:00 on the 14th, 3.2 h at 10:12
    ClockUtil.setCurrentTime(at("2026-02-13T16:00:00+08:00"));
    ProcessInstance request = start("REPAIR", false, "URBAN");

    assertThat(timer(request, EVENT_ACCEPT_REQUEST_WARNED).getDuedate())
        .isEqualTo(at("2026-02-14T10:12:00+08:00"));
    assertThat(timer(request, EVENT_ACCEPT_REQUEST_OVERDUE).getDuedate())
        .isEqualTo(at("2026-02-14T11:00:00+08:00"));
    SlaRecord record = record(task(request, TASK_ACCEPT_REQUEST));
    assertThat(record.startedAt()).isEqualTo(instant("2026-02-13T16:00:00+08:00"));
    assertThat(record.warnAt()).isEqualTo(instant("2026-02-14T10:12:00+08:00"));
    assertThat(record.dueAt()).isEqualTo(instant("2026-02-14T11:00:00+08:00"));
    assertThat(record.provisional()).isFalse();

    // 2 h: 1.5 h on Friday, half an hour on Saturday
    assertThat(timer(request, EVENT_ACCEPT_REQUEST_FIRST_WARNED).getDuedate())
        .isEqualTo(at("2026-02-14T09:00:00+08:00"));
    ClockUtil.setCurrentTime(at("2026-02-14T08:59:00+08:00"));
    assertThat(executable()).isEmpty();
    ClockUtil.setCurrentTime(at("2026-02-14T10:12:00+08:00"));
    assertThat(executable())
        .extracting(Job::getId)
        .containsExactlyInAnyOrder(
            timer(request, EVENT_ACCEPT_REQUEST_FIRST_WARNED).getId(),
            timer(request, EVENT_ACCEPT_REQUEST_WARNED).getId());
  }

  @Test
  void theRecordsOfEveryStepAreKeptInTheOrderTheyRan() {
    ClockUtil.setCurrentTime(at("2026-03-02T09:00:00+08:00"));
    ProcessInstance request = start("MAINTENANCE", false, "URBAN");
    complete(
        request,
        TASK_ACCEPT_REQUEST,
        "2026-03-02T10:00:00+08:00",
        Map.of(VAR_ACCEPTANCE, ACCEPTANCE_ACCEPTED));
    complete(
        request,
        TASK_SCHEDULE_VISIT,
        "2026-03-02T11:00:00+08:00",
        Map.of(VAR_APPOINTMENT_END, at("2026-03-04T12:00:00+08:00")));
    complete(
        request,
        TASK_EXECUTE_SERVICE,
        "2026-03-04T11:00:00+08:00",
        Map.of(VAR_WORK_COMPLETED, true));

    assertThat(beans.records.byCase(CASE_NO))
        .extracting(SlaRecord::step, SlaRecord::limitRule, SlaRecord::breached)
        .containsExactly(
            tuple(TASK_ACCEPT_REQUEST, "WORKING_HOURS:4", false),
            tuple(TASK_SCHEDULE_VISIT, "WORKING_DAYS:1", false),
            tuple(TASK_EXECUTE_SERVICE, "APPOINTMENT", false),
            tuple(TASK_RECORD_FEEDBACK, "WORKING_DAYS:2", false));
    assertThat(beans.records.byCase(CASE_NO))
        .extracting(SlaRecord::completedAt)
        .containsExactly(
            instant("2026-03-02T10:00:00+08:00"),
            instant("2026-03-02T11:00:00+08:00"),
            instant("2026-03-04T11:00:00+08:00"),
            null);
  }

  @Test
  void onSiteWorkIsWarnedAtEightyPercentOfTheTimeToTheAppointment() {
    ClockUtil.setCurrentTime(at("2026-03-02T09:00:00+08:00"));
    ProcessInstance request = start("MAINTENANCE", false, "URBAN");
    complete(
        request,
        TASK_ACCEPT_REQUEST,
        "2026-03-02T09:30:00+08:00",
        Map.of(VAR_ACCEPTANCE, ACCEPTANCE_ACCEPTED));
    // 50 hours from Monday 10:00 to the end of the appointment on Wednesday 12:00; 40 hours are
    // used on Wednesday 02:00
    complete(
        request,
        TASK_SCHEDULE_VISIT,
        "2026-03-02T10:00:00+08:00",
        Map.of(VAR_APPOINTMENT_END, at("2026-03-04T12:00:00+08:00")));

    assertThat(timer(request, EVENT_EXECUTE_SERVICE_WARNED).getDuedate())
        .isEqualTo(at("2026-03-04T02:00:00+08:00"));
    assertThat(timer(request, EVENT_EXECUTE_SERVICE_OVERDUE).getDuedate())
        .isEqualTo(at("2026-03-04T12:00:00+08:00"));
    assertThat(task(request, TASK_EXECUTE_SERVICE).getDueDate())
        .isEqualTo(at("2026-03-04T12:00:00+08:00"));
  }

  @Test
  void aVisitWithoutAnAgreedAppointmentHasNoLimitSoItsTimersFindNothingToFlag() {
    ClockUtil.setCurrentTime(at("2026-03-02T09:00:00+08:00"));
    ProcessInstance request = start("MAINTENANCE", false, "URBAN");
    complete(
        request,
        TASK_ACCEPT_REQUEST,
        "2026-03-02T09:30:00+08:00",
        Map.of(VAR_ACCEPTANCE, ACCEPTANCE_ACCEPTED));
    complete(request, TASK_SCHEDULE_VISIT, "2026-03-02T10:00:00+08:00", Map.of());
    Task execute = task(request, TASK_EXECUTE_SERVICE);

    // the engine needs a date for each timer: both are due at the start and run at once
    assertThat(timer(request, EVENT_EXECUTE_SERVICE_WARNED).getDuedate())
        .isEqualTo(at("2026-03-02T10:00:00+08:00"));
    assertThat(timer(request, EVENT_EXECUTE_SERVICE_OVERDUE).getDuedate())
        .isEqualTo(at("2026-03-02T10:00:00+08:00"));
    fire(request, EVENT_EXECUTE_SERVICE_WARNED);
    fire(request, EVENT_EXECUTE_SERVICE_OVERDUE);

    assertThat(execute.getDueDate()).isNull();
    assertThat(slaState(execute)).isNull();
    assertThat(record(execute).limitRule()).isNull();
    assertThat(record(execute).warned()).isFalse();
    assertThat(record(execute).breached()).isFalse();
    assertThat(supervisionTasks(request)).isEmpty();
    assertThat(beans.notifier.sent()).isEmpty();
    assertThat(passed(request, EVENT_WARNING_NOT_NEEDED)).isEqualTo(1);
    assertThat(passed(request, EVENT_SUPERVISION_NOT_NEEDED)).isEqualTo(1);
    assertThat(task(request, TASK_EXECUTE_SERVICE).getId()).isEqualTo(execute.getId());
  }

  @Test
  void aWarningThatComesAfterTheOverdueMarkChangesNothing() {
    ClockUtil.setCurrentTime(at("2026-03-02T09:00:00+08:00"));
    ProcessInstance request = start("MAINTENANCE", false, "URBAN");
    complete(
        request,
        TASK_ACCEPT_REQUEST,
        "2026-03-02T09:30:00+08:00",
        Map.of(VAR_ACCEPTANCE, ACCEPTANCE_ACCEPTED));
    // an appointment already past: both timers are due at once, and may run in either order
    complete(
        request,
        TASK_SCHEDULE_VISIT,
        "2026-03-02T10:00:00+08:00",
        Map.of(VAR_APPOINTMENT_END, at("2026-03-02T08:00:00+08:00")));
    Task execute = task(request, TASK_EXECUTE_SERVICE);

    fire(request, EVENT_EXECUTE_SERVICE_OVERDUE);
    fire(request, EVENT_EXECUTE_SERVICE_WARNED);

    assertThat(slaState(execute)).isEqualTo(SlaState.OVERDUE.name());
    assertThat(record(execute).warned()).isFalse();
    assertThat(beans.notifier.sent())
        .extracting(SlaNotice::kind)
        .containsExactly(SlaNotice.Kind.OVERDUE);
    assertThat(supervisionTasks(request)).hasSize(1);
    assertThat(passed(request, EVENT_WARNING_NOT_NEEDED)).isEqualTo(1);
  }

  @Test
  void
      theServiceManagersOverdueDecisionIsMarkedAndMailedToTheServiceManagersWithoutASupervisionTask() {
    ClockUtil.setCurrentTime(at("2026-03-02T09:00:00+08:00"));
    ProcessInstance escalated =
        engine
            .getRuntimeService()
            .createProcessInstanceByKey(PROCESS_KEY)
            .businessKey(CASE_NO)
            .setVariables(variables("REPAIR", false, "URBAN"))
            .startBeforeActivity(TASK_DECIDE_ESCALATED_CASE)
            .execute();
    Task decide = task(escalated, TASK_DECIDE_ESCALATED_CASE);
    // WORKING_DAYS:1: the end of Tuesday, 17:30; 80 % of the 14.5 working hours (7 + 7.5) is 11.6
    // h: Tuesday 14:36
    assertThat(timer(escalated, EVENT_DECIDE_ESCALATED_CASE_WARNED).getDuedate())
        .isEqualTo(at("2026-03-03T14:36:00+08:00"));
    assertThat(decide.getDueDate()).isEqualTo(at("2026-03-03T17:30:00+08:00"));

    ClockUtil.setCurrentTime(at("2026-03-03T14:36:00+08:00"));
    fire(escalated, EVENT_DECIDE_ESCALATED_CASE_WARNED);
    ClockUtil.setCurrentTime(at("2026-03-03T17:30:00+08:00"));
    fire(escalated, EVENT_DECIDE_ESCALATED_CASE_OVERDUE);

    assertThat(slaState(decide)).isEqualTo(SlaState.OVERDUE.name());
    assertThat(record(decide).breached()).isTrue();
    assertThat(beans.notifier.sent())
        .extracting(SlaNotice::kind, SlaNotice::recipients)
        .containsExactly(
            tuple(SlaNotice.Kind.WARNING, Role.SERVICE_MANAGER),
            tuple(SlaNotice.Kind.OVERDUE, Role.SERVICE_MANAGER));
    assertThat(supervisionTasks(escalated)).isEmpty();
    assertThat(passed(escalated, EVENT_DECISION_OVERDUE)).isEqualTo(1);
  }

  @Test
  void aCancelledCaseClosesTheOpenStepsRecordAndItsSupervision() {
    ClockUtil.setCurrentTime(at("2026-03-02T09:00:00+08:00"));
    ProcessInstance request = start("REPAIR", false, "URBAN");
    Task accept = task(request, TASK_ACCEPT_REQUEST);
    ClockUtil.setCurrentTime(at("2026-03-02T14:30:00+08:00"));
    fire(request, EVENT_ACCEPT_REQUEST_OVERDUE);
    assertThat(supervisionTasks(request)).hasSize(1);

    ClockUtil.setCurrentTime(at("2026-03-02T15:00:00+08:00"));
    engine
        .getRuntimeService()
        .createMessageCorrelation(MESSAGE_SERVICE_CANCELLED)
        .processInstanceBusinessKey(CASE_NO)
        .correlate();

    SlaRecord record = record(accept);
    assertThat(record.cancelledAt()).isEqualTo(instant("2026-03-02T15:00:00+08:00"));
    assertThat(record.completedAt()).isNull();
    assertThat(record.breached()).isTrue();
    assertThat(record.breachedBySeconds()).isEqualTo(Duration.ofMinutes(30).toSeconds());
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(request.getId())
                .count())
        .isZero();
  }

  @Test
  void aTimerCountedAgainLaterStillCountsFromTheStepsStart() {
    // what the calendar change does to pending timers (WorkingCalendarService):
    // recalculateJobDuedate
    ClockUtil.setCurrentTime(at("2026-03-02T09:00:00+08:00"));
    ProcessInstance request = start("REPAIR", false, "URBAN");
    ClockUtil.setCurrentTime(at("2026-03-02T12:00:00+08:00"));

    engine
        .getManagementService()
        .recalculateJobDuedate(timer(request, EVENT_ACCEPT_REQUEST_WARNED).getId(), true);
    engine
        .getManagementService()
        .recalculateJobDuedate(timer(request, EVENT_ACCEPT_REQUEST_OVERDUE).getId(), false);

    assertThat(timer(request, EVENT_ACCEPT_REQUEST_WARNED).getDuedate())
        .isEqualTo(at("2026-03-02T13:42:00+08:00"));
    assertThat(timer(request, EVENT_ACCEPT_REQUEST_OVERDUE).getDuedate())
        .isEqualTo(at("2026-03-02T14:30:00+08:00"));
  }

  // --- the model and the threshold table ---

  @Test
  void everyStepWithALimitHasBothTimersAndKeepsItsRecord() {
    BpmnModelInstance model = model();
    for (String step : STEPS) {
      UserTask task = model.getModelElementById(step);
      assertThat(
              task.getExtensionElements()
                  .getElementsQuery()
                  .filterByType(CamundaTaskListener.class)
                  .list())
          .as(step)
          .extracting(
              CamundaTaskListener::getCamundaEvent,
              CamundaTaskListener::getCamundaDelegateExpression)
          .contains(
              tuple("create", "${slaRecorder}"),
              tuple("complete", "${slaRecorder}"),
              tuple("delete", "${slaRecorder}"));
      for (String suffix : List.of(SUFFIX_FIRST_WARNED, SUFFIX_WARNED, SUFFIX_OVERDUE)) {
        BoundaryEvent timer = model.getModelElementById(step + suffix);
        assertThat(timer).as(step + suffix).isNotNull();
        assertThat(timer.getAttachedTo().getId()).isEqualTo(step);
        assertThat(timer.cancelActivity()).as(step + suffix + " is non-interrupting").isFalse();
        String method =
            suffix.equals(SUFFIX_FIRST_WARNED)
                ? "firstWarnAt"
                : suffix.equals(SUFFIX_WARNED) ? "warnAt" : "dueAt";
        String expected = "${slaTimers." + method + "(execution, '" + step + "')}";
        assertThat(timer.getEventDefinitions())
            .singleElement()
            .satisfies(
                definition ->
                    assertThat(((TimerEventDefinition) definition).getTimeDate().getTextContent())
                        .isEqualTo(expected));
      }
    }
    assertThat(model.getModelElementsByType(BoundaryEvent.class)).hasSize(3 * STEPS.size());
    // every user task but the supervision is a step with a limit, and the constants name them all
    assertThat(model.getModelElementsByType(UserTask.class))
        .extracting(UserTask::getId)
        .containsExactlyInAnyOrderElementsOf(
            java.util.stream.Stream.concat(
                    STEPS.stream(), java.util.stream.Stream.of(TASK_SUPERVISE_OVERDUE_STEP))
                .toList());
  }

  @ParameterizedTest(name = "{0}: {1} % and {2} %, {3}")
  @CsvSource({
    "acceptRequest, 50, 80, DISPATCHER",
    "scheduleVisit, 50, 80, DISPATCHER",
    "arriveOnSite, 50, 80, DISPATCHER",
    "executeService, 50, 80, DISPATCHER",
    "recordFeedback, 50, 80, DISPATCHER",
    "decideEscalatedCase, 50, 80, SERVICE_MANAGER",
    "someLaterStep, 50, 80, DISPATCHER",
  })
  void everyRowOfTheThresholdTableForEveryCustomer(
      String step, int first, int second, Role notify) {
    for (boolean priority : new boolean[] {true, false}) {
      assertThat(beans.timers.policy(step, priority))
          .isEqualTo(new SlaPolicy(first, second, notify));
    }
  }

  // --- helpers ---

  private ProcessInstance start(String serviceType, boolean priority, String area) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(PROCESS_KEY, CASE_NO, variables(serviceType, priority, area));
  }

  /** A fault repair called in on National Day at 23:30. */
  private ProcessInstance startFault(String area, boolean priority) {
    ClockUtil.setCurrentTime(at("2026-10-01T23:30:00+08:00"));
    Map<String, Object> call =
        new java.util.HashMap<>(variables(SERVICE_TYPE_FAULT_REPAIR, priority, area));
    call.put(VAR_SUBMITTED_AT, at("2026-10-01T23:30:00+08:00"));
    return engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, CASE_NO, call);
  }

  private org.camunda.bpm.engine.history.HistoricTaskInstance historicTask(
      ProcessInstance instance, String step) {
    return engine
        .getHistoryService()
        .createHistoricTaskInstanceQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(step)
        .singleResult();
  }

  private SlaRecord record(org.camunda.bpm.engine.history.HistoricTaskInstance task) {
    return beans.records.byTask(task.getId()).orElseThrow();
  }

  private static Map<String, Object> variables(String serviceType, boolean priority, String area) {
    return Map.of(
        VAR_CASE_NO,
        CASE_NO,
        VAR_CUSTOMER_NO,
        "3100456789",
        VAR_SERVICE_TYPE,
        serviceType,
        VAR_PRIORITY_CUSTOMER,
        priority,
        VAR_AREA,
        area);
  }

  private void complete(
      ProcessInstance instance, String step, String when, Map<String, Object> variables) {
    ClockUtil.setCurrentTime(at(when));
    engine.getTaskService().complete(task(instance, step).getId(), variables);
  }

  private Task task(ProcessInstance instance, String step) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(step)
        .singleResult();
  }

  private List<Task> supervisionTasks(ProcessInstance instance) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(TASK_SUPERVISE_OVERDUE_STEP)
        .list();
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

  private SlaRecord record(Task task) {
    return beans.records.byTask(task.getId()).orElseThrow();
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

  private List<Job> executable() {
    return engine.getManagementService().createJobQuery().executable().list();
  }

  /** Runs the timer as the job executor would, which it may only once it is due. */
  private void fire(ProcessInstance instance, String timerId) {
    Job job = timer(instance, timerId);
    assertThat(
            engine.getManagementService().createJobQuery().jobId(job.getId()).executable().count())
        .as(timerId + " is due")
        .isEqualTo(1);
    engine.getManagementService().executeJob(job.getId());
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

  private BpmnModelInstance model() {
    ProcessDefinition definition =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(PROCESS_KEY)
            .singleResult();
    return engine.getRepositoryService().getBpmnModelInstance(definition.getId());
  }
}
