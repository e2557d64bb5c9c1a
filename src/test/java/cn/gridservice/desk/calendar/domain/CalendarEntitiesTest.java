package cn.gridservice.desk.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.gridservice.desk.platform.DatabaseKind;
import cn.gridservice.desk.platform.DatabaseSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The calendar entities on the migrated schema, checked the way the application checks them at
 * start-up (Hibernate validates, Flyway owns the tables), and their invariants.
 */
class CalendarEntitiesTest {

  // the server logs Hibernate's start-up; a test needs only its warnings, and not the one about the
  // incubating Instant setting that persistence.xml uses on purpose (strong references keep the
  // levels)
  private static final Logger HIBERNATE_LOG = quiet("org.hibernate", Level.WARNING);
  private static final Logger INCUBATION_LOG = quiet("org.hibernate.orm.incubating", Level.SEVERE);

  // each test has a database of its own; it outlives each connection until the test shuts it down
  private final JdbcDataSource dataSource =
      h2("jdbc:h2:mem:calendar-entities-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  private SessionFactory sessionFactory;

  @AfterEach
  void dropDatabase() throws SQLException {
    if (sessionFactory == null) {
      return;
    }
    sessionFactory.close();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }

  @Test
  void theEntitiesMatchTheMigratedTables() {
    SessionFactory entities = migratedEntities();

    assertThatCode(() -> entities.getSchemaManager().validateMappedObjects())
        .doesNotThrowAnyException();
  }

  @Test
  void theSeededRowsReadBackThroughTheEntities() {
    SessionFactory entities = migratedEntities();

    entities.inSession(
        session -> {
          List<CalendarDay> days =
              session
                  .createNamedQuery("CalendarDay.between", CalendarDay.class)
                  .setParameter("from", LocalDate.of(2026, 1, 1))
                  .setParameter("to", LocalDate.of(2026, 12, 31))
                  .getResultList();
          assertThat(days).hasSize(39);
          assertThat(days.get(0).day()).isEqualTo(LocalDate.of(2026, 1, 1));
          assertThat(days.get(0).kind()).isEqualTo(DayKind.DAY_OFF);
          assertThat(days.get(0).holidayName()).isEqualTo("元旦");
          assertThat(days.get(3).kind()).isEqualTo(DayKind.MAKEUP_WORKDAY);

          assertThat(
                  session
                      .createNamedQuery("CalendarYear.publishedYears", Integer.class)
                      .getResultList())
              .containsExactlyInAnyOrder(2025, 2026);
          assertThat(
                  session.createNamedQuery("CalendarYear.all", CalendarYear.class).getResultList())
              .extracting(CalendarYear::year, CalendarYear::updatedBy)
              .containsExactly(tuple(2025, "system"), tuple(2026, "system"));

          WorkingHours hours = session.find(WorkingHours.class, WorkingHours.ID);
          assertThat(hours.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
          assertThat(hours.hours()).isEqualTo(DailyHours.standard());
        });
  }

  @Test
  void aYearIsEnteredAsADraftAndPublishedLater() {
    SessionFactory entities = migratedEntities();

    entities.inTransaction(
        session -> {
          session.persist(new CalendarYear(2027, false, null, "admin"));
          session.persist(new CalendarDay(LocalDate.of(2027, 1, 1), DayKind.DAY_OFF, "元旦", null));
        });
    entities.inTransaction(
        session ->
            session.find(CalendarYear.class, 2027).publish("国务院办公厅关于2027年部分节假日安排的通知", "admin"));

    entities.inSession(
        session -> {
          CalendarYear year = session.find(CalendarYear.class, 2027);
          assertThat(year.published()).isTrue();
          assertThat(year.source()).isEqualTo("国务院办公厅关于2027年部分节假日安排的通知");
          assertThat(year.version()).isEqualTo(1);
          assertThat(session.find(CalendarDay.class, LocalDate.of(2027, 1, 1)).holidayName())
              .isEqualTo("元旦");
        });
  }

  @Test
  void datesAndTimesOfDayReachTheTablesUnshiftedWhateverTheServersZone() throws SQLException {
    SessionFactory entities = migratedEntities();

    CalendarYear draft = new CalendarYear(2027, false, null, "admin");
    entities.inTransaction(
        session -> {
          session.persist(draft);
          session.persist(new CalendarDay(LocalDate.of(2027, 1, 1), DayKind.DAY_OFF, "元旦", null));
          session
              .find(WorkingHours.class, WorkingHours.ID)
              .change(
                  ZoneId.of("Asia/Shanghai"),
                  new DailyHours(
                      LocalTime.of(9, 0),
                      LocalTime.of(12, 0),
                      LocalTime.of(13, 0),
                      LocalTime.of(17, 0)));
        });

    // read behind Hibernate's back: what the migration's literals, an admin page and a report all
    // see
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      ResultSet day =
          statement.executeQuery(
              "SELECT calendar_date FROM calendar_day WHERE holiday_name = '元旦'"
                  + " AND calendar_date > DATE '2026-12-31'");
      assertThat(day.next()).isTrue();
      assertThat(day.getObject(1, LocalDate.class)).isEqualTo(LocalDate.of(2027, 1, 1));
      ResultSet hours =
          statement.executeQuery("SELECT morning_start, afternoon_end FROM working_hours");
      assertThat(hours.next()).isTrue();
      assertThat(hours.getObject(1, LocalTime.class)).isEqualTo(LocalTime.of(9, 0));
      assertThat(hours.getObject(2, LocalTime.class)).isEqualTo(LocalTime.of(17, 0));
      // instants are kept as UTC wall-clock time, like the seeded updated_at
      ResultSet year =
          statement.executeQuery("SELECT updated_at FROM calendar_year WHERE year_no = 2027");
      assertThat(year.next()).isTrue();
      assertThat(year.getObject(1, LocalDateTime.class))
          .isEqualTo(LocalDateTime.ofInstant(draft.updatedAt(), ZoneOffset.UTC));
    }
  }

  @Test
  void aMakeUpWorkingDayMustFallOnAWeekend() {
    assertThatThrownBy(
            () -> new CalendarDay(LocalDate.of(2026, 3, 2), DayKind.MAKEUP_WORKDAY, "春节", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Saturday or Sunday");
    assertThat(new CalendarDay(LocalDate.of(2026, 3, 2), DayKind.DAY_OFF, "春节", null).kind())
        .isEqualTo(DayKind.DAY_OFF);
  }

  @Test
  void aDayNeedsTheNameOfItsHolidayWithinTheColumn() {
    assertThatThrownBy(() -> new CalendarDay(LocalDate.of(2026, 1, 1), DayKind.DAY_OFF, " ", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holidayName");
    assertThatThrownBy(
            () -> new CalendarDay(LocalDate.of(2026, 1, 1), DayKind.DAY_OFF, "元".repeat(101), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("100");
  }

  @Test
  void aYearNeedsFourDigitsAndWhoChangedIt() {
    assertThatThrownBy(() -> new CalendarYear(12026, true, null, "admin"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CalendarYear(2027, true, null, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("updatedBy");
  }

  @Test
  void workingHoursAreKeptToTheSecond() {
    DailyHours withMillis =
        new DailyHours(
            LocalTime.of(8, 30, 0, 1_000_000),
            LocalTime.of(12, 0),
            LocalTime.of(13, 30),
            LocalTime.of(17, 30));

    assertThatThrownBy(() -> new WorkingHours(ZoneId.of("Asia/Shanghai"), withMillis))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new WorkingHours(ZoneId.of("Asia/Shanghai"), DailyHours.standard()).id())
        .isEqualTo(WorkingHours.ID);
  }

  private SessionFactory migratedEntities() {
    DatabaseSchema.migrate(dataSource, DatabaseKind.H2);
    StandardServiceRegistry registry =
        new StandardServiceRegistryBuilder()
            .applySetting(AvailableSettings.DATASOURCE, dataSource)
            // as persistence.xml: Flyway owns the schema, instants are stored as UTC timestamps
            .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
            .applySetting("hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP")
            .applySetting(AvailableSettings.JDBC_TIME_ZONE, "UTC")
            // the EE API jar brings JSON-B without a provider (the server has one); these entities
            // have no JSON
            .applySetting(AvailableSettings.JSON_FORMAT_MAPPER, new NoJsonColumns())
            .build();
    sessionFactory =
        new MetadataSources(registry)
            .addAnnotatedClass(CalendarYear.class)
            .addAnnotatedClass(CalendarDay.class)
            .addAnnotatedClass(WorkingHours.class)
            .buildMetadata()
            .buildSessionFactory();
    return sessionFactory;
  }

  private static final class NoJsonColumns implements FormatMapper {

    @Override
    public <T> T fromString(CharSequence text, JavaType<T> javaType, WrapperOptions options) {
      throw new UnsupportedOperationException("no JSON columns in the calendar");
    }

    @Override
    public <T> String toString(T value, JavaType<T> javaType, WrapperOptions options) {
      throw new UnsupportedOperationException("no JSON columns in the calendar");
    }
  }

  private static Logger quiet(String name, Level level) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(level);
    return logger;
  }

  private static JdbcDataSource h2(String url) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    return h2;
  }
}
