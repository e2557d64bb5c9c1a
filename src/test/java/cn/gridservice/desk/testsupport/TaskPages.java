package cn.gridservice.desk.testsupport;

import cn.gridservice.desk.platform.Times;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The work pages as a user goes through them in a {@link Browser}: logging in to My work and out
 * again, opening the task of a case or complaint from the list, filling a case's task forms and
 * submitting them. Every step waits for what the user would wait for (the list, the form, the
 * confirmation).
 */
public final class TaskPages {

  private final Browser browser;

  public TaskPages(Browser browser) {
    this.browser = browser;
  }

  /** Logs in with the demo password and waits for My work. */
  public void logIn(String user) {
    logIn(user, DemoStaff.PASSWORD);
  }

  public void logIn(String user, String password) {
    browser.logIn("/work/my-work.xhtml", user, password);
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("work:tasks")));
  }

  public void logOut() {
    driver().findElement(By.id("logout")).click();
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("loggedOut")));
  }

  /** Records a case through 新建工单 and returns its number. */
  public String newCase(String customerNo, String description) {
    driver().findElement(By.linkText("新建工单")).click();
    waiting()
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("newCase:customerNo")))
        .sendKeys(customerNo);
    browser.paste(By.id("newCase:description"), description);
    driver().findElement(By.id("newCase:submit")).click();
    waiting()
        .until(
            ExpectedConditions.textMatches(By.tagName("h1"), Pattern.compile("SH-\\d{4}-\\d{6}")));
    return driver()
        .findElement(By.tagName("h1"))
        .getText()
        .replaceAll(".*(SH-\\d{4}-\\d{6}).*", "$1");
  }

  /**
   * From My work, the task of this case (the list is sorted by urgency; the row names the case).
   */
  public void openTaskOf(String caseNo) {
    openTaskOf(caseNo, "caseNo");
  }

  /** From My work, the task of this complaint (the row names it). */
  public void openComplaintTaskOf(String complaintNo) {
    openTaskOf(complaintNo, "complaintNo");
  }

  private void openTaskOf(String number, String numberId) {
    driver().get(ServerDeployment.BASE_URL + "/work/my-work.xhtml");
    WebElement row =
        waiting()
            .until(
                d ->
                    d.findElements(By.cssSelector("#work\\:tasks tr.task-row")).stream()
                        .filter(r -> r.getText().contains(number))
                        .findFirst()
                        .orElse(null));
    row.findElement(By.cssSelector("a.task-name")).click();
    waiting().until(ExpectedConditions.textToBe(By.id(numberId), number));
  }

  /** The open acceptance task: accepted. */
  public void accept() {
    driver().findElement(By.cssSelector("label[for='form:decision:0']")).click();
    submitAndBackToMyWork();
  }

  /**
   * The open scheduling task: this technician (the first one offered), the day after tomorrow
   * 09:00–11:00.
   */
  public void schedule(String technician) {
    choose("form:technician", technician);
    String day =
        LocalDate.now(Times.BUSINESS_ZONE).plusDays(2).format(DateTimeFormatter.ISO_LOCAL_DATE);
    type(By.id("form:start_input"), day + " 09:00");
    type(By.id("form:end_input"), day + " 11:00");
    submitAndBackToMyWork();
  }

  /** The open execution task: done, with this description of the work. */
  public void execute(String workDone) {
    browser.paste(By.id("form:workDone"), workDone);
    submitAndBackToMyWork();
  }

  /** The open feedback call: very satisfied. */
  public void satisfiedFeedback() {
    driver().findElement(By.cssSelector("label[for='form:satisfaction:4']")).click();
    driver().findElement(By.cssSelector("label[for='form:satisfied:0']")).click();
    submitAndBackToMyWork();
  }

  /** Submits a case's task form; back on My work, the growl confirms. */
  public void submitAndBackToMyWork() {
    driver().findElement(By.cssSelector("button[id^='form:submit']")).click();
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "已提交"));
  }

  /** Submits a complaint's task form with that button and waits for the growl's confirmation. */
  public void submitComplaintForm(String button, String confirmation) {
    driver().findElement(By.id("complaintForm:" + button)).click();
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".ui-growl"), confirmation));
  }

  /** Opens the case's page and waits until it shows this status. */
  public void openCase(String caseNo, String status) {
    driver().get(ServerDeployment.BASE_URL + "/cases/case.xhtml?caseNo=" + caseNo);
    waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("caseStatus"), status));
  }

  /** In a select menu, the next entry by keyboard, until its label shows this text. */
  public void choose(String menuId, String label) {
    driver().findElement(By.id(menuId + "_label")).sendKeys(Keys.ARROW_DOWN);
    waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id(menuId + "_label"), label));
  }

  /** Types over what the field holds and leaves it. */
  public void type(By field, String text) {
    driver().findElement(field).sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
  }

  private WebDriver driver() {
    return browser.driver();
  }

  private WebDriverWait waiting() {
    return browser.waiting();
  }
}
