package cn.gridservice.desk.aftersales.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.gridservice.desk.platform.Times;
import cn.gridservice.desk.testsupport.Browser;
import cn.gridservice.desk.testsupport.ServerIT;

/**
 * One case from the phone call to resolution through the forms, each role logging in in turn:
 * agent records and accepts, dispatcher schedules, technician executes, agent makes the feedback call.
 */
@RunAsClient
class AfterSalesJourneyIT extends ServerIT {

  @RegisterExtension
  final Browser chromium = new Browser();

  private WebDriver browser;
  private WebDriverWait wait;

  @Test
  void everyRoleTakesTheCaseOneStepFurtherUntilItIsResolved() {
    browser = chromium.driver();
    wait = chromium.waiting();

    logIn("agent");
    browser.findElement(By.linkText("新建工单")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newCase:customerNo"))).sendKeys("3302000004");
    chromium.paste(By.id("newCase:description"), "冷库压缩机控制回路故障，需上门检修。");
    browser.findElement(By.id("newCase:submit")).click();
    wait.until(ExpectedConditions.textMatches(By.tagName("h1"), java.util.regex.Pattern.compile("SH-\\d{4}-\\d{6}")));
    String caseNo = browser.findElement(By.tagName("h1")).getText().replaceAll(".*(SH-\\d{4}-\\d{6}).*", "$1");

    openTaskOf(caseNo);
    browser.findElement(By.cssSelector("label[for='form:decision:0']")).click();
    submitAndBackToMyWork();
    logOut();

    logIn("dispatcher");
    openTaskOf(caseNo);
    browser.findElement(By.id("form:technician_label")).sendKeys(Keys.ARROW_DOWN);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("form:technician_label"), "technician"));
    String day = LocalDate.now(Times.BUSINESS_ZONE).plusDays(2).format(DateTimeFormatter.ISO_LOCAL_DATE);
    type(By.id("form:start_input"), day + " 09:00");
    type(By.id("form:end_input"), day + " 11:00");
    submitAndBackToMyWork();
    logOut();

    logIn("technician");
    openTaskOf(caseNo);
    chromium.paste(By.id("form:workDone"), "更换压缩机控制继电器，试运行正常。");
    submitAndBackToMyWork();
    logOut();

    logIn("agent");
    openTaskOf(caseNo);
    browser.findElement(By.cssSelector("label[for='form:satisfaction:4']")).click();
    browser.findElement(By.cssSelector("label[for='form:satisfied:0']")).click();
    submitAndBackToMyWork();

    browser.get(BASE_URL + "/cases/case.xhtml?caseNo=" + caseNo);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("caseStatus"), "已解决"));
    assertThat(browser.findElement(By.id("timeline")).getText())
        .contains("SUBMITTED").contains("SCHEDULED").contains("WORK_DONE").contains("FEEDBACK_SATISFIED");
  }

  private void logIn(String user) {
    chromium.logIn("/work/my-work.xhtml", user);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("work:tasks")));
  }

  private void logOut() {
    browser.findElement(By.id("logout")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loggedOut")));
  }

  /** From My work, the task of this case (the list is sorted by urgency; the row names the case). */
  private void openTaskOf(String caseNo) {
    browser.get(BASE_URL + "/work/my-work.xhtml");
    WebElement row = wait.until(d -> d.findElements(By.cssSelector("#work\\:tasks tr.task-row")).stream()
        .filter(r -> r.getText().contains(caseNo)).findFirst().orElse(null));
    row.findElement(By.cssSelector("a.task-name")).click();
    wait.until(ExpectedConditions.textToBe(By.id("caseNo"), caseNo));
  }

  private void submitAndBackToMyWork() {
    browser.findElement(By.cssSelector("button[id^='form:submit']")).click();
    // back on My work, the growl confirms
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "已提交"));
  }

  private void type(By field, String text) {
    browser.findElement(field).sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
  }
}
