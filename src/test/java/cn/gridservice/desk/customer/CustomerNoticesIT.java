package cn.gridservice.desk.customer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.aftersales.application.CaseWork;
import cn.gridservice.desk.aftersales.application.ServiceCaseQueries;
import cn.gridservice.desk.aftersales.domain.NotFinishedReason;
import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.customer.status.PublicStatusLookup;
import cn.gridservice.desk.platform.Times;
import cn.gridservice.desk.testsupport.DemoStaff;
import cn.gridservice.desk.testsupport.Http;
import cn.gridservice.desk.testsupport.Mailbox;
import cn.gridservice.desk.testsupport.ServerDeployment;
import cn.gridservice.desk.testsupport.ServerIT;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jboss.arquillian.container.test.api.BeforeDeployment;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Customers hear about their case, on MariaDB with a real SMTP server (GreenMail): a mail at
 * acceptance, at scheduling with the window, when the visit moves, and at a complaint's
 * registration with its reply limit; a customer without e-mail is to be called. Then the customer
 * checks the status with the case number and the phone's last four digits: right, wrong and
 * throttled.
 */
class CustomerNoticesIT extends ServerIT {

  @BeforeDeployment
  static Archive<?> withGreenMail(Archive<?> archive) {
    return ServerDeployment.withGreenMail(archive);
  }

  /** 安吉竹木制品厂: landline 057256000022; no other test works on it. */
  private static final String CUSTOMER = "3303000002";

  private static final String EMAIL = "zhumu@example.cn";

  /** 西湖区文三路便利店, without e-mail; no other test works on it. */
  private static final String WITHOUT_EMAIL = "3302000001";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  @Inject CaseWork work;

  @Inject ServiceCaseQueries cases;

  @Inject PublicStatusLookup statusLookup;

  @PersistenceContext EntityManager em;

  @Inject UserTransaction transaction;

  private Mailbox smtp;
  private final Http agent = basic("agent");

  @BeforeEach
  void startMailServer() {
    smtp = Mailbox.start();
  }

  @AfterEach
  void stopMailServer() {
    smtp.stop();
  }

