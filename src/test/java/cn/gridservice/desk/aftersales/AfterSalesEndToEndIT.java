package cn.gridservice.desk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gridservice.desk.aftersales.application.CaseRequests;
import cn.gridservice.desk.aftersales.application.CaseWork;
import cn.gridservice.desk.aftersales.application.ServiceCaseQueries;
import cn.gridservice.desk.aftersales.domain.NotFinishedReason;
import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.staff.application.StaffDirectory;
import cn.gridservice.desk.tasklist.TaskClaimConflict;
import cn.gridservice.desk.testsupport.DemoStaff;
import cn.gridservice.desk.testsupport.Http;
import cn.gridservice.desk.testsupport.ServerIT;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * A case from the API to resolution through every role's step, in the server on MariaDB, with a
 * visit that could not finish, an unsatisfied customer and a stale task on the way.
 */
class AfterSalesEndToEndIT extends ServerIT {

  @Inject CaseWork work;

  @Inject CaseRequests requests;

  @Inject ServiceCaseQueries cases;

  @Inject TaskService taskService;

  @Inject HistoryService historyService;

  @Inject StaffDirectory staff;

  @Test
  void aCaseTravelsFromTheApiThroughEveryRoleToResolution() {
    String caseNo =
        Http.json(
                basic("agent")
                    .post(
                        "/api/service-cases",
                        """
        {"customerNo": "3302000005", "serviceType": "REPAIR", "channel": "API", "description": "教学楼配电箱空开频繁跳闸"}"""))
            .getString("caseNo");

    // acceptance: bad input first, nothing moves
    String accept = openTask(caseNo, "acceptRequest");
    requests.addInformation(caseNo, "agent", "客户补充：下午两点后在校");
    assertThat(taskService.getTaskComments(accept))
        .extracting(c -> c.getFullMessage())
        .containsExactly("客户补充：下午两点后在校");
    assertThatThrownBy(
            () -> work.accept(accept, DemoStaff.actor("agent"), CaseWork.Acceptance.REJECTED, " "))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(
            () -> work.accept(accept, DemoStaff.actor("agent"), CaseWork.Acceptance.ANSWERED, "答复"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("enquiry");
    assertThat(openTask(caseNo, "acceptRequest")).isEqualTo(accept);
    work.accept(accept, DemoStaff.actor("agent"), CaseWork.Acceptance.ACCEPTED, null);
    // a second agent with the old page open is told the task is gone
    assertThatThrownBy(
            () ->
                work.accept(accept, DemoStaff.actor("agent2"), CaseWork.Acceptance.ACCEPTED, null))
        .isInstanceOf(TaskClaimConflict.class);

    Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    assertThatThrownBy(
            () ->
                work.schedule(
                    openTask(caseNo, "scheduleVisit"),
                    DemoStaff.actor("dispatcher"),
                    "agent",
                    tomorrow,
                    tomorrow.plus(2, ChronoUnit.HOURS),
                    null))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("technician");
    assertThatThrownBy(
            () ->
                work.schedule(
                    openTask(caseNo, "scheduleVisit"),
                    DemoStaff.actor("dispatcher"),
                    "technician",
                    tomorrow,
                    tomorrow.minus(2, ChronoUnit.HOURS),
                    null))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("end after");
    work.schedule(
        openTask(caseNo, "scheduleVisit"),
        DemoStaff.actor("dispatcher"),
        "technician",
        tomorrow,
        tomorrow.plus(2, ChronoUnit.HOURS),
        "电话约定");

    Task execute =
        taskService.createTaskQuery().taskId(openTask(caseNo, "executeService")).singleResult();
    assertThat(execute.getAssignee()).isEqualTo("technician");
    assertThat(execute.getDueDate().toInstant()).isEqualTo(tomorrow.plus(2, ChronoUnit.HOURS));
    // someone else's task is refused, naming who has it
    assertThatThrownBy(
            () ->
                work.execute(
                    execute.getId(),
                    DemoStaff.actor("technician2"),
                    true,
                    "换空开",
                    null,
                    List.of(),
                    null,
                    null,
                    null))
        .isInstanceOf(TaskClaimConflict.class)
        .hasMessageContaining("technician");
    work.execute(
        execute.getId(),
        DemoStaff.actor("technician"),
        false,
        null,
        null,
        null,
        null,
        NotFinishedReason.MISSING_PARTS,
        "缺 63A 空开");

    work.schedule(
        openTask(caseNo, "scheduleVisit"),
        DemoStaff.actor("dispatcher"),
        "technician2",
        tomorrow,
        tomorrow.plus(3, ChronoUnit.HOURS),
        "备件到货");
    work.execute(
        openTask(caseNo, "executeService"),
        DemoStaff.actor("technician2"),
        true,
        "更换 63A 空开，紧固端子",
        "空开老化",
        List.of(new CaseWork.PartLine("63A 空气开关", 1), new CaseWork.PartLine("接线端子", 4)),
        new BigDecimal("0"),
        null,
        null);

    // the customer is not satisfied: the case reopens to scheduling
    assertThatThrownBy(
            () ->
                work.feedback(
                    openTask(caseNo, "recordFeedback"), DemoStaff.actor("agent"), 7, true, null))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("1 to 5");
    work.feedback(openTask(caseNo, "recordFeedback"), DemoStaff.actor("agent"), 2, false, "仍偶尔跳闸");
    assertThat(cases.byNumber(caseNo).orElseThrow().openSteps())
        .extracting(s -> s.step())
        .containsExactly("scheduleVisit");

    work.schedule(
        openTask(caseNo, "scheduleVisit"),
        DemoStaff.actor("dispatcher"),
        "technician",
        tomorrow,
        tomorrow.plus(2, ChronoUnit.HOURS),
        null);
    work.execute(
        openTask(caseNo, "executeService"),
        DemoStaff.actor("technician"),
        true,
        "更换进线电缆接头",
        "接头氧化",
        List.of(),
        null,
        null,
        null);
    work.feedback(openTask(caseNo, "recordFeedback"), DemoStaff.actor("agent2"), 5, true, "问题已解决");

    var resolved = cases.byNumber(caseNo).orElseThrow();
    assertThat(resolved.status().name()).isEqualTo("RESOLVED");
    assertThat(resolved.openSteps()).isEmpty();
    assertThat(cases.timeline(caseNo))
        .extracting(ServiceCaseQueries.TimelineEntry::type)
        .containsSubsequence(
            "SUBMITTED",
            "ACCEPTANCE_ACCEPTED",
            "SCHEDULED",
            "WORK_NOT_FINISHED",
            "SCHEDULED",
            "WORK_DONE",
            "FEEDBACK_NOT_SATISFIED",
            "SCHEDULED",
            "WORK_DONE",
            "FEEDBACK_SATISFIED")
        .contains("INFO_ADDED");
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseNo)
                .finished()
                .count())
        .isEqualTo(1);
  }

