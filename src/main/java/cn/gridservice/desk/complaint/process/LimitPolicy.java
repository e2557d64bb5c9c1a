package cn.gridservice.desk.complaint.process;

import cn.gridservice.desk.security.Role;

/**
 * What {@code processes/complaintLimits.dmn} says about a limit of a complaint of some grade.
 *
 * @param rule the limit in working-time notation ({@code WORKING_DAYS:7}, see processes/README.md)
 * @param firstWarnPercent share of the limit at which {@code warnRole} is first warned; null: no
 *     warning
 * @param secondWarnPercent share of the limit of the second warning; null: no second warning
 * @param breachLevel the escalation level a breach raises the complaint to; null: none
 * @param warnRole who is mailed at a warning; null: nobody
 * @param breachRole who gets the supervision task (督办) and the mail on a breach; null: nobody
 */
public record LimitPolicy(
    String rule,
    Integer firstWarnPercent,
    Integer secondWarnPercent,
    Integer breachLevel,
    Role warnRole,
    Role breachRole) {}
