package cn.gridservice.desk.aftersales.application;

import static cn.gridservice.desk.aftersales.process.AfterSalesProcess.TASK_ACCEPT_REQUEST;
import static cn.gridservice.desk.aftersales.process.AfterSalesProcess.TASK_ARRIVE_ON_SITE;
import static cn.gridservice.desk.aftersales.process.AfterSalesProcess.TASK_DECIDE_ESCALATED_CASE;
import static cn.gridservice.desk.aftersales.process.AfterSalesProcess.TASK_EXECUTE_SERVICE;
import static cn.gridservice.desk.aftersales.process.AfterSalesProcess.TASK_RECORD_FEEDBACK;
import static cn.gridservice.desk.aftersales.process.AfterSalesProcess.TASK_SCHEDULE_VISIT;
import static cn.gridservice.desk.aftersales.process.AfterSalesProcess.TASK_SUPERVISE_OVERDUE_STEP;
import static cn.gridservice.desk.tasklist.step.StepField.bool;
import static cn.gridservice.desk.tasklist.step.StepField.choice;
import static cn.gridservice.desk.tasklist.step.StepField.instant;
import static cn.gridservice.desk.tasklist.step.StepField.integer;
import static cn.gridservice.desk.tasklist.step.StepField.list;
import static cn.gridservice.desk.tasklist.step.StepField.number;
import static cn.gridservice.desk.tasklist.step.StepField.text;

import cn.gridservice.desk.aftersales.domain.NotFinishedReason;
import cn.gridservice.desk.aftersales.process.AfterSalesProcess;
import cn.gridservice.desk.tasklist.Actor;
import cn.gridservice.desk.tasklist.step.FormValues;
import cn.gridservice.desk.tasklist.step.StepField;
import cn.gridservice.desk.tasklist.step.StepForm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The forms of the after-sales model's steps: the case beside each, {@link CaseWork} behind them.
 */
@ApplicationScoped
public class CaseSteps implements StepForm {

  @Inject CaseWork work;

  @Override
  public String processKey() {
    return AfterSalesProcess.PROCESS_KEY;
  }

  @Override
  public Set<String> steps() {
    return Set.of(
        TASK_ACCEPT_REQUEST,
        TASK_SCHEDULE_VISIT,
        TASK_ARRIVE_ON_SITE,
        TASK_EXECUTE_SERVICE,
        TASK_RECORD_FEEDBACK,
        TASK_DECIDE_ESCALATED_CASE,
        TASK_SUPERVISE_OVERDUE_STEP);
  }

  @Override
  public String subjectFragment() {
    return "/WEB-INF/steps/afterSales/case.xhtml";
  }

  @Override
  public List<StepField> fields(String step) {
    return switch (step) {
      case TASK_ACCEPT_REQUEST ->
          List.of(choice("decision", true, CaseWork.Acceptance.class), text("reason", false));
      case TASK_SCHEDULE_VISIT ->
          List.of(
              text("technicianId", true),
              instant("appointmentStart", true),
              instant("appointmentEnd", true),
              text("note", false));
      case TASK_ARRIVE_ON_SITE -> List.of(text("note", false));
      case TASK_EXECUTE_SERVICE ->
          List.of(
              bool("finished", false),
              text("workDone", false),
              text("cause", false),
              list("parts", false),
              number("charge", false),
              choice("notFinishedReason", false, NotFinishedReason.class),
              text("note", false));
      case TASK_RECORD_FEEDBACK ->
          List.of(integer("satisfaction", true), bool("satisfied", true), text("comments", false));
      case TASK_DECIDE_ESCALATED_CASE ->
          List.of(choice("decision", true, CaseWork.ManagerDecision.class), text("note", true));
      case TASK_SUPERVISE_OVERDUE_STEP -> List.of(text("note", true));
      default -> throw new IllegalArgumentException("no form for step " + step);
    };
  }

  @Override
  public void complete(String taskId, Actor actor, String step, FormValues f) {
    switch (step) {
      case TASK_ACCEPT_REQUEST -> {
        CaseWork.Acceptance decision = f.enumValue("decision", CaseWork.Acceptance.class);
        f.check();
        work.accept(taskId, actor, decision, f.text("reason"));
      }
      case TASK_SCHEDULE_VISIT -> {
        Instant start = f.instant("appointmentStart");
        Instant end = f.instant("appointmentEnd");
        f.check();
        work.schedule(taskId, actor, f.text("technicianId"), start, end, f.text("note"));
      }
      case TASK_ARRIVE_ON_SITE -> work.arrive(taskId, actor, f.text("note"));
      case TASK_EXECUTE_SERVICE -> {
        Boolean finished = f.bool("finished");
        BigDecimal charge = f.decimal("charge");
        NotFinishedReason reason = f.enumValue("notFinishedReason", NotFinishedReason.class);
        List<CaseWork.PartLine> parts =
            f.objects("parts", "invalid.field.parts").stream().map(CaseSteps::part).toList();
        f.check();
        work.execute(
            taskId,
            actor,
            finished == null || finished,
            f.text("workDone"),
            f.text("cause"),
            parts,
            charge,
            reason,
            f.text("note"));
      }
      case TASK_RECORD_FEEDBACK -> {
        Integer satisfaction = f.integer("satisfaction");
        Boolean satisfied = f.bool("satisfied");
        f.check();
        work.feedback(taskId, actor, satisfaction, satisfied, f.text("comments"));
      }
      case TASK_DECIDE_ESCALATED_CASE -> {
        CaseWork.ManagerDecision decision = f.enumValue("decision", CaseWork.ManagerDecision.class);
        f.check();
        work.decide(taskId, actor, decision, f.text("note"));
      }
      case TASK_SUPERVISE_OVERDUE_STEP -> work.supervise(taskId, actor, f.text("note"));
      default -> throw new IllegalArgumentException("no form for step " + step);
    }
  }

  private static CaseWork.PartLine part(JsonObject line) {
    JsonValue quantity = line.get("quantity");
    JsonValue name = line.get("name");
    return new CaseWork.PartLine(
        name instanceof jakarta.json.JsonString s ? s.getString() : null,
        quantity instanceof JsonNumber n && n.isIntegral() ? n.intValue() : null);
  }
}
