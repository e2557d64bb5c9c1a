package cn.gridservice.desk.calendar.domain;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The working hours of every working day: a morning and an afternoon period, each including its
 * start and excluding its end, in local time of the calendar's zone. A lunch break of zero length
 * ({@code morningEnd == afternoonStart}) is allowed.
 */
public record DailyHours(
    LocalTime morningStart,
    LocalTime morningEnd,
    LocalTime afternoonStart,
    LocalTime afternoonEnd) {

  public DailyHours {
    Objects.requireNonNull(morningStart, "morningStart");
    Objects.requireNonNull(morningEnd, "morningEnd");
    Objects.requireNonNull(afternoonStart, "afternoonStart");
    Objects.requireNonNull(afternoonEnd, "afternoonEnd");
    if (!morningStart.isBefore(morningEnd)
        || morningEnd.isAfter(afternoonStart)
        || !afternoonStart.isBefore(afternoonEnd)) {
      throw new IllegalArgumentException(
          "working hours must run in order within one day: "
              + morningStart
              + "–"
              + morningEnd
              + ", "
              + afternoonStart
              + "–"
              + afternoonEnd);
    }
  }

  /** The State Grid default: 08:30–12:00 and 13:30–17:30. */
  public static DailyHours standard() {
    return new DailyHours(
        LocalTime.of(8, 30), LocalTime.of(12, 0), LocalTime.of(13, 30), LocalTime.of(17, 30));
  }

  /** The working time of one full working day (7.5 h by default). */
  public Duration length() {
    return Duration.between(morningStart, morningEnd)
        .plus(Duration.between(afternoonStart, afternoonEnd));
  }
}
