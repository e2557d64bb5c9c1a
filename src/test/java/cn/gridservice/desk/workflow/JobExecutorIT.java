package cn.gridservice.desk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gridservice.desk.testsupport.ServerDeployment;

/**
 * The real job executor in the server fires a due timer within 2 s. This measures the executor
 * itself, so it waits on the wall clock; deadline logic is tested by moving the engine clock.
 */
@ExtendWith(ArquillianExtension.class)
class JobExecutorIT {

  @Deployment
  static WebArchive deployment() {
    return ServerDeployment.withTestModel(ServerDeployment.application().addClass(JobExecutorIT.class), "timerProbe.bpmn");
  }

  @Inject
  RuntimeService runtimeService;

  @Inject
  HistoryService historyService;

  @Test
  void aDueTimerIsPickedUpWithinTwoSeconds() throws InterruptedException {
    Duration delay = Duration.ofSeconds(1);
    long started = System.nanoTime();
    ProcessInstance probe = runtimeService.startProcessInstanceByKey("timerProbe", Map.of("delay", delay.toString()));

    long deadline = started + Duration.ofSeconds(15).toNanos();
    HistoricProcessInstance finished = null;
    while (finished == null && System.nanoTime() < deadline) {
      Thread.sleep(50);
      finished = historyService.createHistoricProcessInstanceQuery().processInstanceId(probe.getId()).finished()
          .singleResult();
    }
    Duration lateBy = Duration.ofNanos(System.nanoTime() - started).minus(delay);

    assertThat(finished).as("the timer fired").isNotNull();
    assertThat(lateBy).isLessThan(Duration.ofSeconds(2));
  }
}
