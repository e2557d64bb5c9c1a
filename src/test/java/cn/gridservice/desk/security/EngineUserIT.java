package cn.gridservice.desk.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.aftersales.application.AfterSalesCases;
import cn.gridservice.desk.aftersales.domain.ServiceCase;
import cn.gridservice.desk.aftersales.domain.ServiceType;
import cn.gridservice.desk.customer.domain.Channel;
import cn.gridservice.desk.testsupport.Http;
import cn.gridservice.desk.testsupport.ServerIT;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Whoever acts over HTTP is the engine's authenticated user (the operation log names the person),
 * and of two people claiming one task exactly one wins. Runs inside the server and calls its API.
 */
class EngineUserIT extends ServerIT {

  @Inject AfterSalesCases cases;

  @Inject TaskService taskService;

  @Inject HistoryService historyService;

  @Test
  void theOperationLogNamesWhoClaimedAndTheLoserIsToldWhoHasIt() {
    Task accept = newAcceptanceTask();

    HttpResponse<String> won = basic("agent").post("/api/tasks/" + accept.getId() + "/claim", null);
    HttpResponse<String> lost =
        basic("agent2").post("/api/tasks/" + accept.getId() + "/claim", null);

    assertThat(won.statusCode()).isEqualTo(200);
    assertThat(lost.statusCode()).isEqualTo(409);
    assertThat(Http.json(lost).getString("message")).contains("agent");
    assertThat(taskService.createTaskQuery().taskId(accept.getId()).singleResult().getAssignee())
        .isEqualTo("agent");
    UserOperationLogEntry claim =
        historyService
            .createUserOperationLogQuery()
            .taskId(accept.getId())
            .operationType(UserOperationLogEntry.OPERATION_TYPE_CLAIM)
            .singleResult();
    assertThat(claim.getUserId()).isEqualTo("agent");
  }

  @Test
  void twoPeopleClaimingAtOnceExactlyOneWins() throws Exception {
    Task accept = newAcceptanceTask();
    String path = "/api/tasks/" + accept.getId() + "/claim";
    CyclicBarrier together = new CyclicBarrier(2);
    List<CompletableFuture<HttpResponse<String>>> claims =
        List.of("agent", "agent2").stream()
            .map(
                user ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          Http http = basic(user);
                          try {
                            together.await();
                          } catch (Exception e) {
                            throw new IllegalStateException(e);
                          }
                          return http.post(path, null);
                        }))
            .toList();
    List<Integer> statuses =
        claims.stream()
            .map(CompletableFuture::join)
            .map(HttpResponse::statusCode)
            .sorted()
            .toList();

    assertThat(statuses).containsExactly(200, 409);
    String winner =
        taskService.createTaskQuery().taskId(accept.getId()).singleResult().getAssignee();
    assertThat(winner).isIn("agent", "agent2");
    HttpResponse<String> loser =
        claims.stream()
            .map(CompletableFuture::join)
            .filter(r -> r.statusCode() == 409)
            .findFirst()
            .orElseThrow();
    assertThat(Http.json(loser).getString("message")).contains(winner);
  }

  @Test
  void aTaskThatIsGoneAnswers409NotAServerError() {
    HttpResponse<String> response = basic("agent").post("/api/tasks/no-such-task/claim", null);
    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(Http.json(response).getString("message")).contains("gone");
  }

  private Task newAcceptanceTask() {
    ServiceCase serviceCase =
        cases.submit("3301000002", ServiceType.REPAIR, Channel.PHONE, "测试：插座无电", "agent");
    return taskService
        .createTaskQuery()
        .processInstanceId(serviceCase.processInstanceId())
        .singleResult();
  }
}
