package cn.gridservice.desk.calendar.domain;

import cn.gridservice.desk.platform.DatabaseKind;
import cn.gridservice.desk.platform.DatabaseSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The calendar exactly as the migrations seed it: Flyway runs on an in-memory H2 database and the
 * rows are read back with plain JDBC, so the arithmetic tests exercise the seeded dates, not a
 * copy. Loaded once per JVM; what tests get is immutable.
 */
public final class SeededCalendar {

  record YearRow(int year, boolean published, String source, String updatedBy, long version) {}

  record DayRow(LocalDate day, DayKind kind, String holidayName, String source) {}

  record HoursRow(int id, String zone, DailyHours hours, long version) {}

  record Seed(List<YearRow> years, List<DayRow> days, List<HoursRow> hours) {

    Seed {
      years = List.copyOf(years);
      days = List.copyOf(days);
      hours = List.copyOf(hours);
    }
  }

  private SeededCalendar() {}

  /** The rows of calendar_year, calendar_day and working_hours after the migrations. */
  static Seed seed() {
    return Holder.SEED;
  }

  /**
   * A {@link WorkingCalendar} from the seeded rows, built the way the application service builds
   * it.
   */
  public static WorkingCalendar calendar() {
    return Holder.CALENDAR;
  }

  // the holder makes the first call migrate exactly once, also under parallel tests
  private static final class Holder {
    static final Seed SEED = load();
    static final WorkingCalendar CALENDAR = toCalendar(SEED);
  }

  private static WorkingCalendar toCalendar(Seed seed) {
    Map<LocalDate, DayKind> days = new HashMap<>();
    seed.days().forEach(row -> days.put(row.day(), row.kind()));
    Set<Integer> published = new HashSet<>();
    seed.years().stream().filter(YearRow::published).forEach(row -> published.add(row.year()));
    HoursRow hours =
        seed.hours().stream().filter(row -> row.id() == WorkingHours.ID).findFirst().orElseThrow();
    return new WorkingCalendar(ZoneId.of(hours.zone()), hours.hours(), days, published);
  }

  private static Seed load() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:calendar-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    DatabaseSchema.migrate(h2, DatabaseKind.H2);
    try (Connection connection = h2.getConnection();
        Statement statement = connection.createStatement()) {
      List<YearRow> years = new ArrayList<>();
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT year_no, published, source, updated_by, version FROM calendar_year ORDER BY year_no")) {
        while (rows.next()) {
          years.add(
              new YearRow(
                  rows.getInt(1),
                  rows.getBoolean(2),
                  rows.getString(3),
                  rows.getString(4),
                  rows.getLong(5)));
        }
      }
      List<DayRow> days = new ArrayList<>();
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT calendar_date, kind, holiday_name, source FROM calendar_day ORDER BY calendar_date")) {
        while (rows.next()) {
          days.add(
              new DayRow(
                  rows.getObject(1, LocalDate.class),
                  DayKind.valueOf(rows.getString(2)),
                  rows.getString(3),
                  rows.getString(4)));
        }
      }
      List<HoursRow> hours = new ArrayList<>();
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT id, zone, morning_start, morning_end, afternoon_start,"
                  + " afternoon_end, version FROM working_hours ORDER BY id")) {
        while (rows.next()) {
          DailyHours daily =
              new DailyHours(
                  rows.getObject(3, LocalTime.class),
                  rows.getObject(4, LocalTime.class),
                  rows.getObject(5, LocalTime.class),
                  rows.getObject(6, LocalTime.class));
          hours.add(new HoursRow(rows.getInt(1), rows.getString(2), daily, rows.getLong(7)));
        }
      }
      statement.execute("SHUTDOWN");
      return new Seed(years, days, hours);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the seeded calendar: " + e.getMessage(), e);
    }
  }
}
