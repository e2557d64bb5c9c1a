package cn.gridservice.desk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.aftersales.application.AfterSalesCases;
import cn.gridservice.desk.aftersales.application.CaseRequests;
import cn.gridservice.desk.aftersales.application.CaseWork;
import cn.gridservice.desk.aftersales.domain.ServiceCase;
import cn.gridservice.desk.aftersales.domain.ServiceType;
import cn.gridservice.desk.complaint.application.Complaints;
import cn.gridservice.desk.complaint.application.NewComplaint;
import cn.gridservice.desk.customer.domain.Channel;
import cn.gridservice.desk.tasklist.queue.QueuedTask;
import cn.gridservice.desk.testsupport.Http;
import cn.gridservice.desk.testsupport.ServerIT;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * The queue table against the engine, in the server on MariaDB: after a random mix of new cases and
 * complaints, claims, hand-overs, completions, cancellations and escalations (the engine clock
 * moved past the limits) every open task has exactly one queue row that agrees with it, and no row
 * is left without a task. And every queue and filter of {@code GET /api/tasks} answers as the
 * screen does.
 */
class TaskQueueIT extends ServerIT {

  /**
   * Customers no other test files complaints for: a repeat would raise the grades those tests
   * expect.
   */
  private static final String[] CUSTOMERS = {
    "3302000003", "3302000004", "3303000001", "3303000004", "3304000004", "3304000005"
  };

  private static final String[] CLASSES = {"SERVICE", "BUSINESS", "OUTAGE", "GRID_CONSTRUCTION"};

  @Inject AfterSalesCases cases;

  @Inject CaseWork caseWork;

  @Inject CaseRequests caseRequests;

  @Inject Complaints complaints;

  @Inject TaskService taskService;

  @Inject ManagementService managementService;

  @PersistenceContext EntityManager em;

  @Inject cn.gridservice.desk.tasklist.queue.TaskQueue taskQueue;

  @Inject org.camunda.bpm.engine.ProcessEngine engine;

  @jakarta.annotation.Resource jakarta.transaction.UserTransaction transaction;

  @Test
  void theQueueNeverDisagreesWithTheEngine() {
    Random random = new Random(20261127);
    List<String> caseNos = new ArrayList<>();
    List<String> processInstances = new ArrayList<>();
    for (int round = 0; round < 6; round++) {
      for (int i = 0; i < 4; i++) {
        ServiceCase c =
            cases.submit(
                CUSTOMERS[random.nextInt(CUSTOMERS.length)],
                ServiceType.values()[random.nextInt(ServiceType.values().length)],
                Channel.PHONE,
                "队列一致性测试 " + round,
                "agent");
        caseNos.add(c.caseNo());
        processInstances.add(c.processInstanceId());
        String no =
            complaints
                .register(
                    new NewComplaint(
                        CUSTOMERS[random.nextInt(CUSTOMERS.length)],
                        CLASSES[random.nextInt(CLASSES.length)],
                        "队列一致性测试 " + round,
                        random.nextInt(5) == 0 ? "MEDIA" : null,
                        null,
                        null),
                    Channel.PHONE,
                    null,
                    "agent")
                .complaintNo();
        processInstances.add(
            taskService
                .createTaskQuery()
                .processInstanceBusinessKey(no)
                .list()
                .get(0)
                .getProcessInstanceId());
      }
      for (int op = 0; op < 25; op++) {
        List<Task> open =
            taskService
                .createTaskQuery()
                .processInstanceIdIn(processInstances.toArray(String[]::new))
                .list();
        if (open.isEmpty()) {
          break;
        }
        Task task = open.get(random.nextInt(open.size()));
        switch (random.nextInt(6)) {
          case 0, 1 ->
              change(
                  () ->
                      taskService.claim(
                          task.getId(),
                          task.getAssignee() == null
                              ? "user" + random.nextInt(3)
                              : task.getAssignee()));
          case 2 ->
              change(
                  () ->
                      taskService.setAssignee(
                          task.getId(),
                          random.nextBoolean() ? null : "colleague" + random.nextInt(3)));
          case 3, 4 -> complete(task, random);
          default -> {
            String caseNo = caseNos.get(random.nextInt(caseNos.size()));
            try {
              caseRequests.cancel(caseNo, "agent", "客户撤回");
            } catch (RuntimeException alreadyOnSiteOrClosed) {
              // cancelling is refused once a technician is on it or the case is closed; the mix
              // goes on
            }
          }
        }
      }
      // time passes: limits run out, timers warn, escalate and open supervision tasks
      moveClock(Duration.ofDays(2));
      for (String instance : processInstances) {
        for (Job job :
            managementService.createJobQuery().processInstanceId(instance).executable().list()) {
          try {
            managementService.executeJob(job.getId());
          } catch (RuntimeException e) {
            // a job whose task went in the meantime is of no interest here
          }
        }
      }
      // the server's job executor works on the same timers (and on the demo data's): compare once
      // it is done
      settle();
      assertQueueAgreesWithEngine();
    }
    assertThat(
            em.createQuery(
                    "SELECT COUNT(q) FROM QueuedTask q WHERE q.escalationLevel > 0", Long.class)
                .getSingleResult())
        .as("some complaints escalated")
        .isPositive();
  }

