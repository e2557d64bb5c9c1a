package cn.gridservice.desk.workflow;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * Fired synchronously at start-up once the engine runs and the models are deployed, before {@link
 * cn.gridservice.desk.platform.ApplicationStarted}: capabilities that keep state beside the engine
 * bring it in step (e.g. the task list's queue). Fired outside a transaction.
 */
public record ProcessEngineStarted(ProcessEngine engine) {}
