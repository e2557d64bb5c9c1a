package cn.gridservice.desk.aftersales.process;

/**
 * Names shared by {@code processes/afterSales.bpmn}, the code that drives it and its tests, so that
 * a renamed element breaks the build's tests instead of a running case.
 */
public final class AfterSalesProcess {

  public static final String PROCESS_KEY = "afterSales";
  public static final String RESOURCE = "processes/afterSales.bpmn";

  // user tasks
  public static final String TASK_ACCEPT_REQUEST = "acceptRequest";
  public static final String TASK_SCHEDULE_VISIT = "scheduleVisit";

  /**
   * A fault repair's crew records its (first) arrival on site: the area's arrival limit is measured
   * to it.
   */
  public static final String TASK_ARRIVE_ON_SITE = "arriveOnSite";

  public static final String TASK_EXECUTE_SERVICE = "executeService";
  public static final String TASK_RECORD_FEEDBACK = "recordFeedback";
  public static final String TASK_DECIDE_ESCALATED_CASE = "decideEscalatedCase";

  /**
   * 督办: the team leader chases a step that ran over its limit (not for the service manager's own
   * decision).
   */
  public static final String TASK_SUPERVISE_OVERDUE_STEP = "superviseOverdueStep";

  // events
  public static final String EVENT_SERVICE_REQUESTED = "serviceRequested";
  public static final String EVENT_REQUEST_REJECTED = "requestRejected";
  public static final String EVENT_CASE_RESOLVED = "caseResolved";
  public static final String EVENT_SERVICE_CANCELLED = "serviceCancelled";
  public static final String EVENT_CASE_CANCELLED = "caseCancelled";

  // time-limit (SLA) timers: non-interrupting, at the warning share of each step's limit and at its
  // due date
  public static final String EVENT_ACCEPT_REQUEST_FIRST_WARNED = "acceptRequestFirstWarned";
  public static final String EVENT_ACCEPT_REQUEST_WARNED = "acceptRequestWarned";
  public static final String EVENT_ACCEPT_REQUEST_OVERDUE = "acceptRequestOverdue";
  public static final String EVENT_SCHEDULE_VISIT_FIRST_WARNED = "scheduleVisitFirstWarned";
  public static final String EVENT_SCHEDULE_VISIT_WARNED = "scheduleVisitWarned";
  public static final String EVENT_SCHEDULE_VISIT_OVERDUE = "scheduleVisitOverdue";
  public static final String EVENT_ARRIVE_ON_SITE_FIRST_WARNED = "arriveOnSiteFirstWarned";
  public static final String EVENT_ARRIVE_ON_SITE_WARNED = "arriveOnSiteWarned";
  public static final String EVENT_ARRIVE_ON_SITE_OVERDUE = "arriveOnSiteOverdue";
  public static final String EVENT_EXECUTE_SERVICE_FIRST_WARNED = "executeServiceFirstWarned";
  public static final String EVENT_EXECUTE_SERVICE_WARNED = "executeServiceWarned";
  public static final String EVENT_EXECUTE_SERVICE_OVERDUE = "executeServiceOverdue";
  public static final String EVENT_RECORD_FEEDBACK_FIRST_WARNED = "recordFeedbackFirstWarned";
  public static final String EVENT_RECORD_FEEDBACK_WARNED = "recordFeedbackWarned";
  public static final String EVENT_RECORD_FEEDBACK_OVERDUE = "recordFeedbackOverdue";
  public static final String EVENT_DECIDE_ESCALATED_CASE_FIRST_WARNED =
      "decideEscalatedCaseFirstWarned";
  public static final String EVENT_DECIDE_ESCALATED_CASE_WARNED = "decideEscalatedCaseWarned";
  public static final String EVENT_DECIDE_ESCALATED_CASE_OVERDUE = "decideEscalatedCaseOverdue";

  /**
   * Suffixes of the SLA timers' ids: {@code <taskId>FirstWarned} (first warning share, 50 %),
   * {@code <taskId>Warned} (second, 80 %), {@code <taskId>Overdue} (100 %).
   */
  public static final String SUFFIX_FIRST_WARNED = "FirstWarned";

  public static final String SUFFIX_WARNED = "Warned";
  public static final String SUFFIX_OVERDUE = "Overdue";
  public static final String EVENT_TEAM_LEADER_WARNED = "teamLeaderWarned";
  public static final String EVENT_WARNING_NOT_NEEDED = "warningNotNeeded";
  public static final String EVENT_OVERDUE_STEP_SUPERVISED = "overdueStepSupervised";
  public static final String EVENT_SUPERVISION_NOT_NEEDED = "supervisionNotNeeded";
  public static final String EVENT_DECISION_OVERDUE = "decisionOverdue";

  // gateways
  /**
   * A fault repair's first visit goes through {@link #TASK_ARRIVE_ON_SITE}; any other visit
   * straight to the work.
   */
  public static final String GATEWAY_ARRIVAL = "arrivalGateway";

