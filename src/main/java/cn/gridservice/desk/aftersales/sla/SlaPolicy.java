package cn.gridservice.desk.aftersales.sla;

import cn.gridservice.desk.security.Role;

/**
 * What the threshold table {@code processes/slaThresholds.dmn} says about a step.
 *
 * @param warnPercent at which share of the limit the step is warned; null: not warned
 * @param notifyRole whose members are mailed about a warning or an overdue step; null: nobody
 */
public record SlaPolicy(Integer warnPercent, Role notifyRole) {
}
