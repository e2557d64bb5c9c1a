package cn.gridservice.desk.complaint;

import static cn.gridservice.desk.testsupport.TestTimes.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gridservice.desk.complaint.application.ComplaintQueries;
import cn.gridservice.desk.complaint.application.ComplaintView;
import cn.gridservice.desk.complaint.application.ComplaintWork;
import cn.gridservice.desk.complaint.domain.ContactMethod;
import cn.gridservice.desk.complaint.voltage.VoltageCheckRequest;
import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.tasklist.TaskClaimConflict;
import cn.gridservice.desk.testsupport.DemoStaff;
import cn.gridservice.desk.testsupport.Http;
import cn.gridservice.desk.testsupport.Mailbox;
import cn.gridservice.desk.testsupport.ServerDeployment;
import cn.gridservice.desk.testsupport.ServerIT;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.BeforeDeployment;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Complaints in the server on MariaDB: registration and grading through the API with a message per
 * field, repeats and idempotent retries; a supply-quality complaint from contact through input from
 * another team, a voltage measurement, a reopen and the follow-up call to the archive; a major
 * complaint that escalates at once by mail; a breached contact limit with the engine clock moved.
 */
class ComplaintEndToEndIT extends ServerIT {

  @BeforeDeployment
  static Archive<?> withGreenMail(Archive<?> archive) {
    return ServerDeployment.withGreenMail(archive);
  }

  @Inject ComplaintWork work;

  @Inject ComplaintQueries complaints;

  @Inject TaskService taskService;

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
  void theApiNamesEveryBadFieldGradesRepeatsHigherAndAnswersARetryWithTheSameComplaint() {
    HttpResponse<String> bad =
        basic("agent")
            .post(
                "/api/complaints",
                """
        {"complaintClass": "NOISE", "referral": "NEIGHBOUR"}""");
    assertThat(bad.statusCode()).isEqualTo(400);
    JsonObject fields = Http.json(bad).getJsonObject("fields");
    assertThat(fields.keySet()).contains("customerNo", "complaintClass", "description", "referral");
    assertThat(fields.getString("complaintClass")).contains("SUPPLY_QUALITY").contains("NOISE");
    HttpResponse<String> inChinese =
        basic("agent")
            .header("Accept-Language", "zh-CN")
            .post(
                "/api/complaints",
                "{\"customerNo\": \"3301000002\", \"complaintClass\": \"SERVICE\"}");
    assertThat(Http.json(inChinese).getJsonObject("fields").getString("description"))
        .isEqualTo("请填写投诉内容");

    HttpResponse<String> created =
        basic("agent")
            .post(
                "/api/complaints",
                """
        {"customerNo": "3301000002", "complaintClass": "SERVICE", "description": "营业厅工作人员态度生硬"}""");
    assertThat(created.statusCode()).isEqualTo(201);
    JsonObject first = Http.json(created);
    String firstNo = first.getString("complaintNo");
    assertThat(firstNo).matches("TS-\\d{4}-\\d{6}");
    assertThat(first.getString("grade")).isEqualTo("GENERAL");
    assertThat(first.getInt("escalationLevel")).isZero();
    assertThat(first.getString("status")).isEqualTo("OPEN");
    assertThat(OffsetDateTime.parse(first.getString("contactDue")))
        .isAfter(OffsetDateTime.parse(first.getString("createdAt")));
    assertThat(OffsetDateTime.parse(first.getString("replyDue")))
        .isAfter(OffsetDateTime.parse(first.getString("contactDue")));
    JsonObject step = first.getJsonArray("openSteps").getJsonObject(0);
    assertThat(step.getString("step")).isEqualTo("contactCustomer");
    assertThat(step.getJsonArray("candidateGroups").getString(0)).isEqualTo("COMPLAINT_HANDLER");
    assertThat(step.getString("due")).isEqualTo(first.getString("contactDue"));
    assertThat(first.getJsonArray("breaches")).isEmpty();

    // the same customer in the same class again: linked to the first and one grade higher
    JsonObject repeat =
        Http.json(
            basic("agent")
                .post(
                    "/api/complaints",
                    """
        {"customerNo": "3301000002", "complaintClass": "SERVICE", "description": "再次投诉：仍未道歉"}"""));
    assertThat(repeat.getString("grade")).isEqualTo("IMPORTANT");
    assertThat(repeat.getString("repeatOf")).isEqualTo(firstNo);

    String body =
        """
        {"customerNo": "3301000008", "complaintClass": "BUSINESS", "description": "电费账单与电表读数不符"}""";
    HttpResponse<String> once =
        basic("agent").header("Idempotency-Key", "ts-retry-1").post("/api/complaints", body);
    HttpResponse<String> again =
        basic("agent").header("Idempotency-Key", "ts-retry-1").post("/api/complaints", body);
    assertThat(Http.json(again).getString("complaintNo"))
        .isEqualTo(Http.json(once).getString("complaintNo"));
    assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");

    assertThat(basic("auditor").get("/api/complaints/" + firstNo).statusCode()).isEqualTo(200);
    assertThat(basic("technician").get("/api/complaints/" + firstNo).statusCode()).isEqualTo(403);
    assertThat(basic("agent").get("/api/complaints/TS-1999-000001").statusCode()).isEqualTo(404);
  }

