package cn.gridservice.desk.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.testsupport.DemoStaff;
import cn.gridservice.desk.testsupport.Http;
import cn.gridservice.desk.testsupport.ServerIT;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * Pages refuse what the API refuses: every page and page action × every role, logged in through the
 * pages, against the API's answer for the same role, both read from {@link Permission}. And the
 * session cookie cannot be used by another site to change anything.
 */
@RunAsClient
class PermissionsIT extends ServerIT {

  /** A page, or an action on it (the id of its button), and what it needs. */
  private record PageAction(String path, String elementId, Permission needs) {}

  @Test
  void everyPageAndPageActionIsOfferedToExactlyTheRolesTheApiAllows() {
    Http agent = basic("agent");
    String caseNo =
        Http.json(
                agent.post(
                    "/api/service-cases",
                    """
        {"customerNo": "3302000005", "serviceType": "REPAIR", "channel": "API", "description": "权限走查用工单"}"""))
            .getString("caseNo");
    String complaintNo =
        Http.json(
                agent.post(
                    "/api/complaints",
                    """
        {"customerNo": "3301000007", "complaintClass": "SERVICE", "description": "权限走查用投诉"}"""))
            .getString("complaintNo");
    String casePage = "/cases/case.xhtml?caseNo=" + caseNo;
    var actions =
        java.util.List.of(
            new PageAction("/work/my-work.xhtml", null, Permission.WORK_ON_TASKS),
            new PageAction("/work/new-case.xhtml", null, Permission.CREATE_CASE),
            new PageAction("/work/new-complaint.xhtml", null, Permission.REGISTER_COMPLAINT),
            new PageAction(casePage, null, Permission.READ_CASE),
            new PageAction(casePage, "caseActions:addInformation", Permission.ADD_CASE_INFORMATION),
            new PageAction(casePage, "caseActions:cancel", Permission.CANCEL_CASE),
            new PageAction(
                "/complaints/complaint.xhtml?complaintNo=" + complaintNo,
                null,
                Permission.READ_COMPLAINT),
            new PageAction("/customers/index.xhtml", null, Permission.READ_CUSTOMERS),
            new PageAction("/admin/staff.xhtml", null, Permission.ADMINISTER),
            new PageAction("/admin/calendar.xhtml", null, Permission.EDIT_CALENDAR));

    SoftAssertions softly = new SoftAssertions();
    for (Role role : Role.values()) {
      String user = DemoStaff.userOf(role);
      Http page = anonymous();
      page.formLogin(user, DemoStaff.PASSWORD);
      for (PageAction action : actions) {
        boolean allowed = action.needs().allows(role);
        HttpResponse<String> response = page.get(action.path());
        if (action.elementId() == null) {
          softly
              .assertThat(response.statusCode())
              .as("%s opens %s", role, action.path())
              .isEqualTo(allowed ? 200 : 403);
        } else if (response.statusCode() == 200) {
          softly
              .assertThat(response.body().contains("id=\"" + action.elementId() + "\""))
              .as("%s is offered %s on %s", role, action.elementId(), action.path())
              .isEqualTo(allowed);
        }
      }

      // the API answers the same role the same way (400: allowed, but the empty request is refused
      // as invalid)
      Http api = basic(user);
      expect(
          softly,
          role,
          api.post("/api/service-cases/" + caseNo + "/cancel", "{}"),
          Permission.CANCEL_CASE,
          400);
      expect(
          softly,
          role,
          api.post("/api/service-cases/" + caseNo + "/information", "{}"),
          Permission.ADD_CASE_INFORMATION,
          400);
      expect(softly, role, api.get("/api/service-cases/" + caseNo), Permission.READ_CASE, 200);
      expect(
          softly, role, api.get("/api/complaints/" + complaintNo), Permission.READ_COMPLAINT, 200);
      expect(softly, role, api.post("/api/service-cases", "{}"), Permission.CREATE_CASE, 400);
      expect(softly, role, api.post("/api/complaints", "{}"), Permission.REGISTER_COMPLAINT, 400);
      expect(softly, role, api.get("/api/customers"), Permission.READ_CUSTOMERS, 200);
      expect(softly, role, api.get("/api/tasks"), Permission.WORK_ON_TASKS, 200);
    }
    softly.assertAll();
    // nobody cancelled it on the way
    assertThat(Http.json(agent.get("/api/service-cases/" + caseNo)).getString("status"))
        .isEqualTo("OPEN");
  }

  private static void expect(
      SoftAssertions softly,
      Role role,
      HttpResponse<String> response,
      Permission permission,
      int whenAllowed) {
    softly
        .assertThat(response.statusCode())
        .as("%s: %s %s", role, response.request().method(), response.request().uri())
        .isEqualTo(permission.allows(role) ? whenAllowed : 403);
  }

  @Test
  void anotherSitesFormCannotUseTheSessionCookieToChangeAnything() {
    Http agent = basic("agent");
    String caseNo =
        Http.json(
                agent.post(
                    "/api/service-cases",
                    """
        {"customerNo": "3302000005", "serviceType": "REPAIR", "channel": "API", "description": "跨站请求校验用工单"}"""))
            .getString("caseNo");
    String task =
        Http.json(agent.get("/api/service-cases/" + caseNo))
            .getJsonArray("openSteps")
            .getJsonObject(0)
            .getString("taskId");

    Http browser = anonymous();
    HttpResponse<String> loginPage = browser.get("/login.xhtml");
    assertThat(loginPage.headers().allValues("Set-Cookie"))
        .as("session cookie")
        .anySatisfy(
            cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("SameSite=Lax"));
    browser.formLogin("agent2", DemoStaff.PASSWORD);

    // what a form on another site can send: no body, a form, plain text
    for (String type :
        new String[] {
          null, "application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x"
        }) {
      for (String action : new String[] {"claim", "unclaim", "resolve"}) {
        HttpResponse<String> forged =
            browser.send(
                "POST", "/api/tasks/" + task + "/" + action, type, type == null ? null : "a=b");
        assertThat(forged.statusCode()).as("%s with %s", action, type).isEqualTo(403);
      }
    }
    assertThat(
            Http.json(agent.get("/api/service-cases/" + caseNo))
                .getJsonArray("openSteps")
                .getJsonObject(0)
                .isNull("assignee"))
        .as("the task is still unclaimed")
        .isTrue();

    // our own page script sends JSON, or the token the page carries
    String token = csrfToken(browser.get("/work/my-work.xhtml").body());
    HttpResponse<String> withToken =
        browser
            .header(CsrfToken.HEADER, token)
            .send("POST", "/api/tasks/" + task + "/claim", "text/plain", "");
    assertThat(withToken.statusCode()).isEqualTo(200);
    HttpResponse<String> json = browser.post("/api/tasks/" + task + "/unclaim", null);
    assertThat(json.statusCode()).isEqualTo(200);
    // a Basic-authenticated client carries no cookie for another site to borrow
    assertThat(agent.send("POST", "/api/tasks/" + task + "/claim", "text/plain", "").statusCode())
        .isEqualTo(200);
  }

  private static String csrfToken(String page) {
    Matcher meta = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"").matcher(page);
    assertThat(meta.find()).as("the page carries the token").isTrue();
    return meta.group(1);
  }
}
