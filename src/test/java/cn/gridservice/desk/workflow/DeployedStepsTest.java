package cn.gridservice.desk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.testsupport.InMemoryEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The step filter's steps come from the deployed models: every user task of the latest versions.
 */
class DeployedStepsTest {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE =
      ProcessEngineExtension.builder().useProcessEngine(InMemoryEngine.get()).build();

  @Test
  @Deployment(
      resources = {
        "processes/afterSales.bpmn",
        "processes/complaint.bpmn",
        "processes/serviceDeadlines.dmn",
        "processes/slaThresholds.dmn",
        "processes/complaintGrading.dmn",
        "processes/complaintLimits.dmn"
      })
  void theUserTasksOfBothModelsInTheirOrder() {
    DeployedSteps steps = new DeployedSteps(ENGINE.getProcessEngine().getRepositoryService());

    assertThat(steps.userTaskIds())
        .containsSubsequence(
            "acceptRequest",
            "scheduleVisit",
            "arriveOnSite",
            "executeService",
            "recordFeedback",
            "decideEscalatedCase",
            "superviseOverdueStep")
        .contains(
            "contactCustomer",
            "superviseContact",
            "investigateComplaint",
            "provideInput",
            "approveReply",
            "replyToCustomer",
            "superviseReply",
            "followUpCall",
            "acknowledgeEscalation")
        .doesNotHaveDuplicates();
  }

  @Test
  void aNewVersionReplacesTheStepsOfTheOldOne() {
    RepositoryService repository = ENGINE.getProcessEngine().getRepositoryService();
    DeployedSteps steps = new DeployedSteps(repository);
    String first = deploy(repository, probe("oldStep"));
    try {
      assertThat(steps.userTaskIds()).contains("oldStep");
      String second = deploy(repository, probe("newStep"));
      try {
        assertThat(steps.userTaskIds()).contains("newStep").doesNotContain("oldStep");
      } finally {
        repository.deleteDeployment(second, true);
      }
    } finally {
      repository.deleteDeployment(first, true);
    }
  }

  private static BpmnModelInstance probe(String userTask) {
    return Bpmn.createExecutableProcess("deployedStepsProbe")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask(userTask)
        .endEvent()
        .done();
  }

  private static String deploy(RepositoryService repository, BpmnModelInstance model) {
    return repository
        .createDeployment()
        .addModelInstance("deployedStepsProbe.bpmn", model)
        .deploy()
        .getId();
  }
}
