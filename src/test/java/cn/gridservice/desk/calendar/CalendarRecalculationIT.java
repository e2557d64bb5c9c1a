package cn.gridservice.desk.calendar;

import static cn.gridservice.desk.testsupport.TestTimes.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gridservice.desk.aftersales.application.AfterSalesCases;
import cn.gridservice.desk.aftersales.domain.ServiceCase;
import cn.gridservice.desk.aftersales.domain.ServiceType;
import cn.gridservice.desk.calendar.application.CalendarYearView;
import cn.gridservice.desk.calendar.application.WorkingCalendarService;
import cn.gridservice.desk.calendar.domain.DayKind;
import cn.gridservice.desk.complaint.application.ComplaintQueries;
import cn.gridservice.desk.complaint.application.ComplaintView;
import cn.gridservice.desk.complaint.application.Complaints;
import cn.gridservice.desk.complaint.application.NewComplaint;
import cn.gridservice.desk.customer.domain.Channel;
import cn.gridservice.desk.testsupport.Http;
import cn.gridservice.desk.testsupport.ServerDeployment;
import cn.gridservice.desk.testsupport.ServerIT;
import cn.gridservice.desk.workflow.TaskDeadlineListener;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.BeforeDeployment;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;

/**
 * In the server on MariaDB: a task due date and a timer written in working days are computed on the
 * calendar, are provisional in a year without data, and move when an administrator saves that year.
 * Time is moved on the engine clock; the test waits only for the job executor to notice.
 */
class CalendarRecalculationIT extends ServerIT {

  @BeforeDeployment
  static Archive<?> withTestModel(Archive<?> archive) {
    return ServerDeployment.withTestModel(archive, "calendarProbe.bpmn");
  }

  // 2031 has no official data in the seed: Monday to Friday count, deadlines are provisional
  private static final int YEAR = 2031;

  @Inject Complaints complaints;

  @Inject ComplaintQueries complaintQueries;

  @Inject RuntimeService runtimeService;

  @Inject TaskService taskService;

  @Inject ManagementService managementService;

  @Inject HistoryService historyService;

  @Inject WorkingCalendarService calendar;

  @Inject AfterSalesCases cases;

  @Test
  void savingAYearMovesTheDueDatesOfOpenTasksAndPendingTimersAndTheyFireThen() {
    // Thursday 6 March 2031, 10:00
    clockAt("2031-03-06T10:00:00+08:00");
    ProcessInstance probe = runtimeService.startProcessInstanceByKey("calendarProbe");
    Task task = taskService.createTaskQuery().processInstanceId(probe.getId()).singleResult();
    Job timer =
        managementService.createJobQuery().processInstanceId(probe.getId()).timers().singleResult();

    // weekends only: Fri 7 is working day 1, Mon 10 working day 2
    assertThat(task.getDueDate()).isEqualTo(at("2031-03-10T17:30:00+08:00"));
    assertThat(timer.getDuedate()).isEqualTo(at("2031-03-07T17:30:00+08:00"));
    assertThat(taskService.getVariableLocal(task.getId(), TaskDeadlineListener.DUE_PROVISIONAL))
        .isEqualTo(true);
    assertThat(taskService.getVariableLocal(task.getId(), TaskDeadlineListener.DUE_RULE))
        .isEqualTo("WORKING_DAYS:2");

    // the year is published with Friday 7 and Monday 10 off
    WorkingCalendarService.YearSaved saved =
        calendar.replaceYear(
            YEAR,
            "测试通知",
            List.of(
                new CalendarYearView.Entry(LocalDate.of(YEAR, 3, 7), DayKind.DAY_OFF, "测试假日", null),
                new CalendarYearView.Entry(
                    LocalDate.of(YEAR, 3, 10), DayKind.DAY_OFF, "测试假日", null)),
            "admin");

    assertThat(saved.tasksMoved()).isGreaterThanOrEqualTo(1);
    Task moved = taskService.createTaskQuery().taskId(task.getId()).singleResult();
    Job movedTimer = managementService.createJobQuery().jobId(timer.getId()).singleResult();
    assertThat(moved.getDueDate()).isEqualTo(at("2031-03-12T17:30:00+08:00"));
    assertThat(movedTimer.getDuedate()).isEqualTo(at("2031-03-11T17:30:00+08:00"));
    assertThat(taskService.getVariableLocal(task.getId(), TaskDeadlineListener.DUE_PROVISIONAL))
        .isEqualTo(false);

    // the timer is not due at its old time, and fires at its new one
    clockAt("2031-03-07T17:31:00+08:00");
    assertThat(managementService.createJobQuery().jobId(timer.getId()).executable().count())
        .isZero();
    // the server's own job executor reads the same clock and fires the timer now
    clockAt("2031-03-11T17:31:00+08:00");
    waitUntil(
        () ->
            historyService
                    .createHistoricActivityInstanceQuery()
                    .processInstanceId(probe.getId())
                    .activityId("probeEscalated")
                    .count()
                > 0,
        Duration.ofSeconds(10),
        Duration.ofMillis(100));
    assertThat(
            historyService
                .createHistoricActivityInstanceQuery()
                .processInstanceId(probe.getId())
                .activityId("probeEscalated")
                .count())
        .isEqualTo(1);
  }

