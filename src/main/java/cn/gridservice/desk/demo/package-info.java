/**
 * Demo data for a newcomer's first start (default on H2): users of every role, customers, cases and
 * complaints in several steps. Loaded by the first observer of {@link
 * cn.gridservice.desk.platform.ApplicationStarted}; it may use every capability, and none uses it.
 */
package cn.gridservice.desk.demo;
