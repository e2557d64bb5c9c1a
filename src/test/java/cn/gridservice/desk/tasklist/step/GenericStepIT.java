package cn.gridservice.desk.tasklist.step;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.testsupport.Browser;
import cn.gridservice.desk.testsupport.DemoStaff;
import cn.gridservice.desk.testsupport.Http;
import cn.gridservice.desk.testsupport.ServerDeployment;
import cn.gridservice.desk.testsupport.ServerIT;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.BeforeDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A step no capability has a form for (here: every step of a test model a manager might have drawn)
 * gets the task list's generic form, on the page and through the API: the outcomes the model
 * declares (or any text), a remark, the same refusals as any form, and a gateway after it reads the
 * outcome.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GenericStepIT extends ServerIT {

  private static final String PAGE_KEY = "SURVEY-PAGE";

  @BeforeDeployment
  static Archive<?> withTestModel(Archive<?> archive) {
    return ServerDeployment.withTestModel(archive, "siteSurvey.bpmn");
  }

  @Inject RuntimeService runtimeService;

  @Inject TaskService taskService;

  @Inject HistoryService historyService;

  @Test
  @Order(1)
  void throughTheApiTheGenericFormOffersTheModelsOutcomesAndRefusesOthers() {
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(
            "siteSurvey", "SURVEY-API", Map.of("customerNo", "3301000001"));
    String surveyId = taskOf(instance, "surveySite").getId();
    Http agent = basic("agent");

    JsonArray fields = array(agent.get("/api/tasks/" + surveyId + "/form"));
    assertThat(fields).hasSize(2);
    JsonObject outcome = fields.getJsonObject(0);
    assertThat(outcome.getString("name")).isEqualTo("outcome");
    assertThat(outcome.getString("type")).isEqualTo("CHOICE");
    assertThat(outcome.getBoolean("required")).isTrue();
    assertThat(outcome.getJsonArray("choices").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("feasible", "notFeasible");

    HttpResponse<String> missing =
        agent.post("/api/tasks/" + surveyId + "/complete", "{\"remark\": \"忘了填结论\"}");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(Http.json(missing).getJsonObject("fields").keySet()).containsExactly("outcome");
    HttpResponse<String> unknown =
        agent.post("/api/tasks/" + surveyId + "/complete", "{\"outcome\": \"maybe\"}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("feasible, notFeasible");
    assertThat(taskService.createTaskQuery().taskId(surveyId).count())
        .as("nothing was done")
        .isEqualTo(1);
    assertThat(
            Http.basic(DemoStaff.userOf(Role.TECHNICIAN), DemoStaff.PASSWORD)
                .post("/api/tasks/" + surveyId + "/complete", "{\"outcome\": \"feasible\"}")
                .statusCode())
        .as("the generic form refuses roles outside the step's groups like any form")
        .isEqualTo(403);

    HttpResponse<String> done =
        agent.post(
            "/api/tasks/" + surveyId + "/complete",
            "{\"outcome\": \"feasible\", \"remark\": \"现场具备施工条件\"}");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    assertThat(Http.json(done).getString("step")).isEqualTo("surveySite");
    // the gateway read the outcome: the planning step is next
    Task plan = taskOf(instance, "planWork");
    assertThat(runtimeService.getVariable(instance.getId(), "surveySiteOutcome"))
        .isEqualTo("feasible");
    assertThat(runtimeService.getVariable(instance.getId(), "surveySiteRemark"))
        .isEqualTo("现场具备施工条件");
    assertThat(taskService.getProcessInstanceComments(instance.getId()))
        .extracting(c -> c.getFullMessage())
        .contains("现场具备施工条件");

    // a step without declared outcomes takes any text
    Http dispatcher = basic("dispatcher");
    JsonArray planFields = array(dispatcher.get("/api/tasks/" + plan.getId() + "/form"));
    assertThat(planFields.getJsonObject(0).getString("type")).isEqualTo("TEXT");
    assertThat(
            dispatcher
                .post("/api/tasks/" + plan.getId() + "/complete", "{\"outcome\": \"下周二施工\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId())
                .singleResult()
                .getEndTime())
        .as("the process ended")
        .isNotNull();
  }

  @Test
  @Order(2)
  void startsASurveyForThePage() {
    runtimeService.startProcessInstanceByKey(
        "siteSurvey", PAGE_KEY, Map.of("customerNo", "3301000001"));
  }

  @Test
  @Order(3)
  @RunAsClient
  void onThePageTheGenericFormShowsTheProcessAndCustomerAndCompletesTheStep() {
    Browser browser = new Browser("generic");
    browser.beforeEach(null);
    WebDriver driver = browser.driver();
    try {
      // My work names the step as its model does (the messages do not know it) and leads to its
      // page
      browser.logIn("/work/my-work.xhtml?queue=group:AGENT", "agent");
      browser
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("filter:text")))
          .sendKeys(PAGE_KEY);
      driver.findElement(By.id("filter:apply")).click();
      // no lambda taking a WebDriver: this class is loaded in the server too, where Selenium is not
      browser
          .waiting()
          .until(
              ExpectedConditions.and(
                  ExpectedConditions.numberOfElementsToBe(
                      By.cssSelector("#work\\:tasks tr.task-row"), 1),
                  ExpectedConditions.textToBePresentInElementLocated(
                      By.id("work:tasks"), PAGE_KEY)));
      WebElement step = driver.findElement(By.cssSelector("#work\\:tasks .task-name"));
      assertThat(step.getText()).isEqualTo("现场勘查");
      step.click();
      browser
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("genericForm:submitGeneric")));
      assertThat(driver.findElement(By.id("businessKey")).getText()).isEqualTo(PAGE_KEY);
      assertThat(driver.getPageSource()).contains("现场勘查（测试）").contains("3301000001");
      assertThat(driver.getTitle()).contains("现场勘查");
      // submitting without an outcome is refused and nothing is lost
      browser.paste(By.id("genericForm:genericRemark"), "客户不在家，改约");
      driver.findElement(By.id("genericForm:submitGeneric")).click();
      browser
          .waiting()
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "处理结果"));
      assertThat(driver.findElement(By.id("genericForm:genericRemark")).getAttribute("value"))
          .isEqualTo("客户不在家，改约");
      driver.findElement(By.cssSelector("label[for='genericForm:genericOutcome:1']")).click();
      driver.findElement(By.id("genericForm:submitGeneric")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector(".ui-growl"), "已提交"));
    } finally {
      driver.quit();
    }
    assertThat(
            Http.json(basic("agent").get("/api/tasks?queue=group:AGENT&text=" + PAGE_KEY))
                .getJsonArray("items"))
        .as("the survey is done (not feasible: the process ended)")
        .isEmpty();
  }

  private static JsonArray array(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }

  private Task taskOf(ProcessInstance instance, String step) {
    List<Task> tasks =
        taskService
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey(step)
            .list();
    assertThat(tasks).hasSize(1);
    return tasks.get(0);
  }
}
