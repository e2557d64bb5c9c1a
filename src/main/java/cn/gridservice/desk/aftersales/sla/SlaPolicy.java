package cn.gridservice.desk.aftersales.sla;

import cn.gridservice.desk.security.Role;

/**
 * What the threshold table {@code processes/slaThresholds.dmn} says about a step.
 *
 * @param firstWarnPercent at which share of the limit the step is first warned (50 %); null: no
 *     first warning
 * @param warnPercent at which share of the limit the step is warned again (80 %); null: no such
 *     warning
 * @param notifyRole whose members are mailed about a warning or an overdue step; null: nobody
 */
public record SlaPolicy(Integer firstWarnPercent, Integer warnPercent, Role notifyRole) {}
