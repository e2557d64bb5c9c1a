package cn.gridservice.desk.calendar.domain;

import static cn.gridservice.desk.calendar.domain.BusinessTime.at;
import static cn.gridservice.desk.calendar.domain.BusinessTime.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Working time (08:30–12:00, 13:30–17:30 on working days) on the seeded 2025/2026 calendar: limits
 * in working hours (e.g. after-sales acceptance: 4 h), elapsed working time and the period edges.
 */
class CalendarWorkingHoursTest {

  private final WorkingCalendar calendar = SeededCalendar.calendar();

  @ParameterizedTest(name = "{0} working time: {1} ({2})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      2026-03-02 08:29:59 | false | a second before the morning
      2026-03-02 08:30    | true  | the morning start is included
      2026-03-02 11:59:59 | true  | the last second of the morning
      2026-03-02 12:00    | false | the morning end is excluded
      2026-03-02 13:29:59 | false | still lunch
      2026-03-02 13:30    | true  | the afternoon start is included
      2026-03-02 17:29:59 | true  | the last second of the afternoon
      2026-03-02 17:30    | false | the afternoon end is excluded
      2026-03-02 00:00    | false | midnight
      2026-03-07 10:00    | false | Saturday
      2026-02-14 10:00    | true  | Saturday worked for 春节
      2026-10-01 10:00    | false | 国庆节
      2027-01-01 10:00    | true  | 2027 not published: a Friday morning is working time
      """)
  void workingTimeIncludesEachPeriodsStartAndExcludesItsEnd(
      String moment, boolean working, String why) {
    assertThat(calendar.isWorkingTime(at(moment))).as(why).isEqualTo(working);
  }

  @ParameterizedTest(name = "{0} + {1} working = {2}, provisional {3}: {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # within one day, across lunch and overnight (Monday 2026-03-02)
      2026-03-02 09:00 | PT2H     | 2026-03-02 11:00 | false | within the morning
      2026-03-02 11:00 | PT2H     | 2026-03-02 14:30 | false | 1 h before lunch, 1 h after
      2026-03-02 12:30 | PT1H     | 2026-03-02 14:30 | false | a start at lunch begins at 13:30
      2026-03-02 12:00 | PT1H     | 2026-03-02 14:30 | false | a start at the morning end begins at 13:30
      2026-03-02 08:00 | PT4H     | 2026-03-02 14:00 | false | before hours: begins at 08:30, 3.5 h + 0.5 h
      2026-03-02 08:00 | PT3H30M  | 2026-03-02 12:00 | false | ends exactly at the morning end and stays there
      2026-03-02 08:30 | PT7H30M  | 2026-03-02 17:30 | false | a full working day ends at 17:30 the same day
      2026-03-02 16:30 | PT2H     | 2026-03-03 09:30 | false | overnight
      2026-03-02 17:30 | PT1H     | 2026-03-03 09:30 | false | a start at close begins next morning
      2026-03-02 20:00 | PT1H     | 2026-03-03 09:30 | false | a start after hours begins next morning
      2026-03-06 16:30 | PT2H     | 2026-03-09 09:30 | false | Friday to Monday
      2026-03-07 10:00 | PT1H     | 2026-03-09 09:30 | false | a start on a Saturday begins on Monday
      2026-03-02 09:00 | PT24H    | 2026-03-05 10:30 | false | 7 + 7.5 + 7.5 + 2 h
      2026-03-02 08:30 | PT37H30M | 2026-03-06 17:30 | false | a working week
      2026-03-02 09:00 | PT15M    | 2026-03-02 09:15 | false | minutes
      # holidays and make-up days
      2025-12-31 17:00 | PT1H     | 2026-01-04 09:00 | false | over 元旦 to the Sunday make-up day
      2026-02-13 17:00 | PT1H     | 2026-02-14 09:00 | false | Friday into the make-up Saturday
      2026-02-14 09:00 | PT2H     | 2026-02-14 11:00 | false | start on a make-up Saturday
      2026-02-17 10:00 | PT4H     | 2026-02-24 14:00 | false | a start in the Spring Festival begins after it
      2026-09-30 16:00 | PT4H     | 2026-10-08 11:00 | false | 1.5 h before 国庆节, 2.5 h after
      2026-09-19 10:00 | PT1H     | 2026-09-20 09:30 | false | Saturday to the Sunday make-up day
      2026-05-08 17:00 | PT1H     | 2026-05-09 09:00 | false | Friday into the make-up Saturday
      # into a year without published data
      2026-12-31 17:00 | PT1H     | 2027-01-01 09:00 | true  | Jan 1 2027 counts as a plain Friday until published
      2026-12-31 09:00 | PT1H     | 2026-12-31 10:00 | false | stays inside 2026
      2026-12-31 18:00 | PT1H     | 2027-01-01 09:30 | true  | the start day is over; only 2027 is looked at
      2024-12-31 18:00 | PT1H     | 2025-01-02 09:30 | false | the unpublished start day is over before the start
      """)
  void workingHoursSkipNightsLunchWeekendsAndHolidays(
      String start, Duration workingTime, String due, boolean provisional, String why) {
    Deadline deadline = calendar.addWorkingHours(at(start), workingTime);

    assertThat(local(deadline.due())).as(why).isEqualTo(due);
    assertThat(deadline.provisional()).as("provisional: " + why).isEqualTo(provisional);
    // the earliest moment at which that much has been worked: the two operations agree
    assertThat(calendar.workingTimeBetween(at(start), deadline.due())).isEqualTo(workingTime);
  }

