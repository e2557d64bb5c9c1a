package cn.gridservice.desk.customer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.aftersales.application.CaseWork;
import cn.gridservice.desk.aftersales.application.ServiceCaseQueries;
import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.testsupport.DemoStaff;
import cn.gridservice.desk.testsupport.Http;
import cn.gridservice.desk.testsupport.ServerIT;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The auditor tries to recover a customer's phone number, e-mail, address and name — by searching
 * for prefixes of the number, through the 360° view, the case and complaint APIs with their
 * timelines, and the pages — and never learns more than the mask. On MariaDB in the server.
 */
class CustomerPrivacyIT extends ServerIT {

  /** 刘桂兰, residential, rural; no other test works on her. */
  private static final String CUSTOMER = "3301000004";

  private static final String PHONE = "13905720004";
  private static final String EMAIL = "liu.guilan@example.cn";
  private static final String OTHER_PHONE = "13705800099";
  private static final String OTHER_EMAIL = "guilan.liu@family.cn";

  /**
   * What must never reach the auditor: the hidden digits, the e-mail addresses, the address, the
   * name.
   */
  private static final List<String> SECRETS =
      List.of(PHONE, "0572000", "liu.guilan", OTHER_PHONE, "7058000", OTHER_EMAIL, "劳岭村", "刘桂兰");

  @Inject CaseWork work;

  @Inject ServiceCaseQueries cases;

  @PersistenceContext EntityManager em;

  @Inject UserTransaction transaction;

  private final Http auditor = basic("auditor");
  private final Http agent = basic("agent");

  @Test
  void theAuditorCannotRecoverTheNumberByGuessingItsDigits() {
    // the agent's search does match the number: the search is real
    assertThat(
            Http.json(agent.get("/api/customers?query=" + PHONE))
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("customerNo"))
        .isEqualTo(CUSTOMER);

    String nothing = auditor.get("/api/customers?query=1390572999").body();
    for (int length = 3; length <= PHONE.length(); length++) {
      String prefix = PHONE.substring(0, length);
      assertThat(auditor.get("/api/customers?query=" + prefix).body())
          .as("search for " + prefix)
          .isEqualTo(nothing);
    }
    for (int digit = 0; digit <= 9; digit++) {
      // the last digit guessed one by one: every guess answers alike
      assertThat(auditor.get("/api/customers?query=" + PHONE.substring(0, 10) + digit).body())
          .isEqualTo(nothing);
    }
    // nor by the address, nor a resident's name; a company's name is no secret
    assertThat(items(auditor, "劳岭村")).isZero();
    assertThat(items(agent, "劳岭村")).isEqualTo(1);
    assertThat(items(auditor, "刘桂兰")).isZero();
    assertThat(items(auditor, "竹木制品")).isEqualTo(1);
  }

  @Test
  void caseComplaintOverviewAndPagesShowTheAuditorOnlyTheMask() throws Exception {
    setEmail(CUSTOMER, EMAIL);
    String caseNo =
        Http.json(
                agent.post(
                    "/api/service-cases",
                    """
        {"customerNo": "%s", "serviceType": "REPAIR", "channel": "PHONE",
         "description": "刘桂兰来电：厨房插座无电。白天请打 %s 或发邮件 %s"}"""
                        .formatted(CUSTOMER, OTHER_PHONE, OTHER_EMAIL)))
            .getString("caseNo");
    String accept = cases.byNumber(caseNo).orElseThrow().openSteps().get(0).taskId();
    // the acceptance notice goes out by mail: the timeline names the address
    work.accept(accept, DemoStaff.actor("agent"), CaseWork.Acceptance.ACCEPTED, null);
    assertThat(cases.timeline(caseNo)).anySatisfy(e -> assertThat(e.detail()).contains(EMAIL));
    String complaintNo =
        Http.json(
                agent.post(
                    "/api/complaints",
                    """
        {"customerNo": "%s", "complaintClass": "SERVICE", "description": "上门人员未按约定时间到达，客户电话 %s"}"""
                        .formatted(CUSTOMER, PHONE)))
            .getString("complaintNo");

    JsonObject customer = Http.json(auditor.get("/api/customers/" + CUSTOMER));
    assertThat(customer.getString("phone")).isEqualTo("139****0004");
    assertThat(customer.getString("email")).isEqualTo("l****@example.cn");
    assertThat(customer.getString("name")).isEqualTo("刘**");
    assertThat(customer.getBoolean("contactMasked")).isTrue();

    HttpResponse<String> overview = auditor.get("/api/customers/" + CUSTOMER + "/overview");
    assertThat(overview.statusCode()).isEqualTo(200);
    assertThat(overview.body())
        .contains("139****0004", "l****@example.cn", caseNo, complaintNo, "CUSTOMER_NOTIFIED");
    assertNoSecret(overview.body(), "overview");

    JsonObject serviceCase = Http.json(auditor.get("/api/service-cases/" + caseNo));
    assertThat(serviceCase.getString("customerName")).isEqualTo("刘**");
    assertNoSecret(serviceCase.toString(), "case API");
    JsonObject complaint = Http.json(auditor.get("/api/complaints/" + complaintNo));
    assertThat(complaint.getString("customerName")).isEqualTo("刘**");
    assertNoSecret(complaint.toString(), "complaint API");

    Http page = loggedIn("auditor");
    for (String path :
        List.of(
            "/cases/case.xhtml?caseNo=" + caseNo,
            "/complaints/complaint.xhtml?complaintNo=" + complaintNo,
            "/customers/customer.xhtml?customerNo=" + CUSTOMER,
            "/customers/index.xhtml")) {
      HttpResponse<String> html = page.get(path);
      assertThat(html.statusCode()).as(path).isEqualTo(200);
      assertNoSecret(html.body(), path);
    }
    HttpResponse<String> list = page.get("/customers/index.xhtml");
    assertThat(list.body()).contains("刘**");

    // the agent, who calls the customer, sees it all
    assertThat(agent.get("/api/customers/" + CUSTOMER + "/overview").body())
        .contains(EMAIL, PHONE, OTHER_PHONE, "刘桂兰");
  }

  private static int items(Http http, String query) {
    return Http.json(
            http.get("/api/customers?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
        .getJsonArray("items")
        .size();
  }

  private static void assertNoSecret(String text, String where) {
    for (String secret : SECRETS) {
      assertThat(text).as(where + " must not show " + secret).doesNotContain(secret);
    }
  }

  private void setEmail(String customerNo, String email) throws Exception {
    transaction.begin();
    Customer c =
        em.createNamedQuery("Customer.byNo", Customer.class)
            .setParameter("no", customerNo)
            .getSingleResult();
    c.contact(c.contactName(), c.phone(), email, c.address());
    transaction.commit();
  }
}
