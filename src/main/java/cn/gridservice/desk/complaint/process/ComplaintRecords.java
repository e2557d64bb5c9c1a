package cn.gridservice.desk.complaint.process;

import cn.gridservice.desk.complaint.domain.EscalationRecord;
import cn.gridservice.desk.complaint.domain.Grade;
import cn.gridservice.desk.security.Role;
import java.time.Instant;

/**
 * What the complaint model's delegates write about a complaint, inside the engine's transaction:
 * {@link JpaComplaintRecords} on the server, an in-memory book in process tests.
 */
public interface ComplaintRecords {

  void graded(String complaintNo, Grade grade);

  void dueDates(String complaintNo, Instant contactDue, Instant replyDue, boolean provisional);

  /** Records the escalation and raises the complaint's level to {@code level} when it is lower. */
  void escalated(
      String complaintNo,
      int level,
      EscalationRecord.Cause cause,
      Instant at,
      Instant dueAt,
      Role notified);

  /** A line of the complaint's timeline written by the system. */
  void event(String complaintNo, String type, String step, String detail);
}
