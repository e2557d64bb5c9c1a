package cn.gridservice.desk.aftersales.application;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;

import cn.gridservice.desk.aftersales.domain.CaseEvent;
import cn.gridservice.desk.aftersales.domain.ServiceCase;
import cn.gridservice.desk.aftersales.sla.SlaRecords;
import cn.gridservice.desk.platform.Times;
import cn.gridservice.desk.workflow.OpenSteps;

/** Reads a service case together with its open steps from the engine. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ServiceCaseQueries {

  @PersistenceContext
  EntityManager em;

  @Inject
  OpenSteps openSteps;

  @Inject
  HistoryService historyService;

  @Inject
  SlaRecords slaRecords;

  public Optional<ServiceCaseView> byNumber(String caseNo) {
    return em.createNamedQuery("ServiceCase.byNo", ServiceCase.class).setParameter("no", caseNo)
        .getResultStream().findFirst().map(this::view);
  }

  /** One line of a case's timeline, from what staff recorded and from the engine's task history. */
  public record TimelineEntry(OffsetDateTime at, String actor, String type, String step, String detail) {
  }

  /** What happened on the case, oldest first. */
  public List<TimelineEntry> timeline(String caseNo) {
    ServiceCase c = em.createNamedQuery("ServiceCase.byNo", ServiceCase.class).setParameter("no", caseNo)
        .getResultStream().findFirst().orElse(null);
    if (c == null) {
      return List.of();
    }
    List<TimelineEntry> entries = new ArrayList<>();
    for (CaseEvent e : em.createNamedQuery("CaseEvent.ofCase", CaseEvent.class).setParameter("c", c).getResultList()) {
      entries.add(new TimelineEntry(Times.toBusinessTime(e.occurredAt()), e.actor(), e.type(), e.step(), e.detail()));
    }
    if (c.processInstanceId() != null) {
      for (HistoricTaskInstance t : historyService.createHistoricTaskInstanceQuery()
          .processInstanceId(c.processInstanceId()).list()) {
        entries.add(new TimelineEntry(Times.toBusinessTime(t.getStartTime()), "system", "TASK_CREATED",
            t.getTaskDefinitionKey(), t.getDueDate() == null ? null : "due " + Times.toBusinessTime(t.getDueDate())));
      }
    }
    entries.sort(Comparator.comparing(TimelineEntry::at));
    return entries;
  }

  private ServiceCaseView view(ServiceCase c) {
    List<OpenSteps.OpenStep> steps = openSteps.of(c.processInstanceId());
    List<ServiceCaseView.SlaRecordView> sla = slaRecords.byCase(c.caseNo()).stream()
        .map(r -> new ServiceCaseView.SlaRecordView(r.step(), r.limitRule(), Times.toBusinessTime(r.startedAt()),
            Times.toBusinessTime(r.warnAt()), Times.toBusinessTime(r.dueAt()), Times.toBusinessTime(r.completedAt()),
            r.warned(), r.breached(), r.breachedBySeconds(), r.provisional()))
        .toList();
    return new ServiceCaseView(c.caseNo(), c.status(), c.serviceType(), c.channel(), c.warranty(), c.customer().customerNo(),
        c.customer().name(), c.description(), Times.toBusinessTime(c.createdAt()), c.createdBy(), steps,
        steps.stream().anyMatch(OpenSteps.OpenStep::dueProvisional), sla);
  }

}
