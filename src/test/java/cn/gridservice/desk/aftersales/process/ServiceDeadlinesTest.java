package cn.gridservice.desk.aftersales.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.gridservice.desk.testsupport.InMemoryEngine;
import cn.gridservice.desk.workflow.TaskDeadlineListener;

/** Every row of processes/serviceDeadlines.dmn, and the due dates it gives the after-sales steps. */
@Deployment(resources = {"processes/afterSales.bpmn", "processes/serviceDeadlines.dmn", "processes/slaThresholds.dmn"})
class ServiceDeadlinesTest {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE =
      ProcessEngineExtension.builder().useProcessEngine(InMemoryEngine.get()).build();

  private ProcessEngine engine;

  @BeforeEach
  void registerBean() {
    engine = ENGINE.getProcessEngine();
    // the model's time-limit timers and records need their beans as well
    AfterSalesBeans.register(engine);
  }

  @AfterEach
  void cleanUp() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @ParameterizedTest(name = "{0} {1} priority={2} {3} -> {4}")
  @CsvSource(nullValues = "null", value = {
      "acceptRequest, REPAIR, true, URBAN, WORKING_HOURS:2",
      "acceptRequest, MAINTENANCE, false, RURAL, WORKING_HOURS:4",
      "scheduleVisit, FAULT_REPAIR, false, URBAN, MINUTES:45",
      "scheduleVisit, FAULT_REPAIR, true, RURAL, MINUTES:90",
      "scheduleVisit, FAULT_REPAIR, false, REMOTE, MINUTES:120",
      "scheduleVisit, REPAIR, true, URBAN, WORKING_HOURS:4",
      "scheduleVisit, TROUBLESHOOTING, false, REMOTE, WORKING_DAYS:1",
      "executeService, FAULT_REPAIR, false, URBAN, FROM_SUBMISSION MINUTES:225",
      "executeService, FAULT_REPAIR, false, RURAL, FROM_SUBMISSION MINUTES:330",
      "executeService, FAULT_REPAIR, true, REMOTE, FROM_SUBMISSION MINUTES:360",
      "executeService, REPAIR, true, URBAN, APPOINTMENT",
      "recordFeedback, ENQUIRY, true, URBAN, WORKING_DAYS:1",
      "recordFeedback, REPAIR, false, RURAL, WORKING_DAYS:2",
      "decideEscalatedCase, REPAIR, false, URBAN, WORKING_DAYS:1",
      "unknownStep, REPAIR, false, URBAN, null",
  })
  void everyRowOfTheTable(String step, String serviceType, boolean priority, String area, String limit) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("step", step);
    inputs.put("serviceType", serviceType);
    inputs.put("priorityCustomer", priority);
    inputs.put("area", area);
    var result = engine.getDecisionService().evaluateDecisionByKey(ServiceDeadlines.DECISION_KEY).variables(inputs).evaluate();
    Object answer = result.isEmpty() ? null : result.getSingleEntry();
    assertThat(answer).isEqualTo(limit);
  }

  @Test
  void acceptanceIsDueFourWorkingHoursLaterCountingTheMakeUpSaturday() {
    // Friday 13 February 2026, 16:00: 1.5 h that day, 2.5 h on Saturday 14 February (worked)
    ClockUtil.setCurrentTime(at("2026-02-13T16:00:00+08:00"));
    Task accept = firstTask(start("REPAIR", false, "URBAN"));
    assertThat(accept.getDueDate()).isEqualTo(at("2026-02-14T11:00:00+08:00"));
    assertThat(engine.getTaskService().getVariableLocal(accept.getId(), TaskDeadlineListener.DUE_RULE))
        .isEqualTo("WORKING_HOURS:4");
  }

  @Test
  void aKeyAccountTakesTheShortestAcceptanceLimit() {
    ClockUtil.setCurrentTime(at("2026-02-13T16:00:00+08:00"));
    assertThat(firstTask(start("REPAIR", true, "URBAN")).getDueDate()).isEqualTo(at("2026-02-14T09:00:00+08:00"));
  }

  @Test
  void aFaultRepairIsDispatchedWithinTheAreasArrivalLimitAroundTheClock() {
    // National Day, 23:30: fault repair knows no holidays
    ClockUtil.setCurrentTime(at("2026-10-01T23:30:00+08:00"));
    assertThat(firstTask(start("FAULT_REPAIR", false, "URBAN")).getDueDate()).isEqualTo(at("2026-10-02T00:15:00+08:00"));
    assertThat(firstTask(start("FAULT_REPAIR", false, "RURAL")).getDueDate()).isEqualTo(at("2026-10-02T01:00:00+08:00"));
    assertThat(firstTask(start("FAULT_REPAIR", false, "REMOTE")).getDueDate()).isEqualTo(at("2026-10-02T01:30:00+08:00"));
  }

  @Test
  void aFaultRepairsRestorationLimitRunsFromTheCallNotFromDispatch() {
    ClockUtil.setCurrentTime(at("2026-10-01T23:30:00+08:00"));
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(AfterSalesProcess.PROCESS_KEY, Map.of(
        AfterSalesProcess.VAR_CASE_NO, "SH-2026-000002", AfterSalesProcess.VAR_SERVICE_TYPE, "FAULT_REPAIR",
        AfterSalesProcess.VAR_PRIORITY_CUSTOMER, false, AfterSalesProcess.VAR_AREA, "URBAN",
        AfterSalesProcess.VAR_SUBMITTED_AT, at("2026-10-01T23:30:00+08:00")));
    // dispatched 30 minutes after the call
    ClockUtil.setCurrentTime(at("2026-10-02T00:00:00+08:00"));
    engine.getTaskService().complete(firstTask(instance).getId(), Map.of(AfterSalesProcess.VAR_TECHNICIAN_ID, "technician"));
    // 45 min arrival + 3 h restoration = 225 min from the call
    assertThat(firstTask(instance).getDueDate()).isEqualTo(at("2026-10-02T03:15:00+08:00"));
  }

  @Test
  void theRestorationLimitKeepsTheTablesRuleBesideItsDateWhileTheEngineGetsTheDate() {
    ServiceDeadlines deadlines = new ServiceDeadlines(engine.getDecisionService());
    VariableScope fault = variables(Map.of(AfterSalesProcess.VAR_SERVICE_TYPE, "FAULT_REPAIR",
        AfterSalesProcess.VAR_PRIORITY_CUSTOMER, false, AfterSalesProcess.VAR_AREA, "RURAL",
        AfterSalesProcess.VAR_SUBMITTED_AT, at("2026-10-01T23:30:00+08:00")));

    ServiceDeadlines.Limit restoration = deadlines.resolve(fault, AfterSalesProcess.TASK_EXECUTE_SERVICE);

    // 330 minutes from the call
    assertThat(restoration).isEqualTo(new ServiceDeadlines.Limit("FROM_SUBMISSION MINUTES:330", at("2026-10-02T05:00:00+08:00")));
    assertThat(deadlines.limit(fault, AfterSalesProcess.TASK_EXECUTE_SERVICE)).isEqualTo(at("2026-10-02T05:00:00+08:00"));
    // a limit counted from the step's start is the table's text for both
    assertThat(deadlines.resolve(fault, AfterSalesProcess.TASK_ACCEPT_REQUEST))
        .isEqualTo(new ServiceDeadlines.Limit("WORKING_HOURS:4", null));
    assertThat(deadlines.limit(fault, AfterSalesProcess.TASK_ACCEPT_REQUEST)).isEqualTo("WORKING_HOURS:4");
    assertThat(deadlines.resolve(fault, "unknownStep")).isNull();
    assertThat(deadlines.limit(fault, "unknownStep")).isNull();
  }

  @Test
  void anAppointmentIsTheLimitOnceAgreed() {
    ServiceDeadlines deadlines = new ServiceDeadlines(engine.getDecisionService());
    Map<String, Object> repair = new HashMap<>(Map.of(AfterSalesProcess.VAR_SERVICE_TYPE, "REPAIR",
        AfterSalesProcess.VAR_PRIORITY_CUSTOMER, false, AfterSalesProcess.VAR_AREA, "URBAN"));

    assertThat(deadlines.resolve(variables(repair), AfterSalesProcess.TASK_EXECUTE_SERVICE)).isNull();
    assertThat(deadlines.limit(variables(repair), AfterSalesProcess.TASK_EXECUTE_SERVICE)).isNull();

    repair.put(AfterSalesProcess.VAR_APPOINTMENT_END, at("2026-03-04T12:00:00+08:00"));
    assertThat(deadlines.resolve(variables(repair), AfterSalesProcess.TASK_EXECUTE_SERVICE))
        .isEqualTo(new ServiceDeadlines.Limit(ServiceDeadlines.APPOINTMENT, at("2026-03-04T12:00:00+08:00")));
    assertThat(deadlines.limit(variables(repair), AfterSalesProcess.TASK_EXECUTE_SERVICE))
        .isEqualTo(at("2026-03-04T12:00:00+08:00"));
  }

  @Test
  void highRiskCustomersAndKeyAccountsAreRoutedFirst() {
    assertThat(firstTask(start("REPAIR", true, "URBAN")).getPriority()).isGreaterThan(firstTask(start("REPAIR", false, "URBAN")).getPriority());
  }

  @Test
  void onSiteWorkIsDueAtTheAgreedAppointment() {
    ClockUtil.setCurrentTime(at("2026-03-02T09:00:00+08:00"));
    ProcessInstance instance = start("MAINTENANCE", false, "URBAN");
    engine.getTaskService().complete(firstTask(instance).getId(), Map.of(AfterSalesProcess.VAR_ACCEPTANCE, "ACCEPTED"));
    engine.getTaskService().complete(firstTask(instance).getId(),
        Map.of(AfterSalesProcess.VAR_APPOINTMENT_END, at("2026-03-04T12:00:00+08:00")));
    Task execute = firstTask(instance);
    assertThat(execute.getTaskDefinitionKey()).isEqualTo(AfterSalesProcess.TASK_EXECUTE_SERVICE);
    assertThat(execute.getDueDate()).isEqualTo(at("2026-03-04T12:00:00+08:00"));
  }

  /** The variables of an execution, as far as the table's inputs need them. */
  private static VariableScope variables(Map<String, Object> variables) {
    return (VariableScope) Proxy.newProxyInstance(ServiceDeadlinesTest.class.getClassLoader(),
        new Class<?>[] {VariableScope.class}, (proxy, method, args) -> {
          if (method.getName().equals("getVariable") && args != null && args.length == 1) {
            return variables.get(args[0]);
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  private ProcessInstance start(String serviceType, boolean priority, String area) {
    return engine.getRuntimeService().startProcessInstanceByKey(AfterSalesProcess.PROCESS_KEY, Map.of(
        AfterSalesProcess.VAR_CASE_NO, "SH-2026-000001",
        AfterSalesProcess.VAR_SERVICE_TYPE, serviceType,
        AfterSalesProcess.VAR_PRIORITY_CUSTOMER, priority,
        AfterSalesProcess.VAR_AREA, area));
  }

  private Task firstTask(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private static Date at(String isoWithOffset) {
    return Date.from(OffsetDateTime.parse(isoWithOffset).toInstant());
  }
}
