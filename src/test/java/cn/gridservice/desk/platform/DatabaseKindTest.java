package cn.gridservice.desk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which SQL dialect and engine database type the application picks for the database it finds. */
class DatabaseKindTest {

  @ParameterizedTest
  @CsvSource({"H2, H2", "MariaDB, MARIADB", "MySQL, MARIADB"})
  void driverProductNameTellsTheDatabaseApart(String productName, DatabaseKind expected) {
    assertThat(DatabaseKind.of(productName)).isEqualTo(expected);
  }

  @Test
  void engineUsesItsOwnH2DialectAndTheMySqlDialectForMariaDb() {
    assertThat(DatabaseKind.H2.engineDatabaseType()).isEqualTo("h2");
    // the engine knows no "mariadb"; it would refuse to start with that name
    assertThat(DatabaseKind.MARIADB.engineDatabaseType()).isEqualTo("mysql");
  }

  @Test
  void unsupportedDatabaseIsRefusedByName() {
    assertThatThrownBy(() -> DatabaseKind.of("PostgreSQL"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PostgreSQL");
  }

  @Test
  void timestampsKeepMicrosecondsOnBothDatabases() {
    assertThat(DatabaseKind.H2.migrationPlaceholders()).containsEntry("timestamp", "TIMESTAMP(6)");
    assertThat(DatabaseKind.MARIADB.migrationPlaceholders())
        .containsEntry("timestamp", "DATETIME(6)");
  }

  @Test
  void runningH2DatabaseIsRecognisedThroughItsConnection() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:database-kind-test");

    assertThat(DatabaseKind.of(h2)).isEqualTo(DatabaseKind.H2);
  }
}
