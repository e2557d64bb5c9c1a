package cn.gridservice.desk.calendar.application;

import cn.gridservice.desk.calendar.domain.CalendarDay;
import cn.gridservice.desk.calendar.domain.CalendarYear;
import cn.gridservice.desk.calendar.domain.DayKind;
import cn.gridservice.desk.calendar.domain.Deadline;
import cn.gridservice.desk.calendar.domain.DeadlineRule;
import cn.gridservice.desk.calendar.domain.TaskDeadlineVariables;
import cn.gridservice.desk.calendar.domain.WorkingCalendar;
import cn.gridservice.desk.calendar.domain.WorkingHours;
import cn.gridservice.desk.platform.Clock;
import cn.gridservice.desk.platform.ConcurrentChanges;
import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.Times;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * The working-day calendar as the application uses it: a snapshot for the arithmetic (the engine's
 * timers and due dates read it too), and the administrator's change of a year, which moves the due
 * dates of pending timers and open tasks in the same transaction.
 */
@ApplicationScoped
public class WorkingCalendarService {

  private static final Logger LOG = Logger.getLogger(WorkingCalendarService.class.getName());

  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2100;

  @PersistenceContext EntityManager em;

  @Inject ManagementService managementService;

  @Inject TaskService taskService;

  @Resource(lookup = "java:jboss/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  @Inject Event<CalendarChanged> changes;

  /** This bean through its proxy: each attempt of a save is a transaction of its own. */
  @Inject WorkingCalendarService self;

  @Inject Clock clock;

  /** How often a save is tried when it meets the job executor changing the same task or timer. */
  static final int SAVE_ATTEMPTS = 8;

  private volatile WorkingCalendar published;

  /** While a change is being saved, its own thread already computes with the new data. */
  private final ThreadLocal<WorkingCalendar> saving = new ThreadLocal<>();

  /** The calendar to compute with now. */
  public WorkingCalendar current() {
    WorkingCalendar pending = saving.get();
    if (pending != null) {
      return pending;
    }
    WorkingCalendar snapshot = published;
    if (snapshot == null) {
      snapshot = load();
      published = snapshot;
    }
    return snapshot;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public CalendarYearView year(int year) {
    WorkingHours hours = em.find(WorkingHours.class, WorkingHours.ID);
    CalendarYear row = em.find(CalendarYear.class, year);
    List<CalendarYearView.Entry> entries =
        em.createQuery(
                "SELECT d FROM CalendarDay d WHERE d.day BETWEEN :first AND :last ORDER BY d.day",
                CalendarDay.class)
            .setParameter("first", LocalDate.of(year, 1, 1))
            .setParameter("last", LocalDate.of(year, 12, 31))
            .getResultStream()
            .map(d -> new CalendarYearView.Entry(d.day(), d.kind(), d.holidayName(), d.source()))
            .toList();
    boolean isPublished = row != null && row.published();
    return new CalendarYearView(
        year,
        isPublished,
        !isPublished,
        row == null ? null : row.source(),
        row == null ? null : Times.toBusinessTime(row.updatedAt()),
        row == null ? null : row.updatedBy(),
        hours.zone().getId(),
        hours.hours().morningStart(),
        hours.hours().morningEnd(),
        hours.hours().afternoonStart(),
        hours.hours().afternoonEnd(),
        entries);
  }

  /** What a save changed: the year's entries and how many deadlines moved. */
  public record YearSaved(int year, int entries, int timersRecalculated, int tasksMoved) {}

  /**
   * Replaces the year's days off and make-up working days with {@code entries} and marks the year
   * as published. Invalid entries are refused all together with one message per entry; nothing is
   * stored then. A timer that fires on a task while its due date is being moved makes the save's
   * transaction lose the race; the save is then made again from the start (the user never sees it).
   */
  public YearSaved replaceYear(
      int year, String source, List<CalendarYearView.Entry> entries, String user) {
    validate(year, source, entries);
    return ConcurrentChanges.retry(
        "saving the working calendar " + year,
        SAVE_ATTEMPTS,
        () -> self.saveYear(year, source, entries, user));
  }

  /** One attempt of {@link #replaceYear}, in a transaction of its own. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public YearSaved saveYear(
      int year, String source, List<CalendarYearView.Entry> entries, String user) {
    em.createQuery("DELETE FROM CalendarDay d WHERE d.day BETWEEN :first AND :last")
        .setParameter("first", LocalDate.of(year, 1, 1))
        .setParameter("last", LocalDate.of(year, 12, 31))
        .executeUpdate();
    for (CalendarYearView.Entry e : entries) {
      em.persist(
          new CalendarDay(
              e.date(),
              e.kind(),
              e.name().trim(),
              e.source() == null || e.source().isBlank() ? source.trim() : e.source().trim()));
    }
    CalendarYear row = em.find(CalendarYear.class, year);
    if (row == null) {
      em.persist(new CalendarYear(year, true, source.trim(), user));
    } else {
      row.publish(source.trim(), user);
    }
    em.flush();

    WorkingCalendar next = load();
    saving.set(next);
    int[] moved;
    try {
      moved = recalculateFrom(year, next);
      changes.fire(
          new CalendarChanged(
              year, LocalDate.of(year, 1, 1).atStartOfDay(next.zone()).toInstant(), next));
    } finally {
      saving.remove();
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              published = next;
            }
          }
        });
    LOG.info(
        () ->
            "Working calendar "
                + year
                + " saved by "
                + user
                + ": "
                + entries.size()
                + " entries, "
                + moved[0]
                + " timers recalculated, "
                + moved[1]
                + " task due dates moved");
    return new YearSaved(year, entries.size(), moved[0], moved[1]);
  }

  /**
   * Every deadline that reaches into the changed year and has not fallen due yet is computed again
   * from its start: timers through the engine (from their creation), tasks from the rule recorded
   * when they were created. A deadline that has already fallen due stays as it is: its timer is
   * being fired by the job executor right now, and re-planning it would only race that.
   */
  private int[] recalculateFrom(int year, WorkingCalendar calendar) {
    Date firstDay = Date.from(LocalDate.of(year, 1, 1).atStartOfDay(calendar.zone()).toInstant());
    Date now = Date.from(clock.now());
    if (now.after(firstDay)) {
      firstDay = now;
    }
    int timers = 0;
    for (Job timer :
        managementService.createJobQuery().timers().duedateHigherThan(firstDay).list()) {
      vanishedMeanwhile(
          timer.getId(), () -> managementService.recalculateJobDuedate(timer.getId(), true));
      timers++;
    }
    int tasks = 0;
    for (Task task : taskService.createTaskQuery().dueAfter(firstDay).list()) {
      Object[] rule = new Object[1];
      vanishedMeanwhile(
          task.getId(),
          () ->
              rule[0] = taskService.getVariableLocal(task.getId(), TaskDeadlineVariables.DUE_RULE));
      if (!(rule[0] instanceof String text)) {
        continue;
      }
      DeadlineRule parsed = DeadlineRule.parse(text).orElse(null);
      if (parsed == null) {
        continue;
      }
      Deadline deadline = parsed.applyFrom(task.getCreateTime().toInstant(), calendar);
      if (!deadline.due().equals(task.getDueDate().toInstant())) {
        task.setDueDate(Date.from(deadline.due()));
        vanishedMeanwhile(task.getId(), () -> taskService.saveTask(task));
        tasks++;
      }
      vanishedMeanwhile(
          task.getId(),
          () ->
              taskService.setVariableLocal(
                  task.getId(), TaskDeadlineVariables.DUE_PROVISIONAL, deadline.provisional()));
    }
    return new int[] {timers, tasks};
  }

  /**
   * A timer that fired, or a task whose process went on, between the query and the update is a
   * change made by someone else meanwhile: the engine reports it as "not found", as a lost
   * optimistic lock, as a deadlock, or fails on the execution that is no longer there. The engine
   * has already doomed this transaction (nothing more can be read in it), so the save starts again;
   * the next attempt no longer finds what vanished. A failure that is not a race fails every
   * attempt and reaches the user.
   */
  private static void vanishedMeanwhile(String id, Runnable update) {
    try {
      update.run();
    } catch (OptimisticLockingException e) {
      throw e;
    } catch (RuntimeException e) {
      // the engine's own code fails with a NullPointerException on an execution deleted meanwhile
      OptimisticLockingException race =
          new OptimisticLockingException(
              id
                  + " could not be updated while the calendar was being saved, probably changed meanwhile: "
                  + e.getMessage());
      race.initCause(e);
      throw race;
    }
  }

  private static void validate(int year, String source, List<CalendarYearView.Entry> entries) {
    InvalidInput.Collector errors = InvalidInput.collect();
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      errors.add("year", "invalid.calendar.yearOutOfRange", FIRST_YEAR, LAST_YEAR);
    }
    if (source == null || source.isBlank()) {
      errors.add("source", "invalid.calendar.sourceRequired");
    }
    if (entries == null) {
      errors.add("entries", "invalid.calendar.entriesRequired");
      errors.throwIfAny();
    }
    Set<LocalDate> seen = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      CalendarYearView.Entry e = entries.get(i);
      String field = "entries[" + i + "]";
      // the messages name the field (API) or the line (page): {0} entries[i], {1} its line number
      if (e == null || e.date() == null) {
        errors.add(field, "invalid.calendar.entry.dateRequired", field, i + 1);
        continue;
      }
      if (e.date().getYear() != year) {
        errors.add(field, "invalid.calendar.entry.otherYear", field, i + 1, e.date(), year);
      }
      if (!seen.add(e.date())) {
        errors.add(field, "invalid.calendar.entry.duplicate", field, i + 1, e.date());
      }
      if (e.kind() == null) {
        errors.add(field, "invalid.calendar.entry.kindRequired", field, i + 1);
      } else if (e.kind() == DayKind.MAKEUP_WORKDAY && !isWeekend(e.date())) {
        errors.add(
            field,
            "invalid.calendar.entry.makeUpNotOnWeekend",
            field,
            i + 1,
            e.date(),
            e.date().getDayOfWeek());
      }
      if (e.name() == null || e.name().isBlank()) {
        errors.add(field, "invalid.calendar.entry.nameRequired", field, i + 1);
      } else if (e.name().length() > 100) {
        errors.add(field, "invalid.calendar.entry.nameTooLong", field, i + 1, 100);
      }
    }
    errors.throwIfAny();
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private WorkingCalendar load() {
    WorkingHours hours = em.find(WorkingHours.class, WorkingHours.ID);
    if (hours == null) {
      throw new IllegalStateException(
          "working_hours has no row " + WorkingHours.ID + ": the calendar migration did not run");
    }
    Map<LocalDate, DayKind> days = new HashMap<>();
    for (CalendarDay d :
        em.createQuery("SELECT d FROM CalendarDay d", CalendarDay.class).getResultList()) {
      days.put(d.day(), d.kind());
    }
    Set<Integer> years =
        new HashSet<>(
            em.createQuery(
                    "SELECT y.year FROM CalendarYear y WHERE y.published = TRUE", Integer.class)
                .getResultList());
    ZoneId zone = hours.zone();
    return new WorkingCalendar(zone, hours.hours(), days, years);
  }

  /** For the admin page: the years that have rows, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Integer> knownYears() {
    return new ArrayList<>(
        em.createQuery("SELECT y.year FROM CalendarYear y ORDER BY y.year DESC", Integer.class)
            .getResultList());
  }
}
