package cn.gridservice.desk.calendar.domain;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Deadline arithmetic on the working-day calendar, from an immutable snapshot of the calendar data:
 * plain Java, so the engine's business calendar, the REST API and the tests all compute alike.
 *
 * <h2>Working days and working time</h2>
 *
 * A date is a working day when it is Monday to Friday and not announced as a day off, or when it is
 * announced as a make-up working day (调休上班). Working time is the two periods of {@link DailyHours}
 * on working days, each including its start and excluding its end (08:30 is working time, 12:00 is
 * not). Local dates and times are those of the calendar's zone.
 *
 * <h2>Provisional years</h2>
 *
 * A year is published when the State Council's dates for it are entered and released. For a year
 * that is not, the announced dates are ignored (they may be a draft) and Monday to Friday count as
 * working days. A {@link Deadline} is provisional when any date the computation had to look up lies
 * in such a year; 24×7 deadlines never are.
 *
 * <h2>Rules at the edges</h2>
 *
 * <ul>
 *   <li>Amounts must not be negative ({@link IllegalArgumentException}).
 *   <li>{@code N} working days end at the end of working hours of the Nth working day after the
 *       start's local date; the start's own day never counts, whatever the time.
 *   <li>0 working days mean "by close of business": the end of working hours of the start's day if
 *       it is a working day and that end is not before the start, else of the next working day.
 *   <li>Working hours count from the start, or from the next working moment when the start lies
 *       outside working time. The result is the earliest moment at which the amount has been
 *       worked, so a result exactly at the end of a period stays there (3.5 h from 08:30 is 12:00,
 *       not 13:30; 7.5 h from 08:30 is 17:30 the same day). Hence {@code workingTimeBetween(start,
 *       due)} equals the amount.
 *   <li>0 working hours are due at the start itself (nothing to work, nothing looked up).
 *   <li>A computation looks at most {@link #SEARCH_LIMIT} past the start's date; beyond it fails
 *       with {@link IllegalStateException}, so that calendar data with every day off cannot hang a
 *       timer.
 * </ul>
 */
public final class WorkingCalendar {

  /** How far past the start's date a computation may look before it gives up. */
  public static final Period SEARCH_LIMIT = Period.ofYears(3);

  private final ZoneId zone;
  private final DailyHours hours;
  private final Map<LocalDate, DayKind> days;
  private final Set<Integer> publishedYears;

  /**
   * @param zone the business zone in which dates and working hours are read
   * @param hours the working hours of every working day
   * @param days the announced dates; those in years not published are ignored
   * @param publishedYears the years whose announced dates are official
   */
  public WorkingCalendar(
      ZoneId zone, DailyHours hours, Map<LocalDate, DayKind> days, Set<Integer> publishedYears) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.hours = Objects.requireNonNull(hours, "hours");
    this.days = Map.copyOf(Objects.requireNonNull(days, "days"));
    this.publishedYears = Set.copyOf(Objects.requireNonNull(publishedYears, "publishedYears"));
  }

  public ZoneId zone() {
    return zone;
  }

  public DailyHours hours() {
    return hours;
  }

  /** Whether the year's announced dates are official; if not, its dates are provisional. */
  public boolean isPublished(int year) {
    return publishedYears.contains(year);
  }

  /** (Monday to Friday and not a day off) or a make-up working day; see the class comment. */
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    DayKind announced = isPublished(date.getYear()) ? days.get(date) : null;
    if (announced != null) {
      return announced == DayKind.MAKEUP_WORKDAY;
    }
    DayOfWeek weekday = date.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
  }

  /** Whether the instant lies inside a working period (start included, end excluded). */
  public boolean isWorkingTime(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    LocalDate date = localDate(instant);
    if (!isWorkingDay(date)) {
      return false;
    }
    for (Span span : spans(date)) {
      if (!instant.isBefore(span.start()) && instant.isBefore(span.end())) {
        return true;
      }
    }
    return false;
  }

  /** The working time in {@code [from, to)}; zero when {@code to} is not after {@code from}. */
  public Duration workingTimeBetween(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Duration total = Duration.ZERO;
    if (!to.isAfter(from)) {
      return total;
    }
    LocalDate last = localDate(to);
    for (LocalDate date = localDate(from); !date.isAfter(last); date = date.plusDays(1)) {
      if (!isWorkingDay(date)) {
        continue;
      }
      for (Span span : spans(date)) {
        Instant overlapStart = later(span.start(), from);
        Instant overlapEnd = span.end().isBefore(to) ? span.end() : to;
        if (overlapEnd.isAfter(overlapStart)) {
          total = total.plus(Duration.between(overlapStart, overlapEnd));
        }
      }
    }
    return total;
  }

  /**
   * The end of working hours of the {@code days}th working day after the start's local date (the
   * start's day does not count); 0 means the end of the start's working day, see the class comment.
   */
  public Deadline addWorkingDays(Instant start, int days) {
    Objects.requireNonNull(start, "start");
    if (days < 0) {
      throw new IllegalArgumentException("working days must not be negative: " + days);
    }
    LocalDate startDate = localDate(start);
    LocalDate limit = startDate.plus(SEARCH_LIMIT);
    if (days == 0) {
      LocalDate firstLookedUp = null;
      for (LocalDate date = startDate; ; date = date.plusDays(1)) {
        if (date.isAfter(limit)) {
          throw beyondSearchLimit(start, "0 working days");
        }
        Instant end = endOfWorkingDay(date);
        // a start after close of business needs nothing from its day, not even whether it is a
        // working day
        if (end.isBefore(start)) {
          continue;
        }
        if (firstLookedUp == null) {
          firstLookedUp = date;
        }
        if (isWorkingDay(date)) {
          return deadline(end, firstLookedUp, date);
        }
      }
    }
    LocalDate date = startDate;
    for (int counted = 0; counted < days; ) {
      date = date.plusDays(1);
      if (date.isAfter(limit)) {
        throw beyondSearchLimit(start, days + " working days");
      }
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return deadline(endOfWorkingDay(date), startDate.plusDays(1), date);
  }

  /**
   * The earliest moment by which {@code workingTime} of working time has passed since the start;
   * nights, lunch, weekends and days off do not count, make-up working days do.
   */
  public Deadline addWorkingHours(Instant start, Duration workingTime) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(workingTime, "workingTime");
    if (workingTime.isNegative()) {
      throw new IllegalArgumentException("working time must not be negative: " + workingTime);
    }
    if (workingTime.isZero()) {
      return new Deadline(start, false);
    }
    LocalDate startDate = localDate(start);
    LocalDate limit = startDate.plus(SEARCH_LIMIT);
    Duration remaining = workingTime;
    LocalDate firstLookedUp = null;
    for (LocalDate date = startDate; ; date = date.plusDays(1)) {
      if (date.isAfter(limit)) {
        throw beyondSearchLimit(start, workingTime.toMinutes() + " minutes of working time");
      }
      // a start after close of business needs nothing from its day, not even whether it is a
      // working day
      if (!endOfWorkingDay(date).isAfter(start)) {
        continue;
      }
      if (firstLookedUp == null) {
        firstLookedUp = date;
      }
      if (!isWorkingDay(date)) {
        continue;
      }
      for (Span span : spans(date)) {
        Instant from = later(span.start(), start);
        if (!span.end().isAfter(from)) {
          continue;
        }
        Duration available = Duration.between(from, span.end());
        if (remaining.compareTo(available) <= 0) {
          return deadline(from.plus(remaining), firstLookedUp, date);
        }
        remaining = remaining.minus(available);
      }
    }
  }

  /** Around the clock (24×7): the start plus the duration; never provisional. */
  public Deadline addDuration(Instant start, Duration duration) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative: " + duration);
    }
    return new Deadline(start.plus(duration), false);
  }

  /**
   * A limit as a decision table writes it: {@code amount} of {@code unit} from the start. Working
   * days and hours go by the calendar, days, hours and minutes around the clock (a day is 24 h).
   */
  public Deadline add(Instant start, long amount, DeadlineUnit unit) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(unit, "unit");
    if (amount < 0) {
      throw new IllegalArgumentException("amount must not be negative: " + amount + " " + unit);
    }
    try {
      return switch (unit) {
        case WORKING_DAYS -> addWorkingDays(start, Math.toIntExact(amount));
        case WORKING_HOURS -> addWorkingHours(start, Duration.ofHours(amount));
        case DAYS -> addDuration(start, Duration.ofDays(amount));
        case HOURS -> addDuration(start, Duration.ofHours(amount));
        case MINUTES -> addDuration(start, Duration.ofMinutes(amount));
      };
    } catch (ArithmeticException | DateTimeException e) {
      throw new IllegalArgumentException("amount out of range: " + amount + " " + unit, e);
    }
  }

  private Deadline deadline(Instant due, LocalDate firstLookedUp, LocalDate lastLookedUp) {
    for (int year = firstLookedUp.getYear(); year <= lastLookedUp.getYear(); year++) {
      if (!isPublished(year)) {
        return new Deadline(due, true);
      }
    }
    return new Deadline(due, false);
  }

  private static IllegalStateException beyondSearchLimit(Instant start, String amount) {
    return new IllegalStateException(
        "no deadline for "
            + amount
            + " from "
            + start
            + " within "
            + SEARCH_LIMIT.getYears()
            + " years: the amount is too large, or the working calendar has (almost) no"
            + " working days");
  }

  private LocalDate localDate(Instant instant) {
    return instant.atZone(zone).toLocalDate();
  }

  private Instant at(LocalDate date, LocalTime time) {
    // a local time skipped by a clock change moves forward by the gap (none in Asia/Shanghai)
    return ZonedDateTime.of(date, time, zone).toInstant();
  }

  private Instant endOfWorkingDay(LocalDate date) {
    return at(date, hours.afternoonEnd());
  }

  private List<Span> spans(LocalDate date) {
    return List.of(
        new Span(at(date, hours.morningStart()), at(date, hours.morningEnd())),
        new Span(at(date, hours.afternoonStart()), at(date, hours.afternoonEnd())));
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** One working period of one date: start included, end excluded. */
  private record Span(Instant start, Instant end) {}
}