  @ParameterizedTest(name = "{0} → {1} = {2}: {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      2026-03-06 16:30 | 2026-03-09 09:30 | PT2H     | Friday 1 h, Monday 1 h
      2026-03-02 08:00 | 2026-03-02 18:00 | PT7H30M  | a whole working day
      2026-03-02 11:00 | 2026-03-02 14:00 | PT1H30M  | lunch does not count
      2026-03-02 12:10 | 2026-03-02 13:20 | PT0S     | within lunch
      2026-03-02 00:00 | 2026-03-09 00:00 | PT37H30M | a working week
      2026-09-30 16:00 | 2026-10-08 11:00 | PT4H     | over 国庆节
      2026-02-13 17:00 | 2026-02-14 09:00 | PT1H     | Friday and the make-up Saturday
      2026-02-14 12:00 | 2026-02-24 08:30 | PT4H     | the make-up Saturday afternoon only
      2026-03-02 10:00 | 2026-03-02 10:00 | PT0S     | an empty interval
      2026-03-02 11:00 | 2026-03-02 10:00 | PT0S     | an interval running backwards
      """)
  void workingTimeBetweenCountsOnlyWorkingPeriods(
      String from, String to, Duration expected, String why) {
    assertThat(calendar.workingTimeBetween(at(from), at(to))).as(why).isEqualTo(expected);
  }

  @Test
  void zeroWorkingHoursAreDueAtTheStartEvenOutsideWorkingTime() {
    Instant saturdayNight = at("2026-03-07 23:00");

    assertThat(calendar.addWorkingHours(saturdayNight, Duration.ZERO))
        .isEqualTo(new Deadline(saturdayNight, false));
  }

  @Test
  void secondsAndFractionsCarryThrough() {
    Deadline deadline =
        calendar.addWorkingHours(at("2026-03-02 11:59:59"), Duration.ofSeconds(2).plusMillis(500));

    assertThat(local(deadline.due())).isEqualTo("2026-03-02T13:30:01.500");
  }

  @Test
  void negativeWorkingHoursAreRefused() {
    assertThatThrownBy(
            () -> calendar.addWorkingHours(at("2026-03-02 10:00"), Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be negative");
  }
}
