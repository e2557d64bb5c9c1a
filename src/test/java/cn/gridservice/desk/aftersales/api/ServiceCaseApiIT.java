package cn.gridservice.desk.aftersales.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.testsupport.Http;
import cn.gridservice.desk.testsupport.ServerIT;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/service-cases} and {@code GET /api/service-cases/{caseNo}} from outside, on
 * MariaDB.
 */
@RunAsClient
class ServiceCaseApiIT extends ServerIT {

  private final Http agent = basic("agent");

  @Test
  void anAgentOpensACaseAndItWaitsForAcceptanceWithADueDate() {
    HttpResponse<String> created =
        agent.post(
            "/api/service-cases",
            """
        {"customerNo": "3301000007", "serviceType": "REPAIR", "channel": "PHONE", "description": "厨房插座冒火花"}""");

    assertThat(created.statusCode()).isEqualTo(201);
    JsonObject serviceCase = Http.json(created);
    String caseNo = serviceCase.getString("caseNo");
    assertThat(caseNo).matches("SH-\\d{4}-\\d{6}");
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/service-cases/" + caseNo));
    assertThat(serviceCase.getString("status")).isEqualTo("OPEN");
    assertThat(serviceCase.getString("serviceType")).isEqualTo("REPAIR");
    assertThat(serviceCase.getString("customerNo")).isEqualTo("3301000007");
    assertThat(serviceCase.getString("createdAt")).endsWith("+08:00");
    JsonObject step = serviceCase.getJsonArray("openSteps").getJsonObject(0);
    assertThat(step.getString("step")).isEqualTo("acceptRequest");
    assertThat(step.getString("due")).endsWith("+08:00");
    assertThat(step.getJsonArray("candidateGroups").getString(0)).isEqualTo("AGENT");

    JsonObject read = Http.json(basic("auditor").get("/api/service-cases/" + caseNo));
    assertThat(read.getString("caseNo")).isEqualTo(caseNo);
    JsonObject sla = read.getJsonArray("slaRecords").getJsonObject(0);
    assertThat(sla.getString("step")).isEqualTo("acceptRequest");
    assertThat(sla.getString("limit")).isEqualTo("WORKING_HOURS:4");
    // the engine keeps whole seconds, the SLA record fractions of them
    assertThat(
            OffsetDateTime.parse(sla.getString("due"))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
        .isEqualTo(OffsetDateTime.parse(step.getString("due")));
    assertThat(sla.isNull("completedAt")).isTrue();
    assertThat(sla.getBoolean("breached")).isFalse();
  }

  @Test
  void aFaultRepairInARemoteAreaIsDispatchedAndItsArrivalOnSiteIsDueTwoHoursAfterTheCall() {
    JsonObject serviceCase =
        Http.json(
            agent.post(
                "/api/service-cases",
                """
        {"customerNo": "3301000005", "serviceType": "FAULT_REPAIR", "channel": "PHONE", "description": "全村停电"}"""));

    JsonObject step = serviceCase.getJsonArray("openSteps").getJsonObject(0);
    assertThat(step.getString("step")).isEqualTo("scheduleVisit");
    OffsetDateTime created = OffsetDateTime.parse(serviceCase.getString("createdAt"));
    // the dispatch has a short limit of its own; the booking is not the arrival
    assertThat(Duration.between(created, OffsetDateTime.parse(step.getString("due"))))
        .isBetween(Duration.ofMinutes(14), Duration.ofMinutes(16));

    OffsetDateTime now = OffsetDateTime.now(java.time.ZoneOffset.ofHours(8));
    assertThat(
            basic("dispatcher")
                .post(
                    "/api/tasks/" + step.getString("taskId") + "/complete",
                    "{\"technicianId\": \"technician\", \"appointmentStart\": \""
                        + now.plusMinutes(10)
                        + "\", \"appointmentEnd\": \""
                        + now.plusHours(3)
                        + "\"}")
                .statusCode())
        .isEqualTo(200);

    JsonObject dispatched =
        Http.json(agent.get("/api/service-cases/" + serviceCase.getString("caseNo")));
    JsonObject arrival = dispatched.getJsonArray("openSteps").getJsonObject(0);
    assertThat(arrival.getString("step")).isEqualTo("arriveOnSite");
    assertThat(arrival.getString("assignee")).isEqualTo("technician");
    assertThat(Duration.between(created, OffsetDateTime.parse(arrival.getString("due"))))
        .isBetween(Duration.ofMinutes(119), Duration.ofMinutes(121));
    assertThat(dispatched.getJsonArray("slaRecords").getValuesAs(JsonObject.class))
        .extracting(r -> r.getString("step"), r -> r.getString("limit"))
        .contains(
            org.assertj.core.groups.Tuple.tuple("arriveOnSite", "FROM_SUBMISSION MINUTES:120"));

    // the technician taps "arrived": the restoration counts 4 hours from now
    assertThat(
            basic("technician")
                .post("/api/tasks/" + arrival.getString("taskId") + "/complete", "{}")
                .statusCode())
        .isEqualTo(200);
    JsonObject onSite =
        Http.json(agent.get("/api/service-cases/" + serviceCase.getString("caseNo")));
    assertThat(onSite.getJsonArray("openSteps").getJsonObject(0).getString("step"))
        .isEqualTo("executeService");
  }

  @Test
  void badInputIsRefusedWithAMessagePerFieldAndStoresNothing() {
    long tasksBefore = agentTaskCount();

    HttpResponse<String> empty = agent.post("/api/service-cases", "{}");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(Http.json(empty).getJsonObject("fields").keySet())
        .contains("customerNo", "serviceType", "channel", "description");

    HttpResponse<String> wrongType =
        agent.post(
            "/api/service-cases",
            """
        {"customerNo": "3301000007", "serviceType": "PAINTING", "channel": "PIGEON", "description": "x"}""");
    assertThat(wrongType.statusCode()).isEqualTo(400);
    JsonObject fields = Http.json(wrongType).getJsonObject("fields");
    assertThat(fields.getString("serviceType")).contains("REPAIR").contains("PAINTING");
    assertThat(fields.getString("channel")).contains("PHONE");

    HttpResponse<String> noSuchCustomer =
        agent.post(
            "/api/service-cases",
            """
        {"customerNo": "9999999999", "serviceType": "REPAIR", "channel": "PHONE", "description": "x"}""");
    assertThat(noSuchCustomer.statusCode()).isEqualTo(400);
    assertThat(Http.json(noSuchCustomer).getJsonObject("fields").containsKey("customerNo"))
        .isTrue();

    HttpResponse<String> tooLong =
        agent.post(
            "/api/service-cases",
            "{\"customerNo\": \"3301000007\", \"serviceType\": \"REPAIR\","
                + " \"channel\": \"PHONE\", \"description\": \""
                + "长".repeat(2001)
                + "\"}");
    assertThat(tooLong.statusCode()).isEqualTo(400);

    assertThat(agent.post("/api/service-cases", "{not json").statusCode()).isEqualTo(400);
    assertThat(agentTaskCount()).isEqualTo(tasksBefore);
  }

  @Test
  void aRetriedCreateWithTheSameIdempotencyKeyReturnsTheSameCase() {
    String key = UUID.randomUUID().toString();
    String body =
        """
        {"customerNo": "3302000002", "serviceType": "MAINTENANCE", "channel": "API", "description": "制茶设备配电检查"}""";
    long tasksBefore = agentTaskCount();

    HttpResponse<String> first = post(key, body);
    HttpResponse<String> retry = post(key, body);

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(Http.json(retry).getString("caseNo"))
        .isEqualTo(Http.json(first).getString("caseNo"));
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(agentTaskCount()).isEqualTo(tasksBefore + 1);

    HttpResponse<String> reused = post(key, body.replace("制茶", "炒茶"));
    assertThat(reused.statusCode()).isEqualTo(400);
    assertThat(Http.json(reused).getJsonObject("fields").containsKey("Idempotency-Key")).isTrue();
  }

  @Test
  void twoRetriesRacingOnOneKeyCreateOneCase() {
    String key = UUID.randomUUID().toString();
    String body =
        """
        {"customerNo": "3302000006", "serviceType": "REPAIR", "channel": "API", "description": "厨房电路跳闸"}""";
    List<CompletableFuture<HttpResponse<String>>> racing =
        List.of(
            CompletableFuture.supplyAsync(() -> post(key, body)),
            CompletableFuture.supplyAsync(() -> post(key, body)));
    List<HttpResponse<String>> answers = racing.stream().map(CompletableFuture::join).toList();

    assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(201));
    assertThat(Http.json(answers.get(0)).getString("caseNo"))
        .isEqualTo(Http.json(answers.get(1)).getString("caseNo"));
  }