  @Test
  void aSupplyQualityComplaintTravelsFromContactThroughInputAndAReopenToTheArchive() {
    String no = register("3301000003", "SUPPLY_QUALITY", null, "晚间电压偏低，空调无法启动");
    String contact = openTask(no, "contactCustomer");

    assertThat(
            work.contact(contact, DemoStaff.actor("handler"), ContactMethod.PHONE, false, "无人接听"))
        .isFalse();
    assertThat(openTask(no, "contactCustomer"))
        .as("an attempt keeps the step open")
        .isEqualTo(contact);
    assertThat(
            work.contact(
                contact, DemoStaff.actor("handler"), ContactMethod.PHONE, true, "已致歉，约定明日上门测量"))
        .isTrue();

    String investigate = openTask(no, "investigateComplaint");
    assertThatThrownBy(
            () ->
                work.investigate(
                    investigate, DemoStaff.actor("handler"), "夜间负荷高峰电压偏低", "拟调整变压器分接头"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("voltage measurement");
    work.requestInput(investigate, DemoStaff.actor("handler"), Role.TECHNICIAN, "台区变压器分接头档位？");
    String input = openTask(no, "provideInput");
    assertThat(taskService.getIdentityLinksForTask(input))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("TECHNICIAN"));
    work.provideInput(input, DemoStaff.actor("technician"), "分接头在 3 档，可调至 2 档");
    assertThatThrownBy(
            () ->
                work.recordMeasurement(
                    investigate,
                    DemoStaff.actor("handler"),
                    new VoltageCheckRequest(
                        "SINGLE_PHASE_220V",
                        new BigDecimal("220"),
                        new BigDecimal("180"),
                        new BigDecimal("200"))))
        .isInstanceOf(InvalidInput.class);
    var verdict =
        work.recordMeasurement(
            investigate,
            DemoStaff.actor("handler"),
            new VoltageCheckRequest(
                "SINGLE_PHASE_220V",
                new BigDecimal("220"),
                new BigDecimal("226"),
                new BigDecimal("191.5")));
    assertThat(verdict.compliant()).isFalse();
    work.investigate(
        investigate, DemoStaff.actor("handler"), "夜间负荷高峰电压偏低 12.95%，超出 -10% 限值", "已安排调整分接头，三日内完成");
    // a second handler with the old page open is told the task is gone
    assertThatThrownBy(() -> work.investigate(investigate, DemoStaff.actor("handler"), "x", "y"))
        .isInstanceOf(TaskClaimConflict.class);

    // a general complaint needs no approval
    work.reply(
        openTask(no, "replyToCustomer"), DemoStaff.actor("handler"), ContactMethod.PHONE, "已电话答复");
    assertThat(complaints.byNumber(no).orElseThrow().status().name()).isEqualTo("REPLIED");
    work.followUp(openTask(no, "followUpCall"), DemoStaff.actor("agent"), 2, false, "调整后仍偏低");
    ComplaintView reopened = complaints.byNumber(no).orElseThrow();
    assertThat(reopened.reopenCount()).isEqualTo(1);
    assertThat(reopened.openSteps())
        .extracting(s -> s.step())
        .containsExactly("investigateComplaint");

    work.investigate(
        openTask(no, "investigateComplaint"),
        DemoStaff.actor("handler"),
        "已更换台区变压器",
        "已更换变压器，电压恢复正常");
    work.reply(
        openTask(no, "replyToCustomer"), DemoStaff.actor("handler"), ContactMethod.VISIT, null);
    work.followUp(openTask(no, "followUpCall"), DemoStaff.actor("agent2"), 5, true, "满意");

    ComplaintView archived = complaints.byNumber(no).orElseThrow();
    assertThat(archived.status().name()).isEqualTo("ARCHIVED");
    assertThat(archived.openSteps()).isEmpty();
    assertThat(archived.breaches()).isEmpty();
    ComplaintView.Details details = complaints.details(no);
    assertThat(details.contacts())
        .extracting(ComplaintView.Contact::reached)
        .containsExactly(false, true);
    assertThat(details.measurements())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.compliant()).isFalse();
              assertThat(m.lowerDeviationPercent()).isEqualByComparingTo("-12.95");
            });
    assertThat(details.notes())
        .extracting(ComplaintView.Note::kind)
        .containsExactly("INPUT_REQUESTED", "INPUT", "INVESTIGATION", "INVESTIGATION");
    assertThat(complaints.timeline(no))
        .extracting(ComplaintView.TimelineEntry::type)
        .containsSubsequence(
            "REGISTERED",
            "GRADED",
            "CONTACT_ATTEMPT",
            "CONTACTED",
            "INPUT_REQUESTED",
            "INPUT_PROVIDED",
            "VOLTAGE_MEASURED",
            "REPLY_DRAFTED",
            "REPLIED",
            "REOPENED",
            "REPLY_DRAFTED",
            "REPLIED",
            "ARCHIVED");
  }

  @Test
  void aMajorComplaintGoesToLevelThreeAtOnceAndTheManagerIsMailedAndAcknowledges()
      throws Exception {
    // high-risk hospital, referred by the media: two grades up
    String no = register("3304000001", "OUTAGE", "MEDIA", "手术期间停电，媒体已报道");
    ComplaintView view = complaints.byNumber(no).orElseThrow();
    assertThat(view.grade().name()).isEqualTo("MAJOR");
    assertThat(view.escalationLevel()).isEqualTo(3);
    assertThat(view.openSteps())
        .extracting(s -> s.step())
        .contains("acknowledgeEscalation", "contactCustomer");
    waitFor(() -> smtp.about(no).size() >= 1);
    MimeMessage mail = smtp.about(no).get(0);
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("manager@grid-service-desk.local");
    assertThat(mail.getSubject()).contains("三级升级").contains("level 3");

    work.acknowledge(
        openTask(no, "acknowledgeEscalation"), DemoStaff.actor("manager"), "24 小时内由分管领导上门致歉");
    assertThat(complaints.byNumber(no).orElseThrow().escalations())
        .singleElement()
        .satisfies(e -> assertThat(e.acknowledgedBy()).isEqualTo("manager"));
  }

  @Test
  void aContactLimitRunningOutEscalatesToLevelOneWithSupervisionAndMail() throws Exception {
    // Thursday 3 December 2026, 10:00: contact is due by the close of Friday
    clockAt("2026-12-03T10:00:00+08:00");
    String no = register("3301000006", "OUTAGE", null, "停电未提前通知");
    ComplaintView registered = complaints.byNumber(no).orElseThrow();
    assertThat(registered.contactDue().toInstant()).isEqualTo(instant("2026-12-04T17:30:00+08:00"));

    clockAt("2026-12-04T17:31:00+08:00");
    waitFor(() -> complaints.byNumber(no).orElseThrow().escalationLevel() == 1);
    ComplaintView breached = complaints.byNumber(no).orElseThrow();
    assertThat(breached.breaches())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.limit()).isEqualTo("CONTACT");
              assertThat(b.due().toInstant()).isEqualTo(instant("2026-12-04T17:30:00+08:00"));
            });
    assertThat(breached.openSteps())
        .extracting(s -> s.step())
        .contains("superviseContact", "contactCustomer");
    waitFor(() -> smtp.about(no).stream().anyMatch(m -> Mailbox.subject(m).contains("督办")));
    String supervise = openTask(no, "superviseContact");
    assertThat(taskService.getIdentityLinksForTask(supervise))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("DISPATCHER"));
    work.supervise(supervise, DemoStaff.actor("dispatcher"), "已督促投诉专员当日联系");
  }

  private String register(
      String customerNo, String complaintClass, String referral, String description) {
    String json =
        "{\"customerNo\": \""
            + customerNo
            + "\", \"complaintClass\": \""
            + complaintClass
            + "\", "
            + (referral == null ? "" : "\"referral\": \"" + referral + "\", ")
            + "\"description\": \""
            + description
            + "\"}";
    HttpResponse<String> response = basic("agent").post("/api/complaints", json);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Http.json(response).getString("complaintNo");
  }

  private String openTask(String complaintNo, String step) {
    List<Task> tasks =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(complaintNo)
            .taskDefinitionKey(step)
            .list();
    assertThat(tasks).as(step + " of " + complaintNo).hasSize(1);
    return tasks.get(0).getId();
  }
}
