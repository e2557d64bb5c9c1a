package cn.gridservice.desk.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.testsupport.Browser;
import cn.gridservice.desk.testsupport.ServerIT;
import cn.gridservice.desk.testsupport.TaskPages;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One complaint from registration to the archive through the forms, each role logging in in turn:
 * the agent registers it (a key account's complaint is graded 重要), the handler contacts the
 * customer and drafts the reply after a refused empty draft, the team leader approves, the handler
 * replies, and the agent's follow-up call archives it.
 */
@RunAsClient
class ComplaintJourneyIT extends ServerIT {

  @RegisterExtension final Browser chromium = new Browser();

  private final TaskPages pages = new TaskPages(chromium);

  private WebDriver browser;
  private WebDriverWait wait;

  @Test
  void aComplaintTravelsFromRegistrationThroughApprovalToTheArchive() {
    browser = chromium.driver();
    wait = chromium.waiting();

    pages.logIn("agent");
    browser.findElement(By.linkText("登记投诉")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newComplaint:customerNo")))
        .sendKeys("3303000005");
    // 服务投诉, 营业投诉, …: the second class
    browser
        .findElement(By.id("newComplaint:complaintClass_label"))
        .sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    wait.until(ExpectedConditions.textToBe(By.id("newComplaint:complaintClass_label"), "营业投诉"));
    chromium.paste(By.id("newComplaint:description"), "商场专变计量表计费倍率错误，多收电费。");
    browser.findElement(By.id("newComplaint:submit")).click();
    wait.until(
        ExpectedConditions.textMatches(By.tagName("h1"), Pattern.compile("TS-\\d{4}-\\d{6}")));
    String no =
        browser.findElement(By.tagName("h1")).getText().replaceAll(".*(TS-\\d{4}-\\d{6}).*", "$1");
    assertThat(browser.findElement(By.id("grade")).getText()).isEqualTo("重要");
    assertThat(browser.findElement(By.id("deadlines")).getText())
        .contains("联系客户")
        .contains("答复处理意见");
    pages.logOut();

    pages.logIn("handler");
    pages.openComplaintTaskOf(no);
    browser.findElement(By.id("complaintForm:method_label")).sendKeys(Keys.ARROW_DOWN);
    wait.until(ExpectedConditions.textToBe(By.id("complaintForm:method_label"), "电话"));
    browser.findElement(By.cssSelector("label[for='complaintForm:reached:0']")).click();
    chromium.paste(By.id("complaintForm:summary"), "已致歉，约定三个工作日内核实计费倍率。");
    pages.submitComplaintForm("submitContact", "已记录联系");

    pages.openComplaintTaskOf(no);
    chromium.paste(By.id("complaintForm:findings"), "现场核对互感器变比为 200/5，系统倍率误录为 400/5。");
    browser.findElement(By.id("complaintForm:submitInvestigate")).click();
    // no draft: refused, and the findings stay in the form
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "请拟写给客户的答复"));
    assertThat(browser.findElement(By.id("complaintForm:findings")).getAttribute("value"))
        .contains("200/5");
    chromium.paste(By.id("complaintForm:draft"), "经核实系统倍率录入错误，已更正并将多收电费退还至您的账户。");
    pages.submitComplaintForm("submitInvestigate", "已提交");
    pages.logOut();

    pages.logIn("dispatcher");
    pages.openComplaintTaskOf(no);
    assertThat(browser.findElement(By.id("draftText")).getText()).contains("多收电费退还");
    browser.findElement(By.cssSelector("label[for='complaintForm:approved:0']")).click();
    pages.submitComplaintForm("submitApprove", "已提交");
    pages.logOut();

    pages.logIn("handler");
    pages.openComplaintTaskOf(no);
    browser.findElement(By.id("complaintForm:replyMethod_label")).sendKeys(Keys.ARROW_DOWN);
    wait.until(ExpectedConditions.textToBe(By.id("complaintForm:replyMethod_label"), "电话"));
    pages.submitComplaintForm("submitReply", "已提交");
    pages.logOut();

    pages.logIn("agent");
    pages.openComplaintTaskOf(no);
    browser.findElement(By.cssSelector("label[for='complaintForm:satisfaction:4']")).click();
    browser.findElement(By.cssSelector("label[for='complaintForm:satisfied:0']")).click();
    pages.submitComplaintForm("submitFollowUp", "已提交");

    browser.get(BASE_URL + "/complaints/complaint.xhtml?complaintNo=" + no);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("complaintStatus"), "已归档"));
    assertThat(browser.findElement(By.id("timeline")).getText())
        .contains("REGISTERED")
        .contains("CONTACTED")
        .contains("REPLY_APPROVED")
        .contains("REPLIED")
        .contains("ARCHIVED");
  }

  @Test
  void theServiceManagerAcknowledgesALevelThreeComplaintFromTheEscalatedQueue() {
    browser = chromium.driver();
    wait = chromium.waiting();
    pages.logIn("manager");
    browser.findElements(By.cssSelector(".queue-link")).stream()
        .filter(l -> l.getText().contains("已升级"))
        .findFirst()
        .orElseThrow()
        .click();
    wait.until(ExpectedConditions.titleContains("已升级"));
    // the demo's hospital outage referred by the government: 重大, level 3, to be acknowledged
    WebElement row =
        wait.until(
            d ->
                d.findElements(By.cssSelector("#work\\:tasks tr.task-row")).stream()
                    .filter(r -> r.getText().contains("确认三级升级") && r.getText().contains("杭钢集团"))
                    .findFirst()
                    .orElse(null));
    assertThat(row.findElement(By.cssSelector(".escalation-level")).getText()).isEqualTo("3");
    String no = row.findElement(By.cssSelector(".task-case")).getText();
    row.findElement(By.cssSelector("a.task-name")).click();
    wait.until(ExpectedConditions.textToBe(By.id("complaintNo"), no));
    assertThat(browser.findElement(By.id("escalationLevel")).getText()).contains("3");
    chromium.paste(By.id("complaintForm:instructions"), "分管领导今日上门致歉，三日内提交整改报告。");
    pages.submitComplaintForm("submitAcknowledge", "已提交");
    browser.get(BASE_URL + "/complaints/complaint.xhtml?complaintNo=" + no);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("escalations"), "manager"));
  }
}
