package cn.gridservice.desk.workflow;

import cn.gridservice.desk.platform.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The {@link Clock} of the application: the process engine's clock ({@code ClockUtil}), which its
 * timers and due dates read. In tests, moving the engine's clock moves this one.
 */
@ApplicationScoped
public class EngineClock implements Clock {

  @Override
  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
