package cn.gridservice.desk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.testsupport.InMemoryEngine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The open steps of many instances at once are exactly what asking instance by instance gives. */
class OpenStepsTest {

  @RegisterExtension
  static ProcessEngineExtension engineExtension =
      ProcessEngineExtension.builder().useProcessEngine(InMemoryEngine.get()).build();

  private static final List<String> ROLES = Arrays.stream(Role.values()).map(Role::name).toList();

  private ProcessEngine engine;
  private String deploymentId;
  private OpenSteps openSteps;

  @BeforeEach
  void deployProbe() {
    engine = engineExtension.getProcessEngine();
    // two steps at once (one of two groups, one of one group), then a third without a group
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("openStepsProbe")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .parallelGateway("fork")
            .userTask("first")
            .camundaCandidateGroups("AGENT, DISPATCHER")
            .camundaDueDate("2026-03-03T17:30:00")
            .parallelGateway("join")
            .userTask("third")
            .camundaAssignee("technician")
            .endEvent()
            .moveToNode("fork")
            .userTask("second")
            .camundaCandidateGroups("COMPLAINT_HANDLER")
            .connectTo("join")
            .done();
    deploymentId =
        engine
            .getRepositoryService()
            .createDeployment()
            .addModelInstance("openStepsProbe.bpmn", model)
            .deploy()
            .getId();
    openSteps = new OpenSteps();
    openSteps.taskService = engine.getTaskService();
    openSteps.runtimeService = engine.getRuntimeService();
  }

  @AfterEach
  void cleanUp() {
    engine.getRepositoryService().deleteDeployment(deploymentId, true);
  }

  @Test
  void manyInstancesAtOnceGiveWhatEachGivesAlone() {
    ProcessInstance fresh = start("A");
    ProcessInstance claimed = start("B");
    Task claimedFirst = task(claimed, "first");
    engine.getTaskService().claim(claimedFirst.getId(), "agent");
    engine
        .getTaskService()
        .setVariableLocal(claimedFirst.getId(), TaskDeadlineListener.DUE_PROVISIONAL, true);
    ProcessInstance further = start("C");
    engine.getTaskService().complete(task(further, "first").getId());
    engine.getTaskService().complete(task(further, "second").getId());
    ProcessInstance finished = start("D");
    engine.getTaskService().complete(task(finished, "first").getId());
    engine.getTaskService().complete(task(finished, "second").getId());
    engine.getTaskService().complete(task(finished, "third").getId());

    List<String> ids =
        new ArrayList<>(List.of(fresh.getId(), claimed.getId(), further.getId(), finished.getId()));
    ids.add(null);
    Map<String, List<OpenSteps.OpenStep>> all = openSteps.ofInstances(ids, ROLES);

    assertThat(all).containsOnlyKeys(fresh.getId(), claimed.getId(), further.getId());
    for (String id : List.of(fresh.getId(), claimed.getId(), further.getId())) {
      assertThat(all.get(id)).as(id).isEqualTo(openSteps.of(id));
    }
    OpenSteps.OpenStep first =
        all.get(claimed.getId()).stream()
            .filter(s -> s.step().equals("first"))
            .findFirst()
            .orElseThrow();
    assertThat(first.candidateGroups()).containsExactly("AGENT", "DISPATCHER");
    assertThat(first.assignee()).isEqualTo("agent");
    assertThat(first.dueProvisional()).isTrue();
    assertThat(first.due()).isNotNull();
    assertThat(all.get(fresh.getId()))
        .extracting(OpenSteps.OpenStep::dueProvisional)
        .containsOnly(false);
    assertThat(all.get(further.getId()))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.step()).isEqualTo("third");
              assertThat(s.candidateGroups()).isEmpty();
              assertThat(s.assignee()).isEqualTo("technician");
            });
  }

  @Test
  void noInstancesNoQuestions() {
    assertThat(openSteps.ofInstances(List.of(), ROLES)).isEmpty();
    assertThat(openSteps.ofInstances(Arrays.asList((String) null), ROLES)).isEmpty();
    assertThat(openSteps.ofInstances(List.of("no-such-instance"), ROLES)).isEmpty();
  }

  private ProcessInstance start(String businessKey) {
    return engine.getRuntimeService().startProcessInstanceByKey("openStepsProbe", businessKey);
  }

  private Task task(ProcessInstance instance, String step) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(step)
        .singleResult();
  }
}
