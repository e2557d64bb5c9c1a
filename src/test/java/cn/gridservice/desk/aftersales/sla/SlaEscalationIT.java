package cn.gridservice.desk.aftersales.sla;

import static cn.gridservice.desk.testsupport.TestTimes.instant;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.aftersales.application.AfterSalesCases;
import cn.gridservice.desk.aftersales.application.CaseWork;
import cn.gridservice.desk.aftersales.application.ServiceCaseQueries;
import cn.gridservice.desk.aftersales.domain.ServiceCase;
import cn.gridservice.desk.aftersales.domain.ServiceType;
import cn.gridservice.desk.aftersales.process.AfterSalesProcess;
import cn.gridservice.desk.customer.domain.Channel;
import cn.gridservice.desk.testsupport.DemoStaff;
import cn.gridservice.desk.testsupport.Mailbox;
import cn.gridservice.desk.testsupport.ServerDeployment;
import cn.gridservice.desk.testsupport.ServerIT;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.BeforeDeployment;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * In the server on MariaDB, with its own job executor and a real SMTP server (GreenMail): a step
 * that runs late is warned at 80 %, marked overdue at 100 % with a supervision task and a mail to
 * the team leader, and its SLA record shows by how much. The engine clock is moved; the test waits
 * only for the job executor to notice.
 */
class SlaEscalationIT extends ServerIT {

  @BeforeDeployment
  static Archive<?> withGreenMail(Archive<?> archive) {
    return ServerDeployment.withGreenMail(archive);
  }

  @Inject AfterSalesCases cases;

  @Inject CaseWork work;

  @Inject ServiceCaseQueries queries;

  @Inject TaskService taskService;

  @Inject JpaSlaRecords records;

  @Inject org.camunda.bpm.engine.ManagementService managementService;

  private Mailbox smtp;

  @BeforeEach
  void startMailServer() {
    smtp = Mailbox.start();
  }

  @AfterEach
  void stopMailServerAndClock() {
    smtp.stop();
  }

  @Test
  void aLateAcceptanceIsWarnedThenSupervisedAndItsBreachRecorded() throws Exception {
    // Thursday 3 December 2026, 10:00: acceptance within 4 working hours is due at 15:30, warned at
    // 14:42
    clockAt("2026-12-03T10:00:00+08:00");
    ServiceCase serviceCase =
        cases.submit("3301000001", ServiceType.REPAIR, Channel.PHONE, "测试：超期督办", "agent");
    Task accept =
        taskService
            .createTaskQuery()
            .processInstanceId(serviceCase.processInstanceId())
            .taskDefinitionKey(AfterSalesProcess.TASK_ACCEPT_REQUEST)
            .singleResult();
    SlaRecord record = records.byTask(accept.getId()).orElseThrow();
    assertThat(record.dueAt()).isEqualTo(instant("2026-12-03T15:30:00+08:00"));
    assertThat(record.warnAt()).isEqualTo(instant("2026-12-03T14:42:00+08:00"));
    // the first warning at 50 %: two working hours
    assertThat(record.firstWarnPercent()).isEqualTo(50);
    assertThat(record.firstWarnAt()).isEqualTo(instant("2026-12-03T12:00:00+08:00"));

    clockAt("2026-12-03T14:43:00+08:00");
    waitFor(
        () ->
            "WARNED"
                .equals(
                    taskService.getVariableLocal(accept.getId(), AfterSalesProcess.VAR_SLA_STATE)));
    // moving the clock makes the demo cases late as well: look at this case's mails only
    waitFor(() -> smtp.about(serviceCase.caseNo()).size() >= 1);
    MimeMessage warning = smtp.about(serviceCase.caseNo()).get(0);
    assertThat(warning.getAllRecipients()[0].toString())
        .isEqualTo("dispatcher@grid-service-desk.local");

    clockAt("2026-12-03T15:31:00+08:00");
    waitFor(
        () ->
            taskService
                    .createTaskQuery()
                    .processInstanceId(serviceCase.processInstanceId())
                    .taskDefinitionKey(AfterSalesProcess.TASK_SUPERVISE_OVERDUE_STEP)
                    .count()
                == 1);
    Task supervise =
        taskService
            .createTaskQuery()
            .processInstanceId(serviceCase.processInstanceId())
            .taskDefinitionKey(AfterSalesProcess.TASK_SUPERVISE_OVERDUE_STEP)
            .singleResult();
    assertThat(taskService.getIdentityLinksForTask(supervise.getId()))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("DISPATCHER"));
    assertThat(taskService.getVariableLocal(accept.getId(), AfterSalesProcess.VAR_SLA_STATE))
        .isEqualTo("OVERDUE");
    // the warnings at 50 % and 80 %, then the overdue mail
    waitFor(() -> smtp.about(serviceCase.caseNo()).size() >= 3);
    assertThat(records.byTask(accept.getId()).orElseThrow().firstWarnedAt()).isNotNull();

