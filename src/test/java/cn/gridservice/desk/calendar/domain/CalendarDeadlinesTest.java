package cn.gridservice.desk.calendar.domain;

import static cn.gridservice.desk.calendar.domain.BusinessTime.at;
import static cn.gridservice.desk.calendar.domain.BusinessTime.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Limits as decision tables write them (amount and unit), 24×7 limits, and the guards of the
 * arithmetic.
 */
class CalendarDeadlinesTest {

  private final WorkingCalendar calendar = SeededCalendar.calendar();

  @ParameterizedTest(name = "{0} + {1} {2} = {3}, provisional {4}: {5}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      2026-02-12 10:00 | 7  | WORKING_DAYS  | 2026-02-28 17:30 | false | complaint reply over the Spring Festival
      2026-03-06 16:30 | 4  | WORKING_HOURS | 2026-03-09 11:30 | false | after-sales acceptance over a weekend
      2026-09-30 20:00 | 1  | DAYS          | 2026-10-01 20:00 | false | 24 h, holiday or not
      2026-10-01 10:00 | 24 | HOURS         | 2026-10-02 10:00 | false | reconnection after arrears, on a holiday
      2026-03-07 23:30 | 45 | MINUTES       | 2026-03-08 00:15 | false | crew on site, Saturday night
      2026-12-31 20:00 | 3  | DAYS          | 2027-01-03 20:00 | false | around the clock is never provisional
      2026-12-31 10:00 | 1  | WORKING_DAYS  | 2027-01-01 17:30 | true  | into 2027 on the calendar
      """)
  void amountAndUnitAsADecisionTableWritesThem(
      String start, long amount, DeadlineUnit unit, String due, boolean provisional, String why) {
    Deadline deadline = calendar.add(at(start), amount, unit);

    assertThat(local(deadline.due())).as(why).isEqualTo(due);
    assertThat(deadline.provisional()).as("provisional: " + why).isEqualTo(provisional);
  }

  @ParameterizedTest
  @EnumSource(DeadlineUnit.class)
  void negativeAmountsAreRefusedInEveryUnit(DeadlineUnit unit) {
    assertThatThrownBy(() -> calendar.add(at("2026-03-02 10:00"), -1, unit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must not be negative: -1 " + unit);
  }

  @Test
  void zeroInAnyUnitExceptWorkingDaysIsDueAtTheStart() {
    for (DeadlineUnit unit :
        new DeadlineUnit[] {
          DeadlineUnit.WORKING_HOURS, DeadlineUnit.DAYS, DeadlineUnit.HOURS, DeadlineUnit.MINUTES
        }) {
      assertThat(local(calendar.add(at("2026-03-07 23:00"), 0, unit).due()))
          .as(unit.name())
          .isEqualTo("2026-03-07 23:00");
    }
    assertThat(local(calendar.add(at("2026-03-07 23:00"), 0, DeadlineUnit.WORKING_DAYS).due()))
        .isEqualTo("2026-03-09 17:30");
  }

  @Test
  void onlyWorkingDaysAndWorkingHoursUseTheCalendar() {
    assertThat(DeadlineUnit.values())
        .filteredOn(DeadlineUnit::usesWorkingCalendar)
        .containsExactly(DeadlineUnit.WORKING_DAYS, DeadlineUnit.WORKING_HOURS);
  }

  @Test
  void aDurationAroundTheClockMustNotBeNegative() {
    assertThatThrownBy(() -> calendar.addDuration(at("2026-03-02 10:00"), Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be negative");
  }

  @Test
  void anAmountBeyondWhatTheTypesHoldIsRefusedAsOutOfRange() {
    assertThatThrownBy(
            () -> calendar.add(at("2026-03-02 10:00"), Long.MAX_VALUE, DeadlineUnit.HOURS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of range");
    assertThatThrownBy(
            () ->
                calendar.add(
                    at("2026-03-02 10:00"), Integer.MAX_VALUE + 1L, DeadlineUnit.WORKING_DAYS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of range");
  }

  @Test
  void calendarDataWithEveryDayOffFailsClearlyInsteadOfSearchingForever() {
    Map<LocalDate, DayKind> allOff = new HashMap<>();
    for (LocalDate date = LocalDate.of(2026, 1, 1);
        date.getYear() < 2030;
        date = date.plusDays(1)) {
      allOff.put(date, DayKind.DAY_OFF);
    }
    WorkingCalendar broken =
        new WorkingCalendar(
            BusinessTime.ZONE, DailyHours.standard(), allOff, Set.of(2026, 2027, 2028, 2029));

    assertThatThrownBy(() -> broken.addWorkingDays(at("2026-03-02 10:00"), 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("within 3 years");
    assertThatThrownBy(() -> broken.addWorkingDays(at("2026-03-02 10:00"), 0))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> broken.addWorkingHours(at("2026-03-02 10:00"), Duration.ofHours(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("within 3 years");
  }

  @Test
  void aLimitReachingBeyondTheSearchLimitFails() {
    // about 250 working days a year: 1000 lie more than three years ahead
    assertThatThrownBy(() -> calendar.addWorkingDays(at("2026-03-02 10:00"), 1000))
        .isInstanceOf(IllegalStateException.class);
    assertThat(calendar.addWorkingDays(at("2026-03-02 10:00"), 500).provisional()).isTrue();
  }

  @Test
  void datesAnnouncedForAYearThatIsNotPublishedAreIgnored() {
    // a draft for 2027 entered before the notice is out must not move deadlines yet
    Map<LocalDate, DayKind> draft =
        Map.of(
            LocalDate.of(2027, 1, 1),
            DayKind.DAY_OFF,
            LocalDate.of(2027, 1, 2),
            DayKind.MAKEUP_WORKDAY);
    WorkingCalendar withDraft =
        new WorkingCalendar(BusinessTime.ZONE, DailyHours.standard(), draft, Set.of(2026));

    assertThat(withDraft.isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue();
    assertThat(withDraft.isWorkingDay(LocalDate.of(2027, 1, 2))).isFalse();
    assertThat(withDraft.isPublished(2027)).isFalse();

    WorkingCalendar published =
        new WorkingCalendar(BusinessTime.ZONE, DailyHours.standard(), draft, Set.of(2026, 2027));
    assertThat(published.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(published.isWorkingDay(LocalDate.of(2027, 1, 2))).isTrue();
  }

  @Test
  void theCalendarKeepsNoReferenceToTheDataItWasBuiltFrom() {
    Map<LocalDate, DayKind> days = new HashMap<>();
    WorkingCalendar snapshot =
        new WorkingCalendar(BusinessTime.ZONE, DailyHours.standard(), days, Set.of(2026));

    days.put(LocalDate.of(2026, 3, 2), DayKind.DAY_OFF);

    assertThat(snapshot.isWorkingDay(LocalDate.of(2026, 3, 2))).isTrue();
  }

  @Test
  void theWorkingHoursComeFromTheSeededRow() {
    assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(calendar.hours()).isEqualTo(DailyHours.standard());
    assertThat(calendar.hours().length()).isEqualTo(Duration.ofMinutes(450));
  }

  @ParameterizedTest(name = "{0}–{1}, {2}–{3} refused")
  @CsvSource({
    "12:00, 08:30, 13:30, 17:30",
    "08:30, 08:30, 13:30, 17:30",
    "08:30, 14:00, 13:30, 17:30",
    "08:30, 12:00, 17:30, 13:30",
  })
  void workingHoursMustRunInOrderWithinTheDay(
      LocalTime morningStart,
      LocalTime morningEnd,
      LocalTime afternoonStart,
      LocalTime afternoonEnd) {
    assertThatThrownBy(() -> new DailyHours(morningStart, morningEnd, afternoonStart, afternoonEnd))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("in order");
  }

  @Test
  void aDayWithoutLunchBreakIsAllowed() {
    DailyHours noBreak =
        new DailyHours(
            LocalTime.of(9, 0), LocalTime.of(13, 0), LocalTime.of(13, 0), LocalTime.of(17, 0));
    WorkingCalendar straight = new WorkingCalendar(BusinessTime.ZONE, noBreak, Map.of(), Set.of());

    assertThat(local(straight.addWorkingHours(at("2026-03-02 12:00"), Duration.ofHours(2)).due()))
        .isEqualTo("2026-03-02 14:00");
  }

  @Test
  void aDeadlineNeedsItsDueMoment() {
    assertThatThrownBy(() -> new Deadline(null, false)).isInstanceOf(NullPointerException.class);
  }
}
