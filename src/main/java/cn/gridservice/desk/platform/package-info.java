/**
 * What every capability stands on: start-up order (schema, engine, models, demo data), settings,
 * the database kind, health, the JSON API's common parts and the logged-in user.
 */
package cn.gridservice.desk.platform;
