package cn.gridservice.desk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.testsupport.Browser;
import cn.gridservice.desk.testsupport.Http;
import cn.gridservice.desk.testsupport.ServerIT;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two agents in two browsers on the same task: the slower one is told who was faster, and what they
 * typed into the form is still there; of two claims from stale lists exactly one wins and the other
 * names the winner. The queue pages show each other's changes without a reload.
 */
@RunAsClient
class SomeoneWasFasterJourneyIT extends ServerIT {

  @RegisterExtension final Browser first = new Browser("agent");

  @RegisterExtension final Browser second = new Browser("agent2");

  @Test
  void theSlowerAgentKeepsWhatTheyTypedAndLearnsTheTaskIsGone() {
    String caseNo = newCase("3301000008", "两人同时处理同一任务");
    String taskId = acceptTaskOf(caseNo);
    WebDriver a = open(first, "agent", taskId);
    WebDriver b = open(second, "agent2", taskId);

    // agent2 starts to reject the request and writes the reason …
    b.findElement(By.cssSelector("label[for='form:decision:1']")).click();
    second.paste(By.id("form:reason"), "重复报修，已有工单在处理");
    // … while agent accepts it
    a.findElement(By.cssSelector("label[for='form:decision:0']")).click();
    a.findElement(By.id("form:submitAccept")).click();
    first
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "已提交"));

    b.findElement(By.id("form:submitAccept")).click();
    second
        .waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已被他人办结"));
    assertThat(b.findElement(By.id("form:reason")).getAttribute("value")).isEqualTo("重复报修，已有工单在处理");
  }

  @Test
  void ofTwoClaimsFromStaleListsOneWinsAndTheOtherIsToldWho() {
    String caseNo = newCase("3302000002", "两人同时认领");
    WebDriver a = queuePage(first, "agent", caseNo);
    WebDriver b = queuePage(second, "agent2", caseNo);
    // agent2's list must stay as it was loaded: no refresh while we race
    ((JavascriptExecutor) b).executeScript("PF('live').stop();");

    claimButton(a).click();
    first
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "已认领"));
    claimButton(b).click();
    second
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".ui-growl"), "agent"));
    assertThat(b.findElement(By.cssSelector(".ui-growl")).getText())
        .contains("认领失败")
        .contains("agent");

    // the list of the group no longer offers it, without a reload (the page refreshes itself)
    ((JavascriptExecutor) b).executeScript("PF('live').start();");
    second
        .waiting()
        .until(d -> d.findElements(By.cssSelector("#work\\:tasks .claim-button")).isEmpty());
  }

  private static String newCase(String customerNo, String description) {
    return Http.json(
            basic("agent")
                .post(
                    "/api/service-cases",
                    "{\"customerNo\": \""
                        + customerNo
                        + "\", \"serviceType\": \"REPAIR\", \"channel\": \"PHONE\", \"description\": \""
                        + description
                        + "\"}"))
        .getString("caseNo");
  }

  private static String acceptTaskOf(String caseNo) {
    JsonObject page = Http.json(basic("agent").get("/api/tasks?queue=group:AGENT&text=" + caseNo));
    return page.getJsonArray("items").getJsonObject(0).getString("taskId");
  }

  private static WebDriver open(Browser browser, String user, String taskId) {
    WebDriver driver = browser.driver();
    browser.logIn("/work/task.xhtml?taskId=" + taskId, user);
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("form:reason")));
    return driver;
  }

  private static WebDriver queuePage(Browser browser, String user, String caseNo) {
    WebDriver driver = browser.driver();
    browser.logIn("/work/my-work.xhtml?queue=group:AGENT", user);
    WebDriverWait wait = browser.waiting();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("filter:text")))
        .sendKeys(caseNo);
    driver.findElement(By.id("filter:apply")).click();
    wait.until(
        d ->
            d.findElements(By.cssSelector("#work\\:tasks tr.task-row")).size() == 1
                && d.findElement(By.id("work:tasks")).getText().contains(caseNo));
    return driver;
  }

  private static WebElement claimButton(WebDriver driver) {
    return driver.findElement(By.cssSelector("#work\\:tasks .claim-button"));
  }
}
