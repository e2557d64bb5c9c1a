package cn.gridservice.desk.workflow;

import static cn.gridservice.desk.testsupport.TestTimes.at;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.testsupport.InMemoryEngine;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Timers and task due dates written in working time, in the real engine, with the clock moved. */
class WorkingCalendarPluginTest {

  @RegisterExtension
  static ProcessEngineExtension engineExtension =
      ProcessEngineExtension.builder().useProcessEngine(InMemoryEngine.get()).build();

  private ProcessEngine engine;
  private String deploymentId;

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    if (deploymentId != null) {
      engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }
  }

  private void deploy(String key, String taskDue, String timer) {
    engine = engineExtension.getProcessEngine();
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(key)
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("answer")
            .camundaDueDate(taskDue)
            .camundaCandidateGroups("AGENT")
            .boundaryEvent("late")
            .timerWithDuration(timer)
            .endEvent("escalated")
            .moveToActivity("answer")
            .endEvent("answered")
            .done();
    deploymentId =
        engine
            .getRepositoryService()
            .createDeployment()
            .addModelInstance(key + ".bpmn", model)
            .deploy()
            .getId();
  }

  @Test
  void aTimerInWorkingHoursSkipsNationalDayAndFiresWhenTheClockGetsThere() {
    deploy("beforeNationalDay", "WORKING_DAYS:1", "WORKING_HOURS:4");
    // Wednesday 30 September 2026, 16:30: one working hour left that day, then 1–7 October off
    ClockUtil.setCurrentTime(at("2026-09-30T16:30:00+08:00"));
    ProcessInstance instance =
        engine.getRuntimeService().startProcessInstanceByKey("beforeNationalDay");

    Task task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .singleResult();
    Job timer =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(instance.getId())
            .singleResult();
    assertThat(task.getDueDate()).isEqualTo(at("2026-10-08T17:30:00+08:00"));
    assertThat(timer.getDuedate()).isEqualTo(at("2026-10-08T11:30:00+08:00"));
    assertThat(
            engine.getTaskService().getVariableLocal(task.getId(), TaskDeadlineListener.DUE_RULE))
        .isEqualTo("WORKING_DAYS:1");
    assertThat(
            engine
                .getTaskService()
                .getVariableLocal(task.getId(), TaskDeadlineListener.DUE_PROVISIONAL))
        .isEqualTo(false);

    ClockUtil.setCurrentTime(at("2026-10-08T11:29:00+08:00"));
    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .jobId(timer.getId())
                .executable()
                .count())
        .isZero();
    ClockUtil.setCurrentTime(at("2026-10-08T11:31:00+08:00"));
    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .jobId(timer.getId())
                .executable()
                .count())
        .isEqualTo(1);
    engine.getManagementService().executeJob(timer.getId());

    assertThat(
            engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .activityId("escalated")
                .count())
        .isEqualTo(1);
  }

  @Test
  void isoDurationsKeepTheirMeaningAroundTheClock() {
    deploy("aroundTheClock", "PT2H", "PT45M");
    ClockUtil.setCurrentTime(at("2026-10-01T23:30:00+08:00"));
    ProcessInstance instance =
        engine.getRuntimeService().startProcessInstanceByKey("aroundTheClock");

    Task task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .singleResult();
    Job timer =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(instance.getId())
            .singleResult();
    assertThat(timer.getDuedate()).isEqualTo(at("2026-10-02T00:15:00+08:00"));
    assertThat(task.getDueDate()).isEqualTo(at("2026-10-02T01:30:00+08:00"));
    assertThat(
            engine.getTaskService().getVariableLocal(task.getId(), TaskDeadlineListener.DUE_RULE))
        .isNull();
  }

  @Test
  void aDeadlineInAYearWithoutOfficialDataIsMarkedProvisional() {
    deploy("nextYear", "WORKING_DAYS:1", "WORKING_DAYS:3");
    // Friday 5 March 2027: 2027 has no data in the seed, so Monday 8 March is assumed to be worked
    ClockUtil.setCurrentTime(at("2027-03-05T10:00:00+08:00"));
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("nextYear");

    Task task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .singleResult();
    assertThat(task.getDueDate()).isEqualTo(at("2027-03-08T17:30:00+08:00"));
    assertThat(
            engine
                .getTaskService()
                .getVariableLocal(task.getId(), TaskDeadlineListener.DUE_PROVISIONAL))
        .isEqualTo(true);
  }

  @Test
  void aLimitFromADecisionTableSetsTheDueDateInWorkingTime() {
    engine = engineExtension.getProcessEngine();
    String dmn =
        """
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="limits" name="Limits" namespace="http://gridservice.cn/test">
          <decision id="replyLimit" name="Reply limit" camunda:historyTimeToLive="1">
            <decisionTable id="replyLimitTable" hitPolicy="FIRST">
              <input id="grade" label="Grade"><inputExpression id="gradeExpression" typeRef="string"><text>grade</text></inputExpression></input>
              <output id="limit" name="limit" typeRef="string"/>
              <rule id="major"><inputEntry id="majorGrade"><text>"MAJOR"</text></inputEntry><outputEntry id="majorLimit"><text>"WORKING_HOURS:4"</text></outputEntry></rule>
              <rule id="other"><inputEntry id="otherGrade"><text>-</text></inputEntry><outputEntry id="otherLimit"><text>"WORKING_DAYS:7"</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """;
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("limitFromTable")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .businessRuleTask("decideLimit")
            .camundaDecisionRef("replyLimit")
            .camundaMapDecisionResult("singleEntry")
            .camundaResultVariable("replyLimit")
            .userTask("reply")
            .camundaDueDate("${replyLimit}")
            .camundaCandidateGroups("COMPLAINT_HANDLER")
            .endEvent()
            .done();
    deploymentId =
        engine
            .getRepositoryService()
            .createDeployment()
            .addString("limits.dmn", dmn)
            .addModelInstance("limitFromTable.bpmn", model)
            .deploy()
            .getId();
    // Thursday 12 February 2026, 09:00: the 7 working days run through Spring Festival
    ClockUtil.setCurrentTime(at("2026-02-12T09:00:00+08:00"));

    ProcessInstance general =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey("limitFromTable", Map.of("grade", "GENERAL"));
    ProcessInstance major =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey("limitFromTable", Map.of("grade", "MAJOR"));

    // 13, 14 (make-up Saturday), 24, 25, 26, 27, 28 (make-up Saturday) February
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceId(general.getId())
                .singleResult()
                .getDueDate())
        .isEqualTo(at("2026-02-28T17:30:00+08:00"));
    // 09:00-12:00 and 13:30-14:30
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceId(major.getId())
                .singleResult()
                .getDueDate())
        .isEqualTo(at("2026-02-12T14:30:00+08:00"));
  }
}
