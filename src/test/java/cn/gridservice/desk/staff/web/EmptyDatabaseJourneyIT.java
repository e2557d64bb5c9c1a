package cn.gridservice.desk.staff.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
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
 * A new installation on an empty MariaDB without demo data (the failsafe execution {@code empty-database}:
 * {@code -Dgsd.demo=false -Dgsd.admin.password=…}): the first administrator enrols an agent, a dispatcher
 * and a technician of one team, the agent creates a customer and records a case, and the case goes
 * through acceptance, scheduling, execution and the feedback call to resolved.
 */
@RunAsClient
@EnabledIfSystemProperty(named = "gsd.admin.password", matches = ".+",
    disabledReason = "runs only on the empty database of the failsafe execution empty-database")
class EmptyDatabaseJourneyIT extends ServerIT {

  private static final String PASSWORD = "Journey-2026!";
  private static final String TEAM = "西湖服务班";

  @RegisterExtension
  final Browser chromium = new Browser();

  private WebDriver browser;
  private WebDriverWait wait;

  @Test
  void fromTheFirstAdministratorToAResolvedCase() {
    browser = chromium.driver();
    wait = chromium.waiting();

    chromium.logIn("/admin/staff.xhtml", "admin", System.getProperty("gsd.admin.password"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("staff")));
    assertThat(browser.findElements(By.cssSelector("#staff_data tr"))).hasSize(1);
    enrol("wang.li", "王丽", 0);
    enrol("zhang.wei", "张伟", 1);
    enrol("li.qiang", "李强", 2);
    logOut();

    logIn("wang.li");
    browser.get(BASE_URL + "/customers/index.xhtml");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("customers:newCustomer"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("customer:customerNo"))).sendKeys("3306000001");
    chromium.paste(By.id("customer:name"), "孙晓明");
    choose("customer:category", "居民");
    choose("customer:area", "城区");
    browser.findElement(By.id("customer:phone")).sendKeys("13805716666");
    chromium.paste(By.id("customer:address"), "杭州市西湖区古荡新村12幢3单元201室");
    chromium.paste(By.id("customer:feeder"), "10kV 古荡线");
    browser.findElement(By.id("customer:save")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "已创建客户 3306000001"));

    browser.findElement(By.linkText("新建工单")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newCase:customerNo"))).sendKeys("3306000001");
    chromium.paste(By.id("newCase:description"), "客厅插座无电，空开合不上。");
    browser.findElement(By.id("newCase:submit")).click();
    wait.until(ExpectedConditions.textMatches(By.tagName("h1"), Pattern.compile("SH-\\d{4}-\\d{6}")));
    String caseNo = browser.findElement(By.tagName("h1")).getText().replaceAll(".*(SH-\\d{4}-\\d{6}).*", "$1");
    openTaskOf(caseNo);
    browser.findElement(By.cssSelector("label[for='form:decision:0']")).click();
    submitAndBackToMyWork();
    logOut();

    logIn("zhang.wei");
    openTaskOf(caseNo);
    browser.findElement(By.id("form:technician_label")).sendKeys(Keys.ARROW_DOWN);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("form:technician_label"), "li.qiang"));
    String day = LocalDate.now(Times.BUSINESS_ZONE).plusDays(2).format(DateTimeFormatter.ISO_LOCAL_DATE);
    type(By.id("form:start_input"), day + " 09:00");
    type(By.id("form:end_input"), day + " 11:00");
    submitAndBackToMyWork();
    logOut();

    logIn("li.qiang");
    openTaskOf(caseNo);
    chromium.paste(By.id("form:workDone"), "更换损坏的空气开关，恢复供电。");
    submitAndBackToMyWork();
    logOut();

    logIn("wang.li");
    openTaskOf(caseNo);
    browser.findElement(By.cssSelector("label[for='form:satisfaction:4']")).click();
    browser.findElement(By.cssSelector("label[for='form:satisfied:0']")).click();
    submitAndBackToMyWork();

    browser.get(BASE_URL + "/cases/case.xhtml?caseNo=" + caseNo);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("caseStatus"), "已解决"));
    assertThat(browser.findElement(By.id("timeline")).getText()).contains("FEEDBACK_SATISFIED");
  }

  /** On the staff page: a new member of {@link #TEAM} with the role at that position of the role list. */
  private void enrol(String userId, String name, int roleIndex) {
    browser.get(BASE_URL + "/admin/staff.xhtml");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("newStaff"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("staff:userId"))).sendKeys(userId);
    chromium.paste(By.id("staff:name"), name);
    chromium.paste(By.id("staff:team"), TEAM);
    browser.findElement(By.cssSelector("label[for='staff:roles:" + roleIndex + "']")).click();
    browser.findElement(By.id("staff:password")).sendKeys(PASSWORD);
    browser.findElement(By.id("staff:save")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "已创建人员 " + userId));
  }

  private void choose(String menuId, String label) {
    browser.findElement(By.id(menuId + "_label")).sendKeys(Keys.ARROW_DOWN);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(menuId + "_label"), label));
  }

  private void logIn(String user) {
    chromium.logIn("/work/my-work.xhtml", user, PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("work:tasks")));
  }

  private void logOut() {
    browser.findElement(By.id("logout")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loggedOut")));
  }

  private void openTaskOf(String caseNo) {
    browser.get(BASE_URL + "/work/my-work.xhtml");
    WebElement row = wait.until(d -> d.findElements(By.cssSelector("#work\\:tasks tr.task-row")).stream()
        .filter(r -> r.getText().contains(caseNo)).findFirst().orElse(null));
    row.findElement(By.cssSelector("a.task-name")).click();
    wait.until(ExpectedConditions.textToBe(By.id("caseNo"), caseNo));
  }

  private void submitAndBackToMyWork() {
    browser.findElement(By.cssSelector("button[id^='form:submit']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "已提交"));
  }

  private void type(By field, String text) {
    browser.findElement(field).sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
  }
}
