package cn.gridservice.desk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.testsupport.DemoStaff;
import cn.gridservice.desk.testsupport.Http;
import cn.gridservice.desk.testsupport.ServerIT;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * A task is worked only by the roles its model names, proven from the deployed models themselves:
 * for every user task of every process definition, a task of that step is started, and a user of
 * every role outside its candidate groups is refused (403) on claim and complete, and the task is
 * left as it was. A step or a process added later is covered without a new test.
 */
class TaskRolesIT extends ServerIT {

  /**
   * {@code ${name}} in a candidate-groups expression: a variable the step needs to know its group.
   */
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{\\s*(\\w+)\\s*}");

  @Inject RepositoryService repositoryService;

  @Inject RuntimeService runtimeService;

  @Inject TaskService taskService;

  @Test
  void everyStepOfEveryModelRefusesEveryRoleOutsideItsCandidateGroups() {
    Map<String, Map<String, Object>> templates = templates();
    List<String> started = new ArrayList<>();
    SoftAssertions softly = new SoftAssertions();
    int steps = 0;
    try {
      for (ProcessDefinition definition :
          repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
        for (UserTask step :
            repositoryService
                .getBpmnModelInstance(definition.getId())
                .getModelElementsByType(UserTask.class)) {
          Map<String, Object> variables =
              new HashMap<>(templates.getOrDefault(definition.getKey(), Map.of()));
          String groups =
              step.getCamundaCandidateGroups() == null ? "" : step.getCamundaCandidateGroups();
          Matcher needed = VARIABLE.matcher(groups);
          while (needed.find()) {
            variables.putIfAbsent(needed.group(1), Role.SERVICE_MANAGER.name());
          }
          ProcessInstance instance =
              runtimeService
                  .createProcessInstanceById(definition.getId())
                  .startBeforeActivity(step.getId())
                  .setVariables(variables)
                  .execute();
          started.add(instance.getId());
          Task task =
              taskService
                  .createTaskQuery()
                  .processInstanceId(instance.getId())
                  .taskDefinitionKey(step.getId())
                  .singleResult();
          assertThat(task).as("a task of %s.%s", definition.getKey(), step.getId()).isNotNull();
          steps++;
          checkRefusals(softly, definition.getKey() + "." + step.getId(), task);
        }
      }
    } finally {
      started.forEach(
          id ->
              runtimeService.deleteProcessInstanceIfExists(
                  id, "TaskRolesIT", true, true, true, true));
    }
    softly.assertAll();
    assertThat(steps).as("user tasks found in the deployed models").isGreaterThanOrEqualTo(16);
  }

  private void checkRefusals(SoftAssertions softly, String step, Task task) {
    Set<Role> candidates = EnumSet.noneOf(Role.class);
    taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> l.getGroupId() != null)
        .forEach(l -> Role.byName(l.getGroupId()).ifPresent(candidates::add));
    softly.assertThat(candidates).as("candidate groups of %s", step).isNotEmpty();
    String assigneeBefore = task.getAssignee();
    for (Role role : Role.values()) {
      if (candidates.contains(role)) {
        continue;
      }
      Http outsider = basic(DemoStaff.userOf(role));
      HttpResponse<String> claim = outsider.post("/api/tasks/" + task.getId() + "/claim", null);
      HttpResponse<String> complete =
          outsider.post("/api/tasks/" + task.getId() + "/complete", "{}");
      softly.assertThat(claim.statusCode()).as("%s claims %s", role, step).isEqualTo(403);
      softly.assertThat(complete.statusCode()).as("%s completes %s", role, step).isEqualTo(403);
      Task now = taskService.createTaskQuery().taskId(task.getId()).singleResult();
      softly.assertThat(now).as("%s after %s tried", step, role).isNotNull();
      if (now != null) {
        softly
            .assertThat(now.getAssignee())
            .as("holder of %s after %s tried", step, role)
            .isEqualTo(assigneeBefore);
      }
    }
    // and the test can tell the difference: a member of the step's role may claim it
    if (assigneeBefore == null && !candidates.isEmpty()) {
      Role member = candidates.iterator().next();
      HttpResponse<String> claim =
          basic(DemoStaff.userOf(member)).post("/api/tasks/" + task.getId() + "/claim", null);
      softly.assertThat(claim.statusCode()).as("%s claims %s", member, step).isEqualTo(200);
    }
  }

  /**
   * Variables of a real case and a real complaint, opened through the API, for steps that read
   * them.
   */
  private Map<String, Map<String, Object>> templates() {
    Http agent = basic("agent");
    String caseNo =
        Http.json(
                agent.post(
                    "/api/service-cases",
                    """
        {"customerNo": "3302000005", "serviceType": "REPAIR", "channel": "API", "description": "岗位校验用工单"}"""))
            .getString("caseNo");
    String complaintNo =
        Http.json(
                agent.post(
                    "/api/complaints",
                    """
        {"customerNo": "3301000007", "complaintClass": "SERVICE", "description": "岗位校验用投诉"}"""))
            .getString("complaintNo");
    Map<String, Map<String, Object>> templates = new HashMap<>();
    templates.put("afterSales", variablesOf(caseNo));
    templates.put("complaint", variablesOf(complaintNo));
    return templates;
  }

  private Map<String, Object> variablesOf(String businessKey) {
    ProcessInstance instance =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(businessKey)
            .singleResult();
    assertThat(instance).as("the process of %s", businessKey).isNotNull();
    return runtimeService.getVariables(instance.getId());
  }
}
