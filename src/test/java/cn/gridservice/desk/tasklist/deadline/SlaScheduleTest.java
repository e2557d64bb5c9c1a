package cn.gridservice.desk.tasklist.deadline;

import static cn.gridservice.desk.testsupport.TestTimes.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gridservice.desk.aftersales.process.ServiceDeadlines;
import cn.gridservice.desk.calendar.domain.SeededCalendar;
import cn.gridservice.desk.calendar.domain.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where the warning of a limit falls, on the seeded working-day calendar. */
class SlaScheduleTest {

  private final WorkingCalendar calendar = SeededCalendar.calendar();

  @ParameterizedTest(name = "{1} from {0} at {2} %: warn {3}, due {4}")
  @CsvSource({
    // working hours: the share of the working time, lunch and nights skipped
    "2026-03-02T09:00:00+08:00, WORKING_HOURS:4, 80, 2026-03-02T13:42:00+08:00, 2026-03-02T14:30:00+08:00",
    "2026-03-02T09:00:00+08:00, WORKING_HOURS:4, 50, 2026-03-02T11:00:00+08:00, 2026-03-02T14:30:00+08:00",
    // across the Spring Festival make-up Saturday
    "2026-02-13T16:00:00+08:00, WORKING_HOURS:4, 80, 2026-02-14T10:12:00+08:00, 2026-02-14T11:00:00+08:00",
    // a start at night counts from the next morning
    "2026-03-02T20:00:00+08:00, WORKING_HOURS:2, 80, 2026-03-03T10:06:00+08:00, 2026-03-03T10:30:00+08:00",
    // working days: the share of the working time up to the end of the last day (7 + 7.5 h)
    "2026-03-02T09:00:00+08:00, WORKING_DAYS:1, 80, 2026-03-03T14:36:00+08:00, 2026-03-03T17:30:00+08:00",
    // before National Day: 1 h on 30 September, then 7.5 h on 8 October; 6.8 h are used at 15:48 on
    // the 8th
    "2026-09-30T16:30:00+08:00, WORKING_DAYS:1, 80, 2026-10-08T15:48:00+08:00, 2026-10-08T17:30:00+08:00",
    // around the clock: the share of the plain duration, holidays or not
    "2026-10-01T23:30:00+08:00, MINUTES:45, 80, 2026-10-02T00:06:00+08:00, 2026-10-02T00:15:00+08:00",
    "2026-10-01T23:30:00+08:00, MINUTES:90, 80, 2026-10-02T00:42:00+08:00, 2026-10-02T01:00:00+08:00",
    "2026-10-01T23:30:00+08:00, HOURS:24, 100, 2026-10-02T23:30:00+08:00, 2026-10-02T23:30:00+08:00",
    "2026-10-01T23:30:00+08:00, PT2H, 80, 2026-10-02T01:06:00+08:00, 2026-10-02T01:30:00+08:00",
  })
  void theWarningFallsAtItsShareOfTheLimitCountedAsTheLimitIsCounted(
      String start, String limit, int percent, String warnAt, String dueAt) {
    SlaSchedule schedule = SlaSchedule.of(limit, percent, instant(start), calendar);

    assertThat(schedule.warnAt()).isEqualTo(instant(warnAt));
    assertThat(schedule.dueAt()).isEqualTo(instant(dueAt));
    assertThat(schedule.startedAt()).isEqualTo(instant(start));
    assertThat(schedule.warnPercent()).isEqualTo(percent);
  }

  @Test
  void anAppointmentIsWarnedAtTheShareOfThePlainTimeToIt() {
    Date appointmentEnd = Date.from(instant("2026-03-04T12:00:00+08:00"));

    SlaSchedule schedule =
        SlaSchedule.of(appointmentEnd, 80, instant("2026-03-02T10:00:00+08:00"), calendar);

    assertThat(schedule.limitRule()).isEqualTo("APPOINTMENT");
    assertThat(schedule.warnAt()).isEqualTo(instant("2026-03-04T02:00:00+08:00"));
    assertThat(schedule.dueAt()).isEqualTo(appointmentEnd.toInstant());
  }

