package cn.gridservice.desk.complaint.application;

import cn.gridservice.desk.complaint.domain.Complaint;
import cn.gridservice.desk.complaint.process.ComplaintProcess;
import cn.gridservice.desk.customer.status.PublicState;
import cn.gridservice.desk.customer.status.StatusRecord;
import cn.gridservice.desk.customer.status.StatusSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Complaints for the customers' status check: registered, in hand, replied, closed; and the reply
 * limit.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ComplaintStatusSource implements StatusSource {

  @PersistenceContext EntityManager em;

  @Inject TaskService taskService;

  @Override
  public Optional<StatusRecord> find(String reference) {
    return em.createNamedQuery("Complaint.byNo", Complaint.class)
        .setParameter("no", reference)
        .getResultStream()
        .findFirst()
        .map(this::record);
  }

  private StatusRecord record(Complaint c) {
    PublicState state =
        switch (c.status()) {
          case ARCHIVED -> PublicState.COMPLAINT_CLOSED;
          case REPLIED -> PublicState.COMPLAINT_REPLIED;
          default ->
              contacted(c) ? PublicState.COMPLAINT_IN_HAND : PublicState.COMPLAINT_REGISTERED;
        };
    return new StatusRecord(
        c.complaintNo(),
        "COMPLAINT",
        c.customer().phone(),
        state,
        c.acceptedAt(),
        null,
        null,
        c.replyDue(),
        c.repliedAt(),
        c.closedAt());
  }

  private boolean contacted(Complaint c) {
    if (c.contactedAt() != null || c.processInstanceId() == null) {
      return c.contactedAt() != null;
    }
    return taskService.createTaskQuery().processInstanceId(c.processInstanceId()).list().stream()
        .map(Task::getTaskDefinitionKey)
        .noneMatch(ComplaintProcess.TASK_CONTACT_CUSTOMER::equals);
  }
}
