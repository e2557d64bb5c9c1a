package cn.gridservice.desk.aftersales.sla;

import static cn.gridservice.desk.testsupport.TestTimes.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import cn.gridservice.desk.platform.DatabaseKind;
import cn.gridservice.desk.platform.DatabaseSchema;
import cn.gridservice.desk.tasklist.deadline.SlaSchedule;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
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
 * The SLA record on the migrated schema, checked the way the application checks it at start-up
 * (Hibernate validates, Flyway owns the table), and read back behind Hibernate's back.
 */
class SlaRecordEntityTest {

  // strong references keep the levels: only Hibernate's warnings, not the incubating-setting one
  private static final Logger HIBERNATE_LOG = quiet("org.hibernate", Level.WARNING);
  private static final Logger INCUBATION_LOG = quiet("org.hibernate.orm.incubating", Level.SEVERE);

  private final JdbcDataSource dataSource =
      h2("jdbc:h2:mem:sla-records-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  private SessionFactory sessionFactory;

  @AfterEach
  void dropDatabase() throws SQLException {
    if (sessionFactory != null) {
      sessionFactory.close();
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }

  @Test
  void theEntityMatchesTheMigratedTable() {
    SessionFactory entities = migratedEntities();

    assertThatCode(() -> entities.getSchemaManager().validateMappedObjects())
        .doesNotThrowAnyException();
  }

  @Test
  void aRecordIsStoredFoundByTaskAndByCaseAndClosed() throws SQLException {
    SessionFactory entities = migratedEntities();
    Instant start = instant("2026-02-13T16:00:00+08:00");
    Instant warn = instant("2026-02-14T10:12:00+08:00");
    Instant due = instant("2026-02-14T11:00:00+08:00");
    entities.inTransaction(
        session -> {
          session.persist(
              new SlaRecord(
                  "SH-2026-000001",
                  "pi-1",
                  "task-1",
                  "acceptRequest",
                  new SlaSchedule("WORKING_HOURS:4", 80, start, warn, due, false)));
          session.persist(
              new SlaRecord(
                  "SH-2026-000001",
                  "pi-1",
                  "task-2",
                  "scheduleVisit",
                  new SlaSchedule("WORKING_DAYS:1", 80, due, null, null, false)));
          session.persist(
              new SlaRecord(
                  "SH-2026-000002",
                  "pi-2",
                  "task-3",
                  "acceptRequest",
                  new SlaSchedule(null, null, start, null, null, false)));
        });

    entities.inTransaction(
        session -> {
          SlaRecord record =
              session
                  .createNamedQuery("SlaRecord.byTask", SlaRecord.class)
                  .setParameter("taskId", "task-1")
                  .getSingleResult();
          record.warn(warn);
          record.markOverdue(due);
          record.complete(due.plusSeconds(1800));
        });

    entities.inSession(
        session -> {
          List<SlaRecord> records =
              session
                  .createNamedQuery("SlaRecord.byCase", SlaRecord.class)
                  .setParameter("caseNo", "SH-2026-000001")
                  .getResultList();
          assertThat(records).extracting(SlaRecord::taskId).containsExactly("task-1", "task-2");
          SlaRecord first = records.get(0);
          assertThat(first.id()).isNotNull();
          assertThat(first.limitRule()).isEqualTo("WORKING_HOURS:4");
          assertThat(first.warnPercent()).isEqualTo(80);
          assertThat(first.startedAt()).isEqualTo(start);
          assertThat(first.warnAt()).isEqualTo(warn);
          assertThat(first.dueAt()).isEqualTo(due);
          assertThat(first.warned()).isTrue();
          assertThat(first.breached()).isTrue();
          assertThat(first.breachedBySeconds()).isEqualTo(1800L);
          assertThat(first.completedAt()).isEqualTo(due.plusSeconds(1800));
          assertThat(first.version()).isEqualTo(1);
        });

    // instants are kept as UTC wall-clock time, like every other timestamp of the schema
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT due_at, breached_by_seconds FROM sla_record WHERE task_id = 'task-1'")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getObject(1, LocalDateTime.class))
          .isEqualTo(LocalDateTime.ofInstant(due, ZoneOffset.UTC));
      assertThat(row.getLong(2)).isEqualTo(1800L);
    }
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
            .applySetting(AvailableSettings.JSON_FORMAT_MAPPER, new NoJsonColumns())
            .build();
    sessionFactory =
        new MetadataSources(registry)
            .addAnnotatedClass(SlaRecord.class)
            .buildMetadata()
            .buildSessionFactory();
    return sessionFactory;
  }

  private static final class NoJsonColumns implements FormatMapper {

    @Override
    public <T> T fromString(CharSequence text, JavaType<T> javaType, WrapperOptions options) {
      throw new UnsupportedOperationException("no JSON columns in the SLA record");
    }

    @Override
    public <T> String toString(T value, JavaType<T> javaType, WrapperOptions options) {
      throw new UnsupportedOperationException("no JSON columns in the SLA record");
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
