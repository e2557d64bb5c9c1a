/**
 * Time limits (SLA) of the after-sales steps: graded warnings and overdue marks on the open tasks,
 * supervision (督办) by the team leader, and one record per step of how its limit was kept.
 */
package cn.gridservice.desk.aftersales.sla;
