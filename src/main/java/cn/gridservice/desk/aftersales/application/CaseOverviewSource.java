package cn.gridservice.desk.aftersales.application;

import cn.gridservice.desk.aftersales.application.ServiceCaseQueries.CaseEventLine;
import cn.gridservice.desk.customer.application.CustomerPrivacy;
import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.customer.overview.CustomerOverview.CaseLine;
import cn.gridservice.desk.customer.overview.CustomerOverview.Kind;
import cn.gridservice.desk.customer.overview.CustomerOverview.OpenTask;
import cn.gridservice.desk.customer.overview.CustomerOverview.SlaLine;
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
 * The service cases' part of the 360° view of a customer: the cases, their open tasks, SLA records
 * and events.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaseOverviewSource implements OverviewSource {

  @Inject ServiceCaseQueries cases;

  public CaseOverviewSource() {}

  /** For tests outside the container. */
  public CaseOverviewSource(ServiceCaseQueries cases) {
    this.cases = cases;
  }

  @Override
  public Kind kind() {
    return Kind.CASE;
  }

  @Override
  public Part partOf(Customer customer, CustomerPrivacy privacy, int timelineLines, Instant now) {
    return part(
        cases.ofCustomer(customer.customerNo(), privacy),
        cases.eventsOfCustomer(customer, timelineLines, privacy),
        now);
  }

  /**
   * @param cases the customer's cases, newest first
   * @param events the newest events of the cases, newest first
   */
  public static Part part(List<ServiceCaseView> cases, List<CaseEventLine> events, Instant now) {
    return new Part(
        cases.stream().map(CaseOverviewSource::caseLine).toList(),
        List.of(),
        openTasks(cases, now),
        slaLines(cases, now),
        List.of(),
        List.of(),
        timeline(events));
  }

  static CaseLine caseLine(ServiceCaseView c) {
    return new CaseLine(
        c.caseNo(),
        name(c.serviceType()),
        name(c.status()),
        c.channel(),
        name(c.warranty()),
        c.createdAt(),
        c.createdBy(),
        c.description(),
        c.openSteps().stream().map(OpenStep::step).toList());
  }

  private static List<OpenTask> openTasks(List<ServiceCaseView> cases, Instant now) {
    List<OpenTask> tasks = new ArrayList<>();
    for (ServiceCaseView c : cases) {
      c.openSteps().forEach(s -> tasks.add(OpenTask.of(Kind.CASE, c.caseNo(), s, now)));
    }
    return tasks;
  }

  /** The SLA records of all the cases. */
  static List<SlaLine> slaLines(List<ServiceCaseView> cases, Instant now) {
    List<SlaLine> lines = new ArrayList<>();
    for (ServiceCaseView c : cases) {
      for (ServiceCaseView.SlaRecordView r : c.slaRecords()) {
        boolean open = r.completedAt() == null && r.cancelledAt() == null;
        Long late = lateBySeconds(r.due(), open, r.breachedBySeconds(), now);
        lines.add(
            new SlaLine(
                c.caseNo(),
                r.step(),
                r.limit(),
                r.startedAt(),
                r.due(),
                r.completedAt(),
                r.cancelledAt(),
                open,
                r.warned(),
                r.breached() || late != null,
                late,
                r.provisional()));
      }
    }
    return lines;
  }

  /**
   * How late a step is: as recorded when it was closed; while open, from the due date until {@code
   * now}; null when it is or was on time, or has no limit.
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

  private static List<TimelineLine> timeline(List<CaseEventLine> events) {
    return events.stream()
        .map(
            e ->
                new TimelineLine(
                    e.entry().at(),
                    Kind.CASE,
                    e.caseNo(),
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
