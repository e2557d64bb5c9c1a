package cn.gridservice.desk.aftersales.application;

import cn.gridservice.desk.aftersales.domain.Appointment;
import cn.gridservice.desk.aftersales.domain.CaseEvent;
import cn.gridservice.desk.aftersales.domain.CaseStatus;
import cn.gridservice.desk.aftersales.domain.Feedback;
import cn.gridservice.desk.aftersales.domain.NotFinishedReason;
import cn.gridservice.desk.aftersales.domain.PartUsage;
import cn.gridservice.desk.aftersales.domain.ServiceCase;
import cn.gridservice.desk.aftersales.domain.ServiceType;
import cn.gridservice.desk.aftersales.domain.Warranty;
import cn.gridservice.desk.aftersales.domain.WorkRecord;
import cn.gridservice.desk.aftersales.process.AfterSalesProcess;
import cn.gridservice.desk.platform.Clock;
import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.mail.Mail;
import cn.gridservice.desk.platform.mail.Mailer;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.staff.domain.StaffMember;
import cn.gridservice.desk.tasklist.Actor;
import cn.gridservice.desk.tasklist.step.StepWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The work staff do on a case, one method per step of the after-sales model: each checks the input,
 * writes what was done and completes the task in one transaction, so a failure leaves neither a
 * record nor a moved process. A task someone else holds or finished is refused with who.
 */
@ApplicationScoped
public class CaseWork {

  public static final int MAX_TEXT = 2000;
  public static final BigDecimal MAX_CHARGE = new BigDecimal("1000000");
  public static final Duration LONGEST_APPOINTMENT = Duration.ofDays(3);
  public static final Duration FURTHEST_APPOINTMENT = Duration.ofDays(90);

  public enum Acceptance {
    ACCEPTED,
    REJECTED,
    ANSWERED
  }

  public enum ManagerDecision {
    CLOSE,
    RESCHEDULE
  }

  @PersistenceContext EntityManager em;

  @Inject TaskService taskService;

  @Inject RuntimeService runtimeService;

  @Inject Mailer mailer;

  @Inject StepWork steps;

  @Inject CaseNotices caseNotices;

  @Inject Clock clock;

  @Transactional
  public void accept(String taskId, Actor actor, Acceptance decision, String reasonOrAnswer) {
    Opened opened = open(taskId, actor, AfterSalesProcess.TASK_ACCEPT_REQUEST);
    InvalidInput.Collector errors = InvalidInput.collect();
    if (decision == null) {
      errors.add("decision", "invalid.accept.decisionRequired");
    } else if (decision == Acceptance.REJECTED && isBlank(reasonOrAnswer)) {
      errors.add("reason", "invalid.accept.reasonRequired");
    } else if (decision == Acceptance.ANSWERED
        && opened.serviceCase.serviceType() != ServiceType.ENQUIRY) {
      errors.add("decision", "invalid.accept.onlyEnquiryAnswered");
    } else if (decision == Acceptance.ANSWERED && isBlank(reasonOrAnswer)) {
      errors.add("answer", "invalid.accept.answerRequired");
    }
    errors.maxLength("reason", reasonOrAnswer, MAX_TEXT, "invalid.reason.tooLong", MAX_TEXT);
    errors.throwIfAny();
    if (decision == Acceptance.REJECTED) {
      opened.serviceCase.close(CaseStatus.REJECTED);
      tellCustomerWhy(opened.serviceCase, reasonOrAnswer.strip());
    }
    record(opened, actor.userId(), "ACCEPTANCE_" + decision, reasonOrAnswer);
    if (decision == Acceptance.ACCEPTED) {
      caseNotices.accepted(opened.serviceCase, AfterSalesProcess.TASK_ACCEPT_REQUEST);
    }
    complete(opened, Map.of(AfterSalesProcess.VAR_ACCEPTANCE, decision.name()));
  }

