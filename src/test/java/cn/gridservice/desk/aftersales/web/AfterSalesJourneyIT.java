package cn.gridservice.desk.aftersales.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.testsupport.Browser;
import cn.gridservice.desk.testsupport.ServerIT;
import cn.gridservice.desk.testsupport.TaskPages;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * One case from the phone call to resolution through the forms, each role logging in in turn: agent
 * records and accepts, dispatcher schedules, technician executes, agent makes the feedback call.
 */
@RunAsClient
class AfterSalesJourneyIT extends ServerIT {

  @RegisterExtension final Browser chromium = new Browser();

  private final TaskPages pages = new TaskPages(chromium);

  @Test
  void everyRoleTakesTheCaseOneStepFurtherUntilItIsResolved() {
    WebDriver browser = chromium.driver();

    pages.logIn("agent");
    String caseNo = pages.newCase("3302000004", "冷库压缩机控制回路故障，需上门检修。");

    pages.openTaskOf(caseNo);
    pages.accept();
    pages.logOut();

    pages.logIn("dispatcher");
    pages.openTaskOf(caseNo);
    pages.schedule("technician");
    pages.logOut();

    pages.logIn("technician");
    pages.openTaskOf(caseNo);
    pages.execute("更换压缩机控制继电器，试运行正常。");
    pages.logOut();

    pages.logIn("agent");
    pages.openTaskOf(caseNo);
    pages.satisfiedFeedback();

    pages.openCase(caseNo, "已解决");
    assertThat(browser.findElement(By.id("timeline")).getText())
        .contains("SUBMITTED")
        .contains("SCHEDULED")
        .contains("WORK_DONE")
        .contains("FEEDBACK_SATISFIED");
  }
}
