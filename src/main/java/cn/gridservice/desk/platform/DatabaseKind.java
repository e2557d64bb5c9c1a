package cn.gridservice.desk.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/** The two databases the application runs on, told apart by the driver's product name. */
public enum DatabaseKind {
  H2("h2", "TIMESTAMP(6)"),
  MARIADB("mysql", "DATETIME(6)");

  private final String engineDatabaseType;
  private final String timestampType;

  DatabaseKind(String engineDatabaseType, String timestampType) {
    this.engineDatabaseType = engineDatabaseType;
    this.timestampType = timestampType;
  }

  /** The process engine's name for it: the engine has no MariaDB dialect and uses MySQL's. */
  public String engineDatabaseType() {
    return engineDatabaseType;
  }

  /** Placeholders for the Flyway migrations where the two SQL dialects differ. */
  public Map<String, String> migrationPlaceholders() {
    return Map.of("timestamp", timestampType);
  }

  public static DatabaseKind of(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return of(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
    }
  }

  static DatabaseKind of(String productName) {
    String name = productName.toLowerCase(Locale.ROOT);
    if (name.contains("h2")) {
      return H2;
    }
    if (name.contains("mariadb") || name.contains("mysql")) {
      return MARIADB;
    }
    throw new IllegalStateException(
        "unsupported database: " + productName + " (use H2 or MariaDB)");
  }
}
