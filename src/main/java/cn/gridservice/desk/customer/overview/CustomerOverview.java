package cn.gridservice.desk.customer.overview;

import cn.gridservice.desk.customer.application.CustomerView;
import cn.gridservice.desk.customer.domain.Channel;
import cn.gridservice.desk.workflow.OpenSteps.OpenStep;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The 360° view of one customer (客户全景): the archive with contact data masked as for {@link
 * CustomerView}, the equipment, every service case and complaint (newest first), the tasks open on
 * them, how the cases kept their limits, the complaints' breaches and escalations, and one timeline
 * of both (newest first, at most {@link CustomerOverviews#TIMELINE_MAX} lines, {@code
 * timelineTruncated} when there were more). {@code asOf} is the moment "today", "overdue" and the
 * lateness of open steps were counted at. The cases and complaints come from the processes ({@link
 * OverviewSource}); their kinds, states and grades are given by name (the processes' enum
 * constants), as the page's message keys and the JSON use them.
 */
public record CustomerOverview(
    CustomerView customer,
    List<EquipmentLine> equipment,
    List<CaseLine> serviceCases,
    List<ComplaintLine> complaints,
    List<OpenTask> openTasks,
    List<SlaLine> slaRecords,
    List<ComplaintBreachLine> complaintBreaches,
    List<EscalationLine> complaintEscalations,
    List<TimelineLine> timeline,
    boolean timelineTruncated,
    OffsetDateTime asOf) {

  /** What a line belongs to: a service case (工单) or a complaint (投诉). */
  public enum Kind {
    CASE,
    COMPLAINT
  }

  /** A piece of equipment; {@code inWarranty} on the day of {@code asOf}. */
  public record EquipmentLine(
      String name,
      String model,
      String serialNo,
      LocalDate installedOn,
      LocalDate warrantyEnd,
      boolean inWarranty) {}

  /**
   * A service case; {@code openSteps} are the BPMN task ids of its open steps. {@code serviceType},
   * {@code status} and {@code warranty} are the names of after-sales' constants.
   */
  public record CaseLine(
      String caseNo,
      String serviceType,
      String status,
      Channel channel,
      String warranty,
      OffsetDateTime createdAt,
      String createdBy,
      String description,
      List<String> openSteps) {}

  /**
   * A complaint; {@code createdAt} is its acceptance, {@code openSteps} the BPMN task ids of its
   * open steps. {@code complaintClass}, {@code grade} (null before grading), {@code status} and
   * {@code referral} are the names of the complaint process's constants.
   */
  public record ComplaintLine(
      String complaintNo,
      String complaintClass,
      String grade,
      int escalationLevel,
      String status,
      String referral,
      OffsetDateTime createdAt,
      String serviceCaseNo,
      String repeatOf,
      OffsetDateTime contactDue,
      OffsetDateTime replyDue,
      List<String> openSteps) {}

  /**
   * A task open on one of the cases or complaints ({@code reference}: its number); {@code overdue}
   * at {@code asOf}.
   */
  public record OpenTask(
      Kind kind,
      String reference,
      String taskId,
      String step,
      String name,
      OffsetDateTime due,
      boolean dueProvisional,
      boolean overdue,
      String assignee,
      List<String> candidateGroups) {

    /**
     * An open step of the case or complaint {@code reference}, overdue when its due date is before
     * {@code now}.
     */
    public static OpenTask of(Kind kind, String reference, OpenStep s, Instant now) {
      boolean overdue = s.due() != null && now.isAfter(s.due().toInstant());
      return new OpenTask(
          kind,
          reference,
          s.taskId(),
          s.step(),
          s.name(),
          s.due(),
          s.dueProvisional(),
          overdue,
          s.assignee(),
          s.candidateGroups());
    }
  }

  /**
   * How a step of a case kept its limit. {@code breached}: finished late, marked overdue, or still
   * open after the due date; {@code lateBySeconds} how late it finished, or how late it is now
   * while {@code open}.
   */
  public record SlaLine(
      String caseNo,
      String step,
      String limit,
      OffsetDateTime startedAt,
      OffsetDateTime due,
      OffsetDateTime completedAt,
      OffsetDateTime cancelledAt,
      boolean open,
      boolean warned,
      boolean breached,
      Long lateBySeconds,
      boolean provisional) {}

  /**
   * A complaint limit (CONTACT or REPLY) that was not kept: when it was due, when the breach was
   * recorded, when the limit was kept after all ({@code keptAt}, null while not), and by how much
   * it was missed — until {@code keptAt}, or until {@code asOf} while not kept.
   */
  public record ComplaintBreachLine(
      String complaintNo,
      String limit,
      OffsetDateTime due,
      OffsetDateTime breachedAt,
      OffsetDateTime keptAt,
      Long lateBySeconds,
      int escalationLevel) {}

  /** A complaint reached an escalation level: why, whom it went to, who acknowledged it. */
  public record EscalationLine(
      String complaintNo,
      int level,
      String cause,
      OffsetDateTime at,
      String notifiedRole,
      String acknowledgedBy,
      OffsetDateTime acknowledgedAt) {}

  /** One line of the combined timeline, with the number of the case or complaint it belongs to. */
  public record TimelineLine(
      OffsetDateTime at,
      Kind kind,
      String reference,
      String actor,
      String type,
      String step,
      String detail) {}
}
