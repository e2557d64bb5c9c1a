package cn.gridservice.desk.complaint.process;

import cn.gridservice.desk.complaint.domain.ComplaintClass;
import cn.gridservice.desk.complaint.domain.EscalationRecord;
import cn.gridservice.desk.complaint.domain.Grade;
import cn.gridservice.desk.complaint.domain.Referral;
import cn.gridservice.desk.platform.Clock;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.tasklist.deadline.SlaSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The model's grading step ({@code ${complaintGrader}}): the grade from {@code
 * complaintGrading.dmn}, the approver and initial escalation level that go with it, and the two
 * limits counted from acceptance. A grade that escalates at once (重大/特殊) records level 3 and lets
 * the model raise it.
 */
@Named("complaintGrader")
@ApplicationScoped
public class ComplaintGrader implements JavaDelegate {

  @Inject ComplaintGrading grading;

  @Inject ComplaintDeadlines deadlines;

  @Inject ComplaintRecords records;

  @Inject Clock clock;

  public ComplaintGrader() {}

  /** For tests on an engine outside the container. */
  public ComplaintGrader(
      ComplaintGrading grading,
      ComplaintDeadlines deadlines,
      ComplaintRecords records,
      Clock clock) {
    this.grading = grading;
    this.clock = clock;
    this.deadlines = deadlines;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintNo = (String) execution.getVariable(ComplaintProcess.VAR_COMPLAINT_NO);
    Grade grade =
        grading.grade(
            ComplaintClass.valueOf(
                (String) execution.getVariable(ComplaintProcess.VAR_COMPLAINT_CLASS)),
            isTrue(execution.getVariable(ComplaintProcess.VAR_HIGH_RISK)),
            isTrue(execution.getVariable(ComplaintProcess.VAR_KEY_ACCOUNT)),
            Referral.valueOf(String.valueOf(execution.getVariable(ComplaintProcess.VAR_REFERRAL))),
            isTrue(execution.getVariable(ComplaintProcess.VAR_REPEAT)));
    GradePolicy policy = apply(execution, grading, records, complaintNo, grade);
    Instant now = clock.now();
    if (execution.getVariable(ComplaintProcess.VAR_ACCEPTED_AT) == null) {
      execution.setVariable(ComplaintProcess.VAR_ACCEPTED_AT, Date.from(now));
    }
    if (execution.getVariable(ComplaintProcess.VAR_REPLY_COUNTS_FROM) == null) {
      execution.setVariable(
          ComplaintProcess.VAR_REPLY_COUNTS_FROM,
          execution.getVariable(ComplaintProcess.VAR_ACCEPTED_AT));
    }
    SlaSchedule contact = deadlines.schedule(execution, ComplaintLimit.CONTACT, 0);
    SlaSchedule reply = deadlines.schedule(execution, ComplaintLimit.REPLY, 0);
    records.dueDates(
        complaintNo, contact.dueAt(), reply.dueAt(), contact.provisional() || reply.provisional());
    if (policy.initialEscalationLevel() > 0) {
      records.escalated(
          complaintNo,
          policy.initialEscalationLevel(),
          EscalationRecord.Cause.GRADE,
          now,
          null,
          Role.SERVICE_MANAGER);
      execution.setVariable(ComplaintProcess.VAR_ESCALATION_LEVEL, policy.initialEscalationLevel());
      execution.setVariable(
          ComplaintProcess.VAR_ESCALATION_CAUSE, EscalationRecord.Cause.GRADE.name());
    } else if (execution.getVariable(ComplaintProcess.VAR_ESCALATION_LEVEL) == null) {
      execution.setVariable(ComplaintProcess.VAR_ESCALATION_LEVEL, 0);
    }
  }

  /**
   * Sets the grade and the approver that goes with it on the process and the complaint (at grading,
   * and when the second reopen raises the grade).
   */
  static GradePolicy apply(
      DelegateExecution execution,
      ComplaintGrading grading,
      ComplaintRecords records,
      String complaintNo,
      Grade grade) {
    GradePolicy policy = grading.policy(grade);
    execution.setVariable(ComplaintProcess.VAR_GRADE, grade.name());
    execution.setVariable(
        ComplaintProcess.VAR_APPROVER_ROLE,
        policy.approver() == null ? "" : policy.approver().name());
    records.graded(complaintNo, grade);
    return policy;
  }

  private static boolean isTrue(Object value) {
    return Boolean.TRUE.equals(value);
  }
}
