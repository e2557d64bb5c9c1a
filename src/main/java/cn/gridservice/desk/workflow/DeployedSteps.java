package cn.gridservice.desk.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The steps (BPMN user-task ids) of the process models as deployed: read from the latest version of
 * every process definition in the engine, so that lists of steps (the task lists' step filter)
 * follow the models instead of constants. Each definition's model is read once; a new deployment
 * brings new definitions and is read when first asked for.
 */
@ApplicationScoped
public class DeployedSteps {

  @Inject RepositoryService repositoryService;

  /**
   * The user tasks of each deployed process definition, by definition id (one per deployment and
   * key): id to name, in the order the model lists them.
   */
  private final Map<String, Map<String, String>> byDefinition = new ConcurrentHashMap<>();

  public DeployedSteps() {}

  public DeployedSteps(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  /**
   * The user-task ids of the latest version of every deployed process, processes by key and each
   * process's tasks in the order its model lists them; an id two processes share appears once.
   */
  public List<String> userTaskIds() {
    return List.copyOf(userTasks().keySet());
  }

  /**
   * The name the latest model gives a step (its user task), if any model has the step and names it.
   */
  public Optional<String> name(String step) {
    return Optional.ofNullable(userTasks().get(step));
  }

  private Map<String, String> userTasks() {
    List<ProcessDefinition> latest =
        new ArrayList<>(repositoryService.createProcessDefinitionQuery().latestVersion().list());
    latest.sort(
        Comparator.comparing(ProcessDefinition::getKey).thenComparing(ProcessDefinition::getId));
    Map<String, String> steps = new LinkedHashMap<>();
    for (ProcessDefinition definition : latest) {
      byDefinition
          .computeIfAbsent(definition.getId(), this::readUserTasks)
          .forEach(steps::putIfAbsent);
    }
    return steps;
  }

  private Map<String, String> readUserTasks(String processDefinitionId) {
    Map<String, String> tasks = new LinkedHashMap<>();
    for (UserTask task :
        repositoryService
            .getBpmnModelInstance(processDefinitionId)
            .getModelElementsByType(UserTask.class)) {
      tasks.put(
          task.getId(),
          task.getName() == null || task.getName().isBlank() ? task.getId() : task.getName());
    }
    return tasks;
  }
}
