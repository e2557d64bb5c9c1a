package cn.gridservice.desk.complaint.application;

import cn.gridservice.desk.complaint.application.ComplaintQueries.ComplaintEventLine;
import cn.gridservice.desk.customer.application.CustomerPrivacy;
import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.customer.overview.CustomerOverview.ComplaintBreachLine;
import cn.gridservice.desk.customer.overview.CustomerOverview.ComplaintLine;
import cn.gridservice.desk.customer.overview.CustomerOverview.EscalationLine;
import cn.gridservice.desk.customer.overview.CustomerOverview.Kind;
import cn.gridservice.desk.customer.overview.CustomerOverview.OpenTask;
import cn.gridservice.desk.customer.overview.CustomerOverview.TimelineLine;
import cn.gridservice.desk.customer.overview.OverviewSource;
import cn.gridservice.desk.workflow.OpenSteps.OpenStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The complaints' part of the 360° view of a customer: the complaints, their open tasks, breaches,
 * escalations and events.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ComplaintOverviewSource implements OverviewSource {

  @Inject ComplaintQueries complaints;

  public ComplaintOverviewSource() {}

  /** For tests outside the container. */
  public ComplaintOverviewSource(ComplaintQueries complaints) {
    this.complaints = complaints;
  }

  @Override
  public Kind kind() {
    return Kind.COMPLAINT;
  }

  @Override
  public Part partOf(Customer customer, CustomerPrivacy privacy, int timelineLines, Instant now) {
    return part(
        complaints.ofCustomer(customer.customerNo(), privacy),
        complaints.eventsOfCustomer(customer, timelineLines, privacy),
        now);
  }

  /**
   * @param complaints the customer's complaints, newest first
   * @param events the newest events of the complaints, newest first
   */
  public static Part part(
      List<ComplaintView> complaints, List<ComplaintEventLine> events, Instant now) {
    return new Part(
        List.of(),
        complaints.stream().map(ComplaintOverviewSource::complaintLine).toList(),
        openTasks(complaints, now),
        List.of(),
        breaches(complaints, now),
        escalations(complaints),
        timeline(events));
  }

  static ComplaintLine complaintLine(ComplaintView c) {
    return new ComplaintLine(
        c.complaintNo(),
        name(c.complaintClass()),
        name(c.grade()),
        c.escalationLevel(),
        name(c.status()),
        name(c.referral()),
        c.createdAt(),
        c.serviceCaseNo(),
        c.repeatOf(),
        c.contactDue(),
        c.replyDue(),
        c.openSteps().stream().map(OpenStep::step).toList());
  }

  private static List<OpenTask> openTasks(List<ComplaintView> complaints, Instant now) {
    List<OpenTask> tasks = new ArrayList<>();
    for (ComplaintView c : complaints) {
      c.openSteps().forEach(s -> tasks.add(OpenTask.of(Kind.COMPLAINT, c.complaintNo(), s, now)));
    }
    return tasks;
  }

  /** The breaches of all the complaints, each with how late the limit was kept (or is still). */
  static List<ComplaintBreachLine> breaches(List<ComplaintView> complaints, Instant now) {
    List<ComplaintBreachLine> lines = new ArrayList<>();
    for (ComplaintView c : complaints) {
      for (ComplaintView.Breach b : c.breaches()) {
        OffsetDateTime kept = keptAt(c, b);
        Long late = null;
        if (b.due() != null && (kept != null || sameLimitAsNow(c, b))) {
          Instant end = kept != null ? kept.toInstant() : now;
          late = Math.max(0, Duration.between(b.due().toInstant(), end).getSeconds());
        }
        lines.add(
            new ComplaintBreachLine(
                c.complaintNo(),
                b.limit(),
                b.due(),
                b.breachedAt(),
                kept,
                late,
                b.escalationLevel()));
      }
    }
    return lines;
  }

  /**
   * When the breached limit was kept after all. The reply limit is counted afresh after a reopen:
   * the reply that kept an earlier round's limit is no longer on the complaint, so that is unknown.
   */
  private static OffsetDateTime keptAt(ComplaintView c, ComplaintView.Breach b) {
    if ("CONTACT".equals(b.limit())) {
      return c.contactedAt();
    }
    return sameLimitAsNow(c, b) ? c.repliedAt() : null;
  }

  private static boolean sameLimitAsNow(ComplaintView c, ComplaintView.Breach b) {
    OffsetDateTime current = "CONTACT".equals(b.limit()) ? c.contactDue() : c.replyDue();
    return current != null && b.due() != null && current.toInstant().equals(b.due().toInstant());
  }

  /** Every escalation of every complaint. */
  static List<EscalationLine> escalations(List<ComplaintView> complaints) {
    List<EscalationLine> lines = new ArrayList<>();
    for (ComplaintView c : complaints) {
      c.escalations()
          .forEach(
              e ->
                  lines.add(
                      new EscalationLine(
                          c.complaintNo(),
                          e.level(),
                          e.cause(),
                          e.at(),
                          e.notifiedRole(),
                          e.acknowledgedBy(),
                          e.acknowledgedAt())));
    }
    return lines;
  }

  private static List<TimelineLine> timeline(List<ComplaintEventLine> events) {
    return events.stream()
        .map(
            e ->
                new TimelineLine(
                    e.entry().at(),
                    Kind.COMPLAINT,
                    e.complaintNo(),
                    e.entry().actor(),
                    e.entry().type(),
                    e.entry().step(),
                    e.entry().detail()))
        .toList();
  }

  private static String name(Enum<?> constant) {
    return constant == null ? null : constant.name();
  }
}
