package cn.gridservice.desk.platform;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** The domain tables are owned by the Flyway migrations in {@code db/migration}. */
public final class DatabaseSchema {

  private DatabaseSchema() {}

  public static MigrateResult migrate(DataSource dataSource, DatabaseKind kind) {
    return Flyway.configure(DatabaseSchema.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .placeholders(kind.migrationPlaceholders())
        .table("gsd_schema_history")
        // the engine's ACT_* tables share the database; they are not ours to baseline
        .baselineOnMigrate(false)
        .load()
        .migrate();
  }
}
