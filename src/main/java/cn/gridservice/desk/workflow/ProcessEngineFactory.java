package cn.gridservice.desk.workflow;

import cn.gridservice.desk.calendar.domain.WorkingCalendar;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.transaction.TransactionManager;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/** Builds the one process engine of the application. */
public final class ProcessEngineFactory {

  /** Nightly window in which the engine removes history older than each process's time to live. */
  public static final String HISTORY_CLEANUP_START = "01:00";

  public static final String HISTORY_CLEANUP_END = "05:00";

  private ProcessEngineFactory() {}

  /**
   * @param databaseType the engine's name for the database ("h2", "mysql"); the engine does not
   *     recognise MariaDB's product name itself
   */
  public static ProcessEngine build(
      DataSource dataSource,
      TransactionManager transactionManager,
      BeanManager beanManager,
      ManagedExecutorService jobThreads,
      ManagedThreadFactory acquisitionThreads,
      String databaseType,
      Supplier<WorkingCalendar> workingCalendar,
      ProcessEnginePlugin... morePlugins) {
    JakartaTransactionProcessEngineConfiguration cfg =
        new JakartaTransactionProcessEngineConfiguration();
    cfg.setProcessEngineName("default");
    // the container's JTA transactions: a domain row and the process state commit together
    cfg.setDataSource(dataSource);
    cfg.setTransactionManager(transactionManager);
    cfg.setTransactionsExternallyManaged(true);
    cfg.setDatabaseType(databaseType);
    cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    cfg.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    cfg.setEnforceHistoryTimeToLive(true);
    cfg.setHistoryCleanupBatchWindowStartTime(HISTORY_CLEANUP_START);
    cfg.setHistoryCleanupBatchWindowEndTime(HISTORY_CLEANUP_END);
    // access is decided by the application's roles; the engine records who acted
    cfg.setAuthorizationEnabled(false);
    cfg.setExpressionManager(new CdiExpressionManager(beanManager));
    // timers and due dates in working time (WORKING_DAYS:1), see processes/README.md
    cfg.getProcessEnginePlugins().add(new WorkingCalendarPlugin(workingCalendar));
    // after it: what the other plugins add to user tasks sees the working-time due date
    cfg.getProcessEnginePlugins().addAll(List.of(morePlugins));
    cfg.setJobExecutorActivate(true);
    cfg.setJobExecutor(jobExecutor(jobThreads, acquisitionThreads));
    return cfg.buildProcessEngine();
  }

  private static JobExecutor jobExecutor(
      ManagedExecutorService jobThreads, ManagedThreadFactory acquisitionThreads) {
    ManagedJobExecutor executor = new ManagedJobExecutor(jobThreads, acquisitionThreads);
    // the default back-off lets a due timer wait up to a minute; deadlines need better
    executor.setWaitTimeInMillis(500);
    executor.setMaxWait(1_500);
    executor.setMaxJobsPerAcquisition(6);
    executor.setLockTimeInMillis(5 * 60 * 1000);
    return executor;
  }
}
