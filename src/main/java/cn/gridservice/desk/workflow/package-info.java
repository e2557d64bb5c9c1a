/**
 * The process engine inside the application: the start-up order (schema, engine with the plugins
 * the capabilities offer, models, then {@link cn.gridservice.desk.workflow.ProcessEngineStarted}
 * and {@link cn.gridservice.desk.platform.ApplicationStarted}), the engine on the container's
 * transactions and datasource, CDI beans in expressions, the job executor on managed threads, model
 * deployment, the engine's user per request and {@code /health}. Engine-specific code lives here so
 * that a move to another Camunda 7 compatible engine stays small.
 */
package cn.gridservice.desk.workflow;