  @Test
  void workUnderWarrantyIsNotCharged() {
    // the demo cold store's compressor is under warranty
    String caseNo =
        Http.json(
                basic("agent")
                    .post(
                        "/api/service-cases",
                        """
        {"customerNo": "3302000004", "serviceType": "REPAIR", "channel": "PHONE", "description": "压缩机异响"}"""))
            .getString("caseNo");
    work.accept(
        openTask(caseNo, "acceptRequest"),
        DemoStaff.actor("agent"),
        CaseWork.Acceptance.ACCEPTED,
        null);
    Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    work.schedule(
        openTask(caseNo, "scheduleVisit"),
        DemoStaff.actor("dispatcher"),
        "technician",
        tomorrow,
        tomorrow.plus(1, ChronoUnit.HOURS),
        null);

    assertThatThrownBy(
            () ->
                work.execute(
                    openTask(caseNo, "executeService"),
                    DemoStaff.actor("technician"),
                    true,
                    "更换压缩机轴承",
                    null,
                    List.of(),
                    new BigDecimal("300.00"),
                    null,
                    null))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("warranty");
    work.execute(
        openTask(caseNo, "executeService"),
        DemoStaff.actor("technician"),
        true,
        "更换压缩机轴承",
        null,
        List.of(),
        BigDecimal.ZERO,
        null,
        null);
    assertThat(cases.byNumber(caseNo).orElseThrow().openSteps())
        .extracting(s -> s.step())
        .containsExactly("recordFeedback");
  }

  @Test
  void aRejectedCustomerIsToldWhyAndTechniciansComeFromTheDispatchersTeam() {
    String rejected =
        Http.json(
                basic("agent")
                    .post(
                        "/api/service-cases",
                        """
        {"customerNo": "3301000007", "serviceType": "REPAIR", "channel": "PHONE", "description": "重复报修"}"""))
            .getString("caseNo");
    work.accept(
        openTask(rejected, "acceptRequest"),
        DemoStaff.actor("agent"),
        CaseWork.Acceptance.REJECTED,
        "与 SH 工单重复");
    assertThat(cases.byNumber(rejected).orElseThrow().status().name()).isEqualTo("REJECTED");
    // the demo customer has no e-mail: the timeline asks for a call
    assertThat(cases.timeline(rejected))
        .extracting(ServiceCaseQueries.TimelineEntry::type)
        .contains("CUSTOMER_TO_BE_CALLED");

    String caseNo =
        Http.json(
                basic("agent")
                    .post(
                        "/api/service-cases",
                        """
        {"customerNo": "3301000007", "serviceType": "REPAIR", "channel": "PHONE", "description": "灯具不亮"}"""))
            .getString("caseNo");
    work.accept(
        openTask(caseNo, "acceptRequest"),
        DemoStaff.actor("agent"),
        CaseWork.Acceptance.ACCEPTED,
        null);
    staff.enrol("technician9", "外班技术员", "农村服务班", EnumSet.of(Role.TECHNICIAN), "demo");
    Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    assertThatThrownBy(
            () ->
                work.schedule(
                    openTask(caseNo, "scheduleVisit"),
                    DemoStaff.actor("dispatcher"),
                    "technician9",
                    tomorrow,
                    tomorrow.plus(1, ChronoUnit.HOURS),
                    null))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("team");
  }

  private String openTask(String caseNo, String step) {
    var steps = cases.byNumber(caseNo).orElseThrow().openSteps();
    assertThat(steps).extracting(s -> s.step()).containsExactly(step);
    return steps.get(0).taskId();
  }
}
