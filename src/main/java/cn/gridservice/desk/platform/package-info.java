/**
 * What every capability stands on: settings, the database kind and schema, numbering, idempotency,
 * mail, the change log, the JSON API's common parts, the web shell and the start-up event ({@link
 * cn.gridservice.desk.platform.ApplicationStarted}). It uses no other capability.
 */
package cn.gridservice.desk.platform;
