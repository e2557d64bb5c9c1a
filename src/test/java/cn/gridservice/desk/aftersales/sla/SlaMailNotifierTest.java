package cn.gridservice.desk.aftersales.sla;

import static cn.gridservice.desk.testsupport.TestTimes.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import cn.gridservice.desk.platform.mail.Mailer;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.staff.application.RoleMail;
import cn.gridservice.desk.staff.domain.StaffMember;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The team leaders' mail about a step's limit, as it arrives at an SMTP server (GreenMail). */
class SlaMailNotifierTest {

  private static final Logger NOTIFIER_LOG = quiet(RoleMail.class.getName());

  @RegisterExtension
  static final GreenMailExtension GREEN_MAIL =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final Map<Role, List<StaffMember>> STAFF =
      Map.of(
          Role.DISPATCHER,
              List.of(
                  member("dispatcher", "zhang.banzhang@gsd.test", Role.DISPATCHER),
                  member("dispatcher2", " li.diaodu@gsd.test ", Role.DISPATCHER, Role.TECHNICIAN),
                  member("dispatcher3", null, Role.DISPATCHER),
                  member("dispatcher4", "zhang.banzhang@gsd.test", Role.DISPATCHER)),
          Role.SERVICE_MANAGER,
              List.of(member("manager", "wang.jingli@gsd.test", Role.SERVICE_MANAGER)),
          Role.TECHNICIAN, List.of(member("technician", null, Role.TECHNICIAN)));

  @Test
  void aWarningGoesToEveryTeamLeaderWithAnAddressInChineseThenEnglish() throws Exception {
    notifier().send(warning());

    MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
    assertThat(received).hasSize(2);
    MimeMessage mail = received[0];
    assertThat(mail.getRecipients(Message.RecipientType.TO))
        .extracting(Address::toString)
        .containsExactly("zhang.banzhang@gsd.test", "li.diaodu@gsd.test");
    assertThat(mail.getSubject())
        .isEqualTo(
            "【时限预警】工单 SH-2026-000123「受理」已用去时限的 80% | SLA warning: case SH-2026-000123, Accept request at 80% of its limit");
    String body = ((String) mail.getContent()).replace("\r\n", "\n");
    assertThat(body)
        .startsWith(
            "服务班长/调度：\n\n工单 SH-2026-000123 的「受理」步骤已用去时限的 80%，将于 2026-02-14 11:00 到期，请督促按时完成。\n")
        .contains(
            "  时限：4 个工作小时\n  开始：2026-02-13 16:00\n  预警：2026-02-14 10:12\n  到期：2026-02-14 11:00\n")
        .contains(
            "Dispatcher / team leader,\n\nStep \"Accept request\" of case SH-2026-000123 has used 80% of its limit"
                + " and is due at 2026-02-14 11:00; please make sure it is finished in time.\n")
        .contains(
            "  Limit: 4 working hours\n  Started: 2026-02-13 16:00\n  Warning at: 2026-02-14 10:12\n  Due: 2026-02-14 11:00\n")
        .doesNotContain("provisional");
    assertThat(body.indexOf("服务班长")).isLessThan(body.indexOf("Dispatcher / team leader"));
  }

  @Test
  void anOverdueStepAsksTheTeamLeaderToFollowItUp() throws Exception {
    notifier()
        .send(
            new SlaNotice(
                SlaNotice.Kind.OVERDUE,
                Role.DISPATCHER,
                "SH-2026-000124",
                "scheduleVisit",
                "服务安排 Schedule visit",
                "task-9",
                "MINUTES:45",
                80,
                instant("2026-10-01T23:30:00+08:00"),
                instant("2026-10-02T00:06:00+08:00"),
                instant("2026-10-02T00:15:00+08:00"),
                false));

    MimeMessage mail = GREEN_MAIL.getReceivedMessages()[0];
    assertThat(mail.getSubject())
        .isEqualTo(
            "【超时督办】工单 SH-2026-000124「服务安排」已超时 | Overdue: case SH-2026-000124, Schedule visit is past its due date");
    String body = ((String) mail.getContent()).replace("\r\n", "\n");
    assertThat(body)
        .contains("工单 SH-2026-000124 的「服务安排」步骤已于 2026-10-02 00:15 到期，仍未完成，请督办。")
        .contains("  时限：45 分钟（24×7）\n")
        .contains(
            "Step \"Schedule visit\" of case SH-2026-000124 was due at 2026-10-02 00:15 and is not finished;"
                + " please follow it up (督办).")
        .contains("  Limit: 45 minutes around the clock\n");
  }