  @Transactional
  public void schedule(
      String taskId,
      Actor actor,
      String technicianId,
      Instant startsAt,
      Instant endsAt,
      String note) {
    Opened opened = open(taskId, actor, AfterSalesProcess.TASK_SCHEDULE_VISIT);
    InvalidInput.Collector errors = InvalidInput.collect();
    StaffMember technician = technicianId == null ? null : em.find(StaffMember.class, technicianId);
    StaffMember dispatcher = em.find(StaffMember.class, actor.userId());
    if (technician == null || !technician.hasRole(Role.TECHNICIAN) || !technician.isActive()) {
      errors.add("technician", "invalid.schedule.technicianRequired");
    } else if (dispatcher != null
        && dispatcher.team() != null
        && !dispatcher.team().equals(technician.team())) {
      errors.add(
          "technician", "invalid.schedule.technicianNotInTeam", technicianId, dispatcher.team());
    }
    Instant now = clock.now();
    if (startsAt == null || endsAt == null) {
      errors.add("appointment", "invalid.schedule.appointmentIncomplete");
    } else if (!endsAt.isAfter(startsAt)) {
      errors.add("appointment", "invalid.schedule.appointmentEndsBeforeStart");
    } else if (Duration.between(startsAt, endsAt).compareTo(LONGEST_APPOINTMENT) > 0) {
      errors.add(
          "appointment", "invalid.schedule.appointmentTooLong", LONGEST_APPOINTMENT.toDays());
    } else if (endsAt.isBefore(now)) {
      errors.add("appointment", "invalid.schedule.appointmentPast");
    } else if (startsAt.isAfter(now.plus(FURTHEST_APPOINTMENT))) {
      errors.add(
          "appointment", "invalid.schedule.appointmentTooFarAhead", FURTHEST_APPOINTMENT.toDays());
    }
    errors.maxLength("note", note, MAX_TEXT, "invalid.note.tooLong", MAX_TEXT);
    errors.throwIfAny();
    em.persist(
        new Appointment(
            opened.serviceCase, technician, startsAt, endsAt, note, actor.userId(), now));
    record(opened, actor.userId(), "SCHEDULED", technician.name() + " (" + technicianId + ")");
    caseNotices.visitAgreed(opened.serviceCase, AfterSalesProcess.TASK_SCHEDULE_VISIT);
    complete(
        opened,
        Map.of(
            AfterSalesProcess.VAR_TECHNICIAN_ID,
            technicianId,
            AfterSalesProcess.VAR_APPOINTMENT_END,
            Date.from(endsAt)));
  }

  /**
   * The technician records the arrival on site of a fault repair (到达现场): the area's arrival limit
   * is measured to this moment, and the restoration limit counts from it (the next step starts
   * now).
   */
  @Transactional
  public void arrive(String taskId, Actor actor, String note) {
    Opened opened = open(taskId, actor, AfterSalesProcess.TASK_ARRIVE_ON_SITE);
    InvalidInput.Collector errors = InvalidInput.collect();
    errors.maxLength("note", note, MAX_TEXT, "invalid.note.tooLong", MAX_TEXT);
    errors.throwIfAny();
    Instant now = clock.now();
    record(opened, actor.userId(), "ARRIVED_ON_SITE", isBlank(note) ? null : note.strip());
    complete(opened, Map.of(AfterSalesProcess.VAR_ARRIVED_AT, Date.from(now)));
  }

  /** A part line as the form sends it. */
  public record PartLine(String name, Integer quantity) {}

  @Transactional
  public void execute(
      String taskId,
      Actor actor,
      boolean finished,
      String workDone,
      String cause,
      List<PartLine> parts,
      BigDecimal charge,
      NotFinishedReason reason,
      String note) {
    Opened opened = open(taskId, actor, AfterSalesProcess.TASK_EXECUTE_SERVICE);
    InvalidInput.Collector errors = InvalidInput.collect();
    if (finished) {
      if (isBlank(workDone)) {
        errors.add("workDone", "invalid.execute.workDoneRequired");
      }
      if (charge != null && (charge.signum() < 0 || charge.compareTo(MAX_CHARGE) > 0)) {
        errors.add("charge", "invalid.execute.chargeOutOfRange");
      } else if (charge != null
          && charge.signum() > 0
          && opened.serviceCase.warranty() == Warranty.IN_WARRANTY) {
        errors.add("charge", "invalid.execute.chargeUnderWarranty");
      }
      List<PartLine> lines = parts == null ? List.of() : parts;
      for (int i = 0; i < lines.size(); i++) {
        PartLine p = lines.get(i);
        if (isBlank(p.name())
            || p.quantity() == null
            || p.quantity() < 1
            || p.quantity() > 10_000) {
          errors.add("parts[" + i + "]", "invalid.execute.partInvalid", i + 1);
        }
      }
    } else if (reason == null) {
      errors.add("reason", "invalid.execute.reasonRequired");
    }
    errors.maxLength("workDone", workDone, MAX_TEXT, "invalid.workDone.tooLong", MAX_TEXT);
    errors.maxLength("cause", cause, MAX_TEXT, "invalid.cause.tooLong", MAX_TEXT);
    errors.maxLength("note", note, MAX_TEXT, "invalid.note.tooLong", MAX_TEXT);
    errors.throwIfAny();
    Instant now = clock.now();
    if (finished) {
      List<PartUsage> used =
          parts == null
              ? List.of()
              : parts.stream().map(p -> new PartUsage(p.name(), p.quantity())).toList();
      em.persist(
          WorkRecord.completed(
              opened.serviceCase, actor.userId(), workDone.strip(), cause, charge, used, now));
      record(opened, actor.userId(), "WORK_DONE", workDone);
    } else {
      em.persist(WorkRecord.notFinished(opened.serviceCase, actor.userId(), reason, note, now));
      record(
          opened, actor.userId(), "WORK_NOT_FINISHED", reason + (isBlank(note) ? "" : ": " + note));
    }
    complete(opened, Map.of(AfterSalesProcess.VAR_WORK_COMPLETED, finished));
  }

