/**
 * Keeping the customer archive: agents, customer managers and service managers create and edit
 * customers with their equipment, or import many from a spreadsheet; every change is in the change
 * log.
 */
package cn.gridservice.desk.customer.admin;
