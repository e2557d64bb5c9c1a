package cn.gridservice.desk.platform;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.TransactionManager;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;

import cn.gridservice.desk.calendar.application.WorkingCalendarService;
import cn.gridservice.desk.tasklist.queue.TaskQueue;
import cn.gridservice.desk.tasklist.queue.TaskQueuePlugin;
import cn.gridservice.desk.workflow.EngineServices;
import cn.gridservice.desk.workflow.ProcessEngineFactory;
import cn.gridservice.desk.workflow.ProcessModelDeployer;

/**
 * Start-up in a fixed order: migrate the domain schema, check the entities against it, start the
 * engine on the same datasource and transactions, deploy the models, load demo data if wanted.
 * Runs outside a transaction so that the schema work can manage its own.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApplicationStartup {

  private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

  @Resource(lookup = "java:jboss/datasources/GsdDS")
  DataSource dataSource;

  @Resource(lookup = "java:jboss/TransactionManager")
  TransactionManager transactionManager;

  @Resource(lookup = "java:jboss/ee/concurrency/executor/gsd-jobs")
  ManagedExecutorService jobThreads;

  @Resource(lookup = "java:jboss/ee/concurrency/factory/default")
  ManagedThreadFactory acquisitionThreads;

  @PersistenceUnit(unitName = "gsd")
  EntityManagerFactory entityManagerFactory;

  @Inject
  BeanManager beanManager;

  @Inject
  EngineServices engineServices;

  @Inject
  DemoData demoData;

  @Inject
  Event<ApplicationStarted> applicationStarted;

  @Inject
  WorkingCalendarService workingCalendar;

  @Inject
  TaskQueue taskQueue;

  private ProcessEngine engine;

  @PostConstruct
  void start() {
    long started = System.currentTimeMillis();
    DatabaseKind kind = DatabaseKind.of(dataSource);
    MigrateResult migrated = DatabaseSchema.migrate(dataSource, kind);
    LOG.info(() -> "Database " + kind + ": " + migrated.migrationsExecuted + " migration(s) applied, schema at version "
        + (migrated.targetSchemaVersion != null ? migrated.targetSchemaVersion : migrated.initialSchemaVersion));
    // Hibernate only validates; a mismatch stops the deployment with the offending column named
    entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();

    engine = ProcessEngineFactory.build(dataSource, transactionManager, beanManager, jobThreads, acquisitionThreads,
        kind.engineDatabaseType(),
        workingCalendar::current,
        TaskQueuePlugin.of(() -> taskQueue));
    engineServices.started(engine);
    DeploymentWithDefinitions deployment = ProcessModelDeployer.deployModels(engine.getRepositoryService(),
        ApplicationStartup.class.getClassLoader());
    LOG.info(() -> "Process models: deployment " + deployment.getId() + ", "
        + (deployment.getDeployedProcessDefinitions() == null ? 0 : deployment.getDeployedProcessDefinitions().size())
        + " new process definition version(s)");
    int queued = taskQueue.rebuildIfOutOfStep(engine);
    if (queued > 0) {
      LOG.info(() -> "Task queue written afresh from the engine: " + queued + " open tasks");
    }

    boolean demo = Settings.flag("gsd.demo").orElse(kind == DatabaseKind.H2);
    if (demo) {
      demoData.loadIfEmpty();
    }
    applicationStarted.fire(new ApplicationStarted(demo));
    long took = System.currentTimeMillis() - started;
    LOG.info(() -> "\n"
        + "==============================================================================\n"
        + " Grid Service Desk 供电服务工作台 is ready (" + took + " ms): http://localhost:8080/\n"
        + (demo ? " Demo logins (password 'demo'): agent, agent2, dispatcher, technician, technician2,\n"
            + "   custmgr, handler, manager, auditor, admin\n" : "")
        + "==============================================================================");
  }

  @PreDestroy
  void stop() {
    engineServices.stopped();
    if (engine != null) {
      engine.close();
    }
  }
}
