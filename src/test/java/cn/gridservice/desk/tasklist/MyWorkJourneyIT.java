package cn.gridservice.desk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.testsupport.Browser;
import cn.gridservice.desk.testsupport.ServerIT;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The demo agent's first minute: log in, see the task list, claim a task, log out. */
@RunAsClient
class MyWorkJourneyIT extends ServerIT {

  @RegisterExtension final Browser chromium = new Browser();

  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void useBrowser() {
    browser = chromium.driver();
    wait = chromium.waiting();
  }

  @Test
  void agentLogsInClaimsATaskAndLogsOut() {
    chromium.logIn("/", "agent");

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("work:tasks")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("我的工作");
    assertThat(browser.findElement(By.id("currentUser")).getText())
        .contains("agent")
        .contains("客服坐席");
    List<WebElement> cases = browser.findElements(By.cssSelector("#work\\:tasks .task-case"));
    assertThat(cases)
        .extracting(WebElement::getText)
        .anySatisfy(no -> assertThat(no).matches("SH-\\d{4}-\\d{6}"));

    List<WebElement> claimButtons =
        browser.findElements(By.cssSelector("#work\\:tasks .claim-button"));
    assertThat(claimButtons).isNotEmpty();
    int before = claimButtons.size();
    WebElement row = claimButtons.get(0).findElement(By.xpath("./ancestor::tr"));
    String caseNo = row.findElement(By.cssSelector(".task-case")).getText();
    claimButtons.get(0).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "已认领"));
    wait.until(
        d -> d.findElements(By.cssSelector("#work\\:tasks .claim-button")).size() == before - 1);
    WebElement claimedRow =
        browser.findElements(By.cssSelector("#work\\:tasks tr.task-row")).stream()
            .filter(r -> r.getText().contains(caseNo) && r.getText().contains("我的任务"))
            .findFirst()
            .orElseThrow();
    assertThat(claimedRow.findElement(By.cssSelector(".task-assignee")).getText())
        .isEqualTo("agent");

    browser.findElement(By.id("logout")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loggedOut")));
    browser.get(BASE_URL + "/work/my-work.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm")));
  }

  @Test
  void theQueuesWorkFromTheKeyboard() {
    chromium.logIn("/work/my-work.xhtml?queue=group:DISPATCHER", "dispatcher");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("work:tasks")));
    // the menu counts the queue's tasks
    WebElement queueLink =
        browser.findElements(By.cssSelector(".queue-link")).stream()
            .filter(l -> l.getText().contains("服务班长/调度"))
            .findFirst()
            .orElseThrow();
    int count =
        Integer.parseInt(queueLink.findElement(By.cssSelector(".queue-count")).getText().strip());
    assertThat(count).isPositive();
    // type into the filter and press Enter: the list narrows to what matches
    browser.findElement(By.id("filter:text")).sendKeys("no-such-customer", Keys.ENTER);
    wait.until(d -> d.findElements(By.cssSelector("#work\\:tasks tr.task-row")).isEmpty());
    // a fresh page has no filter again
    browser.get(BASE_URL + "/work/my-work.xhtml?queue=group:DISPATCHER");
    wait.until(d -> !d.findElements(By.cssSelector("#work\\:tasks tr.task-row")).isEmpty());
    // a task opens from the keyboard
    WebElement first = browser.findElement(By.cssSelector("#work\\:tasks a.task-name"));
    first.sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("/work/task.xhtml"));
  }

  @Test
  void theLanguageSwitchesToEnglish() {
    browser.get(BASE_URL + "/login.xhtml");
    browser.findElement(By.id("lang:toEnglish")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("loginButton"), "Log in"));
    browser.findElement(By.id("username")).sendKeys("dispatcher");
    browser.findElement(By.id("password")).sendKeys("demo");
    browser.findElement(By.id("loginButton")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("work:tasks")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("My work");
    assertThat(browser.findElement(By.id("work:tasks")).getText()).contains("Schedule visit");
  }
}
