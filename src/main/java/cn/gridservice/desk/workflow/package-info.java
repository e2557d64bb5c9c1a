/**
 * The process engine inside the application: its start-up on the container's transactions and
 * datasource, CDI beans in expressions, the job executor on managed threads and model deployment.
 * Engine-specific code lives here so that a move to another Camunda 7 compatible engine stays small.
 */
package cn.gridservice.desk.workflow;
