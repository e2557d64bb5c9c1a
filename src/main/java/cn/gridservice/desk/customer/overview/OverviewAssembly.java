package cn.gridservice.desk.customer.overview;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.gridservice.desk.aftersales.application.ServiceCaseQueries.CaseEventLine;
import cn.gridservice.desk.aftersales.application.ServiceCaseView;
import cn.gridservice.desk.complaint.application.ComplaintQueries.ComplaintEventLine;
import cn.gridservice.desk.complaint.application.ComplaintView;
import cn.gridservice.desk.customer.application.CustomerView;
import cn.gridservice.desk.customer.domain.Equipment;
import cn.gridservice.desk.customer.overview.CustomerOverview.CaseLine;
import cn.gridservice.desk.customer.overview.CustomerOverview.ComplaintBreachLine;
import cn.gridservice.desk.customer.overview.CustomerOverview.ComplaintLine;
import cn.gridservice.desk.customer.overview.CustomerOverview.EquipmentLine;
import cn.gridservice.desk.customer.overview.CustomerOverview.EscalationLine;
import cn.gridservice.desk.customer.overview.CustomerOverview.Kind;
import cn.gridservice.desk.customer.overview.CustomerOverview.OpenTask;
import cn.gridservice.desk.customer.overview.CustomerOverview.SlaLine;
import cn.gridservice.desk.customer.overview.CustomerOverview.TimelineLine;
import cn.gridservice.desk.platform.Times;
import cn.gridservice.desk.workflow.OpenSteps.OpenStep;

/** Puts the 360° view together from what the queries read; no database, no engine, no clock of its own. */
final class OverviewAssembly {

  private static final Comparator<OffsetDateTime> NEWEST_FIRST =
      Comparator.nullsLast(Comparator.<OffsetDateTime>naturalOrder().reversed());

  private OverviewAssembly() {
  }

