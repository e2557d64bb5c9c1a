package cn.gridservice.desk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gridservice.desk.testsupport.InMemoryEngine;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up deployment of the models in processes/: only what changed becomes a new version. */
class ProcessModelDeployerTest {

  private final RepositoryService repositoryService = InMemoryEngine.get().getRepositoryService();

  @TempDir Path classpathRoot;

  private Path processes;
  private Set<String> deploymentsBefore;
  // unique per test: the engine and the deployment name are shared with every other test of the JVM
  private final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  private final String meterReading = "meterReading_" + tag;
  private final String complaint = "complaint_" + tag;

  @BeforeEach
  void createModelFolder() throws IOException {
    processes = Files.createDirectories(classpathRoot.resolve(ProcessModelDeployer.MODEL_ROOT));
    deploymentsBefore = deploymentIds();
  }

  @AfterEach
  void removeDeploymentsOfThisTest() {
    Set<String> created = deploymentIds();
    created.removeAll(deploymentsBefore);
    created.forEach(id -> repositoryService.deleteDeployment(id, true));
  }

  @Test
  void deployingUnchangedModelsAgainCreatesNoNewDeployment() throws IOException {
    writeModel(meterReading, "读表 Read meter");
    writeModel(complaint, "处理投诉 Handle complaint");
    DeploymentWithDefinitions first = deploy();

    DeploymentWithDefinitions second = deploy();

    assertThat(second.getId()).isEqualTo(first.getId());
    assertThat(deploymentIds()).hasSize(deploymentsBefore.size() + 1);
    assertThat(versions(meterReading)).containsExactly(1);
    assertThat(versions(complaint)).containsExactly(1);
  }

  @Test
  void changedModelBecomesTheNextVersionWhileItsUnchangedSiblingStays() throws IOException {
    writeModel(meterReading, "读表 Read meter");
    writeModel(complaint, "处理投诉 Handle complaint");
    deploy();

    writeModel(complaint, "处理投诉并回访 Handle complaint and call back");
    DeploymentWithDefinitions second = deploy();

    assertThat(versions(complaint)).containsExactly(1, 2);
    assertThat(versions(meterReading)).containsExactly(1);
    assertThat(latest(complaint).getDeploymentId()).isEqualTo(second.getId());
    assertThat(repositoryService.getDeploymentResourceNames(second.getId()))
        .containsExactly(complaint + ".bpmn");
  }

  @Test
  void truncatedModelFailsNamingTheFileAndDeploysNothing() throws IOException {
    writeModel(meterReading, "读表 Read meter");
    writeModel(complaint, "处理投诉 Handle complaint");
    deploy();
    writeModel(meterReading, "读表并核对 Read and check meter");
    String xml = Files.readString(file(complaint), StandardCharsets.UTF_8);
    Files.writeString(file(complaint), xml.substring(0, xml.length() / 2), StandardCharsets.UTF_8);

    assertThatThrownBy(this::deploy).hasMessageContaining(complaint + ".bpmn");

    // the valid change travels in the same deployment, so it must not have slipped through either
    assertThat(versions(meterReading)).containsExactly(1);
    assertThat(versions(complaint)).containsExactly(1);
    assertThat(deploymentIds()).hasSize(deploymentsBefore.size() + 1);
  }

  @Test
  void modelWithoutHistoryTimeToLiveFailsNamingTheFileAndDeploysNothing() throws IOException {
    writeModel(meterReading, "读表 Read meter");
    String forever = "forever_" + tag;
    Files.writeString(
        file(forever),
        Bpmn.convertToString(
            // the builder would otherwise write its default of 180 days
            Bpmn.createExecutableProcess(forever)
                .camundaHistoryTimeToLiveString(null)
                .startEvent()
                .userTask("work")
                .endEvent()
                .done()),
        StandardCharsets.UTF_8);

    assertThatThrownBy(this::deploy).hasMessageContaining(forever + ".bpmn");

    assertThat(versions(meterReading)).isEmpty();
    assertThat(versions(forever)).isEmpty();
    assertThat(deploymentIds()).isEqualTo(deploymentsBefore);
  }

  @Test
  void emptyModelFolderFailsWithAClearMessage() {
    assertThatThrownBy(this::deploy)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no process models found")
        .hasMessageContaining(ProcessModelDeployer.MODEL_ROOT);
    assertThat(deploymentIds()).isEqualTo(deploymentsBefore);
  }

  @Test
  void packagedApplicationFindsTheAfterSalesModelOnItsClasspath() {
    DeploymentWithDefinitions deployment =
        ProcessModelDeployer.deployModels(
            repositoryService, ProcessModelDeployer.class.getClassLoader());

    assertThat(repositoryService.getDeploymentResourceNames(deployment.getId()))
        .contains("afterSales.bpmn");
    assertThat(
            repositoryService
                .createProcessDefinitionQuery()
                .deploymentId(deployment.getId())
                .processDefinitionKey("afterSales")
                .count())
        .isEqualTo(1);
  }

  // --- helpers ---

  private DeploymentWithDefinitions deploy() throws IOException {
    // no parent: the test's own class loader would add the real processes/ folder to the scan
    try (URLClassLoader classLoader =
        new URLClassLoader(new URL[] {classpathRoot.toUri().toURL()}, null)) {
      return ProcessModelDeployer.deployModels(repositoryService, classLoader);
    }
  }

  private void writeModel(String key, String taskName) throws IOException {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(key)
            .camundaHistoryTimeToLive(30)
            .startEvent()
            .userTask("work")
            .name(taskName)
            .endEvent()
            .done();
    Files.writeString(file(key), Bpmn.convertToString(model), StandardCharsets.UTF_8);
  }

  private Path file(String key) {
    return processes.resolve(key + ".bpmn");
  }

  private List<Integer> versions(String key) {
    return repositoryService
        .createProcessDefinitionQuery()
        .processDefinitionKey(key)
        .orderByProcessDefinitionVersion()
        .asc()
        .list()
        .stream()
        .map(ProcessDefinition::getVersion)
        .toList();
  }

  private ProcessDefinition latest(String key) {
    return repositoryService
        .createProcessDefinitionQuery()
        .processDefinitionKey(key)
        .latestVersion()
        .singleResult();
  }

  private Set<String> deploymentIds() {
    return repositoryService
        .createDeploymentQuery()
        .deploymentName(ProcessModelDeployer.DEPLOYMENT_NAME)
        .list()
        .stream()
        .map(Deployment::getId)
        .collect(Collectors.toCollection(HashSet::new));
  }
}
