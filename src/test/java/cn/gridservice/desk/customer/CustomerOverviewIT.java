package cn.gridservice.desk.customer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.testsupport.Http;
import cn.gridservice.desk.testsupport.ServerIT;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * The 360° customer view from outside, on MariaDB: a case and a complaint of one customer appear in
 * {@code GET /api/customers/{no}/overview} with their open tasks, SLA record and one timeline; the
 * page shows them to an agent, with the phone masked for an auditor; the case page, the complaint
 * page and both task pages link to it.
 */
@RunAsClient
class CustomerOverviewIT extends ServerIT {

  /** 陈国强, residential, remote; no other test registers complaints for him. */
  private static final String CUSTOMER = "3301000005";

  private static final String PHONE = "13705800005";
  private static final String MASKED_PHONE = "137****0005";
  private static final String PAGE = "/customers/customer.xhtml?customerNo=" + CUSTOMER;

  private final Http agent = basic("agent");

  @Test
  void theOverviewListsTheCustomersCaseAndComplaintWithTheirOpenTasksSlaAndOneTimeline() {
    String caseNo = createCase();
    String complaintNo = createComplaint(caseNo);

    HttpResponse<String> response = agent.get("/api/customers/" + CUSTOMER + "/overview");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject overview = Http.json(response);

    JsonObject customer = overview.getJsonObject("customer");
    assertThat(customer.getString("customerNo")).isEqualTo(CUSTOMER);
    assertThat(customer.getString("phone")).isEqualTo(PHONE);
    assertThat(customer.getBoolean("contactMasked")).isFalse();
    assertThat(overview.getJsonArray("equipment")).isNotNull();
    assertThat(overview.getString("asOf")).endsWith("+08:00");

    JsonObject serviceCase = find(overview.getJsonArray("serviceCases"), "caseNo", caseNo);
    assertThat(serviceCase.getString("status")).isEqualTo("OPEN");
    assertThat(serviceCase.getString("serviceType")).isEqualTo("REPAIR");
    assertThat(strings(serviceCase.getJsonArray("openSteps"))).containsExactly("acceptRequest");
    JsonObject complaint = find(overview.getJsonArray("complaints"), "complaintNo", complaintNo);
    assertThat(complaint.getString("complaintClass")).isEqualTo("SERVICE");
    assertThat(complaint.getString("serviceCaseNo")).isEqualTo(caseNo);
    assertThat(strings(complaint.getJsonArray("openSteps"))).contains("contactCustomer");
    // newest first: the complaint came after the case
    assertThat(strings(overview.getJsonArray("serviceCases"), "caseNo").get(0)).isEqualTo(caseNo);
    assertThat(strings(overview.getJsonArray("complaints"), "complaintNo").get(0))
        .isEqualTo(complaintNo);

    JsonArray openTasks = overview.getJsonArray("openTasks");
    JsonObject accept = find(openTasks, "reference", caseNo);
    assertThat(accept.getString("kind")).isEqualTo("CASE");
    assertThat(accept.getString("step")).isEqualTo("acceptRequest");
    assertThat(accept.getString("due")).endsWith("+08:00");
    assertThat(accept.getString("taskId")).isNotBlank();
    assertThat(strings(accept.getJsonArray("candidateGroups"))).containsExactly("AGENT");
    JsonObject contact =
        openTasks.getValuesAs(JsonObject.class).stream()
            .filter(
                t ->
                    t.getString("reference").equals(complaintNo)
                        && t.getString("step").equals("contactCustomer"))
            .findFirst()
            .orElseThrow();
    assertThat(contact.getString("kind")).isEqualTo("COMPLAINT");
    assertThat(strings(contact.getJsonArray("candidateGroups")))
        .containsExactly("COMPLAINT_HANDLER");

    JsonObject sla = find(overview.getJsonArray("slaRecords"), "caseNo", caseNo);
    assertThat(sla.getString("step")).isEqualTo("acceptRequest");
    assertThat(sla.getString("limit")).isEqualTo("WORKING_HOURS:4");
    assertThat(sla.getBoolean("open")).isTrue();
    assertThat(sla.getBoolean("breached")).isFalse();
    assertThat(sla.isNull("lateBySeconds")).isTrue();
    assertThat(overview.getJsonArray("complaintBreaches")).isNotNull();
    assertThat(overview.getJsonArray("complaintEscalations")).isNotNull();

    List<JsonObject> timeline = overview.getJsonArray("timeline").getValuesAs(JsonObject.class);
    int submitted = indexOf(timeline, caseNo, "SUBMITTED");
    int registered = indexOf(timeline, complaintNo, "REGISTERED");
    assertThat(submitted).as("the case in the timeline").isNotNegative();
    assertThat(registered)
        .as("the complaint in the timeline")
        .isNotNegative()
        .isLessThan(submitted);
    assertThat(timeline.get(submitted).getString("kind")).isEqualTo("CASE");
    assertThat(timeline.get(registered).getString("kind")).isEqualTo("COMPLAINT");
    assertThat(timeline)
        .extracting(l -> OffsetDateTime.parse(l.getString("at")))
        .isSortedAccordingTo(Comparator.<OffsetDateTime>naturalOrder().reversed());
  }