    // the agent accepts a quarter of an hour late; the dispatcher writes down the follow-up
    clockAt("2026-12-03T15:45:00+08:00");
    work.accept(accept.getId(), DemoStaff.actor("agent"), CaseWork.Acceptance.ACCEPTED, null);
    work.supervise(supervise.getId(), DemoStaff.actor("dispatcher"), "已提醒坐席组长，调整排班");

    SlaRecord breached = records.byTask(accept.getId()).orElseThrow();
    assertThat(breached.breached()).isTrue();
    assertThat(breached.breachedBySeconds()).isEqualTo(15 * 60L);
    assertThat(queries.timeline(serviceCase.caseNo()))
        .extracting(ServiceCaseQueries.TimelineEntry::type)
        .contains("SUPERVISED");
    // a supervision task does not stand in the way of cancelling the case
    assertThat(queries.byNumber(serviceCase.caseNo()).orElseThrow().openSteps())
        .extracting(s -> s.step())
        .containsExactly(AfterSalesProcess.TASK_SCHEDULE_VISIT);
  }

  @Test
  void aFaultRepairsArrivalIsMeasuredToTheTechniciansRecordNotToTheBooking() throws Exception {
    // submitted now (the case's own clock), urban: on site within 45 minutes of the call
    ServiceCase fault =
        cases.submit("3301000002", ServiceType.FAULT_REPAIR, Channel.PHONE, "测试：抢修到达现场", "agent");
    Instant called = fault.createdAt();
    // dispatched after 5 minutes, before the dispatch's first warning (50 % of 15 minutes) is due
    clockAt(called.plus(Duration.ofMinutes(5)));
    Task schedule =
        taskService
            .createTaskQuery()
            .processInstanceId(fault.processInstanceId())
            .taskDefinitionKey(AfterSalesProcess.TASK_SCHEDULE_VISIT)
            .singleResult();
    work.schedule(
        schedule.getId(),
        DemoStaff.actor("dispatcher"),
        "technician",
        called.plus(Duration.ofMinutes(20)),
        called.plus(Duration.ofHours(3)),
        null);

    Task arrive =
        taskService
            .createTaskQuery()
            .processInstanceId(fault.processInstanceId())
            .taskDefinitionKey(AfterSalesProcess.TASK_ARRIVE_ON_SITE)
            .singleResult();
    assertThat(arrive.getAssignee()).isEqualTo("technician");
    SlaRecord arrival = records.byTask(arrive.getId()).orElseThrow();
    assertThat(arrival.limitRule()).isEqualTo("FROM_SUBMISSION MINUTES:45");
    // the submission time travels as a date (milliseconds)
    assertThat(Duration.between(called, arrival.dueAt()))
        .isBetween(Duration.ofMinutes(45).minusMillis(1), Duration.ofMinutes(45));

    // on site 50 minutes after the call: 5 minutes late, and the restoration counts from here
    clockAt(called.plus(Duration.ofMinutes(50)));
    // the job executor runs the arrival's three timers first, in any order (a tap racing them would
    // be refused
    // and retried); once overdue, a warning that comes later changes nothing
    waitFor(
        () ->
            managementService
                    .createJobQuery()
                    .processInstanceId(fault.processInstanceId())
                    .executable()
                    .count()
                == 0);
    assertThat(taskService.getVariableLocal(arrive.getId(), AfterSalesProcess.VAR_SLA_STATE))
        .isEqualTo("OVERDUE");
    work.arrive(arrive.getId(), DemoStaff.actor("technician"), "现场已到达");
    SlaRecord arrived = records.byTask(arrive.getId()).orElseThrow();
    assertThat(arrived.breached()).isTrue();
    assertThat(arrived.breachedBySeconds()).isBetween(299L, 300L);
    Task execute =
        taskService
            .createTaskQuery()
            .processInstanceId(fault.processInstanceId())
            .taskDefinitionKey(AfterSalesProcess.TASK_EXECUTE_SERVICE)
            .singleResult();
    SlaRecord restoration = records.byTask(execute.getId()).orElseThrow();
    assertThat(restoration.limitRule()).isEqualTo("HOURS:3");
    assertThat(Duration.between(restoration.startedAt(), restoration.dueAt()))
        .isEqualTo(Duration.ofHours(3));
    assertThat(queries.timeline(fault.caseNo()))
        .extracting(ServiceCaseQueries.TimelineEntry::type)
        .contains("ARRIVED_ON_SITE");
  }
}
