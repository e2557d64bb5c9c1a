package cn.gridservice.desk.calendar.domain;

import static cn.gridservice.desk.calendar.domain.BusinessTime.at;
import static cn.gridservice.desk.calendar.domain.BusinessTime.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Working days and limits in working days (e.g. complaint reply: 7 WD) on the seeded 2025/2026
 * calendar.
 */
class CalendarWorkingDaysTest {

  private final WorkingCalendar calendar = SeededCalendar.calendar();

  @ParameterizedTest(name = "{0} working: {1} ({2})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      2026-01-01 | false | 元旦, Thursday
      2026-01-02 | false | 元旦, Friday
      2026-01-03 | false | 元旦, Saturday
      2026-01-04 | true  | Sunday worked for 元旦
      2026-01-05 | true  | ordinary Monday
      2026-02-14 | true  | Saturday worked for 春节
      2026-02-15 | false | 春节 begins on a Sunday
      2026-02-23 | false | 春节, last day, a Monday
      2026-02-24 | true  | first day back
      2026-02-28 | true  | Saturday worked for 春节
      2026-03-01 | false | ordinary Sunday
      2026-03-07 | false | ordinary Saturday
      2026-04-06 | false | 清明节, Monday
      2026-05-05 | false | 劳动节, Tuesday
      2026-05-09 | true  | Saturday worked for 劳动节
      2026-06-19 | false | 端午节, Friday
      2026-09-20 | true  | Sunday worked for 国庆节
      2026-09-25 | false | 中秋节, Friday
      2026-10-07 | false | 国庆节, Wednesday
      2026-10-08 | true  | first day back
      2026-10-10 | true  | Saturday worked for 国庆节
      2025-01-26 | true  | Sunday worked for 春节 2025
      2025-02-04 | false | 春节 2025, Tuesday
      2025-04-27 | true  | Sunday worked for 劳动节 2025
      2025-10-08 | false | 国庆节、中秋节 2025, eighth day
      2025-10-11 | true  | Saturday worked for 国庆节、中秋节 2025
      2027-01-01 | true  | 2027 not published: a Friday is a working day
      2027-01-02 | false | 2027 not published: a Saturday is not
      2024-10-01 | true  | 2024 has no data: a Tuesday is a working day
      """)
  void workingDayIsAWeekdayNotOffOrAMakeUpDay(LocalDate date, boolean working, String why) {
    assertThat(calendar.isWorkingDay(date)).as(why).isEqualTo(working);
  }

  @ParameterizedTest(name = "{0} + {1} WD = {2}, provisional {3}: {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # across New Year 2026: Jan 1–3 off, Sunday Jan 4 worked
      2025-12-31 10:00 | 1 | 2026-01-04 17:30 | false | the Sunday make-up day is the first working day
      2025-12-31 10:00 | 2 | 2026-01-05 17:30 | false | then Monday
      2026-01-02 09:00 | 1 | 2026-01-04 17:30 | false | start on a day off
      # Spring Festival 2026: Feb 15–23 off, Saturdays Feb 14 and Feb 28 worked
      2026-02-13 10:00 | 1 | 2026-02-14 17:30 | false | Saturday Feb 14 is worked
      2026-02-13 10:00 | 2 | 2026-02-24 17:30 | false | nine days off in between
      2026-02-14 10:00 | 1 | 2026-02-24 17:30 | false | start on a make-up day
      2026-02-17 09:00 | 1 | 2026-02-24 17:30 | false | start in the middle of the holiday
      2026-02-27 10:00 | 1 | 2026-02-28 17:30 | false | Saturday Feb 28 is worked
      2026-02-12 10:00 | 7 | 2026-02-28 17:30 | false | complaint reply: Feb 13, 14, 24, 25, 26, 27, 28
      # Labour Day 2026: May 1–5 off, Saturday May 9 worked
      2026-04-30 16:00 | 1 | 2026-05-06 17:30 | false | first day back
      2026-04-30 16:00 | 3 | 2026-05-08 17:30 | false | May 6, 7, 8
      2026-04-30 16:00 | 4 | 2026-05-09 17:30 | false | Saturday May 9 is worked
      # National Day 2026: Oct 1–7 off, Sunday Sep 20 and Saturday Oct 10 worked; Mid-Autumn Sep 25–27
      2026-09-18 10:00 | 1 | 2026-09-20 17:30 | false | Sunday Sep 20 is worked, Saturday Sep 19 is not
      2026-09-24 10:00 | 1 | 2026-09-28 17:30 | false | over 中秋节
      2026-09-30 10:00 | 1 | 2026-10-08 17:30 | false | first day back
      2026-09-30 10:00 | 3 | 2026-10-10 17:30 | false | Oct 8, 9 and Saturday Oct 10
      # where the start lies in the day does not matter: the start's day never counts
      2026-03-02 08:00 | 1 | 2026-03-03 17:30 | false | before hours
      2026-03-02 12:30 | 1 | 2026-03-03 17:30 | false | at lunch
      2026-03-02 20:00 | 1 | 2026-03-03 17:30 | false | after hours
      2026-03-06 17:00 | 1 | 2026-03-09 17:30 | false | Friday to Monday
      2026-03-01 10:00 | 1 | 2026-03-02 17:30 | false | start on a Sunday
      # 2025 from its own notice
      2025-01-24 10:00 | 1 | 2025-01-26 17:30 | false | Sunday Jan 26 is worked
      2025-01-27 10:00 | 1 | 2025-02-05 17:30 | false | Jan 28 – Feb 4 off
      2025-09-30 10:00 | 3 | 2025-10-11 17:30 | false | Oct 9, 10 and Saturday Oct 11
      # years without published data: weekends only, provisional
      2026-12-30 10:00 | 1 | 2026-12-31 17:30 | false | stays inside 2026
      2026-12-31 10:00 | 1 | 2027-01-01 17:30 | true  | Jan 1 2027 counts as a plain Friday until 2027 is published
      2027-03-01 10:00 | 1 | 2027-03-02 17:30 | true  | wholly inside 2027
      2024-12-31 10:00 | 1 | 2025-01-02 17:30 | false | the unpublished start day is not looked at
      """)
  void workingDaysEndAtCloseOfBusinessOfTheNthWorkingDayAfterTheStartDay(
      String start, int days, String due, boolean provisional, String why) {
    Deadline deadline = calendar.addWorkingDays(at(start), days);

    assertThat(local(deadline.due())).as(why).isEqualTo(due);
    assertThat(deadline.provisional()).as("provisional: " + why).isEqualTo(provisional);
  }

