package cn.gridservice.desk.aftersales.application;

import cn.gridservice.desk.aftersales.domain.CaseEvent;
import cn.gridservice.desk.aftersales.domain.ServiceCase;
import cn.gridservice.desk.aftersales.sla.SlaRecord;
import cn.gridservice.desk.aftersales.sla.SlaRecords;
import cn.gridservice.desk.customer.application.CustomerPrivacy;
import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.platform.Times;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.workflow.OpenSteps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;

/** Reads a service case together with its open steps from the engine. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ServiceCaseQueries {

  /** The candidate groups an open step may have: the staff roles. */
  private static final List<String> STAFF_GROUPS =
      Stream.of(Role.values()).map(Role::name).toList();

  static final String CASES_OF_CUSTOMER =
      "SELECT c FROM ServiceCase c JOIN FETCH c.customer"
          + " WHERE c.customer.customerNo = :no ORDER BY c.createdAt DESC, c.id DESC";

  static final String SLA_RECORDS_OF_CUSTOMER =
      "SELECT r FROM SlaRecord r WHERE r.caseNo IN"
          + " (SELECT c.caseNo FROM ServiceCase c WHERE c.customer.customerNo = :no) ORDER BY r.startedAt, r.id";

  static final String EVENTS_OF_CUSTOMER =
      "SELECT c.caseNo, e FROM CaseEvent e JOIN e.serviceCase c"
          + " WHERE c.customer.customerNo = :no ORDER BY e.occurredAt DESC, e.id DESC";

  @PersistenceContext EntityManager em;

  @Inject OpenSteps openSteps;

  @Inject HistoryService historyService;

  @Inject SlaRecords slaRecords;

  /**
   * Unmasked: for the system's own use. What a viewer reads comes from {@link #byNumber(String,
   * Set)}.
   */
  public Optional<ServiceCaseView> byNumber(String caseNo) {
    return byNumber(caseNo, CustomerPrivacy.UNMASKED);
  }

  /**
   * The case as the viewer may see it: the customer's data masked as {@link CustomerPrivacy}
   * decides.
   */
  public Optional<ServiceCaseView> byNumber(String caseNo, Set<Role> viewerRoles) {
    return byNumber(caseNo, CustomerPrivacy.forRoles(viewerRoles));
  }

  private Optional<ServiceCaseView> byNumber(String caseNo, CustomerPrivacy privacy) {
    return em.createNamedQuery("ServiceCase.byNo", ServiceCase.class)
        .setParameter("no", caseNo)
        .getResultStream()
        .findFirst()
        .map(c -> view(c, privacy));
  }

  /**
   * All the customer's cases, newest first, each with its open steps and SLA records as {@link
   * #byNumber} gives them — in a fixed number of queries however many cases there are (the cases,
   * their SLA records, and {@link OpenSteps#ofInstances} for the open steps).
   */
  public List<ServiceCaseView> ofCustomer(String customerNo, CustomerPrivacy privacy) {
    List<ServiceCase> found =
        em.createQuery(CASES_OF_CUSTOMER, ServiceCase.class)
            .setParameter("no", customerNo)
            .getResultList();
    if (found.isEmpty()) {
      return List.of();
    }
    Map<String, List<SlaRecord>> records =
        em
            .createQuery(SLA_RECORDS_OF_CUSTOMER, SlaRecord.class)
            .setParameter("no", customerNo)
            .getResultList()
            .stream()
            .collect(
                Collectors.groupingBy(SlaRecord::caseNo, LinkedHashMap::new, Collectors.toList()));
    Map<String, List<OpenSteps.OpenStep>> steps =
        openSteps.ofInstances(
            found.stream().map(ServiceCase::processInstanceId).toList(), STAFF_GROUPS);
    return found.stream()
        .map(
            c ->
                view(
                    c,
                    c.processInstanceId() == null
                        ? List.of()
                        : steps.getOrDefault(c.processInstanceId(), List.of()),
                    records.getOrDefault(c.caseNo(), List.of()),
                    privacy))
        .toList();
  }

  /** One line of a case's timeline, from what staff recorded and from the engine's task history. */
  public record TimelineEntry(
      OffsetDateTime at, String actor, String type, String step, String detail) {}

  /** A line of the timeline of one of the customer's cases. */
  public record CaseEventLine(String caseNo, TimelineEntry entry) {}

  /**
   * What staff and the process recorded on the customer's cases, newest first, at most {@code max}
   * lines (one query). The engine's task history of the case page is not part of it.
   */
  public List<CaseEventLine> eventsOfCustomer(Customer customer, int max, CustomerPrivacy privacy) {
    return em
        .createQuery(EVENTS_OF_CUSTOMER, Object[].class)
        .setParameter("no", customer.customerNo())
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(
            row -> {
              CaseEvent e = (CaseEvent) row[1];
              return new CaseEventLine(
                  (String) row[0],
                  new TimelineEntry(
                      Times.toBusinessTime(e.occurredAt()),
                      e.actor(),
                      e.type(),
                      e.step(),
                      privacy.text(e.detail(), customer)));
            })
        .toList();
  }

  /**
   * What happened on the case, oldest first, as the viewer may see it ({@link CustomerPrivacy}).
   */
  public List<TimelineEntry> timeline(String caseNo, Set<Role> viewerRoles) {
    CustomerPrivacy privacy = CustomerPrivacy.forRoles(viewerRoles);
    ServiceCase c =
        em.createNamedQuery("ServiceCase.byNo", ServiceCase.class)
            .setParameter("no", caseNo)
            .getResultStream()
            .findFirst()
            .orElse(null);
    Customer customer = c == null ? null : c.customer();
    return timeline(caseNo).stream()
        .map(
            e ->
                new TimelineEntry(
                    e.at(), e.actor(), e.type(), e.step(), privacy.text(e.detail(), customer)))
        .toList();
  }

  /** What happened on the case, oldest first; unmasked, for the system's own use. */
  public List<TimelineEntry> timeline(String caseNo) {
    ServiceCase c =
        em.createNamedQuery("ServiceCase.byNo", ServiceCase.class)
            .setParameter("no", caseNo)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (c == null) {
      return List.of();
    }
    List<TimelineEntry> entries = new ArrayList<>();
    for (CaseEvent e :
        em.createNamedQuery("CaseEvent.ofCase", CaseEvent.class)
            .setParameter("c", c)
            .getResultList()) {
      entries.add(
          new TimelineEntry(
              Times.toBusinessTime(e.occurredAt()), e.actor(), e.type(), e.step(), e.detail()));
    }
    if (c.processInstanceId() != null) {
      for (HistoricTaskInstance t :
          historyService
              .createHistoricTaskInstanceQuery()
              .processInstanceId(c.processInstanceId())
              .list()) {
        entries.add(
            new TimelineEntry(
                Times.toBusinessTime(t.getStartTime()),
                "system",
                "TASK_CREATED",
                t.getTaskDefinitionKey(),
                t.getDueDate() == null ? null : "due " + Times.toBusinessTime(t.getDueDate())));
      }
    }
    entries.sort(Comparator.comparing(TimelineEntry::at));
    return entries;
  }

  private ServiceCaseView view(ServiceCase c, CustomerPrivacy privacy) {
    return view(c, openSteps.of(c.processInstanceId()), slaRecords.byCase(c.caseNo()), privacy);
  }

  private static ServiceCaseView view(
      ServiceCase c,
      List<OpenSteps.OpenStep> steps,
      List<SlaRecord> records,
      CustomerPrivacy privacy) {
    List<ServiceCaseView.SlaRecordView> sla =
        records.stream()
            .map(
                r ->
                    new ServiceCaseView.SlaRecordView(
                        r.step(),
                        r.limitRule(),
                        Times.toBusinessTime(r.startedAt()),
                        Times.toBusinessTime(r.warnAt()),
                        Times.toBusinessTime(r.dueAt()),
                        Times.toBusinessTime(r.completedAt()),
                        r.warned(),
                        r.breached(),
                        r.breachedBySeconds(),
                        r.provisional(),
                        Times.toBusinessTime(r.cancelledAt())))
            .toList();
    return new ServiceCaseView(
        c.caseNo(),
        c.status(),
        c.serviceType(),
        c.channel(),
        c.warranty(),
        c.customer().customerNo(),
        privacy.customerName(c.customer()),
        privacy.text(c.description(), c.customer()),
        Times.toBusinessTime(c.createdAt()),
        c.createdBy(),
        steps,
        steps.stream().anyMatch(OpenSteps.OpenStep::dueProvisional),
        sla);
  }
}
