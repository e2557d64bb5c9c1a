package cn.gridservice.desk.aftersales.process;

import static cn.gridservice.desk.aftersales.process.AfterSalesProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import cn.gridservice.desk.aftersales.domain.ServiceType;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.testsupport.InMemoryEngine;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The after-sales model on a real engine in memory, one customer story per test. */
@Deployment(
    resources = {
      "processes/afterSales.bpmn",
      "processes/serviceDeadlines.dmn",
      "processes/slaThresholds.dmn"
    })
class AfterSalesProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE =
      ProcessEngineExtension.builder().useProcessEngine(InMemoryEngine.get()).build();

  private static final String CASE_NO = "AS-2026-000123";
  private static final String CUSTOMER_NO = "3100456789";
  private static final String TECHNICIAN = "wang.wei";
  private static final String MAINTENANCE = ServiceType.MAINTENANCE.name();
  private static final String ENQUIRY = ServiceType.ENQUIRY.name();

  @BeforeEach
  void bindAssertionsToTheTestEngine() {
    // explicit, because the assertions would otherwise guess among all engines of the JVM
    init(ENGINE.getProcessEngine());
    // the due dates and time-limit timers come from the decision tables through these beans, as in
    // the server
    AfterSalesBeans.register(ENGINE.getProcessEngine());
  }

  @AfterEach
  void unbindAssertions() {
    reset();
    Mocks.reset();
  }

  @Test
  void acceptedRequestIsVisitedAndClosedWhenTheCustomerIsSatisfied() {
    ProcessInstance request = requestService(MAINTENANCE);

    assertThat(request)
        .isWaitingAtExactly(TASK_ACCEPT_REQUEST)
        .task()
        .hasCandidateGroup(GROUP_AGENT);
    complete(task(request), withVariables(VAR_ACCEPTANCE, ACCEPTANCE_ACCEPTED));

    assertThat(request)
        .isWaitingAtExactly(TASK_SCHEDULE_VISIT)
        .task()
        .hasCandidateGroup(GROUP_DISPATCHER);
    complete(task(request), withVariables(VAR_TECHNICIAN_ID, TECHNICIAN));

    assertThat(request)
        .isWaitingAtExactly(TASK_EXECUTE_SERVICE)
        .task()
        .isAssignedTo(TECHNICIAN)
        .hasCandidateGroupAssociated(GROUP_TECHNICIAN);
    complete(task(request), withVariables(VAR_WORK_COMPLETED, true));

    assertThat(request)
        .isWaitingAtExactly(TASK_RECORD_FEEDBACK)
        .task()
        .hasCandidateGroup(GROUP_AGENT);
    complete(task(request), withVariables(VAR_CUSTOMER_SATISFIED, true));

    assertThat(request)
        .isEnded()
        .hasPassedInOrder(
            EVENT_SERVICE_REQUESTED,
            TASK_ACCEPT_REQUEST,
            TASK_SCHEDULE_VISIT,
            TASK_EXECUTE_SERVICE,
            TASK_RECORD_FEEDBACK,
            EVENT_CASE_RESOLVED)
        .hasNotPassed(TASK_DECIDE_ESCALATED_CASE);
  }

  @Test
  void faultRepairSkipsAcceptanceAndGoesStraightToScheduling() {
    ProcessInstance fault = requestService(SERVICE_TYPE_FAULT_REPAIR);

    assertThat(fault)
        .isWaitingAtExactly(TASK_SCHEDULE_VISIT)
        .hasNotPassed(TASK_ACCEPT_REQUEST)
        .task()
        .hasCandidateGroup(GROUP_DISPATCHER);
  }

  @Test
  void aFaultRepairsTechnicianRecordsTheArrivalOnSiteBeforeTheRestoration() {
    ProcessInstance fault = requestService(SERVICE_TYPE_FAULT_REPAIR);
    complete(task(fault), withVariables(VAR_TECHNICIAN_ID, TECHNICIAN));

    assertThat(fault).isWaitingAtExactly(TASK_ARRIVE_ON_SITE).task().isAssignedTo(TECHNICIAN);
    complete(task(fault));
    assertThat(fault).isWaitingAtExactly(TASK_EXECUTE_SERVICE).task().isAssignedTo(TECHNICIAN);
    Assertions.assertThat(runtimeService().getVariable(fault.getId(), VAR_ARRIVED_ON_SITE))
        .isEqualTo(true);
    complete(task(fault), withVariables(VAR_WORK_COMPLETED, true));
    assertThat(fault)
        .isWaitingAtExactly(TASK_RECORD_FEEDBACK)
        .hasPassedInOrder(
            TASK_SCHEDULE_VISIT, GATEWAY_ARRIVAL, TASK_ARRIVE_ON_SITE, TASK_EXECUTE_SERVICE);
  }

  @Test
  void onlyAFaultRepairRecordsAnArrival() {
    ProcessInstance request = acceptedRequest();
    visit(request);
    assertThat(request).hasPassed(GATEWAY_ARRIVAL).hasNotPassed(TASK_ARRIVE_ON_SITE);
  }

  @ParameterizedTest
  @EnumSource(value = ServiceType.class, mode = EnumSource.Mode.EXCLUDE, names = "FAULT_REPAIR")
  void everyOtherServiceTypeIsAcceptedFirst(ServiceType type) {
    ProcessInstance request = requestService(type.name());

    assertThat(request)
        .isWaitingAtExactly(TASK_ACCEPT_REQUEST)
        .task()
        .hasCandidateGroup(GROUP_AGENT);
  }

  @Test
  void faultRepairOfTheDomainIsTheValueTheModelRoutesAsUrgent() {
    // the model compares the variable with a string: a renamed enum constant would silently lose
    // the fast path
    Assertions.assertThat(ServiceType.FAULT_REPAIR.name()).isEqualTo(SERVICE_TYPE_FAULT_REPAIR);
  }

  @Test
  void rejectedRequestEndsWithoutAVisit() {
    ProcessInstance request = requestService(MAINTENANCE);

    complete(task(request), withVariables(VAR_ACCEPTANCE, ACCEPTANCE_REJECTED));

    assertThat(request)
        .isEnded()
        .hasPassed(EVENT_REQUEST_REJECTED)
        .hasNotPassed(TASK_SCHEDULE_VISIT, TASK_RECORD_FEEDBACK, EVENT_CASE_RESOLVED);
  }

  @Test
  void enquiryAnsweredOnTheSpotGoesStraightToTheFeedbackCall() {
    ProcessInstance enquiry = requestService(ENQUIRY);

    complete(task(enquiry), withVariables(VAR_ACCEPTANCE, ACCEPTANCE_ANSWERED));

    assertThat(enquiry)
        .isWaitingAtExactly(TASK_RECORD_FEEDBACK)
        .hasNotPassed(TASK_SCHEDULE_VISIT, TASK_EXECUTE_SERVICE)
        .task()
        .hasCandidateGroup(GROUP_AGENT);
    complete(task(enquiry), withVariables(VAR_CUSTOMER_SATISFIED, true));
    assertThat(enquiry).isEnded().hasPassed(EVENT_CASE_RESOLVED);
  }

  @Test
  void unknownAcceptanceIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance request = requestService(MAINTENANCE);
    Task accept = task(request);

    Assertions.assertThatThrownBy(() -> complete(accept, withVariables(VAR_ACCEPTANCE, "MAYBE")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("acceptanceGateway");

    assertThat(request).isWaitingAtExactly(TASK_ACCEPT_REQUEST);
  }

  @Test
  void visitThatCouldNotFinishTheWorkIsScheduledAgain() {
    ProcessInstance request = acceptedRequest();
    complete(task(request), withVariables(VAR_TECHNICIAN_ID, TECHNICIAN));

    complete(task(request), withVariables(VAR_WORK_COMPLETED, false));

    assertThat(request).isWaitingAtExactly(TASK_SCHEDULE_VISIT).hasNotPassed(TASK_RECORD_FEEDBACK);
    // an unfinished visit is the company's business, not a reopen by the customer
    assertThat(request).variables().containsEntry(VAR_REOPEN_COUNT, 0L);
    visit(request);
    assertThat(request).isWaitingAtExactly(TASK_RECORD_FEEDBACK);
    Assertions.assertThat(timesPassed(request, TASK_EXECUTE_SERVICE)).isEqualTo(2);
  }

  @Test
  void dissatisfiedCustomerReopensTwiceThenTheServiceManagerDecides() {
    ProcessInstance request = acceptedRequest();

    visitAndCallBack(request, false);
    assertThat(request).isWaitingAtExactly(TASK_SCHEDULE_VISIT);
    assertThat(request).variables().containsEntry(VAR_REOPEN_COUNT, 1L);

    visitAndCallBack(request, false);
    assertThat(request).isWaitingAtExactly(TASK_SCHEDULE_VISIT);
    assertThat(request).variables().containsEntry(VAR_REOPEN_COUNT, 2L);

    visitAndCallBack(request, false);
    assertThat(request)
        .isWaitingAtExactly(TASK_DECIDE_ESCALATED_CASE)
        .task()
        .hasCandidateGroup(GROUP_SERVICE_MANAGER);
    Assertions.assertThat(timesPassed(request, TASK_SCHEDULE_VISIT)).isEqualTo(3);

    complete(task(request), withVariables(VAR_MANAGER_DECISION, DECISION_CLOSE));
    assertThat(request).isEnded().hasPassedInOrder(TASK_DECIDE_ESCALATED_CASE, EVENT_CASE_RESOLVED);
  }

  @Test
  void serviceManagerCanOrderAnotherVisitAndSeesTheCaseAgainIfItFails() {
    ProcessInstance request = acceptedRequest();
    visitAndCallBack(request, false);
    visitAndCallBack(request, false);
    visitAndCallBack(request, false);
    assertThat(request).isWaitingAtExactly(TASK_DECIDE_ESCALATED_CASE);

    complete(task(request), withVariables(VAR_MANAGER_DECISION, DECISION_RESCHEDULE));
    assertThat(request).isWaitingAtExactly(TASK_SCHEDULE_VISIT);

    // no more free reopens: still not satisfied goes straight back to the manager
    visitAndCallBack(request, false);
    assertThat(request).isWaitingAtExactly(TASK_DECIDE_ESCALATED_CASE);
    Assertions.assertThat(timesPassed(request, TASK_DECIDE_ESCALATED_CASE)).isEqualTo(2);
  }

  @Test
  void feedbackCallTestedOnItsOwnStillCountsTheReopen() {
    // an instance started in the middle of the model has its counter too
    ProcessInstance request =
        runtimeService()
            .createProcessInstanceByKey(PROCESS_KEY)
            .businessKey(CASE_NO)
            .startBeforeActivity(TASK_RECORD_FEEDBACK)
            .execute();

    complete(task(request), withVariables(VAR_CUSTOMER_SATISFIED, false));

    assertThat(request).isWaitingAtExactly(TASK_SCHEDULE_VISIT);
    assertThat(request).variables().containsEntry(VAR_REOPEN_COUNT, 1L);
  }

  @Test
  void customerCancellationEndsTheCase() {
    ProcessInstance request = requestService(MAINTENANCE);
    assertThat(request).isWaitingAt(TASK_ACCEPT_REQUEST);

    runtimeService()
        .createMessageCorrelation(MESSAGE_SERVICE_CANCELLED)
        .processInstanceBusinessKey(CASE_NO)
        .correlate();

    assertThat(request)
        .isEnded()
        .hasPassedInOrder(EVENT_SERVICE_CANCELLED, EVENT_CASE_CANCELLED)
        .hasNotPassed(EVENT_CASE_RESOLVED);
    Assertions.assertThat(taskQuery().processInstanceId(request.getId()).count()).isZero();
  }

  @Test
  void visitGoesToTheTechnicianTheDispatcherChose() {
    ProcessInstance request = acceptedRequest();

    complete(task(request), withVariables(VAR_TECHNICIAN_ID, TECHNICIAN));

    // still visible to the group, so that a colleague can take over when the technician is ill
    assertThat(request)
        .task()
        .isAssignedTo(TECHNICIAN)
        .hasCandidateGroupAssociated(GROUP_TECHNICIAN);
  }

  @Test
  void visitWithoutAChosenTechnicianIsOfferedToAllTechnicians() {
    ProcessInstance request = acceptedRequest();

    complete(task(request));

    assertThat(request).task().isNotAssigned().hasCandidateGroup(GROUP_TECHNICIAN);
  }

  @Test
  void everyUserTaskIsOfferedToTheRoleOfItsLane() {
    BpmnModelInstance model = model();

    Map<String, String> groupByTask =
        model.getModelElementsByType(UserTask.class).stream()
            .collect(Collectors.toMap(UserTask::getId, UserTask::getCamundaCandidateGroups));
    Assertions.assertThat(groupByTask)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                TASK_ACCEPT_REQUEST, GROUP_AGENT,
                TASK_SCHEDULE_VISIT, GROUP_DISPATCHER,
                TASK_ARRIVE_ON_SITE, GROUP_TECHNICIAN,
                TASK_EXECUTE_SERVICE, GROUP_TECHNICIAN,
                TASK_RECORD_FEEDBACK, GROUP_AGENT,
                TASK_DECIDE_ESCALATED_CASE, GROUP_SERVICE_MANAGER,
                TASK_SUPERVISE_OVERDUE_STEP, GROUP_DISPATCHER));

    Map<String, String> laneByTask =
        model.getModelElementsByType(Lane.class).stream()
            .flatMap(lane -> lane.getFlowNodeRefs().stream().map(node -> Map.entry(node, lane)))
            .filter(entry -> entry.getKey() instanceof UserTask)
            .collect(
                Collectors.toMap(
                    entry -> entry.getKey().getId(), entry -> entry.getValue().getName()));
    Assertions.assertThat(laneByTask).isEqualTo(groupByTask);
  }

  @Test
  void everyCandidateGroupIsAStaffRole() throws IllegalAccessException {
    List<String> roles = Stream.of(Role.values()).map(Role::name).toList();

    Assertions.assertThat(roles).containsAll(constants("GROUP_"));
  }

  @Test
  void processKeepsItsHistoryForThreeYears() {
    ProcessDefinition definition =
        repositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(PROCESS_KEY)
            .singleResult();

    Assertions.assertThat(definition.getHistoryTimeToLive()).isEqualTo(1095);
  }

  @Test
  void everyIdNamedInTheConstantsExistsInTheModel() throws IllegalAccessException {
    BpmnModelInstance model = model();

    for (String taskId : constants("TASK_")) {
      ModelElementInstance task = model.getModelElementById(taskId);
      Assertions.assertThat(task).as(taskId).isInstanceOf(UserTask.class);
    }
    for (String eventId : constants("EVENT_")) {
      ModelElementInstance event = model.getModelElementById(eventId);
      Assertions.assertThat(event).as(eventId).isInstanceOf(Event.class);
    }
    for (String gatewayId : constants("GATEWAY_")) {
      Assertions.assertThat((ModelElementInstance) model.getModelElementById(gatewayId))
          .as(gatewayId)
          .isInstanceOf(org.camunda.bpm.model.bpmn.instance.Gateway.class);
    }
    Assertions.assertThat(model.getModelElementsByType(Message.class))
        .extracting(Message::getName)
        .containsExactlyInAnyOrderElementsOf(constants("MESSAGE_"));
    Assertions.assertThat(model.getModelElementsByType(Lane.class))
        .extracting(Lane::getName)
        .containsExactlyInAnyOrderElementsOf(constants("GROUP_"));
  }

  // --- steps of the story ---

  private ProcessInstance requestService(String serviceType) {
    return runtimeService()
        .startProcessInstanceByKey(
            PROCESS_KEY,
            CASE_NO,
            withVariables(
                VAR_CASE_NO, CASE_NO, VAR_CUSTOMER_NO, CUSTOMER_NO, VAR_SERVICE_TYPE, serviceType));
  }

  private ProcessInstance acceptedRequest() {
    ProcessInstance request = requestService(MAINTENANCE);
    complete(task(request), withVariables(VAR_ACCEPTANCE, ACCEPTANCE_ACCEPTED));
    assertThat(request).isWaitingAtExactly(TASK_SCHEDULE_VISIT);
    return request;
  }

  /** Schedules the waiting case and finishes the work in one visit. */
  private void visit(ProcessInstance request) {
    assertThat(request).isWaitingAtExactly(TASK_SCHEDULE_VISIT);
    complete(task(request), withVariables(VAR_TECHNICIAN_ID, TECHNICIAN));
    assertThat(request).isWaitingAtExactly(TASK_EXECUTE_SERVICE);
    complete(task(request), withVariables(VAR_WORK_COMPLETED, true));
  }

  private void visitAndCallBack(ProcessInstance request, boolean satisfied) {
    visit(request);
    assertThat(request).isWaitingAtExactly(TASK_RECORD_FEEDBACK);
    complete(task(request), withVariables(VAR_CUSTOMER_SATISFIED, satisfied));
  }

  private static long timesPassed(ProcessInstance request, String activityId) {
    return historyService()
        .createHistoricActivityInstanceQuery()
        .processInstanceId(request.getId())
        .activityId(activityId)
        .count();
  }

  private static BpmnModelInstance model() {
    ProcessDefinition definition =
        repositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(PROCESS_KEY)
            .singleResult();
    return repositoryService().getBpmnModelInstance(definition.getId());
  }

  private static List<String> constants(String prefix) throws IllegalAccessException {
    List<String> values = new ArrayList<>();
    for (Field field : AfterSalesProcess.class.getFields()) {
      if (field.getName().startsWith(prefix)) {
        values.add((String) field.get(null));
      }
    }
    Assertions.assertThat(values).as("constants starting with " + prefix).isNotEmpty();
    return values;
  }
}