  @ParameterizedTest(name = "{0} + 0 WD = {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      2026-03-02 10:00 | 2026-03-02 17:30 | during a working day: close of business that day
      2026-03-02 07:00 | 2026-03-02 17:30 | before hours: the same day
      2026-03-02 17:30 | 2026-03-02 17:30 | exactly at close: the start itself
      2026-03-02 18:00 | 2026-03-03 17:30 | after close: the next working day
      2026-03-07 10:00 | 2026-03-09 17:30 | on a Saturday: Monday
      2026-02-14 10:00 | 2026-02-14 17:30 | on a make-up Saturday: that day
      2026-10-01 10:00 | 2026-10-08 17:30 | on a holiday: the first day back
      """)
  void zeroWorkingDaysMeanCloseOfBusinessOfTheCurrentOrNextWorkingDay(
      String start, String due, String why) {
    Deadline deadline = calendar.addWorkingDays(at(start), 0);

    assertThat(local(deadline.due())).as(why).isEqualTo(due);
    assertThat(deadline.provisional()).isFalse();
  }

  @Test
  void zeroWorkingDaysAfterCloseOnTheLastDayOfAPublishedYearLookIntoTheNextYear() {
    Deadline deadline = calendar.addWorkingDays(at("2026-12-31 18:00"), 0);

    assertThat(local(deadline.due())).isEqualTo("2027-01-01 17:30");
    assertThat(deadline.provisional()).isTrue();
  }

  @Test
  void negativeWorkingDaysAreRefused() {
    assertThatThrownBy(() -> calendar.addWorkingDays(at("2026-03-02 10:00"), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be negative");
  }

  @Test
  void theSameMomentGivesTheSameDeadlineInAnyZoneOfTheServer() {
    // 2026-03-02 01:00 in Beijing is still Sunday in UTC: the business zone decides the start's day
    assertThat(local(calendar.addWorkingDays(at("2026-03-02 01:00"), 1).due()))
        .isEqualTo("2026-03-03 17:30");
  }
}
