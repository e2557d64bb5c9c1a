package cn.gridservice.desk.aftersales.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.testsupport.Browser;
import cn.gridservice.desk.testsupport.Http;
import cn.gridservice.desk.testsupport.ServerIT;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A customer leaves an online message without logging in; it becomes a case waiting for an agent.
 */
@RunAsClient
class OnlineMessageJourneyIT extends ServerIT {

  @RegisterExtension final Browser chromium = new Browser();

  @Test
  void aCustomerLeavesAMessageAndGetsACaseNumber() {
    WebDriver browser = chromium.driver();
    WebDriverWait wait = chromium.waiting();
    browser.get(BASE_URL + "/login.xhtml");
    browser.findElement(By.id("onlineMessage")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("message:customerNo")));

    browser.findElement(By.id("message:customerNo")).sendKeys("3301000008");
    browser.findElement(By.id("message:phone")).sendKeys("138-0571-0008");
    chromium.paste(By.id("message:description"), "客厅灯具开关损坏，需要上门维修。");
    browser.findElement(By.id("message:send")).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caseNo")));
    String caseNo = browser.findElement(By.id("caseNo")).getText();
    assertThat(caseNo).matches("SH-\\d{4}-\\d{6}");

    JsonObject serviceCase = Http.json(basic("agent").get("/api/service-cases/" + caseNo));
    assertThat(serviceCase.getString("channel")).isEqualTo("ONLINE");
    assertThat(serviceCase.getString("createdBy")).isEqualTo("online");
    assertThat(serviceCase.getString("customerNo")).isEqualTo("3301000008");
    assertThat(serviceCase.getJsonArray("openSteps").getJsonObject(0).getString("step"))
        .isEqualTo("acceptRequest");
    // the promised acceptance is the step's due date from serviceDeadlines.dmn and the calendar,
    // not a text
    String due = serviceCase.getJsonArray("openSteps").getJsonObject(0).getString("due");
    assertThat(browser.findElement(By.id("promise")).getText())
        .contains(
            java.time.OffsetDateTime.parse(due)
                .atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai"))
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));

    // "keep your case number to check it": the number and the phone's last four digits show the
    // status
    browser.findElement(By.id("checkStatus")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status:reference")));
    browser.findElement(By.id("status:reference")).sendKeys(caseNo);
    browser.findElement(By.id("status:phoneLast4")).sendKeys("0008");
    browser.findElement(By.id("status:check")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("state")));
    assertThat(browser.findElement(By.id("number")).getText()).isEqualTo(caseNo);
    assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("已收到您的申请，等待受理");
    assertThat(browser.findElement(By.id("receivedAt")).getText())
        .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
    assertThat(browser.getPageSource()).doesNotContain("周丽娟").doesNotContain("13805710008");
  }

  @Test
  void aWrongPhoneNumberGetsNoCaseAndRevealsNothing() {
    WebDriver browser = chromium.driver();
    WebDriverWait wait = chromium.waiting();
    browser.get(BASE_URL + "/public/message.xhtml");
    browser.findElement(By.id("message:customerNo")).sendKeys("3301000008");
    browser.findElement(By.id("message:phone")).sendKeys("13900000000");
    chromium.paste(By.id("message:description"), "测试");
    browser.findElement(By.id("message:send")).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("message:messages"), "不匹配"));
    assertThat(browser.findElements(By.id("caseNo"))).isEmpty();
  }
}
