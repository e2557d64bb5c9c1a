/**
 * The change log: who created, changed, deactivated or imported which record, when, and each
 * field's value before and after. Capabilities above write to it; auditors read it.
 */
package cn.gridservice.desk.platform.changelog;
