package cn.gridservice.desk.aftersales.sla;

import cn.gridservice.desk.aftersales.process.AfterSalesProcess;
import cn.gridservice.desk.calendar.application.CalendarChanged;
import cn.gridservice.desk.calendar.domain.DeadlineRule;
import cn.gridservice.desk.tasklist.deadline.SlaSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * When the calendar changes, an open step whose deadline reaches into the changed year gets its
 * warning and due time computed again from its start: on its SLA record and on its timers (also a
 * warning timer that itself lies before the changed year).
 */
@ApplicationScoped
public class SlaRecalculation {

  @PersistenceContext EntityManager em;

  @Inject ManagementService managementService;

  void onCalendarChanged(@Observes CalendarChanged change) {
    List<SlaRecord> open =
        em.createQuery(
                "SELECT r FROM SlaRecord r WHERE r.completedAt IS NULL"
                    + " AND r.cancelledAt IS NULL AND r.dueAt >= :from",
                SlaRecord.class)
            .setParameter("from", change.from())
            .getResultList();
    for (SlaRecord record : open) {
      if (record.limitRule() == null || DeadlineRule.parse(record.limitRule()).isEmpty()) {
        continue;
      }
      SlaSchedule schedule =
          SlaSchedule.of(
              record.limitRule(), record.warnPercent(), record.startedAt(), change.calendar());
      SlaSchedule first =
          SlaSchedule.of(
              record.limitRule(), record.firstWarnPercent(), record.startedAt(), change.calendar());
      record.reschedule(
          first.warnAt(), schedule.warnAt(), schedule.dueAt(), schedule.provisional());
      Set<String> timers =
          Set.of(
              record.step() + AfterSalesProcess.SUFFIX_FIRST_WARNED,
              record.step() + AfterSalesProcess.SUFFIX_WARNED,
              record.step() + AfterSalesProcess.SUFFIX_OVERDUE);
      for (Job job :
          managementService
              .createJobQuery()
              .processInstanceId(record.processInstanceId())
              .timers()
              .list()) {
        String activity =
            managementService
                .createJobDefinitionQuery()
                .jobDefinitionId(job.getJobDefinitionId())
                .singleResult()
                .getActivityId();
        if (timers.contains(activity)) {
          managementService.recalculateJobDuedate(job.getId(), true);
        }
      }
    }
  }
}
