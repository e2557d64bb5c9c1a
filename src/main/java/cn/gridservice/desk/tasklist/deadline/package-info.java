/**
 * Time limits of process steps as the task lists show them, shared by the processes: when a step is
 * due and warned ({@link cn.gridservice.desk.tasklist.deadline.SlaSchedule}) and where it stands
 * ({@link cn.gridservice.desk.tasklist.deadline.SlaState}).
 */
package cn.gridservice.desk.tasklist.deadline;
