package cn.gridservice.desk.staff.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.testsupport.Browser;
import cn.gridservice.desk.testsupport.ServerIT;
import cn.gridservice.desk.testsupport.TaskPages;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A new installation on an empty MariaDB without demo data (the failsafe execution {@code
 * empty-database}: {@code -Dgsd.demo=false -Dgsd.admin.password=…}): the first administrator enrols
 * an agent, a dispatcher and a technician of one team, the agent creates a customer and records a
 * case, and the case goes through acceptance, scheduling, execution and the feedback call to
 * resolved.
 */
@RunAsClient
@EnabledIfSystemProperty(
    named = "gsd.admin.password",
    matches = ".+",
    disabledReason = "runs only on the empty database of the failsafe execution empty-database")
class EmptyDatabaseJourneyIT extends ServerIT {

  private static final String PASSWORD = "Journey-2026!";
  private static final String TEAM = "西湖服务班";

  @RegisterExtension final Browser chromium = new Browser();

  private final TaskPages pages = new TaskPages(chromium);

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
    pages.logOut();

    pages.logIn("wang.li", PASSWORD);
    browser.get(BASE_URL + "/customers/index.xhtml");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("customers:newCustomer"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("customer:customerNo")))
        .sendKeys("3306000001");
    chromium.paste(By.id("customer:name"), "孙晓明");
    pages.choose("customer:category", "居民");
    pages.choose("customer:area", "城区");
    browser.findElement(By.id("customer:phone")).sendKeys("13805716666");
    chromium.paste(By.id("customer:address"), "杭州市西湖区古荡新村12幢3单元201室");
    chromium.paste(By.id("customer:feeder"), "10kV 古荡线");
    browser.findElement(By.id("customer:save")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".ui-growl"), "已创建客户 3306000001"));

    String caseNo = pages.newCase("3306000001", "客厅插座无电，空开合不上。");
    pages.openTaskOf(caseNo);
    pages.accept();
    pages.logOut();

    pages.logIn("zhang.wei", PASSWORD);
    pages.openTaskOf(caseNo);
    pages.schedule("li.qiang");
    pages.logOut();

    pages.logIn("li.qiang", PASSWORD);
    pages.openTaskOf(caseNo);
    pages.execute("更换损坏的空气开关，恢复供电。");
    pages.logOut();

    pages.logIn("wang.li", PASSWORD);
    pages.openTaskOf(caseNo);
    pages.satisfiedFeedback();

    pages.openCase(caseNo, "已解决");
    assertThat(browser.findElement(By.id("timeline")).getText()).contains("FEEDBACK_SATISFIED");
  }

  /**
   * On the staff page: a new member of {@link #TEAM} with the role at that position of the role
   * list.
   */
  private void enrol(String userId, String name, int roleIndex) {
    browser.get(BASE_URL + "/admin/staff.xhtml");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("newStaff"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("staff:userId")))
        .sendKeys(userId);
    chromium.paste(By.id("staff:name"), name);
    chromium.paste(By.id("staff:team"), TEAM);
    browser.findElement(By.cssSelector("label[for='staff:roles:" + roleIndex + "']")).click();
    browser.findElement(By.id("staff:password")).sendKeys(PASSWORD);
    browser.findElement(By.id("staff:save")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".ui-growl"), "已创建人员 " + userId));
  }
}