  @Test
  void everyQueueAndFilterOfTheApiAnswersFromTheQueueTable() {
    String caseNo =
        Http.json(
                basic("agent")
                    .post(
                        "/api/service-cases",
                        """
        {"customerNo": "3302000006", "serviceType": "MAINTENANCE", "channel": "API", "description": "队列接口测试"}"""))
            .getString("caseNo");
    String complaintNo =
        Http.json(
                basic("agent")
                    .post(
                        "/api/complaints",
                        """
        {"customerNo": "3304000003", "complaintClass": "OUTAGE", "referral": "MEDIA", "description": "队列接口测试"}"""))
            .getString("complaintNo");

    // the agent's group queue holds the new case's acceptance, unclaimed
    JsonObject agents = queue("agent", "group:AGENT&text=" + caseNo);
    assertThat(agents.getInt("total")).isEqualTo(1);
    JsonObject row = agents.getJsonArray("items").getJsonObject(0);
    assertThat(row.getString("referenceNo")).isEqualTo(caseNo);
    assertThat(row.getString("step")).isEqualTo("acceptRequest");
    assertThat(row.getString("workType")).isEqualTo("SERVICE_CASE");
    assertThat(row.getString("customerName")).isEqualTo("德清农家乐");
    assertThat(row.getString("state")).isEqualTo("ON_TIME");
    assertThat(row.get("assignee")).isEqualTo(JsonValue.NULL);
    String taskId = row.getString("taskId");

    // claimed: out of the group queue, into mine
    assertThat(basic("agent").post("/api/tasks/" + taskId + "/claim", null).statusCode())
        .isEqualTo(200);
    assertThat(queue("agent", "group:AGENT&text=" + caseNo).getInt("total")).isZero();
    assertThat(ids(queue("agent", "mine&size=200"))).contains(taskId);
    assertThat(ids(queue("agent2", "mine&size=200"))).doesNotContain(taskId);

    // a key account's media complaint: 重大, level 3, in the escalated queue of handlers and the
    // manager
    JsonObject escalated = queue("handler", "escalated&type=COMPLAINT&text=" + complaintNo);
    assertThat(escalated.getInt("total")).isEqualTo(1);
    assertThat(escalated.getJsonArray("items").getJsonObject(0).getInt("escalationLevel"))
        .isEqualTo(3);
    assertThat(escalated.getJsonArray("items").getJsonObject(0).getString("grade"))
        .isEqualTo("MAJOR");
    assertThat(
            queue("manager", "escalated&text=" + complaintNo)
                .getJsonArray("items")
                .getValuesAs(JsonObject.class))
        .extracting(o -> o.getString("step"))
        .contains("acknowledgeEscalation");

    // filters
    assertThat(
            queue("handler", "group:COMPLAINT_HANDLER&grade=MAJOR&text=" + complaintNo)
                .getInt("total"))
        .isEqualTo(1);
    assertThat(
            queue("handler", "group:COMPLAINT_HANDLER&grade=GENERAL&text=" + complaintNo)
                .getInt("total"))
        .isZero();
    assertThat(
            queue(
                    "handler",
                    "group:COMPLAINT_HANDLER&area=URBAN&category=HIGH_VOLTAGE_DUAL_SOURCE&step=contactCustomer&text="
                        + complaintNo)
                .getInt("total"))
        .isEqualTo(1);
    assertThat(
            queue("handler", "group:COMPLAINT_HANDLER&area=RURAL&text=" + complaintNo)
                .getInt("total"))
        .isZero();
    assertThat(queue("handler", "due-today&text=" + complaintNo).getInt("total"))
        .as("contact is due tomorrow or later")
        .isLessThanOrEqualTo(1);
    assertThat(queue("handler", "overdue&text=" + complaintNo).getInt("total")).isZero();
    String in3Days = Instant.now().plus(30, ChronoUnit.DAYS).toString().replace("Z", "%2B00:00");
    assertThat(
            queue(
                    "handler",
                    "group:COMPLAINT_HANDLER&dueFrom=2020-01-01T00:00:00%2B08:00&dueTo="
                        + in3Days
                        + "&text="
                        + complaintNo)
                .getInt("total"))
        .isEqualTo(1);
    // sorting by any column; bad input named; foreign groups forbidden
    assertThat(basic("agent").get("/api/tasks?queue=group:AGENT&sort=-created").statusCode())
        .isEqualTo(200);
    HttpResponse<String> bad =
        basic("agent").get("/api/tasks?queue=everything&sort=password&size=0");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(Http.json(bad).getJsonObject("fields").keySet()).contains("queue", "sort", "size");
    assertThat(basic("agent").get("/api/tasks?queue=group:DISPATCHER").statusCode()).isEqualTo(403);
  }

