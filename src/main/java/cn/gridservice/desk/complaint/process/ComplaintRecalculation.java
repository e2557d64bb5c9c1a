package cn.gridservice.desk.complaint.process;

import cn.gridservice.desk.calendar.application.CalendarChanged;
import cn.gridservice.desk.complaint.domain.Complaint;
import cn.gridservice.desk.complaint.domain.ComplaintStatus;
import cn.gridservice.desk.complaint.domain.Grade;
import cn.gridservice.desk.tasklist.deadline.SlaSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * When the working-day calendar changes, an open complaint whose contact or reply limit reaches
 * into the changed year is due again from its acceptance (the reply from the latest reopen): on the
 * complaint and on the open tasks that carry that limit as their due date. (The engine's timers are
 * evaluated again by the calendar service itself, with the same arithmetic.)
 */
@ApplicationScoped
public class ComplaintRecalculation {

  private static final Set<String> CONTACT_STEPS = Set.of(ComplaintProcess.TASK_CONTACT_CUSTOMER);
  private static final Set<String> REPLY_STEPS =
      Set.of(
          ComplaintProcess.TASK_INVESTIGATE,
          ComplaintProcess.TASK_PROVIDE_INPUT,
          ComplaintProcess.TASK_APPROVE_REPLY,
          ComplaintProcess.TASK_REPLY_TO_CUSTOMER);

  @PersistenceContext EntityManager em;

  @Inject ComplaintLimits limits;

  @Inject TaskService taskService;

  void onCalendarChanged(@Observes CalendarChanged change) {
    List<Complaint> open =
        em.createQuery(
                "SELECT c FROM Complaint c WHERE c.status <> :archived"
                    + " AND (c.contactDue >= :from OR c.replyDue >= :from)",
                Complaint.class)
            .setParameter("archived", ComplaintStatus.ARCHIVED)
            .setParameter("from", change.from())
            .getResultList();
    for (Complaint complaint : open) {
      Grade grade = complaint.grade() == null ? Grade.GENERAL : complaint.grade();
      boolean priority = complaint.customer() != null && complaint.customer().isPriority();
      SlaSchedule contact =
          SlaSchedule.of(
              limits.policy(ComplaintLimit.CONTACT, grade, priority).rule(),
              null,
              complaint.acceptedAt(),
              change.calendar());
      SlaSchedule reply =
          SlaSchedule.of(
              limits.policy(ComplaintLimit.REPLY, grade, priority).rule(),
              null,
              complaint.replyCountsFrom(),
              change.calendar());
      complaint.dueDates(
          contact.dueAt(), reply.dueAt(), contact.provisional() || reply.provisional());
      if (complaint.processInstanceId() == null) {
        continue;
      }
      for (Task task :
          taskService.createTaskQuery().processInstanceId(complaint.processInstanceId()).list()) {
        Instant due =
            CONTACT_STEPS.contains(task.getTaskDefinitionKey())
                ? contact.dueAt()
                : REPLY_STEPS.contains(task.getTaskDefinitionKey()) ? reply.dueAt() : null;
        if (due != null
            && (task.getDueDate() == null || !due.equals(task.getDueDate().toInstant()))) {
          task.setDueDate(Date.from(due));
          taskService.saveTask(task);
        }
      }
    }
  }
}
