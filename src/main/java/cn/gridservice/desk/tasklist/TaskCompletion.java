package cn.gridservice.desk.tasklist;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import cn.gridservice.desk.aftersales.application.CaseWork;
import cn.gridservice.desk.aftersales.domain.NotFinishedReason;
import cn.gridservice.desk.complaint.application.ComplaintWork;
import cn.gridservice.desk.complaint.domain.ContactMethod;
import cn.gridservice.desk.platform.InvalidInput;

/**
 * Completes any task from the fields of its form, as JSON ({@code POST /api/tasks/{taskId}/complete}):
 * the step's own form method does the checking, so the API accepts exactly what the page accepts.
 * The fields per step are listed in the README.
 */
@ApplicationScoped
public class TaskCompletion {

  @Inject
  TaskService taskService;

  @Inject
  HistoryService historyService;

  @Inject
  CaseWork caseWork;

  @Inject
  ComplaintWork complaintWork;

  @Inject
  TaskAccess access;

  /** The task never existed (as opposed to: it was completed or cancelled, a {@link TaskClaimConflict}). */
  public static final class TaskNotFound extends RuntimeException {
    TaskNotFound(String taskId) {
      super("no task " + taskId);
    }
  }

  /**
   * @return the step that was completed
   * @throws cn.gridservice.desk.platform.NotPermitted when the task is not for the actor's roles, before
   *     any field is looked at
   */
  public String complete(String taskId, Actor actor, JsonObject form) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      if (historyService.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0) {
        throw new TaskClaimConflict("the task is gone: completed or cancelled by someone else", null);
      }
      throw new TaskNotFound(taskId);
    }
    access.requireWorker(task, actor);
    Fields f = new Fields(form == null ? JsonValue.EMPTY_JSON_OBJECT : form);
    String step = task.getTaskDefinitionKey();
    switch (step) {
      case "acceptRequest" -> {
        CaseWork.Acceptance decision = f.enumValue("decision", CaseWork.Acceptance.class);
        f.check();
        caseWork.accept(taskId, actor, decision, f.text("reason"));
      }
      case "scheduleVisit" -> {
        Instant start = f.instant("appointmentStart");
        Instant end = f.instant("appointmentEnd");
        f.check();
        caseWork.schedule(taskId, actor, f.text("technicianId"), start, end, f.text("note"));
      }
      case "arriveOnSite" -> caseWork.arrive(taskId, actor, f.text("note"));
      case "executeService" -> {
        Boolean finished = f.bool("finished");
        BigDecimal charge = f.decimal("charge");
        NotFinishedReason reason = f.enumValue("notFinishedReason", NotFinishedReason.class);
        List<CaseWork.PartLine> parts = f.parts("parts");
        f.check();
        caseWork.execute(taskId, actor, finished == null || finished, f.text("workDone"), f.text("cause"), parts, charge,
            reason, f.text("note"));
      }
      case "recordFeedback" -> {
        Integer satisfaction = f.integer("satisfaction");
        Boolean satisfied = f.bool("satisfied");
        f.check();
        caseWork.feedback(taskId, actor, satisfaction, satisfied, f.text("comments"));
      }
      case "decideEscalatedCase" -> {
        CaseWork.ManagerDecision decision = f.enumValue("decision", CaseWork.ManagerDecision.class);
        f.check();
        caseWork.decide(taskId, actor, decision, f.text("note"));
      }
      case "superviseOverdueStep" -> caseWork.supervise(taskId, actor, f.text("note"));
      case "contactCustomer" -> {
        ContactMethod method = f.enumValue("method", ContactMethod.class);
        Boolean reached = f.bool("reached");
        f.check();
        complaintWork.contact(taskId, actor, method, reached, f.text("summary"));
      }
      case "investigateComplaint" -> complaintWork.investigate(taskId, actor, f.text("findings"), f.text("draft"));
      case "provideInput" -> complaintWork.provideInput(taskId, actor, f.text("answer"));
      case "approveReply" -> {
        Boolean approved = f.bool("approved");
        f.check();
        complaintWork.approve(taskId, actor, approved, f.text("reason"));
      }
      case "replyToCustomer" -> {
        ContactMethod method = f.enumValue("method", ContactMethod.class);
        f.check();
        complaintWork.reply(taskId, actor, method, f.text("note"));
      }
      case "followUpCall" -> {
        Integer satisfaction = f.integer("satisfaction");
        Boolean satisfied = f.bool("satisfied");
        f.check();
        complaintWork.followUp(taskId, actor, satisfaction, satisfied, f.text("comments"));
      }
      case "superviseContact", "superviseReply" -> complaintWork.supervise(taskId, actor, f.text("note"));
      case "acknowledgeEscalation" -> complaintWork.acknowledge(taskId, actor, f.text("instructions"));
      default -> throw InvalidInput.of("step", "invalid.task.noForm", step);
    }
    return step;
  }

  /** Reads the form's fields, collecting every wrongly typed one before anything is done. */
  private static final class Fields {
    private final JsonObject json;
    private final InvalidInput.Collector errors = InvalidInput.collect();

    Fields(JsonObject json) {
      this.json = json;
    }

    void check() {
      errors.throwIfAny();
    }

    String text(String name) {
      JsonValue value = json.get(name);
      if (value == null || value == JsonValue.NULL) {
        return null;
      }
      return value instanceof JsonString s ? s.getString() : value.toString();
    }

    Boolean bool(String name) {
      JsonValue value = json.get(name);
      if (value == null || value == JsonValue.NULL) {
        return null;
      }
      if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
        return value == JsonValue.TRUE;
      }
      errors.add(name, "invalid.field.boolean", name);
      return null;
    }

    Integer integer(String name) {
      JsonValue value = json.get(name);
      if (value == null || value == JsonValue.NULL) {
        return null;
      }
      if (value instanceof JsonNumber n && n.isIntegral()) {
        return n.intValue();
      }
      errors.add(name, "invalid.field.integer", name);
      return null;
    }

    BigDecimal decimal(String name) {
      JsonValue value = json.get(name);
      if (value == null || value == JsonValue.NULL) {
        return null;
      }
      if (value instanceof JsonNumber n) {
        return n.bigDecimalValue();
      }
      errors.add(name, "invalid.field.number", name);
      return null;
    }

    Instant instant(String name) {
      String text = text(name);
      if (text == null) {
        return null;
      }
      try {
        return OffsetDateTime.parse(text.strip()).toInstant();
      } catch (DateTimeParseException e) {
        errors.add(name, "invalid.field.instant", name, text);
        return null;
      }
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
      String text = text(name);
      if (text == null || text.isBlank()) {
        return null;
      }
      try {
        return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
          allowed.add(constant.name());
        }
        errors.add(name, "invalid.field.notOneOf", name, String.join(", ", allowed), text);
        return null;
      }
    }

    List<CaseWork.PartLine> parts(String name) {
      JsonValue value = json.get(name);
      if (value == null || value == JsonValue.NULL) {
        return List.of();
      }
      if (!(value instanceof JsonArray array)) {
        errors.add(name, "invalid.field.parts", name);
        return List.of();
      }
      List<CaseWork.PartLine> parts = new ArrayList<>();
      for (JsonValue item : array) {
        if (!(item instanceof JsonObject part)) {
          errors.add(name, "invalid.field.parts", name);
          return List.of();
        }
        JsonValue quantity = part.get("quantity");
        parts.add(new CaseWork.PartLine(part.getString("name", null),
            quantity instanceof JsonNumber n && n.isIntegral() ? n.intValue() : null));
      }
      return parts;
    }
  }
}
