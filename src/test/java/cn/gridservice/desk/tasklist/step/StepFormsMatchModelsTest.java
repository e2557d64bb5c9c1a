package cn.gridservice.desk.tasklist.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ties the step forms to the models: every user task of every model in {@code processes/} has a
 * form, every step a form names is a user task of its model, and every fragment the forms name
 * exists. Step ids are typed only in the models and their {@code *Process} constants; this catches
 * a renamed step.
 */
class StepFormsMatchModelsTest {

  private static final Path MODELS = Path.of("processes");
  private static final Path CLASSES = Path.of("target", "classes");
  private static final Path WEBAPP = Path.of("src", "main", "webapp");

  /** User-task ids by process key, from every BPMN file. */
  private static final Map<String, Set<String>> STEPS = new HashMap<>();

  private static final List<StepForm> FORMS = new ArrayList<>();

  @BeforeAll
  static void read() throws Exception {
    try (Stream<Path> files = Files.list(MODELS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (Process process : model.getModelElementsByType(Process.class)) {
          Set<String> ids = STEPS.computeIfAbsent(process.getId(), k -> new TreeSet<>());
          process.getChildElementsByType(UserTask.class).forEach(t -> ids.add(t.getId()));
          // user tasks inside sub-processes belong to the same process
          model.getModelElementsByType(UserTask.class).stream()
              .filter(t -> owningProcess(t) == process)
              .forEach(t -> ids.add(t.getId()));
        }
      }
    }
    for (Class<?> type : stepFormClasses()) {
      FORMS.add((StepForm) type.getDeclaredConstructor().newInstance());
    }
  }

  private static Process owningProcess(UserTask task) {
    org.camunda.bpm.model.xml.instance.ModelElementInstance parent = task.getParentElement();
    while (parent != null && !(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return (Process) parent;
  }

  /** The concrete StepForm classes compiled from the main tree. */
  private static List<Class<?>> stepFormClasses() throws IOException, ClassNotFoundException {
    List<Class<?>> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CLASSES)) {
      for (Path file :
          files
              .filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
              .toList()) {
        String name = CLASSES.relativize(file).toString().replace(".class", "").replace('/', '.');
        Class<?> type = Class.forName(name, false, StepFormsMatchModelsTest.class.getClassLoader());
        if (StepForm.class.isAssignableFrom(type)
            && !type.isInterface()
            && !Modifier.isAbstract(type.getModifiers())) {
          found.add(type);
        }
      }
    }
    return found;
  }

  @Test
  void everyModelAndFormIsFound() {
    assertThat(STEPS).containsKeys("afterSales", "complaint");
    assertThat(FORMS)
        .extracting(StepForm::processKey)
        .contains("afterSales", "complaint")
        .doesNotHaveDuplicates();
  }

  @Test
  void everyStepOfTheModelsHasAForm() {
    for (StepForm form : FORMS) {
      assertThat(STEPS)
          .as("the process of %s", form.getClass().getSimpleName())
          .containsKey(form.processKey());
      assertThat(form.steps())
          .as(
              "steps of the model %s without a form in %s",
              form.processKey(), form.getClass().getSimpleName())
          .containsAll(STEPS.get(form.processKey()));
    }
  }

  @Test
  void everyStepAFormNamesIsInItsModel() {
    for (StepForm form : FORMS) {
      assertThat(STEPS.get(form.processKey()))
          .as(
              "steps %s names that the model %s does not have",
              form.getClass().getSimpleName(), form.processKey())
          .containsAll(form.steps());
    }
  }

  @Test
  void everyFragmentExists() {
    assertThat(WEBAPP.resolve(StepForms.GENERIC_FORM.substring(1))).exists();
    assertThat(WEBAPP.resolve(StepForms.GENERIC_SUBJECT.substring(1))).exists();
    for (StepForm form : FORMS) {
      assertThat(WEBAPP.resolve(form.subjectFragment().substring(1))).exists();
      for (String step : form.steps()) {
        assertThat(WEBAPP.resolve(form.formFragment(step).substring(1)))
            .as("form of %s", step)
            .exists();
        assertThat(form.fields(step)).as("fields of %s", step).isNotNull();
      }
    }
  }
}
