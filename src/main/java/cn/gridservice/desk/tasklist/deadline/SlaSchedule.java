package cn.gridservice.desk.tasklist.deadline;

import cn.gridservice.desk.calendar.domain.Deadline;
import cn.gridservice.desk.calendar.domain.DeadlineRule;
import cn.gridservice.desk.calendar.domain.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;

/**
 * When a step that started at {@code startedAt} is due, and when its warning falls: at {@code
 * warnPercent} % of the limit, counted the way the limit is counted. A limit in working time
 * ({@code WORKING_HOURS:4}, {@code WORKING_DAYS:1}) warns after that share of the working time
 * between the start and the due date; a 24×7 limit ({@code MINUTES:45}), an appointment and a limit
 * counted from the case's submission after that share of the plain time.
 *
 * @param limitRule the limit as the decision table writes it ({@code WORKING_HOURS:4}, {@code
 *     APPOINTMENT}, {@code FROM_SUBMISSION MINUTES:225}), or null for none
 * @param warnPercent the warning share, or null when the step is not warned
 * @param warnAt when to warn; null without a limit or without a warning share
 * @param dueAt when the step is due; null without a limit
 * @param provisional whether a date rests on a year without official holiday data
 */
public record SlaSchedule(
    String limitRule,
    Integer warnPercent,
    Instant startedAt,
    Instant warnAt,
    Instant dueAt,
    boolean provisional) {

  /** The rule of a limit that ends with an agreed appointment. */
  public static final String APPOINTMENT = "APPOINTMENT";

  public SlaSchedule {
    Objects.requireNonNull(startedAt, "startedAt");
    if (warnPercent != null && (warnPercent < 1 || warnPercent > 100)) {
      throw new IllegalArgumentException("the warning share must be 1 to 100 %: " + warnPercent);
    }
  }

  /**
   * Whether the step has a limit at all (an on-site visit without an agreed appointment has none).
   */
  public boolean hasLimit() {
    return dueAt != null;
  }

  /**
   * @param limit what a process's limit table answers ({@link DatedLimit}): the table's rule with
   *     its date when it has one ({@code APPOINTMENT}, {@code FROM_SUBMISSION MINUTES:225}); or
   *     limit text; or an appointment's end (a {@link Date}); or null for none
   * @param warnPercent the warning share from the threshold table, null for no warning
   */
  public static SlaSchedule of(
      Object limit, Integer warnPercent, Instant start, WorkingCalendar calendar) {
    Objects.requireNonNull(start, "start");
    if (limit == null) {
      return new SlaSchedule(null, warnPercent, start, null, null, false);
    }
    if (limit instanceof DatedLimit resolved) {
      return resolved.due() == null
          ? of(resolved.rule(), warnPercent, start, calendar)
          : fixed(resolved.rule(), resolved.due(), warnPercent, start);
    }
    if (limit instanceof Date appointmentEnd) {
      return fixed(APPOINTMENT, appointmentEnd, warnPercent, start);
    }
    if (!(limit instanceof String text)) {
      throw new IllegalArgumentException(
          "a limit is text such as WORKING_HOURS:4 or an appointment date, not " + limit);
    }
    Optional<DeadlineRule> parsed = DeadlineRule.parse(text);
    if (parsed.isEmpty()) {
      // an ISO-8601 duration (PT4H) keeps its engine meaning: around the clock
      Duration duration = Duration.parse(text.trim());
      return new SlaSchedule(
          text.trim(),
          warnPercent,
          start,
          warnPercent == null ? null : start.plus(share(duration, warnPercent)),
          start.plus(duration),
          false);
    }
    DeadlineRule rule = parsed.get();
    Deadline due = rule.applyFrom(start, calendar);
    if (warnPercent == null) {
      return new SlaSchedule(rule.toString(), null, start, null, due.due(), due.provisional());
    }
    if (!rule.unit().usesWorkingCalendar()) {
      Duration duration = Duration.between(start, due.due());
      return new SlaSchedule(
          rule.toString(),
          warnPercent,
          start,
          start.plus(share(duration, warnPercent)),
          due.due(),
          false);
    }
    Duration workingTime = calendar.workingTimeBetween(start, due.due());
    Deadline warn = calendar.addWorkingHours(start, share(workingTime, warnPercent));
    return new SlaSchedule(
        rule.toString(),
        warnPercent,
        start,
        warn.due(),
        due.due(),
        due.provisional() || warn.provisional());
  }

  /**
   * A limit that is a point in time: warned at the share of the plain time from the start to it.
   */
  private static SlaSchedule fixed(String rule, Date dueDate, Integer warnPercent, Instant start) {
    Instant due = dueDate.toInstant();
    return new SlaSchedule(
        rule,
        warnPercent,
        start,
        warnPercent == null ? null : start.plus(share(Duration.between(start, due), warnPercent)),
        due,
        false);
  }

  /**
   * {@code percent} % of the duration, to the nanosecond; nothing when the duration is not
   * positive.
   */
  static Duration share(Duration duration, int percent) {
    if (duration.isNegative() || duration.isZero()) {
      return Duration.ZERO;
    }
    return duration.multipliedBy(percent).dividedBy(100);
  }
}
