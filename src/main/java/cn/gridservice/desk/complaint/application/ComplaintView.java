package cn.gridservice.desk.complaint.application;

import cn.gridservice.desk.complaint.domain.ComplaintClass;
import cn.gridservice.desk.complaint.domain.ComplaintStatus;
import cn.gridservice.desk.complaint.domain.Grade;
import cn.gridservice.desk.complaint.domain.Referral;
import cn.gridservice.desk.customer.domain.Channel;
import cn.gridservice.desk.workflow.OpenSteps;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A complaint as staff and integrations see it: grade, escalation level, both limits, the steps
 * open now and the breaches. {@code createdAt} is the acceptance; contact and reply are due from it
 * (the reply from the latest reopen after one).
 */
public record ComplaintView(
    String complaintNo,
    ComplaintStatus status,
    Grade grade,
    int escalationLevel,
    ComplaintClass complaintClass,
    Referral referral,
    Channel channel,
    String customerNo,
    String customerName,
    String description,
    String serviceCaseNo,
    String repeatOf,
    int reopenCount,
    OffsetDateTime createdAt,
    String createdBy,
    OffsetDateTime contactDue,
    OffsetDateTime contactedAt,
    OffsetDateTime replyDue,
    OffsetDateTime repliedAt,
    OffsetDateTime closedAt,
    boolean deadlinesProvisional,
    List<OpenSteps.OpenStep> openSteps,
    List<Breach> breaches,
    List<Escalation> escalations) {

  /** A limit that was not kept. {@code limit} is CONTACT or REPLY. */
  public record Breach(
      String limit, OffsetDateTime due, OffsetDateTime breachedAt, int escalationLevel) {}

  /** Each time the complaint reached a level, why, and who acknowledged it. */
  public record Escalation(
      int level,
      String cause,
      OffsetDateTime at,
      String notifiedRole,
      String acknowledgedBy,
      OffsetDateTime acknowledgedAt) {}

  /** The records behind the complaint page. */
  public record Details(
      List<Contact> contacts,
      List<Note> notes,
      List<Draft> drafts,
      List<Measurement> measurements) {}

  public record Contact(
      OffsetDateTime at, String handler, String method, boolean reached, String summary) {}

  public record Note(OffsetDateTime at, String author, String kind, String team, String text) {}

  public record Draft(
      OffsetDateTime at,
      String author,
      String text,
      String approverRole,
      String decision,
      String decidedBy,
      OffsetDateTime decidedAt,
      String decisionReason,
      OffsetDateTime sentAt) {}

  public record Measurement(
      OffsetDateTime at,
      String by,
      String supply,
      BigDecimal nominalVolts,
      BigDecimal maxVolts,
      BigDecimal minVolts,
      boolean compliant,
      BigDecimal upperDeviationPercent,
      BigDecimal lowerDeviationPercent,
      BigDecimal exceededByPercent,
      String rule) {}

  /** One line of the timeline. */
  public record TimelineEntry(
      OffsetDateTime at, String actor, String type, String step, String detail) {}
}
