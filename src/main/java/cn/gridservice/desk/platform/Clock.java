package cn.gridservice.desk.platform;

import java.time.Instant;

/**
 * The application's "now": the one clock every deadline, record and page reads, injected where it
 * is needed. The implementation follows the process engine's clock (see {@code
 * workflow.EngineClock}), so that the engine's timers and the application agree, and tests that
 * move the engine's clock move this one too. Code outside CDI (entities, static helpers) takes the
 * instant from its caller.
 */
@FunctionalInterface
public interface Clock {

  Instant now();
}
