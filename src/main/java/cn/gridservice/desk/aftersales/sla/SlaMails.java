package cn.gridservice.desk.aftersales.sla;

import cn.gridservice.desk.aftersales.process.ServiceDeadlines;
import cn.gridservice.desk.calendar.domain.DeadlineRule;
import cn.gridservice.desk.platform.Texts;
import cn.gridservice.desk.platform.Times;
import cn.gridservice.desk.platform.mail.Mail;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The mail about a step's time limit: Chinese first, English below; times in the business zone. */
final class SlaMails {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Times.BUSINESS_ZONE);

  private SlaMails() {}

  static Mail compose(SlaNotice notice, List<String> to) {
    String zh = chineseName(notice.stepName());
    String en = englishName(notice.stepName());
    boolean warning = notice.kind() == SlaNotice.Kind.WARNING;
    String percent = notice.warnPercent() == null ? "" : notice.warnPercent() + "%";
    String subject =
        warning
            ? "【时限预警】工单 "
                + notice.caseNo()
                + "「"
                + zh
                + "」已用去时限的 "
                + percent
                + " | SLA warning: case "
                + notice.caseNo()
                + ", "
                + en
                + " at "
                + percent
                + " of its limit"
            : "【超时督办】工单 "
                + notice.caseNo()
                + "「"
                + zh
                + "」已超时"
                + " | Overdue: case "
                + notice.caseNo()
                + ", "
                + en
                + " is past its due date";

    StringBuilder body = new StringBuilder();
    body.append(Texts.label(Locale.CHINESE, "role", notice.recipients())).append("：\n\n");
    if (warning) {
      body.append("工单 ")
          .append(notice.caseNo())
          .append(" 的「")
          .append(zh)
          .append("」步骤已用去时限的 ")
          .append(percent)
          .append("，将于 ")
          .append(time(notice.dueAt()))
          .append(" 到期，请督促按时完成。\n\n");
    } else {
      body.append("工单 ")
          .append(notice.caseNo())
          .append(" 的「")
          .append(zh)
          .append("」步骤已于 ")
          .append(time(notice.dueAt()))
          .append(" 到期，仍未完成，请督办。\n\n");
    }
    body.append("  时限：").append(limitZh(notice.limitRule())).append('\n');
    body.append("  开始：").append(time(notice.startedAt())).append('\n');
    if (notice.warnAt() != null) {
      body.append("  预警：").append(time(notice.warnAt())).append('\n');
    }
    body.append("  到期：").append(time(notice.dueAt())).append('\n');
    body.append("  任务：").append(notice.taskId()).append('\n');
    if (notice.provisional()) {
      body.append("  （到期时间按尚未公布的节假日安排暂定，可能调整）\n");
    }

    body.append("\n")
        .append(Texts.label(Locale.ENGLISH, "role", notice.recipients()))
        .append(",\n\n");
    if (warning) {
      body.append("Step \"")
          .append(en)
          .append("\" of case ")
          .append(notice.caseNo())
          .append(" has used ")
          .append(percent)
          .append(" of its limit and is due at ")
          .append(time(notice.dueAt()))
          .append("; please make sure it is finished in time.\n\n");
    } else {
      body.append("Step \"")
          .append(en)
          .append("\" of case ")
          .append(notice.caseNo())
          .append(" was due at ")
          .append(time(notice.dueAt()))
          .append(" and is not finished; please follow it up (督办).\n\n");
    }
    body.append("  Limit: ").append(limitEn(notice.limitRule())).append('\n');
    body.append("  Started: ").append(time(notice.startedAt())).append('\n');
    if (notice.warnAt() != null) {
      body.append("  Warning at: ").append(time(notice.warnAt())).append('\n');
    }
    body.append("  Due: ").append(time(notice.dueAt())).append('\n');
    body.append("  Task: ").append(notice.taskId()).append('\n');
    if (notice.provisional()) {
      body.append(
          "  (provisional: the holidays of that year are not published yet, the due date may move)\n");
    }
    body.append(
        "\n-- \n供电服务工作台 Grid Service Desk（系统自动发送，请勿回复 / sent automatically, please do not reply）\n");
    return new Mail(to, subject, body.toString());
  }

  /** 受理 of 受理 Accept request: the model names steps in Chinese, then English. */
  static String chineseName(String stepName) {
    int space = stepName.indexOf(' ');
    return space > 0 && !isAscii(stepName.substring(0, space))
        ? stepName.substring(0, space)
        : stepName;
  }

  static String englishName(String stepName) {
    int space = stepName.indexOf(' ');
    return space > 0 && !isAscii(stepName.substring(0, space))
        ? stepName.substring(space + 1).trim()
        : stepName;
  }

  static String limitZh(String limitRule) {
    if (limitRule == null) {
      return "无";
    }
    if (ServiceDeadlines.APPOINTMENT.equals(limitRule)) {
      return "与客户约定的预约时间";
    }
    if (limitRule.startsWith(ServiceDeadlines.FROM_SUBMISSION)) {
      return "自客户报修起 "
          + limitZh(limitRule.substring(ServiceDeadlines.FROM_SUBMISSION.length()).strip());
    }
    Optional<DeadlineRule> rule = DeadlineRule.parse(limitRule);
    if (rule.isEmpty()) {
      return limitRule;
    }
    long n = rule.get().amount();
    return switch (rule.get().unit()) {
      case WORKING_DAYS -> n + " 个工作日";
      case WORKING_HOURS -> n + " 个工作小时";
      case DAYS -> n + " 天（24×7）";
      case HOURS -> n + " 小时（24×7）";
      case MINUTES -> n + " 分钟（24×7）";
    };
  }

  static String limitEn(String limitRule) {
    if (limitRule == null) {
      return "none";
    }
    if (ServiceDeadlines.APPOINTMENT.equals(limitRule)) {
      return "the appointment agreed with the customer";
    }
    if (limitRule.startsWith(ServiceDeadlines.FROM_SUBMISSION)) {
      return limitEn(limitRule.substring(ServiceDeadlines.FROM_SUBMISSION.length()).strip())
          + " from the customer's call";
    }
    Optional<DeadlineRule> rule = DeadlineRule.parse(limitRule);
    if (rule.isEmpty()) {
      return limitRule;
    }
    long n = rule.get().amount();
    String plural = n == 1 ? "" : "s";
    return switch (rule.get().unit()) {
      case WORKING_DAYS -> n + " working day" + plural;
      case WORKING_HOURS -> n + " working hour" + plural;
      case DAYS -> n + " day" + plural + " around the clock";
      case HOURS -> n + " hour" + plural + " around the clock";
      case MINUTES -> n + " minute" + plural + " around the clock";
    };
  }

  private static String time(Instant instant) {
    return instant == null ? "—" : TIME.format(instant);
  }

  private static boolean isAscii(String text) {
    return text.chars().allMatch(c -> c < 128);
  }
}
