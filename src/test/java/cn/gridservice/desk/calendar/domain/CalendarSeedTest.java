package cn.gridservice.desk.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.calendar.domain.SeededCalendar.DayRow;
import cn.gridservice.desk.calendar.domain.SeededCalendar.HoursRow;
import cn.gridservice.desk.calendar.domain.SeededCalendar.YearRow;
import com.tyme.holiday.LegalHoliday;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The seeded calendar (V2__working_calendar.sql) against two independent sources: the 2026 table of
 * the domain README (§4), written out here, and the legal-holiday data of the tyme4j library.
 */
class CalendarSeedTest {

  private static final String NOTICE_2025 = "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）";
  private static final String NOTICE_2026 = "国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）";

  /** Domain README §4, 2026: holiday | days off (first–last) | make-up working days. */
  private static final String[][] README_2026 = {
    {"元旦", "2026-01-01", "2026-01-03", "2026-01-04"},
    {"春节", "2026-02-15", "2026-02-23", "2026-02-14", "2026-02-28"},
    {"清明节", "2026-04-04", "2026-04-06"},
    {"劳动节", "2026-05-01", "2026-05-05", "2026-05-09"},
    {"端午节", "2026-06-19", "2026-06-21"},
    {"中秋节", "2026-09-25", "2026-09-27"},
    {"国庆节", "2026-10-01", "2026-10-07", "2026-09-20", "2026-10-10"},
  };

  // tyme4j names the 2025 combined holiday 国庆中秋; the notice (and the seed) say 国庆节、中秋节
  private static final Map<String, String> TYME_NAMES = Map.of("国庆中秋", "国庆节、中秋节");

  private final SeededCalendar.Seed seed = SeededCalendar.seed();

  @Test
  void every2026RowMatchesTheTableOfTheDomainReadme() {
    Map<LocalDate, String> expected = new TreeMap<>();
    for (String[] holiday : README_2026) {
      String name = holiday[0];
      for (LocalDate day = LocalDate.parse(holiday[1]);
          !day.isAfter(LocalDate.parse(holiday[2]));
          day = day.plusDays(1)) {
        expected.put(day, DayKind.DAY_OFF + " " + name);
      }
      Arrays.stream(holiday, 3, holiday.length)
          .forEach(
              makeUp -> expected.put(LocalDate.parse(makeUp), DayKind.MAKEUP_WORKDAY + " " + name));
    }

    assertThat(seededIn(2026)).isEqualTo(expected);
    assertThat(expected).hasSize(33 + 6);
  }

  @Test
  void every2025And2026RowMatchesTheLegalHolidaysOfTyme4j() {
    Map<LocalDate, String> expected = new TreeMap<>();
    for (LocalDate day = LocalDate.of(2025, 1, 1); day.getYear() <= 2026; day = day.plusDays(1)) {
      LegalHoliday holiday =
          LegalHoliday.fromYmd(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
      if (holiday != null) {
        DayKind kind = holiday.isWork() ? DayKind.MAKEUP_WORKDAY : DayKind.DAY_OFF;
        expected.put(
            day, kind + " " + TYME_NAMES.getOrDefault(holiday.getName(), holiday.getName()));
      }
    }

    Map<LocalDate, String> seeded = seededIn(2025);
    seeded.putAll(seededIn(2026));
    assertThat(seeded).isEqualTo(expected);
    assertThat(seededIn(2025)).hasSize(28 + 5);
  }

  @Test
  void everyMakeUpWorkingDayIsAWeekendDay() {
    assertThat(seed.days())
        .filteredOn(row -> row.kind() == DayKind.MAKEUP_WORKDAY)
        .extracting(row -> row.day().getDayOfWeek())
        .isNotEmpty()
        .allMatch(weekday -> weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY);
  }

  @Test
  void everyRowNamesTheNoticeOfItsYear() {
    assertThat(seed.days())
        .allSatisfy(
            row ->
                assertThat(row.source())
                    .isEqualTo(row.day().getYear() == 2025 ? NOTICE_2025 : NOTICE_2026));
  }

  @Test
  void only2025And2026ArePublishedBySystem() {
    assertThat(seed.years())
        .containsExactly(
            new YearRow(2025, true, NOTICE_2025, "system", 0),
            new YearRow(2026, true, NOTICE_2026, "system", 0));
    assertThat(seed.days()).extracting(row -> row.day().getYear()).containsOnly(2025, 2026);
  }

  @Test
  void theOneWorkingHoursRowIsTheStateGridDefaultInBeijingTime() {
    assertThat(seed.hours())
        .containsExactly(
            new HoursRow(
                WorkingHours.ID,
                "Asia/Shanghai",
                new DailyHours(
                    LocalTime.of(8, 30),
                    LocalTime.of(12, 0),
                    LocalTime.of(13, 30),
                    LocalTime.of(17, 30)),
                0));
  }

  /**
   * The seeded rows of one year as date → "KIND name", ordered by date so that a difference reads
   * easily.
   */
  private Map<LocalDate, String> seededIn(int year) {
    return seed.days().stream()
        .filter(row -> row.day().getYear() == year)
        .collect(
            Collectors.toMap(
                DayRow::day,
                row -> row.kind() + " " + row.holidayName(),
                (a, b) -> a,
                TreeMap::new));
  }
}
