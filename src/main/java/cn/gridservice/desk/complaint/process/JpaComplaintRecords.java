package cn.gridservice.desk.complaint.process;

import cn.gridservice.desk.complaint.domain.Complaint;
import cn.gridservice.desk.complaint.domain.ComplaintEvent;
import cn.gridservice.desk.complaint.domain.EscalationRecord;
import cn.gridservice.desk.complaint.domain.Grade;
import cn.gridservice.desk.platform.Clock;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.tasklist.queue.EscalationChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** The complaint rows the model's delegates write, inside the engine's JTA transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaComplaintRecords implements ComplaintRecords {

  @PersistenceContext EntityManager em;

  /** The task list copies grade and level onto the queue rows of the complaint's tasks. */
  @Inject Event<EscalationChanged> escalationChanged;

  @Inject Clock clock;

  @Override
  public void graded(String complaintNo, Grade grade) {
    Complaint complaint = complaint(complaintNo);
    Grade before = complaint.grade();
    complaint.graded(grade);
    escalationChanged.fire(
        new EscalationChanged(complaintNo, grade.name(), complaint.escalationLevel()));
    em.persist(
        new ComplaintEvent(
            complaint,
            now(),
            "system",
            before == null ? "GRADED" : "GRADE_RAISED",
            null,
            before == null ? grade.name() : before.name() + " → " + grade.name()));
  }

  @Override
  public void dueDates(
      String complaintNo, Instant contactDue, Instant replyDue, boolean provisional) {
    complaint(complaintNo).dueDates(contactDue, replyDue, provisional);
  }

  @Override
  public void escalated(
      String complaintNo,
      int level,
      EscalationRecord.Cause cause,
      Instant at,
      Instant dueAt,
      Role notified) {
    Complaint complaint = complaint(complaintNo);
    complaint.escalateTo(level);
    escalationChanged.fire(
        new EscalationChanged(
            complaintNo,
            complaint.grade() == null ? null : complaint.grade().name(),
            complaint.escalationLevel()));
    em.persist(new EscalationRecord(complaint, level, cause, at, dueAt, notified));
    em.persist(
        new ComplaintEvent(
            complaint,
            at,
            "system",
            "ESCALATED",
            null,
            "level " + level + " · " + cause + (notified == null ? "" : " → " + notified)));
  }

  @Override
  public void event(String complaintNo, String type, String step, String detail) {
    em.persist(new ComplaintEvent(complaint(complaintNo), now(), "system", type, step, detail));
  }

  private Complaint complaint(String complaintNo) {
    return em.createNamedQuery("Complaint.byNo", Complaint.class)
        .setParameter("no", complaintNo)
        .getSingleResult();
  }

  private Instant now() {
    return clock.now();
  }
}
