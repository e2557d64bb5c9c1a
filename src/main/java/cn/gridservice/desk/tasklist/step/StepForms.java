package cn.gridservice.desk.tasklist.step;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.Task;

/**
 * The step forms the process capabilities supply, by process key; the task page, the API's
 * completion and the generic form ask here which form serves a task.
 */
@Named
@ApplicationScoped
public class StepForms {

  /** The outcome-and-remark form of a step no capability has a form for. */
  public static final String GENERIC_FORM = "/WEB-INF/steps/generic-form.xhtml";

  /**
   * What a task of a process no capability knows is about: its business key, beside the generic
   * form.
   */
  public static final String GENERIC_SUBJECT = "/WEB-INF/steps/generic-subject.xhtml";

  @Inject @Any Instance<StepForm> supplied;

  @Inject RepositoryService repositoryService;

  private final Map<String, StepForm> byProcess = new LinkedHashMap<>();

  public StepForms() {}

  /** For tests without a container. */
  public StepForms(List<StepForm> forms, RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
    forms.forEach(this::register);
  }

  @PostConstruct
  void collect() {
    supplied.forEach(this::register);
  }

  private void register(StepForm form) {
    StepForm earlier = byProcess.putIfAbsent(form.processKey(), form);
    if (earlier != null) {
      throw new IllegalStateException(
          "two step forms for process "
              + form.processKey()
              + ": "
              + earlier.getClass().getName()
              + " and "
              + form.getClass().getName());
    }
  }

  /** The form that serves this task's process, if any capability supplies one. */
  public Optional<StepForm> ofProcess(String processKey) {
    return Optional.ofNullable(byProcess.get(processKey));
  }

  /** The form with a form for exactly this step; empty means the generic form. */
  public Optional<StepForm> serving(String processKey, String step) {
    return ofProcess(processKey).filter(f -> f.steps().contains(step));
  }

  public String processKeyOf(Task task) {
    return repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
  }

  /** Every process's subject fragment, for the task page (each is shown only for its own tasks). */
  public List<String> getSubjects() {
    return byProcess.values().stream().map(StepForm::subjectFragment).toList();
  }

  /**
   * The step fragments of one process and the generic one: a process's subject fragment includes
   * these inside its form, each shown only for its own step.
   */
  public List<String> formsOf(String processKey) {
    List<String> fragments = new ArrayList<>();
    ofProcess(processKey)
        .ifPresent(
            f ->
                f.steps().stream()
                    .sorted()
                    .map(f::formFragment)
                    .distinct()
                    .forEach(fragments::add));
    fragments.add(GENERIC_FORM);
    return fragments;
  }
}