  @Transactional
  public void feedback(
      String taskId, Actor actor, Integer satisfaction, Boolean satisfied, String comments) {
    Opened opened = open(taskId, actor, AfterSalesProcess.TASK_RECORD_FEEDBACK);
    InvalidInput.Collector errors = InvalidInput.collect();
    StepWork.checkSatisfaction(errors, satisfaction, satisfied);
    errors.maxLength("comments", comments, MAX_TEXT, "invalid.comments.tooLong", MAX_TEXT);
    errors.throwIfAny();
    em.persist(
        new Feedback(
            opened.serviceCase, satisfaction, satisfied, comments, actor.userId(), clock.now()));
    if (satisfied) {
      opened.serviceCase.close(CaseStatus.RESOLVED);
    }
    record(
        opened,
        actor.userId(),
        satisfied ? "FEEDBACK_SATISFIED" : "FEEDBACK_NOT_SATISFIED",
        satisfaction + "/5 " + nullToEmpty(comments));
    complete(opened, Map.of(AfterSalesProcess.VAR_CUSTOMER_SATISFIED, satisfied));
  }

  @Transactional
  public void decide(String taskId, Actor actor, ManagerDecision decision, String note) {
    Opened opened = open(taskId, actor, AfterSalesProcess.TASK_DECIDE_ESCALATED_CASE);
    InvalidInput.Collector errors = InvalidInput.collect();
    if (decision == null) {
      errors.add("decision", "invalid.decide.decisionRequired");
    }
    if (isBlank(note)) {
      errors.add("note", "invalid.decide.noteRequired");
    }
    errors.maxLength("note", note, MAX_TEXT, "invalid.note.tooLong", MAX_TEXT);
    errors.throwIfAny();
    if (decision == ManagerDecision.CLOSE) {
      opened.serviceCase.close(CaseStatus.RESOLVED);
    }
    record(opened, actor.userId(), "MANAGER_" + decision, note);
    complete(opened, Map.of(AfterSalesProcess.VAR_MANAGER_DECISION, decision.name()));
  }

  /** The team leader follows up an overdue step (督办) and writes down what was done about it. */
  @Transactional
  public void supervise(String taskId, Actor actor, String note) {
    Opened opened = open(taskId, actor, AfterSalesProcess.TASK_SUPERVISE_OVERDUE_STEP);
    if (isBlank(note)) {
      throw InvalidInput.of("note", "invalid.supervise.noteRequired");
    }
    if (note.length() > MAX_TEXT) {
      throw InvalidInput.of("note", "invalid.note.tooLong", MAX_TEXT);
    }
    Object step = taskService.getVariable(taskId, AfterSalesProcess.VAR_OVERDUE_STEP);
    record(opened, actor.userId(), "SUPERVISED", (step == null ? "" : step + ": ") + note.strip());
    complete(opened, Map.of());
  }

  /**
   * The customer hears why the request was not accepted: by mail when the archive has an address
   * (sent after commit); the timeline notes how they were told, so an agent calls the others.
   */
  private void tellCustomerWhy(ServiceCase serviceCase, String reason) {
    String email = serviceCase.customer().email();
    if (email == null || email.isBlank()) {
      em.persist(
          new CaseEvent(
              serviceCase,
              clock.now(),
              "system",
              "CUSTOMER_TO_BE_CALLED",
              AfterSalesProcess.TASK_ACCEPT_REQUEST,
              "no e-mail on record: tell the customer by phone"));
      return;
    }
    mailer.sendAfterCommit(
        new Mail(
            List.of(email),
            "您的售后服务申请 "
                + serviceCase.caseNo()
                + " 未予受理 | Your request "
                + serviceCase.caseNo()
                + " was not accepted",
            "尊敬的客户：\n您的售后服务申请（工单号 "
                + serviceCase.caseNo()
                + "）未予受理，原因："
                + reason
                + "\n如有疑问请拨打 95598。\n\nDear customer,\nyour after-sales request "
                + serviceCase.caseNo()
                + " was not accepted. Reason: "
                + reason
                + "\nFor questions please call 95598."));
    em.persist(
        new CaseEvent(
            serviceCase,
            clock.now(),
            "system",
            "CUSTOMER_MAILED",
            AfterSalesProcess.TASK_ACCEPT_REQUEST,
            email));
  }

  private record Opened(Task task, ServiceCase serviceCase) {}

  /** The task as the user may work on it now, claimed for them if it was open to their group. */
  private Opened open(String taskId, Actor actor, String step) {
    Task task = steps.open(taskId, actor, step);
    ServiceCase serviceCase =
        em.createNamedQuery("ServiceCase.byProcessInstances", ServiceCase.class)
            .setParameter("ids", List.of(task.getProcessInstanceId()))
            .getSingleResult();
    return new Opened(task, serviceCase);
  }

  private void record(Opened opened, String user, String type, String detail) {
    em.persist(
        new CaseEvent(
            opened.serviceCase,
            clock.now(),
            user,
            type,
            opened.task.getTaskDefinitionKey(),
            detail));
  }

  private void complete(Opened opened, Map<String, Object> variables) {
    steps.complete(opened.task, variables);
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
