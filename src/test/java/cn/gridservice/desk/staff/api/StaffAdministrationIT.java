package cn.gridservice.desk.staff.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.testsupport.Http;
import cn.gridservice.desk.testsupport.ServerIT;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * The administrator enrols, edits, deactivates and reactivates staff and resets passwords through
 * the API; the realm follows at once (401 for a deactivated member or an old password), and every
 * change is in the change log under the administrator's name, without the password.
 */
@RunAsClient
class StaffAdministrationIT extends ServerIT {

  private static final String PASSWORD = "Tech-2026!a";

  private final Http admin = basic("admin");

  private static String newUserId() {
    return "it." + UUID.randomUUID().toString().substring(0, 8);
  }

  private String enrolTechnician(String userId) {
    HttpResponse<String> created =
        admin.post(
            "/api/staff",
            """
        {"userId": "%s", "name": "测试班员", "team": "城区服务班", "area": "西湖供电所", "phone": "13805719999",
         "roles": ["TECHNICIAN"], "password": "%s"}"""
                .formatted(userId, PASSWORD));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return userId;
  }

  @Test
  void aNewTechnicianLogsInAtOnceAndADeactivatedOneNoLonger() {
    String userId = enrolTechnician(newUserId());
    Http technician = Http.basic(userId, PASSWORD);
    assertThat(technician.get("/api/customers?size=1").statusCode()).isEqualTo(200);

    HttpResponse<String> deactivated = admin.post("/api/staff/" + userId + "/deactivate", null);
    assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);
    assertThat(Http.json(deactivated).getBoolean("active")).isFalse();
    assertThat(technician.get("/api/customers?size=1").statusCode()).isEqualTo(401);

    assertThat(admin.post("/api/staff/" + userId + "/reactivate", null).statusCode())
        .isEqualTo(200);
    assertThat(technician.get("/api/customers?size=1").statusCode()).isEqualTo(200);

    JsonArray changes = jsonArray(admin.get("/api/staff/" + userId + "/changes"));
    assertThat(changes)
        .extracting(c -> ((JsonObject) c).getString("action"))
        .containsExactly("REACTIVATED", "DEACTIVATED", "CREATED");
    assertThat(changes)
        .allSatisfy(c -> assertThat(((JsonObject) c).getString("actor")).isEqualTo("admin"));
  }

  @Test
  void aLoggedInSessionOfADeactivatedMemberEnds() {
    String userId = enrolTechnician(newUserId());
    Http browser = anonymous();
    browser.formLogin(userId, PASSWORD);
    assertThat(browser.get("/api/customers?size=1").statusCode()).isEqualTo(200);

    assertThat(admin.post("/api/staff/" + userId + "/deactivate", null).statusCode())
        .isEqualTo(200);
    assertThat(browser.get("/api/customers?size=1").statusCode()).isEqualTo(401);
  }

  @Test
  void aResetPasswordReplacesTheOldOneAndIsLoggedWithoutIt() {
    String userId = enrolTechnician(newUserId());
    HttpResponse<String> weak =
        admin.post("/api/staff/" + userId + "/password", "{\"password\": \"password\"}");
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(Http.json(weak).getJsonObject("fields").getString("password")).contains("three of");

    assertThat(
            admin
                .post("/api/staff/" + userId + "/password", "{\"password\": \"New-Pass-77\"}")
                .statusCode())
        .isEqualTo(204);
    assertThat(Http.basic(userId, PASSWORD).get("/api/customers?size=1").statusCode())
        .isEqualTo(401);
    assertThat(Http.basic(userId, "New-Pass-77").get("/api/customers?size=1").statusCode())
        .isEqualTo(200);

    HttpResponse<String> log =
        basic("auditor").get("/api/change-log?entityType=STAFF&entityId=" + userId);
    assertThat(log.statusCode()).isEqualTo(200);
    assertThat(log.body())
        .contains("\"PASSWORD_RESET\"")
        .doesNotContain("New-Pass-77")
        .doesNotContain(PASSWORD)
        .doesNotContain("$2a$")
        .doesNotContain("passwordHash");
  }

  @Test
  void editingRecordsEveryChangedFieldWithItsOldAndNewValue() {
    String userId = enrolTechnician(newUserId());
    HttpResponse<String> updated =
        admin.put(
            "/api/staff/" + userId,
            """
        {"name": "测试班员", "team": "农村服务班", "area": "西湖供电所", "phone": "13805719999",
         "roles": ["TECHNICIAN", "CUSTOMER_MANAGER"], "managerGrade": "TRAINEE"}""");
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    assertThat(Http.json(updated).getString("managerGrade")).isEqualTo("TRAINEE");

    JsonObject change =
        Http.json(admin.get("/api/change-log?entityType=STAFF&entityId=" + userId))
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(change.getString("action")).isEqualTo("UPDATED");
    assertThat(change.getJsonArray("fields").toString())
        .contains("{\"field\":\"team\",\"newValue\":\"农村服务班\",\"oldValue\":\"城区服务班\"}")
        .contains("\"CUSTOMER_MANAGER,TECHNICIAN\"")
        .contains("\"TRAINEE\"");
  }

  @Test
  void badValuesAreRefusedFieldByField() {
    HttpResponse<String> refused =
        admin
            .header("Accept-Language", "zh-CN")
            .post(
                "/api/staff",
                """
        {"userId": "Bad Name", "email": "x@", "phone": "123", "roles": [], "managerGrade": "SENIOR", "password": "abc"}""");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(Http.json(refused).getJsonObject("fields").keySet())
        .containsExactlyInAnyOrder("userId", "name", "email", "phone", "roles", "password");
    assertThat(Http.json(refused).getJsonObject("fields").getString("roles"))
        .isEqualTo("请至少选择一个角色");

    HttpResponse<String> taken =
        basic("admin")
            .post(
                "/api/staff",
                """
        {"userId": "agent", "name": "重名", "roles": ["AGENT"], "password": "Grid-2026!x"}""");
    assertThat(taken.statusCode()).isEqualTo(400);
    assertThat(Http.json(taken).getJsonObject("fields").getString("userId"))
        .contains("exists already");
  }

  @Test
  void theAdministratorCannotLockThemselvesOrTheLastAdministratorOut() {
    HttpResponse<String> self = admin.post("/api/staff/admin/deactivate", null);
    assertThat(self.statusCode()).isEqualTo(400);
    assertThat(self.body()).contains("your own account");

    HttpResponse<String> lastAdmin =
        admin.put(
            "/api/staff/admin",
            """
        {"name": "郑军", "team": "信息运维", "roles": ["AUDITOR"]}""");
    assertThat(lastAdmin.statusCode()).isEqualTo(400);
    assertThat(Http.json(lastAdmin).getJsonObject("fields").getString("roles"))
        .contains("last active administrator");
    assertThat(basic("admin").get("/api/staff/admin").statusCode()).isEqualTo(200);
  }

  @Test
  void onlyTheAdministratorAdministersStaff() {
    assertThat(basic("manager").post("/api/staff", "{}").statusCode()).isEqualTo(403);
    assertThat(basic("agent").get("/api/staff").statusCode()).isEqualTo(403);
    assertThat(basic("agent").get("/api/change-log").statusCode()).isEqualTo(403);
    assertThat(anonymous().get("/api/staff").statusCode()).isEqualTo(401);
  }

  private static JsonArray jsonArray(HttpResponse<String> response) {
    try (jakarta.json.JsonReader reader =
        jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
      return reader.readArray();
    }
  }
}