  @Test
  void auditorsReadTheOverviewMaskedAndStrangersAndUnknownCustomersAreRefused() {
    HttpResponse<String> byAuditor =
        basic("auditor").get("/api/customers/" + CUSTOMER + "/overview");
    assertThat(byAuditor.statusCode()).isEqualTo(200);
    JsonObject customer = Http.json(byAuditor).getJsonObject("customer");
    assertThat(customer.getString("phone")).isEqualTo(MASKED_PHONE);
    assertThat(customer.getBoolean("contactMasked")).isTrue();

    assertThat(basic("technician").get("/api/customers/" + CUSTOMER + "/overview").statusCode())
        .isEqualTo(200);
    assertThat(anonymous().get("/api/customers/" + CUSTOMER + "/overview").statusCode())
        .isEqualTo(401);
    assertThat(agent.get("/api/customers/9999999999/overview").statusCode()).isEqualTo(404);
  }

  @Test
  void thePageShowsCasesComplaintsAndTasksToAnAgentAndMasksThePhoneForAnAuditor() {
    String caseNo = createCase();
    String complaintNo = createComplaint(caseNo);
    String acceptTask =
        find(
                Http.json(agent.get("/api/customers/" + CUSTOMER + "/overview"))
                    .getJsonArray("openTasks"),
                "reference",
                caseNo)
            .getString("taskId");

    Http agentBrowser = loggedIn("agent");
    HttpResponse<String> page = agentBrowser.get(PAGE);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("客户全景")
        .contains("陈国强")
        .contains(caseNo)
        .contains(complaintNo)
        .contains(PHONE)
        .contains("/cases/case.xhtml?caseNo=" + caseNo)
        .contains("/complaints/complaint.xhtml?complaintNo=" + complaintNo)
        .contains("/work/task.xhtml?taskId=" + acceptTask);
    assertThat(agentBrowser.get("/customers/customer.xhtml?customerNo=9999999999").body())
        .contains("没有客户 9999999999");

    Http auditorBrowser = loggedIn("auditor");
    HttpResponse<String> masked = auditorBrowser.get(PAGE);
    assertThat(masked.statusCode()).isEqualTo(200);
    assertThat(masked.body())
        .contains(caseNo)
        .contains(complaintNo)
        .contains(MASKED_PHONE)
        .doesNotContain(PHONE)
        .as("auditors may not open task forms")
        .doesNotContain("/work/task.xhtml?taskId=");
  }

  @Test
  void theCasePageTheComplaintPageTheCustomerListAndBothTaskPagesLinkToIt() {
    String caseNo = createCase();
    String complaintNo = createComplaint(caseNo);
    JsonArray openTasks =
        Http.json(agent.get("/api/customers/" + CUSTOMER + "/overview")).getJsonArray("openTasks");
    String caseTask = find(openTasks, "reference", caseNo).getString("taskId");
    String complaintTask = find(openTasks, "reference", complaintNo).getString("taskId");

    Http browser = loggedIn("agent");
    String link = "/customers/customer.xhtml?customerNo=" + CUSTOMER;
    assertThat(browser.get("/cases/case.xhtml?caseNo=" + caseNo).body()).contains(link);
    assertThat(browser.get("/complaints/complaint.xhtml?complaintNo=" + complaintNo).body())
        .contains(link);
    assertThat(browser.get("/customers/index.xhtml").body()).contains(link);
    String caseTaskPage = browser.get("/work/task.xhtml?taskId=" + caseTask).body();
    assertThat(caseTaskPage).contains("id=\"customerPage\"").contains(link);
    // the complaint's task is the complaint handler's: the agent's page shows nothing of it
    assertThat(browser.get("/work/task.xhtml?taskId=" + complaintTask).body())
        .doesNotContain("id=\"customerPage\"")
        .doesNotContain(complaintNo);
    Http handler = loggedIn("handler");
    String complaintTaskPage = handler.get("/work/task.xhtml?taskId=" + complaintTask).body();
    assertThat(complaintTaskPage).contains("id=\"customerPage\"").contains(link);
  }

  // --- helpers ---

  private String createCase() {
    HttpResponse<String> created =
        agent.post(
            "/api/service-cases",
            """
        {"customerNo": "%s", "serviceType": "REPAIR", "channel": "PHONE", "description": "院子里的配电箱漏电"}"""
                .formatted(CUSTOMER));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Http.json(created).getString("caseNo");
  }

  private String createComplaint(String caseNo) {
    HttpResponse<String> created =
        agent.post(
            "/api/complaints",
            """
        {"customerNo": "%s", "complaintClass": "SERVICE", "description": "报修后一直无人联系", "serviceCaseNo": "%s"}"""
                .formatted(CUSTOMER, caseNo));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Http.json(created).getString("complaintNo");
  }

  private static JsonObject find(JsonArray array, String field, String value) {
    return array.getValuesAs(JsonObject.class).stream()
        .filter(o -> value.equals(o.getString(field, null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + field + " " + value + " in " + array));
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  private static List<String> strings(JsonArray objects, String field) {
    return objects.getValuesAs(JsonObject.class).stream().map(o -> o.getString(field)).toList();
  }

  private static int indexOf(List<JsonObject> timeline, String reference, String type) {
    for (int i = 0; i < timeline.size(); i++) {
      if (reference.equals(timeline.get(i).getString("reference"))
          && type.equals(timeline.get(i).getString("type"))) {
        return i;
      }
    }
    return -1;
  }
}