  @Test
  void aLimitFromTheCaseSubmissionKeepsTheTablesRuleAndIsWarnedAtTheShareOfThePlainTime() {
    // restoration of a fault called in at 23:30, dispatched at 00:00: due 225 minutes after the
    // call
    Date restored = Date.from(instant("2026-10-02T03:15:00+08:00"));

    SlaSchedule schedule =
        SlaSchedule.of(
            new ServiceDeadlines.Limit("FROM_SUBMISSION MINUTES:225", restored),
            80,
            instant("2026-10-02T00:00:00+08:00"),
            calendar);

    assertThat(schedule.limitRule()).isEqualTo("FROM_SUBMISSION MINUTES:225");
    assertThat(schedule.dueAt()).isEqualTo(restored.toInstant());
    // 80 % of the 195 minutes from the start, holidays or not
    assertThat(schedule.warnAt()).isEqualTo(instant("2026-10-02T02:36:00+08:00"));
    assertThat(schedule.provisional()).isFalse();
  }

  @Test
  void aResolvedLimitNamesTheAppointmentOrIsCountedFromItsRule() {
    Date appointmentEnd = Date.from(instant("2026-03-04T12:00:00+08:00"));
    Instant start = instant("2026-03-02T10:00:00+08:00");

    assertThat(
            SlaSchedule.of(
                new ServiceDeadlines.Limit(ServiceDeadlines.APPOINTMENT, appointmentEnd),
                80,
                start,
                calendar))
        .isEqualTo(SlaSchedule.of(appointmentEnd, 80, start, calendar))
        .extracting(SlaSchedule::limitRule)
        .isEqualTo("APPOINTMENT");
    assertThat(
            SlaSchedule.of(
                new ServiceDeadlines.Limit("WORKING_HOURS:4", null), 80, start, calendar))
        .isEqualTo(SlaSchedule.of("WORKING_HOURS:4", 80, start, calendar));
  }

  @Test
  void anAppointmentAlreadyPastIsDueAndWarnedAtOnce() {
    Instant start = instant("2026-03-02T10:00:00+08:00");

    SlaSchedule schedule =
        SlaSchedule.of(Date.from(instant("2026-03-02T08:00:00+08:00")), 80, start, calendar);

    assertThat(schedule.warnAt()).isEqualTo(start);
    assertThat(schedule.dueAt()).isEqualTo(instant("2026-03-02T08:00:00+08:00"));
  }

  @Test
  void withoutALimitThereIsNothingToWarnOrToBeLateFor() {
    SlaSchedule schedule = SlaSchedule.of(null, 80, instant("2026-03-02T10:00:00+08:00"), calendar);

    assertThat(schedule.hasLimit()).isFalse();
    assertThat(schedule.limitRule()).isNull();
    assertThat(schedule.warnAt()).isNull();
    assertThat(schedule.dueAt()).isNull();
  }

  @Test
  void withoutAWarningShareOnlyTheDueDateCounts() {
    SlaSchedule schedule =
        SlaSchedule.of("WORKING_HOURS:4", null, instant("2026-03-02T09:00:00+08:00"), calendar);

    assertThat(schedule.warnAt()).isNull();
    assertThat(schedule.dueAt()).isEqualTo(instant("2026-03-02T14:30:00+08:00"));
  }

  @Test
  void aDeadlineInAYearWithoutOfficialDataIsProvisional() {
    SlaSchedule schedule =
        SlaSchedule.of("WORKING_DAYS:1", 80, instant("2027-03-05T10:00:00+08:00"), calendar);

    assertThat(schedule.provisional()).isTrue();
    assertThat(
            SlaSchedule.of("MINUTES:45", 80, instant("2027-03-05T10:00:00+08:00"), calendar)
                .provisional())
        .isFalse();
  }

  @Test
  void theShareIsExactToTheSecond() {
    assertThat(SlaSchedule.share(Duration.ofMinutes(45), 80)).isEqualTo(Duration.ofMinutes(36));
    assertThat(SlaSchedule.share(Duration.ofHours(4), 80)).isEqualTo(Duration.ofMinutes(192));
    assertThat(SlaSchedule.share(Duration.ofMinutes(-5), 80)).isEqualTo(Duration.ZERO);
  }

  @Test
  void aWarningShareOutsideOneToOneHundredPercentIsRefused() {
    Instant start = instant("2026-03-02T09:00:00+08:00");
    assertThatThrownBy(() -> SlaSchedule.of("WORKING_HOURS:4", 0, start, calendar))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 100");
    assertThatThrownBy(() -> SlaSchedule.of("WORKING_HOURS:4", 120, start, calendar))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SlaSchedule.of(42, 80, start, calendar))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