  public static final String GATEWAY_REOPEN_LIMIT = "reopenLimitGateway";

  /** Correlate it with the case number as business key to withdraw a request. */
  public static final String MESSAGE_SERVICE_CANCELLED = "serviceCancelled";

  // process variables
  public static final String VAR_CASE_NO = "caseNo";
  public static final String VAR_CUSTOMER_NO = "customerNo";
  public static final String VAR_SERVICE_TYPE = "serviceType";

  /** One of the {@code ACCEPTANCE_*} values, set when {@link #TASK_ACCEPT_REQUEST} completes. */
  public static final String VAR_ACCEPTANCE = "acceptance";

  /**
   * Boolean, set when {@link #TASK_EXECUTE_SERVICE} completes; false sends the case back to
   * scheduling.
   */
  public static final String VAR_WORK_COMPLETED = "workCompleted";

  /** Boolean, set when {@link #TASK_RECORD_FEEDBACK} completes. */
  public static final String VAR_CUSTOMER_SATISFIED = "customerSatisfied";

  /**
   * Kept by the model itself: how often a dissatisfied customer sent the case back to scheduling.
   */
  public static final String VAR_REOPEN_COUNT = "reopenCount";

  /**
   * Set by the model when {@link #TASK_ARRIVE_ON_SITE} completes: later visits of the fault need no
   * arrival record.
   */
  public static final String VAR_ARRIVED_ON_SITE = "arrivedOnSite";

  /** When the technician recorded the arrival on site (a date), set by the arrival form. */
  public static final String VAR_ARRIVED_AT = "arrivedAt";

  /**
   * User id of the technician chosen in {@link #TASK_SCHEDULE_VISIT}; unset leaves the visit to the
   * group.
   */
  public static final String VAR_TECHNICIAN_ID = "technicianId";

  /**
   * One of the {@code DECISION_*} values, set when {@link #TASK_DECIDE_ESCALATED_CASE} completes.
   */
  public static final String VAR_MANAGER_DECISION = "managerDecision";

  /** True for high-risk customers and key accounts: shortest limits, routed first. */
  public static final String VAR_PRIORITY_CUSTOMER = "priorityCustomer";

  /** The customer's supply area (URBAN, RURAL, REMOTE): fault-repair limits depend on it. */
  public static final String VAR_AREA = "area";

  /** End of the appointment agreed with the customer (a date): on-site work is due then. */
  public static final String VAR_APPOINTMENT_END = "appointmentEnd";

  /** When the case was submitted (a date): a fault repair's restoration limit runs from it. */
  public static final String VAR_SUBMITTED_AT = "submittedAt";

  /**
   * Task-local, on the steps with a limit: {@code ON_TIME}, {@code WARNED} once the warning share
   * of the limit is used, {@code OVERDUE} once it is due (see {@code tasklist.deadline.SlaState}).
   */
  public static final String VAR_SLA_STATE = "slaState";

  /**
   * Local to an SLA timer's path: whether the warning was raised (false: no limit, or none
   * configured).
   */
  public static final String VAR_SLA_WARNED = "slaWarned";

  /** Local to an SLA timer's path: whether the step was marked overdue (false: it has no limit). */
  public static final String VAR_SLA_OVERDUE = "slaOverdue";

  /**
   * On the supervision task's execution: the id of the overdue step (BPMN task id, e.g.
   * acceptRequest).
   */
  public static final String VAR_OVERDUE_STEP = "overdueStep";

  /** On the supervision task's execution: the name of the overdue step (受理 Accept request). */
  public static final String VAR_OVERDUE_STEP_NAME = "overdueStepName";

  /** On the supervision task's execution: the task id of the overdue step. */
  public static final String VAR_OVERDUE_TASK_ID = "overdueTaskId";

  /** On the supervision task's execution: when the overdue step was due (a date). */
  public static final String VAR_OVERDUE_DUE_AT = "overdueDueAt";

  // values the model's conditions compare against
  /** The only service type the model reads: a fault skips acceptance. */
  public static final String SERVICE_TYPE_FAULT_REPAIR = "FAULT_REPAIR";

  public static final String ACCEPTANCE_ACCEPTED = "ACCEPTED";
  public static final String ACCEPTANCE_ANSWERED = "ANSWERED";
  public static final String ACCEPTANCE_REJECTED = "REJECTED";
  public static final String DECISION_RESCHEDULE = "RESCHEDULE";
  public static final String DECISION_CLOSE = "CLOSE";

  // candidate groups: the lane names of the model and the security roles of the staff
  public static final String GROUP_AGENT = "AGENT";
  public static final String GROUP_DISPATCHER = "DISPATCHER";
  public static final String GROUP_TECHNICIAN = "TECHNICIAN";
  public static final String GROUP_SERVICE_MANAGER = "SERVICE_MANAGER";

  private AfterSalesProcess() {}
}