  @Test
  void whoMayOpenAndReadCases() {
    String body =
        """
        {"customerNo": "3301000007", "serviceType": "REPAIR", "channel": "PHONE", "description": "x"}""";
    assertThat(basic("technician").post("/api/service-cases", body).statusCode()).isEqualTo(403);
    assertThat(anonymous().post("/api/service-cases", body).statusCode()).isEqualTo(401);
    assertThat(basic("admin").get("/api/service-cases/SH-2026-000001").statusCode()).isEqualTo(403);
    assertThat(agent.get("/api/service-cases/SH-1999-999999").statusCode()).isEqualTo(404);
  }

  @Test
  void theCustomerCancelsBeforeExecutionButNotAfter() {
    String caseNo =
        Http.json(
                agent.post(
                    "/api/service-cases",
                    """
        {"customerNo": "3301000002", "serviceType": "MAINTENANCE", "channel": "PHONE", "description": "年度检查"}"""))
            .getString("caseNo");

    HttpResponse<String> noReason = agent.post("/api/service-cases/" + caseNo + "/cancel", "{}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    HttpResponse<String> cancelled =
        agent.post("/api/service-cases/" + caseNo + "/cancel", "{\"text\": \"客户已自行处理\"}");
    assertThat(cancelled.statusCode()).isEqualTo(200);
    assertThat(Http.json(cancelled).getString("status")).isEqualTo("CANCELLED");
    assertThat(Http.json(cancelled).getJsonArray("openSteps")).isEmpty();
    assertThat(
            agent
                .post("/api/service-cases/" + caseNo + "/cancel", "{\"text\": \"再次撤销\"}")
                .statusCode())
        .isEqualTo(409);

    // the demo data's fifth case is already with the technician
    String onSite =
        "SH-" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() + "-000005";
    HttpResponse<String> tooLate =
        agent.post("/api/service-cases/" + onSite + "/cancel", "{\"text\": \"不需要了\"}");
    assertThat(tooLate.statusCode()).isEqualTo(409);
    assertThat(Http.json(tooLate).getString("message")).contains("executeService");
    assertThat(
            agent
                .post("/api/service-cases/SH-1999-999999/cancel", "{\"text\": \"x\"}")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void theCustomerAddsInformationToAnOpenCase() {
    String caseNo =
        Http.json(
                agent.post(
                    "/api/service-cases",
                    """
        {"customerNo": "3301000002", "serviceType": "REPAIR", "channel": "PHONE", "description": "卧室插座无电"}"""))
            .getString("caseNo");
    assertThat(
            agent
                .post("/api/service-cases/" + caseNo + "/information", "{\"text\": \"下午三点后家中有人\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            agent
                .post("/api/service-cases/" + caseNo + "/information", "{\"text\": \" \"}")
                .statusCode())
        .isEqualTo(400);
    assertThat(
            basic("auditor")
                .post("/api/service-cases/" + caseNo + "/information", "{\"text\": \"x\"}")
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void theWarrantyComesFromTheEquipmentRecordUnlessTheAgentSaysOtherwise() {
    assertThat(warrantyOfNewCase("3302000004", "")).isEqualTo("IN_WARRANTY");
    assertThat(warrantyOfNewCase("3301000003", "")).isEqualTo("OUT_OF_WARRANTY");
    assertThat(warrantyOfNewCase("3301000001", "")).isEqualTo("UNKNOWN");
    assertThat(warrantyOfNewCase("3302000004", ", \"warranty\": \"OUT_OF_WARRANTY\""))
        .isEqualTo("OUT_OF_WARRANTY");
    HttpResponse<String> bad =
        agent.post(
            "/api/service-cases",
            """
        {"customerNo": "3302000004", "serviceType": "REPAIR", "channel": "PHONE", "description": "x", "warranty": "MAYBE"}""");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(Http.json(bad).getJsonObject("fields").containsKey("warranty")).isTrue();
  }

  private String warrantyOfNewCase(String customerNo, String extra) {
    return Http.json(
            agent.post(
                "/api/service-cases",
                "{\"customerNo\": \""
                    + customerNo
                    + "\", \"serviceType\": \"REPAIR\", \"channel\": \"PHONE\", \"description\": \"保修测试\""
                    + extra
                    + "}"))
        .getString("warranty");
  }

  @Test
  void theApiIsDescribedByOpenApi() {
    HttpResponse<String> openApi = anonymous().get("/openapi");
    assertThat(openApi.statusCode()).isEqualTo(200);
    assertThat(openApi.body())
        .contains("/api/service-cases")
        .contains("/api/calendar/due")
        .contains("/api/customers");
  }

  private long agentTaskCount() {
    return Http.json(agent.get("/api/tasks?size=1")).getJsonNumber("total").longValue();
  }

  private static HttpResponse<String> post(String key, String body) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(BASE_URL + "/api/service-cases"))
              .header(
                  "Authorization",
                  "Basic "
                      + Base64.getEncoder()
                          .encodeToString("agent:demo".getBytes(StandardCharsets.UTF_8)))
              .header("Content-Type", "application/json")
              .header("Idempotency-Key", key)
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      return HttpClient.newHttpClient()
          .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
