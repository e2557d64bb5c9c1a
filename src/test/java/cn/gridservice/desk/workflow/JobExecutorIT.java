package cn.gridservice.desk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.testsupport.ServerDeployment;
import cn.gridservice.desk.testsupport.ServerIT;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jboss.arquillian.container.test.api.BeforeDeployment;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;

/**
 * The real job executor in the server fires a due timer within 2 s. This measures the executor
 * itself, so it waits on the wall clock; deadline logic is tested by moving the engine clock.
 */
class JobExecutorIT extends ServerIT {

  @BeforeDeployment
  static Archive<?> withTestModel(Archive<?> archive) {
    return ServerDeployment.withTestModel(archive, "timerProbe.bpmn");
  }

  @Inject RuntimeService runtimeService;

  @Inject HistoryService historyService;

  @Test
  void aDueTimerIsPickedUpWithinTwoSeconds() {
    Duration delay = Duration.ofSeconds(1);
    long started = System.nanoTime();
    ProcessInstance probe =
        runtimeService.startProcessInstanceByKey("timerProbe", Map.of("delay", delay.toString()));

    waitUntil(
        () ->
            historyService
                    .createHistoricProcessInstanceQuery()
                    .processInstanceId(probe.getId())
                    .finished()
                    .count()
                == 1,
        Duration.ofSeconds(15),
        Duration.ofMillis(50));
    Duration lateBy = Duration.ofNanos(System.nanoTime() - started).minus(delay);
    HistoricProcessInstance finished =
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceId(probe.getId())
            .finished()
            .singleResult();

    assertThat(finished).as("the timer fired").isNotNull();
    assertThat(lateBy).isLessThan(Duration.ofSeconds(2));
  }
}
