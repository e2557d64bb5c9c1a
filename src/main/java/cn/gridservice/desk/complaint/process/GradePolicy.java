package cn.gridservice.desk.complaint.process;

import cn.gridservice.desk.security.Role;

/**
 * What {@code complaintGradePolicy} in {@code processes/complaintGrading.dmn} says about a grade.
 *
 * @param approver who approves the reply draft; null: the draft goes out without approval
 * @param initialEscalationLevel the escalation level the complaint starts at (0 = not escalated)
 */
public record GradePolicy(Role approver, int initialEscalationLevel) {}
