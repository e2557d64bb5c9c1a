package cn.gridservice.desk.complaint.process;

/**
 * Names shared by {@code processes/complaint.bpmn}, the code that drives it and its tests, so that
 * a renamed element breaks the build's tests instead of a running complaint.
 */
public final class ComplaintProcess {

  public static final String PROCESS_KEY = "complaint";
  public static final String RESOURCE = "processes/complaint.bpmn";

  // user tasks
  public static final String TASK_CONTACT_CUSTOMER = "contactCustomer";
  public static final String TASK_INVESTIGATE = "investigateComplaint";
  public static final String TASK_PROVIDE_INPUT = "provideInput";
  public static final String TASK_APPROVE_REPLY = "approveReply";
  public static final String TASK_REPLY_TO_CUSTOMER = "replyToCustomer";
  public static final String TASK_FOLLOW_UP_CALL = "followUpCall";

  /** 督办 after a breach of the contact limit (level 1, the team leader). */
  public static final String TASK_SUPERVISE_CONTACT = "superviseContact";

  /** 督办 after a breach of the reply limit (level 2, the service manager). */
  public static final String TASK_SUPERVISE_REPLY = "superviseReply";

  /** Level 3: the service manager acknowledges the escalation. */
  public static final String TASK_ACKNOWLEDGE_ESCALATION = "acknowledgeEscalation";

  // events and other elements
  public static final String EVENT_REGISTERED = "complaintRegistered";
  public static final String TASK_GRADE = "gradeComplaint";
  public static final String SUBPROCESS_HANDLING = "handleComplaint";
  public static final String EVENT_ARCHIVED = "complaintArchived";
  public static final String EVENT_CONTACT_WARNED_FIRST = "contactWarnedFirst";
  public static final String EVENT_CONTACT_WARNED_SECOND = "contactWarnedSecond";
  public static final String EVENT_CONTACT_OVERDUE = "contactOverdue";
  public static final String EVENT_REPLY_WARNED_FIRST = "replyWarnedFirst";
  public static final String EVENT_REPLY_WARNED_SECOND = "replyWarnedSecond";
  public static final String EVENT_REPLY_OVERDUE = "replyOverdue";
  public static final String EVENT_INPUT_REQUESTED = "inputRequested";
  public static final String EVENT_LEVEL3_RAISED = "level3Raised";

  /**
   * Correlate it with the complaint's process instance and {@link #VAR_INPUT_ROLE} to ask another
   * team.
   */
  public static final String MESSAGE_INPUT_REQUESTED = "complaintInputRequested";

  // process variables
  public static final String VAR_COMPLAINT_NO = "complaintNo";
  public static final String VAR_CUSTOMER_NO = "customerNo";
  public static final String VAR_COMPLAINT_CLASS = "complaintClass";
  public static final String VAR_REFERRAL = "referral";
  public static final String VAR_HIGH_RISK = "highRisk";
  public static final String VAR_KEY_ACCOUNT = "keyAccount";

  /** Boolean: the same customer complained in the same class within the repeat window. */
  public static final String VAR_REPEAT = "repeat";

  /** A Grade name, set by the grading step and raised by the second reopen. */
  public static final String VAR_GRADE = "grade";

  /** The role that approves reply drafts, or "" when the grade needs no approval. */
  public static final String VAR_APPROVER_ROLE = "approverRole";

  /** 0 to 3. */
  public static final String VAR_ESCALATION_LEVEL = "escalationLevel";

  /** Why level 3 was reached (an EscalationRecord.Cause name), read by the level-3 path. */
  public static final String VAR_ESCALATION_CAUSE = "escalationCause";

  public static final String VAR_ACCEPTED_AT = "acceptedAt";

  /** Date: the reply limit counts from acceptance, and from the latest reopen after one. */
  public static final String VAR_REPLY_COUNTS_FROM = "replyCountsFrom";

  public static final String VAR_CONTACTED = "contacted";
  public static final String VAR_REPLY_APPROVED = "replyApproved";
  public static final String VAR_CUSTOMER_SATISFIED = "customerSatisfied";
  public static final String VAR_REOPEN_COUNT = "reopenCount";

  /** Local to a request for input: the role asked. */
  public static final String VAR_INPUT_ROLE = "inputRole";

  /** Local to a breach path: the role that supervises it, or "". */
  public static final String VAR_SUPERVISE_ROLE = "superviseRole";

  /** Local to a breach path: the limit that was breached (CONTACT, REPLY). */
  public static final String VAR_BREACHED_LIMIT = "breachedLimit";

  /** Task-local: ON_TIME, WARNED or OVERDUE, as on after-sales tasks. */
  public static final String VAR_SLA_STATE = "slaState";

  private ComplaintProcess() {}
}
