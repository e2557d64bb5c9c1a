package cn.gridservice.desk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.testsupport.Browser;
import cn.gridservice.desk.testsupport.ServerIT;
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
 * The administrator enters a year's holidays on the calendar page; a wrong entry is refused with a
 * reason.
 */
@RunAsClient
class CalendarAdminJourneyIT extends ServerIT {

  @RegisterExtension final Browser chromium = new Browser();

  @Test
  void anAdministratorPublishesAYearWithoutDataAndAWrongDayIsRefused() {
    WebDriver browser = chromium.driver();
    WebDriverWait wait = chromium.waiting();
    chromium.logIn("/admin/calendar.xhtml?year=2026", "admin");

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("calendar:days")));
    assertThat(browser.findElement(By.id("calendar:status")).getText()).contains("已发布");
    assertThat(browser.findElements(By.cssSelector("#calendar\\:days input[id$=':name']")))
        .extracting(input -> input.getAttribute("value"))
        .contains("元旦", "春节", "国庆节");
    assertThat(browser.findElement(By.id("calendar:days")).getText()).contains("调休上班");

    browser.get(BASE_URL + "/admin/calendar.xhtml?year=2034");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("calendar:status"), "暂定"));

    browser.findElement(By.id("calendar:source")).sendKeys("国务院办公厅关于2034年部分节假日安排的通知（测试）");
    browser.findElement(By.id("calendar:add")).click();
    By firstDate = By.id("calendar:days:0:date_input");
    wait.until(ExpectedConditions.visibilityOfElementLocated(firstDate));
    // Wednesday 4 January 2034 cannot be a make-up working day
    type(browser, firstDate, "2034-01-04");
    type(browser, By.id("calendar:days:0:name"), "元旦");
    chooseKind(browser, wait, "调休上班");
    browser.findElement(By.id("calendar:save")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("calendar:messages"), "只有周六、周日才能安排调休上班"));
    assertThat(browser.findElement(By.id("calendar:status")).getText()).contains("暂定");

    type(browser, firstDate, "2034-01-07");
    // a click beside the form closes the date picker's pop-up
    browser.findElement(By.tagName("h1")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("calendar:save"))).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("calendar:messages"), "已保存"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("calendar:status"), "已发布"));
  }

  private void type(WebDriver browser, By field, String text) {
    WebElement input = browser.findElement(field);
    if (text.chars().allMatch(c -> c < 128)) {
      // select what is there and type over it; Escape closes the date picker's pop-up
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.ESCAPE);
    } else {
      chromium.paste(field, text);
    }
  }

  private static void chooseKind(WebDriver browser, WebDriverWait wait, String label) {
    // by keyboard, as an administrator tabbing through the row would: the next kind is one arrow
    // down
    browser.findElement(By.id("calendar:days:0:kind_label")).sendKeys(Keys.ARROW_DOWN);
    wait.until(ExpectedConditions.textToBe(By.id("calendar:days:0:kind_label"), label));
  }
}
