package cn.gridservice.desk.workflow;

import cn.gridservice.desk.calendar.application.WorkingCalendarService;
import cn.gridservice.desk.platform.ApplicationStarted;
import cn.gridservice.desk.platform.DatabaseKind;
import cn.gridservice.desk.platform.DatabaseSchema;
import cn.gridservice.desk.platform.Settings;
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
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.TransactionManager;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;

/**
 * Start-up in a fixed order: migrate the domain schema, check the entities against it, start the
 * engine on the same datasource and transactions (with the engine plugins that capabilities offer
 * as CDI beans), deploy the models, tell the capabilities that the engine runs ({@link
 * ProcessEngineStarted}), then that the application has started ({@link ApplicationStarted}; demo
 * data is loaded by its first observer if wanted). Runs outside a transaction so that the schema
 * work can manage its own.
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

  @Inject BeanManager beanManager;

  @Inject EngineServices engineServices;

  @Inject Event<ApplicationStarted> applicationStarted;

  @Inject WorkingCalendarService workingCalendar;

  @Inject Instance<ProcessEnginePlugin> enginePlugins;

  @Inject Event<ProcessEngineStarted> engineStarted;

  private ProcessEngine engine;

  @PostConstruct
  void start() {
    long started = System.currentTimeMillis();
    DatabaseKind kind = DatabaseKind.of(dataSource);
    MigrateResult migrated = DatabaseSchema.migrate(dataSource, kind);
    LOG.info(
        () ->
            "Database "
                + kind
                + ": "
                + migrated.migrationsExecuted
                + " migration(s) applied, schema at version "
                + (migrated.targetSchemaVersion != null
                    ? migrated.targetSchemaVersion
                    : migrated.initialSchemaVersion));
    // Hibernate only validates; a mismatch stops the deployment with the offending column named
    entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();

    engine =
        ProcessEngineFactory.build(
            dataSource,
            transactionManager,
            beanManager,
            jobThreads,
            acquisitionThreads,
            kind.engineDatabaseType(),
            workingCalendar::current,
            enginePlugins.stream().toArray(ProcessEnginePlugin[]::new));
    engineServices.started(engine);
    DeploymentWithDefinitions deployment =
        ProcessModelDeployer.deployModels(
            engine.getRepositoryService(), ApplicationStartup.class.getClassLoader());
    LOG.info(
        () ->
            "Process models: deployment "
                + deployment.getId()
                + ", "
                + (deployment.getDeployedProcessDefinitions() == null
                    ? 0
                    : deployment.getDeployedProcessDefinitions().size())
                + " new process definition version(s)");
    engineStarted.fire(new ProcessEngineStarted(engine));

    boolean demo = Settings.flag("gsd.demo").orElse(kind == DatabaseKind.H2);
    applicationStarted.fire(new ApplicationStarted(demo));
    long took = System.currentTimeMillis() - started;
    LOG.info(
        () ->
            "\n"
                + "==============================================================================\n"
                + " Grid Service Desk 供电服务工作台 is ready ("
                + took
                + " ms): http://localhost:8080/\n"
                + (demo
                    ? " Demo logins (password 'demo'): agent, agent2, dispatcher, technician, technician2,\n"
                        + "   custmgr, handler, manager, auditor, admin\n"
                    : "")
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
