/**
 * The task lists staff work from: their own tasks and the open tasks of their groups, with claim.
 */
package cn.gridservice.desk.tasklist;
