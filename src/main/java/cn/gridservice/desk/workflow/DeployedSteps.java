package cn.gridservice.desk.workflow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The steps (BPMN user-task ids) of the process models as deployed: read from the latest version of
 * every process definition in the engine, so that lists of steps (the task lists' step filter) follow
 * the models instead of constants. Each definition's model is read once; a new deployment brings new
 * definitions and is read when first asked for.
 */
@ApplicationScoped
public class DeployedSteps {

  @Inject
  RepositoryService repositoryService;

  /** The user-task ids of each deployed process definition, by definition id (one per deployment and key). */
  private final Map<String, List<String>> byDefinition = new ConcurrentHashMap<>();

  public DeployedSteps() {
  }

  public DeployedSteps(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  /**
   * The user-task ids of the latest version of every deployed process, processes by key and each
   * process's tasks in the order its model lists them; an id two processes share appears once.
   */
  public List<String> userTaskIds() {
    List<ProcessDefinition> latest = new ArrayList<>(
        repositoryService.createProcessDefinitionQuery().latestVersion().list());
    latest.sort(Comparator.comparing(ProcessDefinition::getKey).thenComparing(ProcessDefinition::getId));
    Set<String> steps = new LinkedHashSet<>();
    for (ProcessDefinition definition : latest) {
      steps.addAll(byDefinition.computeIfAbsent(definition.getId(), this::readUserTaskIds));
    }
    return List.copyOf(steps);
  }

  private List<String> readUserTaskIds(String processDefinitionId) {
    return repositoryService.getBpmnModelInstance(processDefinitionId).getModelElementsByType(UserTask.class)
        .stream().map(UserTask::getId).toList();
  }
}
