/**
 * The working-day calendar (工作日历): official days off and make-up working days, and the daily
 * working hours, so that limits given in working days or working hours become due dates.
 */
package cn.gridservice.desk.calendar;
