package cn.gridservice.desk.workflow;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.container.impl.deployment.scanning.ProcessApplicationScanningUtil;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;

/**
 * Deploys the models of {@code processes/} (packaged on the classpath) with duplicate filtering: an
 * unchanged file deploys nothing, a changed file becomes the next version of its definition.
 */
public final class ProcessModelDeployer {

  /** Classpath folder the build copies {@code processes/} into. */
  public static final String MODEL_ROOT = "processes";

  public static final String DEPLOYMENT_NAME = "grid-service-desk";

  private ProcessModelDeployer() {}

  /**
   * @return the deployment that now holds the models, new or (nothing changed) the previous one
   */
  public static DeploymentWithDefinitions deployModels(
      RepositoryService repositoryService, ClassLoader classLoader) {
    Map<String, byte[]> models =
        new TreeMap<>(ProcessApplicationScanningUtil.findResources(classLoader, MODEL_ROOT, null));
    if (models.isEmpty()) {
      throw new IllegalStateException("no process models found under classpath:" + MODEL_ROOT);
    }
    DeploymentBuilder deployment =
        repositoryService
            .createDeployment()
            .name(DEPLOYMENT_NAME)
            .source("classpath:" + MODEL_ROOT)
            .enableDuplicateFiltering(true);
    models.forEach(
        (name, content) -> deployment.addInputStream(name, new ByteArrayInputStream(content)));
    return deployment.deployWithResult();
  }
}
