package cn.gridservice.desk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Flyway migrations of the domain tables on an empty H2 database. */
class DatabaseSchemaTest {

  // the database outlives each connection until the test shuts it down
  private final JdbcDataSource dataSource =
      h2("jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

  @AfterEach
  void dropDatabase() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }

  @Test
  void emptyDatabaseGetsAllDomainTablesAndSequences() throws SQLException {
    MigrateResult result = DatabaseSchema.migrate(dataSource, DatabaseKind.H2);

    assertThat(result.success).isTrue();
    assertThat(result.migrationsExecuted).isPositive();
    assertThat(
            names("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"))
        .contains("STAFF_MEMBER", "STAFF_ROLE", "CUSTOMER", "SERVICE_CASE", "NUMBER_SEQUENCE");
    assertThat(
            names(
                "SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = 'PUBLIC'"))
        .contains("CUSTOMER_SEQ", "SERVICE_CASE_SEQ");
  }

  @Test
  void timestampPlaceholderBecomesTheH2TypeWithMicroseconds() throws SQLException {
    DatabaseSchema.migrate(dataSource, DatabaseKind.H2);

    assertThat(
            names(
                "SELECT DATA_TYPE || '(' || DATETIME_PRECISION || ')' FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_NAME = 'SERVICE_CASE' AND COLUMN_NAME = 'CREATED_AT'"))
        .containsExactly("TIMESTAMP(6)");
  }

  @Test
  void migratingAnUpToDateDatabaseAgainAppliesNothing() {
    MigrateResult first = DatabaseSchema.migrate(dataSource, DatabaseKind.H2);

    MigrateResult second = DatabaseSchema.migrate(dataSource, DatabaseKind.H2);

    assertThat(second.success).isTrue();
    assertThat(second.migrationsExecuted).isZero();
    assertThat(second.initialSchemaVersion).isEqualTo(first.targetSchemaVersion);
  }

  private List<String> names(String sql) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }

  private static JdbcDataSource h2(String url) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    return h2;
  }
}