  /**
   * @param cases the customer's cases, newest first
   * @param complaints the customer's complaints, newest first
   * @param caseEvents the newest events of the cases, newest first, up to {@code timelineMax + 1} of them
   * @param complaintEvents the same of the complaints
   */
  static CustomerOverview assemble(CustomerView customer, List<Equipment> equipment, List<ServiceCaseView> cases,
      List<ComplaintView> complaints, List<CaseEventLine> caseEvents, List<ComplaintEventLine> complaintEvents,
      int timelineMax, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, Times.BUSINESS_ZONE);
    List<TimelineLine> timeline = timeline(caseEvents, complaintEvents);
    return new CustomerOverview(customer,
        equipment.stream().map(e -> new EquipmentLine(e.name(), e.model(), e.serialNo(), e.installedOn(),
            e.warrantyEnd(), e.inWarrantyOn(today))).toList(),
        cases.stream().map(OverviewAssembly::caseLine).toList(),
        complaints.stream().map(OverviewAssembly::complaintLine).toList(),
        openTasks(cases, complaints, now),
        slaLines(cases, now),
        breaches(complaints, now),
        escalations(complaints),
        timeline.size() > timelineMax ? List.copyOf(timeline.subList(0, timelineMax)) : timeline,
        timeline.size() > timelineMax,
        Times.toBusinessTime(now));
  }

  static CaseLine caseLine(ServiceCaseView c) {
    return new CaseLine(c.caseNo(), c.serviceType(), c.status(), c.channel(), c.warranty(), c.createdAt(),
        c.createdBy(), c.description(), c.openSteps().stream().map(OpenStep::step).toList());
  }

  static ComplaintLine complaintLine(ComplaintView c) {
    return new ComplaintLine(c.complaintNo(), c.complaintClass(), c.grade(), c.escalationLevel(), c.status(),
        c.referral(), c.createdAt(), c.serviceCaseNo(), c.repeatOf(), c.contactDue(), c.replyDue(),
        c.openSteps().stream().map(OpenStep::step).toList());
  }

  /** The open tasks of cases and complaints together: the earliest due first, those without a due date last. */
  static List<OpenTask> openTasks(List<ServiceCaseView> cases, List<ComplaintView> complaints, Instant now) {
    List<OpenTask> tasks = new ArrayList<>();
    for (ServiceCaseView c : cases) {
      c.openSteps().forEach(s -> tasks.add(openTask(Kind.CASE, c.caseNo(), s, now)));
    }
    for (ComplaintView c : complaints) {
      c.openSteps().forEach(s -> tasks.add(openTask(Kind.COMPLAINT, c.complaintNo(), s, now)));
    }
    tasks.sort(Comparator.comparing(OpenTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(OpenTask::reference).thenComparing(OpenTask::step));
    return List.copyOf(tasks);
  }

  private static OpenTask openTask(Kind kind, String reference, OpenStep s, Instant now) {
    boolean overdue = s.due() != null && now.isAfter(s.due().toInstant());
    return new OpenTask(kind, reference, s.taskId(), s.step(), s.name(), s.due(), s.dueProvisional(), overdue,
        s.assignee(), s.candidateGroups());
  }

  /** The SLA records of all the cases, the step started last first. */
  static List<SlaLine> slaLines(List<ServiceCaseView> cases, Instant now) {
    List<SlaLine> lines = new ArrayList<>();
    for (ServiceCaseView c : cases) {
      for (ServiceCaseView.SlaRecordView r : c.slaRecords()) {
        boolean open = r.completedAt() == null && r.cancelledAt() == null;
        Long late = lateBySeconds(r.due(), open, r.breachedBySeconds(), now);
        lines.add(new SlaLine(c.caseNo(), r.step(), r.limit(), r.startedAt(), r.due(), r.completedAt(), r.cancelledAt(),
            open, r.warned(), r.breached() || late != null, late, r.provisional()));
      }
    }
    lines.sort(Comparator.comparing(SlaLine::startedAt, NEWEST_FIRST));
    return List.copyOf(lines);
  }

  /**
   * How late a step is: as recorded when it was closed; while open, from the due date until
   * {@code now}; null when it is or was on time, or has no limit.
   */
  static Long lateBySeconds(OffsetDateTime due, boolean open, Long breachedBySeconds, Instant now) {
    if (!open) {
      return breachedBySeconds;
    }
    if (due == null || !now.isAfter(due.toInstant())) {
      return null;
    }
    return Duration.between(due.toInstant(), now).getSeconds();
  }

  /** The breaches of all the complaints, the latest first, each with how late the limit was kept (or is still). */
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
        lines.add(new ComplaintBreachLine(c.complaintNo(), b.limit(), b.due(), b.breachedAt(), kept, late,
            b.escalationLevel()));
      }
    }
    lines.sort(Comparator.comparing(ComplaintBreachLine::breachedAt, NEWEST_FIRST));
    return List.copyOf(lines);
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

  /** Every escalation of every complaint, the latest first. */
  static List<EscalationLine> escalations(List<ComplaintView> complaints) {
    List<EscalationLine> lines = new ArrayList<>();
    for (ComplaintView c : complaints) {
      c.escalations().forEach(e -> lines.add(new EscalationLine(c.complaintNo(), e.level(), e.cause(), e.at(),
          e.notifiedRole(), e.acknowledgedBy(), e.acknowledgedAt())));
    }
    lines.sort(Comparator.comparing(EscalationLine::at, NEWEST_FIRST));
    return List.copyOf(lines);
  }

  /** Both timelines in one, newest first; of two lines at the same moment the case's comes first. */
  static List<TimelineLine> timeline(List<CaseEventLine> caseEvents, List<ComplaintEventLine> complaintEvents) {
    List<TimelineLine> lines = new ArrayList<>(caseEvents.size() + complaintEvents.size());
    caseEvents.forEach(e -> lines.add(new TimelineLine(e.entry().at(), Kind.CASE, e.caseNo(), e.entry().actor(),
        e.entry().type(), e.entry().step(), e.entry().detail())));
    complaintEvents.forEach(e -> lines.add(new TimelineLine(e.entry().at(), Kind.COMPLAINT, e.complaintNo(),
        e.entry().actor(), e.entry().type(), e.entry().step(), e.entry().detail())));
    // stable: each source keeps its own order (newest first, then the later recorded) among equal times
    lines.sort(Comparator.comparing(TimelineLine::at, NEWEST_FIRST));
    return List.copyOf(lines);
  }
}
