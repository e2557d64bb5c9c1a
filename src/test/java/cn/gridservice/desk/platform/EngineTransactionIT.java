package cn.gridservice.desk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gridservice.desk.aftersales.process.AfterSalesProcess;
import cn.gridservice.desk.customer.domain.Area;
import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.customer.domain.CustomerCategory;
import cn.gridservice.desk.testsupport.ServerDeployment;
import cn.gridservice.desk.testsupport.ServerIT;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.BeforeDeployment;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;

/** The engine and JPA share the container's transaction and datasource, on MariaDB. */
class EngineTransactionIT extends ServerIT {

  @BeforeDeployment
  static Archive<?> withTestModel(Archive<?> archive) {
    return ServerDeployment.withTestModel(archive, "txProbe.bpmn");
  }

  @Inject ProcessEngine engine;

  @Inject RuntimeService runtimeService;

  @Inject TaskService taskService;

  @Inject RepositoryService repositoryService;

  @Resource(lookup = "java:jboss/datasources/GsdDS")
  DataSource dataSource;

  @Test
  void aStepThatWritesARowAndThenFailsLeavesNeitherRowNorProcessAdvanced() throws SQLException {
    String customerNo = "T" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    ProcessInstance probe =
        runtimeService.startProcessInstanceByKey(
            "txProbe", Map.of("customerNo", customerNo, "fail", true));
    Task prepare = taskService.createTaskQuery().processInstanceId(probe.getId()).singleResult();

    assertThatThrownBy(() -> taskService.complete(prepare.getId()))
        .hasStackTraceContaining("asked to fail");

    assertThat(customerRows(customerNo)).isZero();
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(probe.getId())
                .singleResult()
                .getTaskDefinitionKey())
        .isEqualTo("prepareProbe");

    // the same step without the failure commits both: the row and the process's next step
    runtimeService.setVariable(probe.getId(), "fail", false);
    taskService.complete(prepare.getId());

    assertThat(customerRows(customerNo)).isEqualTo(1);
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(probe.getId())
                .singleResult()
                .getTaskDefinitionKey())
        .isEqualTo("probeDone");
  }

  @Test
  void runsOnMariaDbWithReadCommittedAndFullHistory() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      assertThat(c.getMetaData().getDatabaseProductName()).containsIgnoringCase("MariaDB");
      assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
    }
    ProcessEngineConfigurationImpl cfg =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(cfg.getDatabaseType()).isEqualTo("mysql");
    assertThat(cfg.getHistory()).isEqualTo("full");
    assertThat(cfg.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(cfg.getJobExecutor().isActive()).isTrue();
    assertThat(count("SELECT COUNT(*) FROM gsd_schema_history WHERE success = 1 AND version = '1'"))
        .isEqualTo(1);
  }

  @Test
  void redeployingUnchangedModelsAddsNoVersion() {
    // every integration test class restarts the application on this database; the models are
    // unchanged
    assertThat(
            repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey(AfterSalesProcess.PROCESS_KEY)
                .latestVersion()
                .singleResult()
                .getVersion())
        .isEqualTo(1);
    assertThat(repositoryService.createProcessDefinitionQuery().list())
        .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isNotNull());
  }

  private long customerRows(String customerNo) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT COUNT(*) FROM customer WHERE customer_no = ?")) {
      s.setString(1, customerNo);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private long count(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Writes a customer row inside the engine's transaction (resolved by name from the model). */
  @Named("writeCustomerDelegate")
  @ApplicationScoped
  public static class WriteCustomerDelegate implements JavaDelegate {
    @PersistenceContext EntityManager em;

    @Override
    public void execute(DelegateExecution execution) {
      em.persist(
          new Customer(
              (String) execution.getVariable("customerNo"),
              "事务探针客户",
              CustomerCategory.RESIDENTIAL,
              Area.URBAN));
      em.flush();
    }
  }

  @Named("failIfAskedDelegate")
  @ApplicationScoped
  public static class FailIfAskedDelegate implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      if (Boolean.TRUE.equals(execution.getVariable("fail"))) {
        throw new IllegalStateException("the probe was asked to fail after writing");
      }
    }
  }
}
