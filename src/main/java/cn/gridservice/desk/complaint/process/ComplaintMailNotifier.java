package cn.gridservice.desk.complaint.process;

import cn.gridservice.desk.platform.Texts;
import cn.gridservice.desk.platform.Times;
import cn.gridservice.desk.platform.mail.Mail;
import cn.gridservice.desk.staff.application.RoleMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Tells staff about a complaint by mail, Chinese first and English below, after the step commits.
 */
@ApplicationScoped
public class ComplaintMailNotifier implements ComplaintNotifier {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Times.BUSINESS_ZONE);

  @Inject RoleMail roleMail;

  public ComplaintMailNotifier() {}

  public ComplaintMailNotifier(RoleMail roleMail) {
    this.roleMail = roleMail;
  }

  @Override
  public void send(ComplaintNotice notice) {
    roleMail.tell(
        notice.recipients(),
        to -> compose(notice, to),
        notice.kind() + " of complaint " + notice.complaintNo());
  }

  static Mail compose(ComplaintNotice notice, List<String> to) {
    String no = notice.complaintNo();
    String limitZh =
        notice.limit() == null ? "" : notice.limit() == ComplaintLimit.CONTACT ? "联系客户" : "答复客户";
    String limitEn =
        notice.limit() == null
            ? ""
            : notice.limit() == ComplaintLimit.CONTACT ? "contact the customer" : "reply";
    String gradeZh = Texts.label(Locale.CHINESE, "grade", notice.grade());
    String gradeEn = Texts.label(Locale.ENGLISH, "grade", notice.grade());
    String subject;
    StringBuilder body = new StringBuilder();
    body.append(Texts.label(Locale.CHINESE, "role", notice.recipients())).append("：\n\n");
    switch (notice.kind()) {
      case WARNING -> {
        subject =
            "【投诉预警】"
                + no
                + " "
                + limitZh
                + "时限已用去 "
                + notice.percent()
                + "% | Complaint warning: "
                + no
                + ", "
                + notice.percent()
                + "% of the time to "
                + limitEn
                + " used";
        body.append("投诉 ")
            .append(no)
            .append("（")
            .append(gradeZh)
            .append("）的")
            .append(limitZh)
            .append("时限已用去 ")
            .append(notice.percent())
            .append("%，将于 ")
            .append(time(notice.dueAt()))
            .append(" 到期，请及时处理。\n");
      }
      case BREACH -> {
        subject =
            "【投诉督办】"
                + no
                + " "
                + limitZh
                + "超时，升级至 "
                + notice.escalationLevel()
                + " 级 | Complaint overdue: "
                + no
                + ", time to "
                + limitEn
                + " exceeded, escalation level "
                + notice.escalationLevel();
        body.append("投诉 ")
            .append(no)
            .append("（")
            .append(gradeZh)
            .append("）的")
            .append(limitZh)
            .append("时限已于 ")
            .append(time(notice.dueAt()))
            .append(" 到期，已升级至 ")
            .append(notice.escalationLevel())
            .append(" 级，请督办。\n");
      }
      default -> {
        subject =
            "【投诉三级升级】"
                + no
                + "（"
                + gradeZh
                + "）请立即确认 | Complaint escalated to level 3: "
                + no
                + " ("
                + gradeEn
                + "), please acknowledge";
        body.append("投诉 ")
            .append(no)
            .append("（")
            .append(gradeZh)
            .append("）已升级至 3 级")
            .append("REOPENED".equals(notice.cause()) ? "（客户第二次不满意，重新处理）" : "（重大/特殊投诉）")
            .append("，请立即在工作台确认并批示。\n");
      }
    }
    body.append("\n")
        .append(Texts.label(Locale.ENGLISH, "role", notice.recipients()))
        .append(",\n\n");
    switch (notice.kind()) {
      case WARNING ->
          body.append("Complaint ")
              .append(no)
              .append(" (")
              .append(gradeEn)
              .append(") has used ")
              .append(notice.percent())
              .append("% of its time to ")
              .append(limitEn)
              .append("; it is due at ")
              .append(time(notice.dueAt()))
              .append(".\n");
      case BREACH ->
          body.append("Complaint ")
              .append(no)
              .append(" (")
              .append(gradeEn)
              .append(") was due to ")
              .append(limitEn)
              .append(" at ")
              .append(time(notice.dueAt()))
              .append(" and is escalated to level ")
              .append(notice.escalationLevel())
              .append("; please follow it up (督办).\n");
      default ->
          body.append("Complaint ")
              .append(no)
              .append(" (")
              .append(gradeEn)
              .append(") is escalated to level 3")
              .append(
                  "REOPENED".equals(notice.cause())
                      ? " (the customer was not satisfied a second time)"
                      : " (major/special grade)")
              .append("; please acknowledge it on the desk at once.\n");
    }
    body.append(
        "\n-- \n供电服务工作台 Grid Service Desk（系统自动发送，请勿回复 / sent automatically, please do not reply）\n");
    return new Mail(to, subject, body.toString());
  }

  private static String time(Instant instant) {
    return instant == null ? "—" : TIME.format(instant);
  }
}
