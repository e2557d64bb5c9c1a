package cn.gridservice.desk.aftersales.process;

import static cn.gridservice.desk.testsupport.TestTimes.at;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.aftersales.domain.ServiceType;
import cn.gridservice.desk.calendar.domain.SeededCalendar;
import cn.gridservice.desk.tasklist.deadline.SlaSchedule;
import cn.gridservice.desk.testsupport.InMemoryEngine;
import cn.gridservice.desk.workflow.EngineClock;
import cn.gridservice.desk.workflow.TaskDeadlineListener;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every step × service type × area × high-risk/key-account flag of processes/serviceDeadlines.dmn
 * (UNIQUE: one row each), and the due dates it gives the after-sales steps, the fault repair's
 * arrival and restoration.
 */
@Deployment(
    resources = {
      "processes/afterSales.bpmn",
      "processes/serviceDeadlines.dmn",
      "processes/slaThresholds.dmn"
    })
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

  private static final List<String> STEPS =
      List.of(
          AfterSalesProcess.TASK_ACCEPT_REQUEST,
          AfterSalesProcess.TASK_SCHEDULE_VISIT,
          AfterSalesProcess.TASK_ARRIVE_ON_SITE,
          AfterSalesProcess.TASK_EXECUTE_SERVICE,
          AfterSalesProcess.TASK_RECORD_FEEDBACK,
          AfterSalesProcess.TASK_DECIDE_ESCALATED_CASE);
  private static final List<String> AREAS = List.of("URBAN", "RURAL", "REMOTE");

  /** high-risk, key account, both, neither: the case carries their union as priorityCustomer. */
  private static final List<boolean[]> FLAGS =
      List.of(
          new boolean[] {true, false},
          new boolean[] {false, true},
          new boolean[] {true, true},
          new boolean[] {false, false});

  /**
   * What the domain README §1 (and the ⚠ defaults in processes/README.md) say, written apart from
   * the table.
   */
  private static String expected(String step, ServiceType type, boolean priority, String area) {
    boolean fault = type == ServiceType.FAULT_REPAIR;
    return switch (step) {
      case "acceptRequest" -> priority ? "WORKING_HOURS:2" : "WORKING_HOURS:4";
      case "scheduleVisit" ->
          fault
              ? (priority ? "MINUTES:10" : "MINUTES:15")
              : (priority ? "WORKING_HOURS:4" : "WORKING_DAYS:1");
      // the arrival keeps the area's limit for every customer
      case "arriveOnSite" ->
          "FROM_SUBMISSION MINUTES:" + Map.of("URBAN", 45, "RURAL", 90, "REMOTE", 120).get(area);
      case "executeService" ->
          fault ? (area.equals("URBAN") ? "HOURS:3" : "HOURS:4") : "APPOINTMENT";
      case "recordFeedback" -> priority ? "WORKING_DAYS:1" : "WORKING_DAYS:2";
      case "decideEscalatedCase" -> priority ? "WORKING_HOURS:4" : "WORKING_DAYS:1";
      default -> null;
    };
  }

  @Test
  void everyStepAreaFlagAndServiceTypeHasExactlyTheRuleTheDomainGives() {
    int evaluated = 0;
    for (String step : STEPS) {
      for (ServiceType type : ServiceType.values()) {
        for (String area : AREAS) {
          for (boolean[] flags : FLAGS) {
            boolean priority = flags[0] || flags[1];
            // UNIQUE: two matching rows fail the evaluation, so getSingleResult sees exactly one
            var result = evaluate(step, type.name(), priority, area);
            assertThat((Object) result.getSingleResult().getSingleEntry())
                .as("%s %s highRisk=%s keyAccount=%s %s", step, type, flags[0], flags[1], area)
                .isEqualTo(expected(step, type, priority, area));
            evaluated++;
          }
        }
      }
    }
    assertThat(evaluated)
        .isEqualTo(STEPS.size() * ServiceType.values().length * AREAS.size() * FLAGS.size());
    assertThat(evaluate("unknownStep", "REPAIR", false, "URBAN").isEmpty()).isTrue();
  }

  @Test
  void priorityCustomersNeverWaitLongerAtAnOfficeStep() {
    Instant monday = OffsetDateTime.parse("2026-03-02T09:00:00+08:00").toInstant();
    for (String step :
        List.of(
            AfterSalesProcess.TASK_ACCEPT_REQUEST,
            AfterSalesProcess.TASK_SCHEDULE_VISIT,
            AfterSalesProcess.TASK_RECORD_FEEDBACK,
            AfterSalesProcess.TASK_DECIDE_ESCALATED_CASE)) {
      for (ServiceType type : ServiceType.values()) {
        Instant normal = dueFrom(monday, expected(step, type, false, "URBAN"));
        Instant priority = dueFrom(monday, expected(step, type, true, "URBAN"));
        assertThat(priority).as(step + " " + type).isBefore(normal);
      }
    }
  }

  @Test
  void theTablesSayWhichRuleWinsByTheirHitPolicy() {
    DmnModelInstance model =
        engine
            .getRepositoryService()
            .getDmnModelInstance(
                engine
                    .getRepositoryService()
                    .createDecisionDefinitionQuery()
                    .decisionDefinitionKey(ServiceDeadlines.DECISION_KEY)
                    .singleResult()
                    .getId());
    for (String key :
        List.of(ServiceDeadlines.DECISION_KEY, ServiceDeadlines.REOPEN_DECISION_KEY)) {
      DecisionTable table =
          (DecisionTable) ((Decision) model.getModelElementById(key)).getExpression();
      assertThat(table.getHitPolicy()).as(key).isEqualTo(HitPolicy.UNIQUE);
    }
  }

  @Test
  void theReopenLimitComesFromTheTable() {
    ServiceDeadlines deadlines =
        new ServiceDeadlines(engine.getDecisionService(), new EngineClock());
    for (ServiceType type : ServiceType.values()) {
      assertThat(deadlines.escalateAtReopen(type.name())).isEqualTo(3);
    }
    Map<String, Object> variables =
        new HashMap<>(Map.of(AfterSalesProcess.VAR_SERVICE_TYPE, "REPAIR"));
    for (int done = 0; done < 4; done++) {
      variables.put(AfterSalesProcess.VAR_REOPEN_COUNT, done);
      // the first and second dissatisfaction reopen, the third escalates
      assertThat(deadlines.reopenEscalates(variables(variables)))
          .as("after %d reopens", done)
          .isEqualTo(done >= 2);
    }
  }

  private DmnDecisionResult evaluate(
      String step, String serviceType, boolean priority, String area) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("step", step);
    inputs.put("serviceType", serviceType);
    inputs.put("priorityCustomer", priority);
    inputs.put("area", area);
    return engine
        .getDecisionService()
        .evaluateDecisionByKey(ServiceDeadlines.DECISION_KEY)
        .variables(inputs)
        .evaluate();
  }

  private static Instant dueFrom(Instant start, String rule) {
    return SlaSchedule.of(rule, null, start, SeededCalendar.calendar()).dueAt();
  }

  @Test
  void acceptanceIsDueFourWorkingHoursLaterCountingTheMakeUpSaturday() {
    // Friday 13 February 2026, 16:00: 1.5 h that day, 2.5 h on Saturday 14 February (worked)
    ClockUtil.setCurrentTime(at("2026-02-13T16:00:00+08:00"));
    Task accept = firstTask(start("REPAIR", false, "URBAN"));
    assertThat(accept.getDueDate()).isEqualTo(at("2026-02-14T11:00:00+08:00"));
    assertThat(
            engine.getTaskService().getVariableLocal(accept.getId(), TaskDeadlineListener.DUE_RULE))
        .isEqualTo("WORKING_HOURS:4");
  }

  @Test
  void aKeyAccountTakesTheShortestAcceptanceLimit() {
    ClockUtil.setCurrentTime(at("2026-02-13T16:00:00+08:00"));
    assertThat(firstTask(start("REPAIR", true, "URBAN")).getDueDate())
        .isEqualTo(at("2026-02-14T09:00:00+08:00"));
  }

  @Test
  void aFaultRepairIsDispatchedWithinMinutesAroundTheClockPriorityCustomersFirst() {
    // National Day, 23:30: fault repair knows no holidays
    ClockUtil.setCurrentTime(at("2026-10-01T23:30:00+08:00"));
    assertThat(firstTask(start("FAULT_REPAIR", false, "URBAN")).getDueDate())
        .isEqualTo(at("2026-10-01T23:45:00+08:00"));
    assertThat(firstTask(start("FAULT_REPAIR", false, "REMOTE")).getDueDate())
        .isEqualTo(at("2026-10-01T23:45:00+08:00"));
    assertThat(firstTask(start("FAULT_REPAIR", true, "RURAL")).getDueDate())
        .isEqualTo(at("2026-10-01T23:40:00+08:00"));
  }

  @ParameterizedTest(name = "{0} priority={1}: arrival due {2}")
  @CsvSource({
    "URBAN, false, 2026-10-02T00:15:00+08:00",
    "URBAN, true, 2026-10-02T00:15:00+08:00",
    "RURAL, false, 2026-10-02T01:00:00+08:00",
    "RURAL, true, 2026-10-02T01:00:00+08:00",
    "REMOTE, false, 2026-10-02T01:30:00+08:00",
    "REMOTE, true, 2026-10-02T01:30:00+08:00",
  })
  void theArrivalIsDueAtTheAreasLimitFromTheCallNotAtTheBooking(
      String area, boolean priority, String due) {
    ProcessInstance fault = startFault(area, priority, at("2026-10-01T23:30:00+08:00"));
    // dispatched 10 minutes after the call: saving the booking is not the arrival
    ClockUtil.setCurrentTime(at("2026-10-01T23:40:00+08:00"));
    engine
        .getTaskService()
        .complete(
            firstTask(fault).getId(), Map.of(AfterSalesProcess.VAR_TECHNICIAN_ID, "technician"));
    Task arrive = firstTask(fault);
    assertThat(arrive.getTaskDefinitionKey()).isEqualTo(AfterSalesProcess.TASK_ARRIVE_ON_SITE);
    assertThat(arrive.getAssignee()).isEqualTo("technician");
    assertThat(arrive.getDueDate()).isEqualTo(at(due));
  }

  @Test
  void theRestorationCountsFromTheRecordedArrival() {
    ProcessInstance fault = startFault("RURAL", false, at("2026-10-01T23:30:00+08:00"));
    ClockUtil.setCurrentTime(at("2026-10-01T23:40:00+08:00"));
    engine
        .getTaskService()
        .complete(
            firstTask(fault).getId(), Map.of(AfterSalesProcess.VAR_TECHNICIAN_ID, "technician"));
    // on site 70 minutes after the call
    ClockUtil.setCurrentTime(at("2026-10-02T00:40:00+08:00"));
    engine.getTaskService().complete(firstTask(fault).getId());
    Task execute = firstTask(fault);
    assertThat(execute.getTaskDefinitionKey()).isEqualTo(AfterSalesProcess.TASK_EXECUTE_SERVICE);
    // rural: power restored 4 hours after the arrival
    assertThat(execute.getDueDate()).isEqualTo(at("2026-10-02T04:40:00+08:00"));
  }

  @Test
  void theArrivalLimitKeepsTheTablesRuleBesideItsDateWhileTheEngineGetsTheDate() {
    ServiceDeadlines deadlines =
        new ServiceDeadlines(engine.getDecisionService(), new EngineClock());
    VariableScope fault =
        variables(
            Map.of(
                AfterSalesProcess.VAR_SERVICE_TYPE,
                "FAULT_REPAIR",
                AfterSalesProcess.VAR_PRIORITY_CUSTOMER,
                false,
                AfterSalesProcess.VAR_AREA,
                "RURAL",
                AfterSalesProcess.VAR_SUBMITTED_AT,
                at("2026-10-01T23:30:00+08:00")));

    ServiceDeadlines.Limit arrival =
        deadlines.resolve(fault, AfterSalesProcess.TASK_ARRIVE_ON_SITE);

    // 90 minutes from the call
    assertThat(arrival)
        .isEqualTo(
            new ServiceDeadlines.Limit(
                "FROM_SUBMISSION MINUTES:90", at("2026-10-02T01:00:00+08:00")));
    assertThat(deadlines.limit(fault, AfterSalesProcess.TASK_ARRIVE_ON_SITE))
        .isEqualTo(at("2026-10-02T01:00:00+08:00"));
    // a limit counted from the step's start is the table's text for both
    assertThat(deadlines.resolve(fault, AfterSalesProcess.TASK_EXECUTE_SERVICE))
        .isEqualTo(new ServiceDeadlines.Limit("HOURS:4", null));
    assertThat(deadlines.limit(fault, AfterSalesProcess.TASK_ACCEPT_REQUEST))
        .isEqualTo("WORKING_HOURS:4");
    assertThat(deadlines.resolve(fault, "unknownStep")).isNull();
    assertThat(deadlines.limit(fault, "unknownStep")).isNull();
  }

  @Test
  void anAppointmentIsTheLimitOnceAgreed() {
    ServiceDeadlines deadlines =
        new ServiceDeadlines(engine.getDecisionService(), new EngineClock());
    Map<String, Object> repair =
        new HashMap<>(
            Map.of(
                AfterSalesProcess.VAR_SERVICE_TYPE,
                "REPAIR",
                AfterSalesProcess.VAR_PRIORITY_CUSTOMER,
                false,
                AfterSalesProcess.VAR_AREA,
                "URBAN"));

    assertThat(deadlines.resolve(variables(repair), AfterSalesProcess.TASK_EXECUTE_SERVICE))
        .isNull();
    assertThat(deadlines.limit(variables(repair), AfterSalesProcess.TASK_EXECUTE_SERVICE)).isNull();

    repair.put(AfterSalesProcess.VAR_APPOINTMENT_END, at("2026-03-04T12:00:00+08:00"));
    assertThat(deadlines.resolve(variables(repair), AfterSalesProcess.TASK_EXECUTE_SERVICE))
        .isEqualTo(
            new ServiceDeadlines.Limit(
                ServiceDeadlines.APPOINTMENT, at("2026-03-04T12:00:00+08:00")));
    assertThat(deadlines.limit(variables(repair), AfterSalesProcess.TASK_EXECUTE_SERVICE))
        .isEqualTo(at("2026-03-04T12:00:00+08:00"));
  }

  @Test
  void highRiskCustomersAndKeyAccountsAreRoutedFirst() {
    assertThat(firstTask(start("REPAIR", true, "URBAN")).getPriority())
        .isGreaterThan(firstTask(start("REPAIR", false, "URBAN")).getPriority());
  }

  @Test
  void onSiteWorkIsDueAtTheAgreedAppointment() {
    ClockUtil.setCurrentTime(at("2026-03-02T09:00:00+08:00"));
    ProcessInstance instance = start("MAINTENANCE", false, "URBAN");
    engine
        .getTaskService()
        .complete(
            firstTask(instance).getId(), Map.of(AfterSalesProcess.VAR_ACCEPTANCE, "ACCEPTED"));
    engine
        .getTaskService()
        .complete(
            firstTask(instance).getId(),
            Map.of(AfterSalesProcess.VAR_APPOINTMENT_END, at("2026-03-04T12:00:00+08:00")));
    Task execute = firstTask(instance);
    assertThat(execute.getTaskDefinitionKey()).isEqualTo(AfterSalesProcess.TASK_EXECUTE_SERVICE);
    assertThat(execute.getDueDate()).isEqualTo(at("2026-03-04T12:00:00+08:00"));
  }

  /** The variables of an execution, as far as the table's inputs need them. */
  private static VariableScope variables(Map<String, Object> variables) {
    return (VariableScope)
        Proxy.newProxyInstance(
            ServiceDeadlinesTest.class.getClassLoader(),
            new Class<?>[] {VariableScope.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getVariable") && args != null && args.length == 1) {
                return variables.get(args[0]);
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private ProcessInstance start(String serviceType, boolean priority, String area) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            AfterSalesProcess.PROCESS_KEY,
            Map.of(
                AfterSalesProcess.VAR_CASE_NO, "SH-2026-000001",
                AfterSalesProcess.VAR_SERVICE_TYPE, serviceType,
                AfterSalesProcess.VAR_PRIORITY_CUSTOMER, priority,
                AfterSalesProcess.VAR_AREA, area));
  }

  private ProcessInstance startFault(String area, boolean priority, Date submittedAt) {
    ClockUtil.setCurrentTime(submittedAt);
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            AfterSalesProcess.PROCESS_KEY,
            Map.of(
                AfterSalesProcess.VAR_CASE_NO,
                "SH-2026-000002",
                AfterSalesProcess.VAR_SERVICE_TYPE,
                "FAULT_REPAIR",
                AfterSalesProcess.VAR_PRIORITY_CUSTOMER,
                priority,
                AfterSalesProcess.VAR_AREA,
                area,
                AfterSalesProcess.VAR_SUBMITTED_AT,
                submittedAt));
  }

  private Task firstTask(ProcessInstance instance) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .singleResult();
  }
}