  @Test
  void aQueueOutOfStepWithTheEngineIsWrittenAfreshFromIt() throws Exception {
    cases.submit("3302000003", ServiceType.REPAIR, Channel.PHONE, "队列重建测试", "agent");
    // as after an upgrade from a version without the queue table: rows missing
    transaction.begin();
    em.joinTransaction();
    em.createQuery("DELETE FROM QueuedTask q WHERE q.workType = :type")
        .setParameter("type", cn.gridservice.desk.tasklist.queue.WorkType.SERVICE_CASE)
        .executeUpdate();
    transaction.commit();

    assertThat(taskQueue.rebuildIfOutOfStep(engine))
        .isEqualTo(taskService.createTaskQuery().count());
    settle();
    assertQueueAgreesWithEngine();
    assertThat(taskQueue.rebuildIfOutOfStep(engine)).as("in step: nothing to do").isZero();
  }

  @Test
  void completingThroughTheApiChecksTheFormsFieldsAndNeverAnswers500() {
    String caseNo =
        Http.json(
                basic("agent")
                    .post(
                        "/api/service-cases",
                        """
        {"customerNo": "3302000006", "serviceType": "REPAIR", "channel": "API", "description": "接口办结测试"}"""))
            .getString("caseNo");
    String accept = ids(queue("agent", "group:AGENT&text=" + caseNo)).get(0);

    HttpResponse<String> bad =
        basic("agent").post("/api/tasks/" + accept + "/complete", "{\"decision\": \"MAYBE\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(Http.json(bad).getJsonObject("fields").getString("decision")).contains("ACCEPTED");
    HttpResponse<String> rejectWithoutReason =
        basic("agent").post("/api/tasks/" + accept + "/complete", "{\"decision\": \"REJECTED\"}");
    assertThat(rejectWithoutReason.statusCode()).isEqualTo(400);
    assertThat(Http.json(rejectWithoutReason).getJsonObject("fields").keySet())
        .containsExactly("reason");

    HttpResponse<String> done =
        basic("agent").post("/api/tasks/" + accept + "/complete", "{\"decision\": \"ACCEPTED\"}");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    assertThat(Http.json(done).getString("step")).isEqualTo("acceptRequest");
    HttpResponse<String> again =
        basic("agent2").post("/api/tasks/" + accept + "/complete", "{\"decision\": \"ACCEPTED\"}");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(basic("agent").post("/api/tasks/no-such-task/complete", "{}").statusCode())
        .isEqualTo(404);

    String schedule = ids(queue("dispatcher", "group:DISPATCHER&text=" + caseNo)).get(0);
    HttpResponse<String> badTime =
        basic("dispatcher")
            .post(
                "/api/tasks/" + schedule + "/complete",
                "{\"technicianId\": \"technician\", \"appointmentStart\": \"tomorrow\", \"appointmentEnd\": 5}");
    assertThat(badTime.statusCode()).isEqualTo(400);
    assertThat(Http.json(badTime).getJsonObject("fields").keySet())
        .contains("appointmentStart", "appointmentEnd");
    Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    HttpResponse<String> scheduled =
        basic("dispatcher")
            .post(
                "/api/tasks/" + schedule + "/complete",
                "{\"technicianId\": \"technician\", \"appointmentStart\": \""
                    + start
                    + "\", \"appointmentEnd\": \""
                    + start.plus(2, ChronoUnit.HOURS)
                    + "\"}");
    assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
    assertThat(ids(queue("technician", "mine&text=" + caseNo))).hasSize(1);
  }

  /**
   * A change the server's job executor may race (a timer flagging the same task): the mix goes on.
   */
  private static void change(Runnable work) {
    try {
      work.run();
    } catch (org.camunda.bpm.engine.OptimisticLockingException
        | org.camunda.bpm.engine.TaskAlreadyClaimedException raced) {
      // the engine refused one of two concurrent changes; the queue must still agree with what it
      // kept
    }
  }

  private void settle() {
    waitUntil(
        () -> managementService.createJobQuery().executable().count() == 0,
        Duration.ofSeconds(20),
        Duration.ofMillis(200));
    assertThat(managementService.createJobQuery().executable().count())
        .as("due jobs left after 20 s")
        .isZero();
  }

  private void complete(Task task, Random random) {
    Map<String, Object> variables = new HashMap<>();
    switch (task.getTaskDefinitionKey()) {
      case "acceptRequest" ->
          variables.put("acceptance", random.nextInt(4) == 0 ? "REJECTED" : "ACCEPTED");
      case "scheduleVisit" -> {
        variables.put("technicianId", "technician");
        variables.put("appointmentEnd", Date.from(clockNow().plus(1, ChronoUnit.DAYS)));
      }
      case "executeService" -> variables.put("workCompleted", random.nextBoolean());
      case "recordFeedback", "followUpCall" ->
          variables.put("customerSatisfied", random.nextBoolean());
      case "decideEscalatedCase" -> variables.put("managerDecision", "CLOSE");
      case "contactCustomer" -> variables.put("contacted", true);
      case "approveReply" -> variables.put("replyApproved", random.nextBoolean());
      default -> {
        // investigation, reply, input, supervision, acknowledgement: nothing to decide
      }
    }
    try {
      taskService.complete(task.getId(), variables);
    } catch (RuntimeException e) {
      // a model that needs more than this test gives (it is the queue that is under test)
    }
  }

  private void assertQueueAgreesWithEngine() {
    em.clear();
    Map<String, Task> tasks =
        taskService.createTaskQuery().list().stream()
            .collect(Collectors.toMap(Task::getId, t -> t));
    Map<String, QueuedTask> rows =
        em.createNamedQuery("QueuedTask.all", QueuedTask.class).getResultList().stream()
            .collect(Collectors.toMap(QueuedTask::taskId, r -> r));
    assertThat(rows.keySet()).as("one queue row per open task").isEqualTo(tasks.keySet());
    for (Task task : tasks.values()) {
      QueuedTask row = rows.get(task.getId());
      String group =
          taskService.getIdentityLinksForTask(task.getId()).stream()
              .map(IdentityLink::getGroupId)
              .filter(g -> g != null)
              .sorted()
              .findFirst()
              .orElse(null);
      assertThat(row.assignee()).as("assignee of " + task.getId()).isEqualTo(task.getAssignee());
      assertThat(row.candidateGroup()).as("group of " + task.getId()).isEqualTo(group);
      assertThat(row.step()).isEqualTo(task.getTaskDefinitionKey());
      assertThat(row.priority()).isEqualTo(task.getPriority());
      assertThat(seconds(row.dueAt()))
          .as("due of " + task.getId())
          .isEqualTo(seconds(task.getDueDate()));
      Object level = taskService.getVariable(task.getId(), "escalationLevel");
      assertThat(row.escalationLevel())
          .as("level of " + task.getId())
          .isEqualTo(level instanceof Number n ? n.intValue() : 0);
    }
  }

  private static Long seconds(Instant instant) {
    return instant == null ? null : instant.getEpochSecond();
  }

  private static Long seconds(Date date) {
    return date == null ? null : date.toInstant().getEpochSecond();
  }

  private static JsonObject queue(String user, String query) {
    HttpResponse<String> response = basic(user).get("/api/tasks?queue=" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response);
  }

  private static List<String> ids(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(o -> o.getString("taskId"))
        .toList();
  }
}