  @Test
  void theServiceManagersDecisionIsMailedToTheServiceManagers() throws Exception {
    notifier()
        .send(
            new SlaNotice(
                SlaNotice.Kind.OVERDUE,
                Role.SERVICE_MANAGER,
                "SH-2026-000125",
                "decideEscalatedCase",
                "升级处理 Decide escalated case",
                "task-7",
                "WORKING_DAYS:1",
                80,
                instant("2027-03-05T10:00:00+08:00"),
                instant("2027-03-08T14:36:00+08:00"),
                instant("2027-03-08T17:30:00+08:00"),
                true));

    MimeMessage mail = GREEN_MAIL.getReceivedMessages()[0];
    assertThat(mail.getRecipients(Message.RecipientType.TO))
        .extracting(Address::toString)
        .containsExactly("wang.jingli@gsd.test");
    String body = ((String) mail.getContent()).replace("\r\n", "\n");
    assertThat(body)
        .startsWith("服务经理：")
        .contains("Service manager,")
        .contains("1 个工作日")
        .contains("1 working day\n")
        .contains("到期时间按尚未公布的节假日安排暂定")
        .contains("provisional: the holidays of that year are not published yet");
  }

  @Test
  void nobodyWithAnAddressMeansNoMailAndNoFailure() {
    SlaNotice toTechnicians =
        new SlaNotice(
            SlaNotice.Kind.WARNING,
            Role.TECHNICIAN,
            "SH-2026-000126",
            "executeService",
            "服务执行 Execute service",
            "task-3",
            "APPOINTMENT",
            80,
            instant("2026-03-02T10:00:00+08:00"),
            instant("2026-03-04T02:00:00+08:00"),
            instant("2026-03-04T12:00:00+08:00"),
            false);

    assertThatCode(() -> notifier().send(toTechnicians)).doesNotThrowAnyException();
    assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
  }

  @Test
  void aStaffDirectoryThatFailsDoesNotFailTheStep() {
    SlaMailNotifier broken =
        new SlaMailNotifier(
            role -> {
              throw new IllegalStateException("database gone");
            },
            new Mailer(session(), null, Runnable::run));

    assertThatCode(() -> broken.send(warning())).doesNotThrowAnyException();
    assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
  }

  @Test
  void stepNamesAndLimitsAreSpelledOutInBothLanguages() {
    assertThat(SlaMails.chineseName("升级处理 Decide escalated case")).isEqualTo("升级处理");
    assertThat(SlaMails.englishName("升级处理 Decide escalated case"))
        .isEqualTo("Decide escalated case");
    assertThat(SlaMails.chineseName("acceptRequest")).isEqualTo("acceptRequest");
    assertThat(SlaMails.englishName("Accept request")).isEqualTo("Accept request");
    assertThat(SlaMails.limitZh("APPOINTMENT")).isEqualTo("与客户约定的预约时间");
    assertThat(SlaMails.limitEn("APPOINTMENT"))
        .isEqualTo("the appointment agreed with the customer");
    assertThat(SlaMails.limitEn("WORKING_DAYS:2")).isEqualTo("2 working days");
    assertThat(SlaMails.limitEn("PT4H")).isEqualTo("PT4H");
    assertThat(SlaMails.limitZh("FROM_SUBMISSION MINUTES:225")).isEqualTo("自客户报修起 225 分钟（24×7）");
    assertThat(SlaMails.limitEn("FROM_SUBMISSION MINUTES:225"))
        .isEqualTo("225 minutes around the clock from the customer's call");
    assertThat(SlaMails.limitZh(null)).isEqualTo("无");
  }

  private static SlaMailNotifier notifier() {
    return new SlaMailNotifier(
        role -> STAFF.getOrDefault(role, List.of()), new Mailer(session(), null, Runnable::run));
  }

  private static SlaNotice warning() {
    return new SlaNotice(
        SlaNotice.Kind.WARNING,
        Role.DISPATCHER,
        "SH-2026-000123",
        "acceptRequest",
        "受理 Accept request",
        "task-1",
        "WORKING_HOURS:4",
        80,
        instant("2026-02-13T16:00:00+08:00"),
        instant("2026-02-14T10:12:00+08:00"),
        instant("2026-02-14T11:00:00+08:00"),
        false);
  }

  private static StaffMember member(String userId, String email, Role... roles) {
    StaffMember member =
        new StaffMember(
            userId, userId, "城区服务班", EnumSet.of(roles[0], roles), "$2y$10$notARealHash");
    member.contact(email, null);
    return member;
  }

  private static Session session() {
    Properties properties = new Properties();
    properties.setProperty("mail.smtp.host", "127.0.0.1");
    properties.setProperty("mail.smtp.port", String.valueOf(GREEN_MAIL.getSmtp().getPort()));
    properties.setProperty("mail.from", "noreply@grid-service-desk.local");
    return Session.getInstance(properties);
  }

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.OFF);
    return logger;
  }
}
