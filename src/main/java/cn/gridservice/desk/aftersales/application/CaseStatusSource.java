package cn.gridservice.desk.aftersales.application;

import cn.gridservice.desk.aftersales.domain.Appointment;
import cn.gridservice.desk.aftersales.domain.CaseStatus;
import cn.gridservice.desk.aftersales.domain.ServiceCase;
import cn.gridservice.desk.aftersales.process.AfterSalesProcess;
import cn.gridservice.desk.customer.status.PublicState;
import cn.gridservice.desk.customer.status.StatusRecord;
import cn.gridservice.desk.customer.status.StatusSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Service cases for the customers' status check: where the case stands and the visit agreed. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaseStatusSource implements StatusSource {

  @PersistenceContext EntityManager em;

  @Inject TaskService taskService;

  @Inject HistoryService historyService;

  @Override
  public Optional<StatusRecord> find(String reference) {
    return em.createNamedQuery("ServiceCase.byNo", ServiceCase.class)
        .setParameter("no", reference)
        .getResultStream()
        .findFirst()
        .map(this::record);
  }

  private StatusRecord record(ServiceCase c) {
    Appointment visit =
        em.createQuery(CaseNotices.LATEST_APPOINTMENT, Appointment.class)
            .setParameter("c", c)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    Instant closedAt = null;
    PublicState state;
    switch (c.status()) {
      case RESOLVED -> state = PublicState.RESOLVED;
      case REJECTED -> state = PublicState.REJECTED;
      case CANCELLED -> state = PublicState.CANCELLED;
      default -> state = openState(c.processInstanceId());
    }
    if (c.status() != CaseStatus.OPEN && c.processInstanceId() != null) {
      HistoricProcessInstance history =
          historyService
              .createHistoricProcessInstanceQuery()
              .processInstanceId(c.processInstanceId())
              .singleResult();
      closedAt =
          history == null || history.getEndTime() == null ? null : history.getEndTime().toInstant();
    }
    return new StatusRecord(
        c.caseNo(),
        "CASE",
        c.customer().phone(),
        state,
        c.createdAt(),
        visit == null ? null : visit.startsAt(),
        visit == null ? null : visit.endsAt(),
        null,
        null,
        closedAt);
  }

  /**
   * The step the customer waits for, in their words; a supervision task (督办) is staff's business.
   */
  private PublicState openState(String processInstanceId) {
    if (processInstanceId == null) {
      return PublicState.RECEIVED;
    }
    List<String> steps =
        taskService.createTaskQuery().processInstanceId(processInstanceId).list().stream()
            .map(Task::getTaskDefinitionKey)
            .filter(step -> !AfterSalesProcess.TASK_SUPERVISE_OVERDUE_STEP.equals(step))
            .toList();
    if (steps.isEmpty()) {
      return PublicState.IN_PROGRESS;
    }
    return switch (steps.get(0)) {
      case AfterSalesProcess.TASK_ACCEPT_REQUEST -> PublicState.RECEIVED;
      case AfterSalesProcess.TASK_SCHEDULE_VISIT -> PublicState.ARRANGING_VISIT;
      case AfterSalesProcess.TASK_EXECUTE_SERVICE -> PublicState.VISIT_BOOKED;
      case AfterSalesProcess.TASK_RECORD_FEEDBACK -> PublicState.AWAITING_FOLLOW_UP;
      case AfterSalesProcess.TASK_DECIDE_ESCALATED_CASE -> PublicState.UNDER_REVIEW;
      default -> PublicState.IN_PROGRESS;
    };
  }
}
