package cn.gridservice.desk.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Hands the started engine and its services to the rest of the application by injection. */
@ApplicationScoped
public class EngineServices {

  private volatile ProcessEngine engine;

  public void started(ProcessEngine processEngine) {
    this.engine = processEngine;
  }

  @Produces
  public ProcessEngine engine() {
    ProcessEngine current = engine;
    if (current == null) {
      throw new IllegalStateException("the process engine is not started");
    }
    return current;
  }

  public boolean isRunning() {
    return engine != null;
  }

  /** What the health check tells of the running engine. */
  public record EngineFacts(
      String name, String databaseType, String history, boolean jobExecutorActive) {}

  /** The running engine's name, database type, history level and whether its job executor runs. */
  public EngineFacts facts() {
    ProcessEngine current = engine();
    ProcessEngineConfigurationImpl cfg =
        (ProcessEngineConfigurationImpl) current.getProcessEngineConfiguration();
    return new EngineFacts(
        current.getName(),
        cfg.getDatabaseType(),
        cfg.getHistory(),
        cfg.getJobExecutor().isActive());
  }

  public void stopped() {
    engine = null;
  }

  @Produces
  public RuntimeService runtimeService() {
    return engine().getRuntimeService();
  }

  @Produces
  public TaskService taskService() {
    return engine().getTaskService();
  }

  @Produces
  public RepositoryService repositoryService() {
    return engine().getRepositoryService();
  }

  @Produces
  public HistoryService historyService() {
    return engine().getHistoryService();
  }

  @Produces
  public ManagementService managementService() {
    return engine().getManagementService();
  }

  @Produces
  public IdentityService identityService() {
    return engine().getIdentityService();
  }

  @Produces
  public DecisionService decisionService() {
    return engine().getDecisionService();
  }

  @Produces
  public FormService formService() {
    return engine().getFormService();
  }
}