  @Test
  void theCustomerIsMailedAtEveryTurnAndChecksTheStatusWithTheLastFourDigits() throws Exception {
    setEmail(CUSTOMER, EMAIL);
    String caseNo =
        Http.json(
                agent.post(
                    "/api/service-cases",
                    """
        {"customerNo": "%s", "serviceType": "REPAIR", "channel": "PHONE", "description": "车间照明回路跳闸"}"""
                        .formatted(CUSTOMER)))
            .getString("caseNo");

    work.accept(
        openTask(caseNo, "acceptRequest"),
        DemoStaff.actor("agent"),
        CaseWork.Acceptance.ACCEPTED,
        null);
    MimeMessage accepted = mailTo(EMAIL, "您的服务申请 " + caseNo + " 已受理");
    assertThat(body(accepted)).contains("尊敬的客户").contains("Dear customer").contains(caseNo);

    LocalDate tomorrow = LocalDate.now(Times.BUSINESS_ZONE).plusDays(1);
    Instant nine = tomorrow.atTime(LocalTime.of(9, 0)).atZone(Times.BUSINESS_ZONE).toInstant();
    work.schedule(
        openTask(caseNo, "scheduleVisit"),
        DemoStaff.actor("dispatcher"),
        "technician",
        nine,
        nine.plusSeconds(7200),
        "电话约定");
    String firstWindow = DAY.format(tomorrow) + " 09:00–11:00";
    mailTo(EMAIL, "工单 " + caseNo + " 已预约上门：" + firstWindow);

    // the visit could not be finished: the new appointment is a moved visit
    work.execute(
        openTask(caseNo, "executeService"),
        DemoStaff.actor("technician"),
        false,
        null,
        null,
        null,
        null,
        NotFinishedReason.MISSING_PARTS,
        "缺空开");
    Instant twoNextDay = nine.plusSeconds(86_400 + 5 * 3600);
    work.schedule(
        openTask(caseNo, "scheduleVisit"),
        DemoStaff.actor("dispatcher"),
        "technician",
        twoNextDay,
        twoNextDay.plusSeconds(7200),
        null);
    String secondWindow = DAY.format(tomorrow.plusDays(1)) + " 14:00–16:00";
    MimeMessage moved = mailTo(EMAIL, "工单 " + caseNo + " 的上门时间已改为 " + secondWindow);
    assertThat(body(moved))
        .contains("已由 " + firstWindow + " 改为 " + secondWindow)
        .contains("moved from " + firstWindow + " to " + secondWindow);

    assertThat(cases.timeline(caseNo))
        .filteredOn(e -> e.type().equals("CUSTOMER_NOTIFIED"))
        .extracting(ServiceCaseQueries.TimelineEntry::detail)
        .containsExactly(
            "CASE_ACCEPTED: MAIL " + EMAIL,
            "VISIT_SCHEDULED: MAIL " + EMAIL,
            "VISIT_MOVED: MAIL " + EMAIL);

    JsonObject complaint =
        Http.json(
            agent.post(
                "/api/complaints",
                """
        {"customerNo": "%s", "complaintClass": "SERVICE", "description": "约定上门时间一再推迟"}"""
                    .formatted(CUSTOMER)));
    String complaintNo = complaint.getString("complaintNo");
    String replyDue =
        OffsetDateTime.parse(complaint.getString("replyDue"))
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    MimeMessage registered = mailTo(EMAIL, "您的投诉 " + complaintNo + " 已登记");
    assertThat(body(registered)).contains("最迟于 " + replyDue + " 前答复").contains("by " + replyDue);

    // a customer without e-mail (and no SMS sender configured) is to be called
    String other =
        Http.json(
                agent.post(
                    "/api/service-cases",
                    """
        {"customerNo": "%s", "serviceType": "MAINTENANCE", "channel": "PHONE", "description": "年度检修"}"""
                        .formatted(WITHOUT_EMAIL)))
            .getString("caseNo");
    work.accept(
        openTask(other, "acceptRequest"),
        DemoStaff.actor("agent"),
        CaseWork.Acceptance.ACCEPTED,
        null);
    assertThat(cases.timeline(other))
        .filteredOn(e -> e.type().equals("CUSTOMER_TO_BE_CALLED"))
        .extracting(ServiceCaseQueries.TimelineEntry::detail)
        .singleElement()
        .asString()
        .startsWith("CASE_ACCEPTED");

    // the customer checks the case: the number and the last four digits of 0572-56000022
    Http customer = anonymous();
    HttpResponse<String> found =
        customer.post(
            "/api/public/status",
            """
        {"reference": "%s", "phoneLast4": "0022"}"""
                .formatted(caseNo.toLowerCase()));
    assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
    JsonObject status = Http.json(found);
    assertThat(status.getString("reference")).isEqualTo(caseNo);
    assertThat(status.getString("state")).isEqualTo("VISIT_BOOKED");
    assertThat(status.getString("stateText"))
        .isEqualTo("Visit booked; a technician will come at the agreed time");
    assertThat(OffsetDateTime.parse(status.getString("visitStart")).toInstant())
        .isEqualTo(twoNextDay);
    assertThat(found.body())
        .doesNotContain("zhumu", "57256", "竹木", "李强", "\"technician\"", "dispatcher");
    HttpResponse<String> inChinese =
        anonymous()
            .header("Accept-Language", "zh-CN")
            .post(
                "/api/public/status",
                "{\"reference\": \"%s\", \"phoneLast4\": \"0022\"}".formatted(complaintNo));
    assertThat(Http.json(inChinese).getString("stateText")).isEqualTo("投诉已登记，处理人员将与您联系");

    // wrong digits and an unknown number get one and the same answer
    HttpResponse<String> wrongDigits =
        customer.post(
            "/api/public/status",
            "{\"reference\": \"%s\", \"phoneLast4\": \"0023\"}".formatted(caseNo));
    HttpResponse<String> unknown =
        customer.post(
            "/api/public/status", "{\"reference\": \"SH-2000-000001\", \"phoneLast4\": \"0022\"}");
    assertThat(wrongDigits.statusCode()).isEqualTo(404);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(wrongDigits.body()).isEqualTo(unknown.body());
    assertThat(
            customer
                .post(
                    "/api/public/status",
                    "{\"reference\": \"%s\", \"phoneLast4\": \"22\"}".formatted(caseNo))
                .statusCode())
        .isEqualTo(400);

    // someone guesses the complaint's digits from elsewhere: after five tries the number is refused
    // to everybody
    for (int i = 0; i < 5; i++) {
      assertThat(statusLookup.lookup(complaintNo, "90" + i + "0", "198.51.100." + i).outcome())
          .isEqualTo(PublicStatusLookup.Outcome.NOT_FOUND);
    }
    HttpResponse<String> throttled =
        customer.post(
            "/api/public/status",
            "{\"reference\": \"%s\", \"phoneLast4\": \"0022\"}".formatted(complaintNo));
    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(1L, 900L);
    assertThat(Http.json(throttled).getString("message")).contains("15 minutes");
    // this client's two failures are below the limit: its own case still answers
    assertThat(
            customer
                .post(
                    "/api/public/status",
                    "{\"reference\": \"%s\", \"phoneLast4\": \"0022\"}".formatted(caseNo))
                .statusCode())
        .isEqualTo(200);
  }

  private String openTask(String caseNo, String step) {
    var steps = cases.byNumber(caseNo).orElseThrow().openSteps();
    assertThat(steps).extracting(s -> s.step()).containsExactly(step);
    return steps.get(0).taskId();
  }

  /** Waits up to 10 s for the one mail to {@code to} whose subject starts so. */
  private MimeMessage mailTo(String to, String subjectStart) {
    if (waitUntil(
        () -> !mailsTo(to, subjectStart).isEmpty(),
        Duration.ofSeconds(10),
        Duration.ofMillis(100))) {
      List<MimeMessage> found = mailsTo(to, subjectStart);
      assertThat(found).hasSize(1);
      return found.get(0);
    }
    throw new AssertionError(
        "no mail to "
            + to
            + " starting '"
            + subjectStart
            + "'; got "
            + smtp.received().stream().map(Mailbox::subject).toList());
  }

  private List<MimeMessage> mailsTo(String to, String subjectStart) {
    return smtp.received().stream()
        .filter(
            m -> {
              try {
                return m.getSubject().startsWith(subjectStart)
                    && m.getAllRecipients()[0].toString().equals(to);
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .toList();
  }

  private static String body(MimeMessage message) throws Exception {
    Object content = message.getContent();
    return content instanceof MimeMultipart multipart
        ? multipart.getBodyPart(0).getContent().toString()
        : content.toString();
  }

  private void setEmail(String customerNo, String email) throws Exception {
    transaction.begin();
    Customer c =
        em.createNamedQuery("Customer.byNo", Customer.class)
            .setParameter("no", customerNo)
            .getSingleResult();
    c.contact(c.contactName(), c.phone(), email, c.address());
    transaction.commit();
  }
}