  @Test
  void savingAYearWhileItsTimersFireNeverFailsTheSaveAndLosesNoDeadline() {
    int year = 2036; // MariaDB TIMESTAMP columns end in January 2038
    for (int round = 0; round < 20; round++) {
      // Monday 3 March 2036, 10:00: every probe's timer is due Tuesday 17:30, its task Wednesday
      // 17:30
      clockAt("2036-03-03T10:00:00+08:00");
      List<String> probes = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        probes.add(runtimeService.startProcessInstanceByKey("calendarProbe").getId());
      }
      // the job executor starts firing them ...
      clockAt("2036-03-04T17:31:00+08:00");
      waitUntil(() -> escalated(probes) > 0, Duration.ofSeconds(10), Duration.ofMillis(5));
      // ... while the administrator makes Tuesday a day off (every other round: takes it back);
      // what has
      // fallen due fires as planned, and the save does not fail because the engine is busy
      boolean tuesdayOff = round % 2 == 0;
      WorkingCalendarService.YearSaved saved =
          calendar.replaceYear(
              year,
              "测试：定时器并发 " + round,
              tuesdayOff
                  ? List.of(
                      new CalendarYearView.Entry(
                          LocalDate.of(year, 3, 4), DayKind.DAY_OFF, "测试假日", null))
                  : List.of(),
              "admin");
      assertThat(saved.year()).isEqualTo(year);

      // nothing lost: every deadline fires
      clockAt("2036-03-05T17:31:00+08:00");
      waitUntil(
          () -> escalated(probes) == probes.size(), Duration.ofSeconds(60), Duration.ofMillis(50));
      assertThat(escalated(probes))
          .as("round %d: probes escalated", round)
          .isEqualTo(probes.size());
    }
  }

  private long escalated(List<String> probes) {
    // nothing but the timer ends a probe while the test runs
    return historyService
        .createHistoricProcessInstanceQuery()
        .processInstanceIds(new java.util.HashSet<>(probes))
        .finished()
        .count();
  }

  @Test
  void aComplaintsContactAndReplyLimitsMoveWithTheCalendarOnTheComplaintItsTasksAndItsTimers() {
    // Thursday 3 March 2033, a year without data: contact by the close of Friday 4, reply by Monday
    // 14
    clockAt("2033-03-03T10:00:00+08:00");
    String no =
        complaints
            .register(
                new NewComplaint("3302000003", "GRID_CONSTRUCTION", "测试：日历变更", null, null, null),
                Channel.PHONE,
                null,
                "agent")
            .complaintNo();
    ComplaintView before = complaintQueries.byNumber(no).orElseThrow();
    assertThat(before.contactDue().toInstant())
        .isEqualTo(at("2033-03-04T17:30:00+08:00").toInstant());
    assertThat(before.replyDue().toInstant())
        .isEqualTo(at("2033-03-14T17:30:00+08:00").toInstant());

    // Friday 4 March becomes a day off
    calendar.replaceYear(
        2033,
        "测试：2033",
        List.of(
            new CalendarYearView.Entry(LocalDate.of(2033, 3, 4), DayKind.DAY_OFF, "测试假日", null)),
        "admin");

    ComplaintView after = complaintQueries.byNumber(no).orElseThrow();
    assertThat(after.contactDue().toInstant())
        .isEqualTo(at("2033-03-07T17:30:00+08:00").toInstant());
    assertThat(after.replyDue().toInstant()).isEqualTo(at("2033-03-15T17:30:00+08:00").toInstant());
    Task contact =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(no)
            .taskDefinitionKey("contactCustomer")
            .singleResult();
    assertThat(contact.getDueDate()).isEqualTo(at("2033-03-07T17:30:00+08:00"));
    Job overdue =
        managementService
            .createJobQuery()
            .processInstanceId(contact.getProcessInstanceId())
            .activityId("contactOverdue")
            .singleResult();
    assertThat(overdue.getDuedate()).isEqualTo(at("2033-03-07T17:30:00+08:00"));
  }

  @Test
  void aCaseShowsItsDeadlinesAsProvisionalUntilItsYearIsPublished() {
    // Thursday 4 March 2032, a year without data
    clockAt("2032-03-04T10:00:00+08:00");
    ServiceCase serviceCase =
        cases.submit("3301000001", ServiceType.REPAIR, Channel.PHONE, "测试：暂定期限", "agent");

    JsonObject before = Http.json(basic("agent").get("/api/service-cases/" + serviceCase.caseNo()));
    assertThat(before.getBoolean("deadlinesProvisional")).isTrue();
    JsonObject step = before.getJsonArray("openSteps").getJsonObject(0);
    assertThat(step.getString("step")).isEqualTo("acceptRequest");
    assertThat(step.getBoolean("dueProvisional")).isTrue();
    // 10:00-12:00 and 13:30-15:30
    assertThat(step.getString("due")).isEqualTo("2032-03-04T15:30:00+08:00");
    assertThat(step.getJsonArray("candidateGroups").getString(0)).isEqualTo("AGENT");

    calendar.replaceYear(2032, "测试：2032 年无节假日", List.of(), "admin");

    JsonObject after = Http.json(basic("agent").get("/api/service-cases/" + serviceCase.caseNo()));
    assertThat(after.getBoolean("deadlinesProvisional")).isFalse();
    assertThat(after.getJsonArray("openSteps").getJsonObject(0).getBoolean("dueProvisional"))
        .isFalse();
  }

  @Test
  void anInvalidYearIsRefusedWholeAndChangesNothing() {
    CalendarYearView before = calendar.year(2026);
    assertThatThrownBy(
            () ->
                calendar.replaceYear(
                    2026,
                    "错误的通知",
                    List.of(
                        new CalendarYearView.Entry(
                            LocalDate.of(2026, 3, 4), DayKind.MAKEUP_WORKDAY, "周三不能调休", null)),
                    "admin"))
        .hasMessageContaining("only a Saturday or Sunday");
    assertThat(calendar.year(2026).entries()).isEqualTo(before.entries());
    assertThat(calendar.current().isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
  }
}
