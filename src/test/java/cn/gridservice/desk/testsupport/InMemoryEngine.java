package cn.gridservice.desk.testsupport;

import cn.gridservice.desk.calendar.domain.SeededCalendar;
import cn.gridservice.desk.workflow.WorkingCalendarPlugin;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/**
 * The process engine of the in-memory process tests, configured in code because the project has no
 * Spring to read {@code camunda.cfg.xml}. Built once per JVM: every test class shares it, and
 * {@code @Deployment} removes each test's deployment with its instances and history afterwards.
 */
public final class InMemoryEngine {

  private InMemoryEngine() {}

  /**
   * Use it with {@code ProcessEngineExtension.builder().useProcessEngine(InMemoryEngine.get())}.
   */
  public static ProcessEngine get() {
    return Holder.ENGINE;
  }

  // the holder class makes the first call build the engine exactly once, also under parallel tests
  private static final class Holder {
    static final ProcessEngine ENGINE = build();
  }

  private static ProcessEngine build() {
    // a name of its own keeps this database and this engine apart from any other engine in the JVM
    String name = "gsd-test-" + UUID.randomUUID();
    ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration
        .setProcessEngineName(name)
        .setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1")
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .setJobExecutorActivate(false);
    // no background thread in a test JVM; tests that need metrics can report them explicitly
    configuration.setDbMetricsReporterActivate(false);
    // lets delegate tests stand in beans with org.camunda.bpm.engine.test.mock.Mocks.register(...)
    configuration.setExpressionManager(new MockExpressionManager());
    // working-time limits (WORKING_DAYS:1) resolve on the seeded 2025/2026 calendar, as in the
    // server
    configuration
        .getProcessEnginePlugins()
        .add(new WorkingCalendarPlugin(SeededCalendar::calendar));
    return configuration.buildProcessEngine();
  }
}
