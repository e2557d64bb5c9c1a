package cn.gridservice.desk.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.testsupport.Http;
import cn.gridservice.desk.testsupport.ServerIT;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/** Who may use what, seen from outside: login page or 401 without login, 403 for the wrong role. */
@RunAsClient
class AccessIT extends ServerIT {

  @Test
  void healthNeedsNoLoginAndReportsDatabaseAndEngine() {
    HttpResponse<String> response = anonymous().get("/health");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject health = Http.json(response);
    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(health.getJsonObject("database").getString("product"))
        .containsIgnoringCase("MariaDB");
    assertThat(health.getJsonObject("engine").getString("status")).isEqualTo("UP");
    assertThat(health.getJsonObject("engine").getBoolean("jobExecutorActive")).isTrue();
  }

  @Test
  void theApiAnswers401WithoutOrWithWrongCredentials() {
    HttpResponse<String> none = anonymous().get("/api/customers");
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    assertThat(Http.basic("agent", "wrong").get("/api/customers").statusCode()).isEqualTo(401);
    assertThat(basic("nobody").get("/api/customers").statusCode()).isEqualTo(401);
  }

  @Test
  void theApiAnswers403ForTheWrongRole() {
    assertThat(basic("auditor").get("/api/tasks").statusCode()).isEqualTo(403);
    assertThat(basic("admin").post("/api/tasks/any/claim", null).statusCode()).isEqualTo(403);
    assertThat(basic("agent").get("/api/tasks").statusCode()).isEqualTo(200);
  }

  @Test
  void pagesShowTheLoginPageWithoutLoginAnd403ForTheWrongRole() {
    HttpResponse<String> anonymous = anonymous().get("/work/my-work.xhtml");
    assertThat(anonymous.body()).contains("j_security_check").contains("登录");

    Http auditor = anonymous();
    assertThat(auditor.formLogin("auditor", "demo").statusCode()).isEqualTo(302);
    assertThat(auditor.get("/work/my-work.xhtml").statusCode()).isEqualTo(403);
    assertThat(auditor.get("/customers/index.xhtml").statusCode()).isEqualTo(200);

    Http agent = loggedIn("agent");
    assertThat(agent.get("/admin/staff.xhtml").statusCode()).isEqualTo(403);
    assertThat(agent.get("/work/my-work.xhtml").body()).contains("我的工作");

    Http admin = loggedIn("admin");
    HttpResponse<String> staff = admin.get("/admin/staff.xhtml");
    assertThat(staff.statusCode()).isEqualTo(200);
    assertThat(staff.body()).contains("technician2").contains("custmgr");
  }

  @Test
  void aWrongPasswordOnTheLoginPageSaysSo() {
    Http browser = anonymous();
    HttpResponse<String> failed = browser.formLogin("agent", "not-the-password");
    assertThat(failed.body()).contains("用户名或密码错误");
  }

  @Test
  void customersAnswerInCamelCaseWithOffsetTimesAndContactDataOnlyForRolesThatNeedIt() {
    HttpResponse<String> byAgent = basic("agent").get("/api/customers/3304000001");
    assertThat(byAgent.statusCode()).isEqualTo(200);
    JsonObject hospital = Http.json(byAgent);
    assertThat(hospital.getString("customerNo")).isEqualTo("3304000001");
    assertThat(hospital.getString("category")).isEqualTo("HIGH_VOLTAGE_DUAL_SOURCE");
    assertThat(hospital.getString("area")).isEqualTo("URBAN");
    assertThat(hospital.getBoolean("highRisk")).isTrue();
    assertThat(hospital.getBoolean("keyAccount")).isTrue();
    assertThat(hospital.getString("customerManager")).isEqualTo("custmgr");
    assertThat(hospital.getString("createdAt")).endsWith("+08:00");
    assertThat(hospital.getString("phone")).isEqualTo("057186000031");
    assertThat(hospital.getBoolean("contactMasked")).isFalse();

    JsonObject seenByAuditor = Http.json(basic("auditor").get("/api/customers/3304000001"));
    assertThat(seenByAuditor.getString("phone")).isEqualTo("057****0031");
    assertThat(seenByAuditor.getString("address")).endsWith("****").doesNotContain("上塘路");
    assertThat(seenByAuditor.getBoolean("contactMasked")).isTrue();
  }

  @Test
  void customerSearchPagesAndRejectsBadParameters() {
    Http agent = basic("agent");
    JsonObject page = Http.json(agent.get("/api/customers?query=%E5%8C%BB%E9%99%A2&page=0&size=5"));
    assertThat(page.getJsonArray("items")).hasSize(1);
    assertThat(page.getJsonArray("items").getJsonObject(0).getString("name")).isEqualTo("浙江省人民医院");

    JsonObject all = Http.json(agent.get("/api/customers?size=10"));
    assertThat(all.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(20);
    assertThat(all.getJsonArray("items")).hasSize(10);

    HttpResponse<String> badSize = agent.get("/api/customers?size=0");
    assertThat(badSize.statusCode()).isEqualTo(400);
    assertThat(Http.json(badSize).getString("message")).contains("size");
    HttpResponse<String> badPage = agent.get("/api/customers?page=x");
    assertThat(badPage.statusCode()).isEqualTo(400);
    assertThat(Http.json(badPage).getString("message")).contains("page");
    assertThat(agent.get("/api/customers/0000000000").statusCode()).isEqualTo(404);
  }
}
