package cn.gridservice.desk.complaint.process;

/** The time limits of complaint handling, the rows of {@code processes/complaintLimits.dmn}. */
public enum ComplaintLimit {
  /** Contact the customer, counted from acceptance. */
  CONTACT,
  /** Reply with a resolution (答复处理意见), counted from acceptance. */
  REPLY,
  /** The follow-up call (回访) after the reply. */
  FOLLOW_UP,
  /** The service manager acknowledges a level-3 escalation. */
  ACKNOWLEDGE,
  /** A supervision task (督办) is done. */
  SUPERVISE
}
