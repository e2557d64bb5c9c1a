package cn.gridservice.desk.complaint.application;

import cn.gridservice.desk.complaint.domain.Complaint;
import cn.gridservice.desk.complaint.domain.ComplaintClass;
import cn.gridservice.desk.complaint.domain.ComplaintEvent;
import cn.gridservice.desk.complaint.domain.ComplaintNote;
import cn.gridservice.desk.complaint.domain.ContactMethod;
import cn.gridservice.desk.complaint.domain.ContactRecord;
import cn.gridservice.desk.complaint.domain.EscalationRecord;
import cn.gridservice.desk.complaint.domain.ReplyDraft;
import cn.gridservice.desk.complaint.domain.VoltageMeasurement;
import cn.gridservice.desk.complaint.process.ComplaintProcess;
import cn.gridservice.desk.complaint.voltage.VoltageCheck;
import cn.gridservice.desk.complaint.voltage.VoltageCheckRequest;
import cn.gridservice.desk.complaint.voltage.VoltageVerdict;
import cn.gridservice.desk.platform.Clock;
import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.tasklist.Actor;
import cn.gridservice.desk.tasklist.step.StepWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The work staff do on a complaint, one method per step of the complaint model: each checks the
 * input, writes what was done and completes the task in one transaction, so a failure leaves
 * neither a record nor a moved process. A task someone else holds or finished is refused with who.
 */
@ApplicationScoped
public class ComplaintWork {

  public static final int MAX_TEXT = 2000;

  /** Whom a handler may ask for input on an investigation. */
  public static final Set<Role> INPUT_ROLES =
      EnumSet.of(
          Role.DISPATCHER,
          Role.TECHNICIAN,
          Role.CUSTOMER_MANAGER,
          Role.AGENT,
          Role.SERVICE_MANAGER);

  @PersistenceContext EntityManager em;

  @Inject TaskService taskService;

  @Inject RuntimeService runtimeService;

  @Inject StepWork stepWork;

  @Inject VoltageCheck voltageCheck;

  @Inject Clock clock;

  /**
   * Logs a contact attempt. Reaching the customer completes the step; an attempt that did not reach
   * them stays on the log and the step stays open.
   *
   * @return whether the step was completed
   */
  @Transactional
  public boolean contact(
      String taskId, Actor actor, ContactMethod method, Boolean reached, String summary) {
    Opened opened = open(taskId, actor, ComplaintProcess.TASK_CONTACT_CUSTOMER);
    InvalidInput.Collector errors = InvalidInput.collect();
    if (method == null) {
      errors.add("method", "invalid.complaint.contactMethodRequired");
    }
    if (reached == null) {
      errors.add("reached", "invalid.complaint.reachedRequired");
    }
    requireText(errors, "summary", summary, "invalid.complaint.contactSummaryRequired", MAX_TEXT);
    errors.throwIfAny();
    Instant now = now();
    em.persist(
        new ContactRecord(opened.complaint, now, actor.userId(), method, reached, summary.strip()));
    record(
        opened,
        actor.userId(),
        reached ? "CONTACTED" : "CONTACT_ATTEMPT",
        method + ": " + summary.strip());
    if (!reached) {
      return false;
    }
    opened.complaint.contacted(now);
    complete(opened, Map.of(ComplaintProcess.VAR_CONTACTED, true));
    return true;
  }

  /** Asks another team for input on the investigation; their task appears in that team's queue. */
  @Transactional
  public void requestInput(String taskId, Actor actor, Role team, String question) {
    Opened opened = open(taskId, actor, ComplaintProcess.TASK_INVESTIGATE);
    InvalidInput.Collector errors = InvalidInput.collect();
    if (team == null || !INPUT_ROLES.contains(team)) {
      errors.add("team", "invalid.complaint.inputTeamRequired");
    }
    requireText(errors, "question", question, "invalid.complaint.questionRequired", MAX_TEXT);
    errors.throwIfAny();
    em.persist(
        new ComplaintNote(
            opened.complaint,
            ComplaintNote.Kind.INPUT_REQUESTED,
            actor.userId(),
            team.name(),
            now(),
            question.strip()));
    record(opened, actor.userId(), "INPUT_REQUESTED", team + ": " + question.strip());
    runtimeService
        .createMessageCorrelation(ComplaintProcess.MESSAGE_INPUT_REQUESTED)
        .processInstanceId(opened.task.getProcessInstanceId())
        .setVariablesToTriggeredScope(
            Variables.createVariables()
                .putValue(ComplaintProcess.VAR_INPUT_ROLE, team.name())
                .putValue("inputQuestion", question.strip()))
        .correlate();
  }

  /** Another team's answer to the handler's question. */
  @Transactional
  public void provideInput(String taskId, Actor actor, String answer) {
    Opened opened = open(taskId, actor, ComplaintProcess.TASK_PROVIDE_INPUT);
    InvalidInput.Collector errors = InvalidInput.collect();
    requireText(
        errors, "answer", answer, "invalid.complaint.answerRequired", ComplaintNote.MAX_TEXT);
    errors.throwIfAny();
    Object role = taskService.getVariable(taskId, ComplaintProcess.VAR_INPUT_ROLE);
    em.persist(
        new ComplaintNote(
            opened.complaint,
            ComplaintNote.Kind.INPUT,
            actor.userId(),
            role == null ? null : role.toString(),
            now(),
            answer.strip()));
    record(opened, actor.userId(), "INPUT_PROVIDED", answer.strip());
    complete(opened, Map.of());
  }

  /**
   * Records the findings of the investigation and the reply draft; the grade decides who approves
   * it.
   */
  @Transactional
  public void investigate(String taskId, Actor actor, String findings, String draft) {
    Opened opened = open(taskId, actor, ComplaintProcess.TASK_INVESTIGATE);
    InvalidInput.Collector errors = InvalidInput.collect();
    requireText(
        errors, "findings", findings, "invalid.complaint.findingsRequired", ComplaintNote.MAX_TEXT);
    requireText(errors, "draft", draft, "invalid.complaint.draftRequired", ReplyDraft.MAX_TEXT);
    if (opened.complaint.complaintClass() == ComplaintClass.SUPPLY_QUALITY
        && measurements(opened.complaint).isEmpty()) {
      errors.add("voltage", "invalid.complaint.voltageRequired");
    }
    errors.throwIfAny();
    Object approver = taskService.getVariable(taskId, ComplaintProcess.VAR_APPROVER_ROLE);
    Role approverRole =
        approver == null || approver.toString().isBlank()
            ? null
            : Role.valueOf(approver.toString());
    Instant now = now();
    em.persist(
        new ComplaintNote(
            opened.complaint,
            ComplaintNote.Kind.INVESTIGATION,
            actor.userId(),
            null,
            now,
            findings.strip()));
    em.persist(new ReplyDraft(opened.complaint, draft.strip(), actor.userId(), now, approverRole));
    record(
        opened, actor.userId(), "REPLY_DRAFTED", approverRole == null ? null : "→ " + approverRole);
    complete(opened, Map.of());
  }

  /** The approver approves the latest draft, or returns it to the investigation with the reason. */
  @Transactional
  public void approve(String taskId, Actor actor, Boolean approved, String reason) {
    Opened opened = open(taskId, actor, ComplaintProcess.TASK_APPROVE_REPLY);
    InvalidInput.Collector errors = InvalidInput.collect();
    if (approved == null) {
      errors.add("approved", "invalid.complaint.approvalRequired");
    } else if (!approved) {
      requireText(errors, "reason", reason, "invalid.complaint.returnReasonRequired", MAX_TEXT);
    }
    errors.maxLength("reason", reason, MAX_TEXT, "invalid.text.tooLong", "reason", MAX_TEXT);
    errors.throwIfAny();
    ReplyDraft draft = latestDraft(opened.complaint);
    draft.decide(
        approved ? ReplyDraft.Decision.APPROVED : ReplyDraft.Decision.RETURNED,
        actor.userId(),
        now(),
        reason == null || reason.isBlank() ? null : reason.strip());
    record(opened, actor.userId(), approved ? "REPLY_APPROVED" : "REPLY_RETURNED", reason);
    complete(opened, Map.of(ComplaintProcess.VAR_REPLY_APPROVED, approved));
  }

  /** The reply went to the customer: the latest (approved) draft is marked sent. */
  @Transactional
  public void reply(String taskId, Actor actor, ContactMethod method, String note) {
    Opened opened = open(taskId, actor, ComplaintProcess.TASK_REPLY_TO_CUSTOMER);
    InvalidInput.Collector errors = InvalidInput.collect();
    if (method == null) {
      errors.add("method", "invalid.complaint.contactMethodRequired");
    }
    errors.maxLength("note", note, MAX_TEXT, "invalid.text.tooLong", "note", MAX_TEXT);
    errors.throwIfAny();
    Instant now = now();
    latestDraft(opened.complaint).sent(now);
    opened.complaint.replied(now);
    record(
        opened,
        actor.userId(),
        "REPLIED",
        method + (note == null || note.isBlank() ? "" : ": " + note.strip()));
    complete(opened, Map.of());
  }

  /** The follow-up call: satisfied archives the complaint, not satisfied reopens it. */
  @Transactional
  public void followUp(
      String taskId, Actor actor, Integer satisfaction, Boolean satisfied, String comments) {
    Opened opened = open(taskId, actor, ComplaintProcess.TASK_FOLLOW_UP_CALL);
    InvalidInput.Collector errors = InvalidInput.collect();
    StepWork.checkSatisfaction(errors, satisfaction, satisfied);
    errors.maxLength("comments", comments, MAX_TEXT, "invalid.text.tooLong", "comments", MAX_TEXT);
    errors.throwIfAny();
    Instant now = now();
    if (satisfied) {
      opened.complaint.archive(now);
    } else {
      opened.complaint.reopen(now);
    }
    record(
        opened,
        actor.userId(),
        satisfied ? "ARCHIVED" : "REOPENED",
        satisfaction
            + "/5"
            + (comments == null || comments.isBlank() ? "" : " · " + comments.strip()));
    complete(opened, Map.of(ComplaintProcess.VAR_CUSTOMER_SATISFIED, satisfied));
  }

  /** 督办: what the supervisor did about a breached limit. */
  @Transactional
  public void supervise(String taskId, Actor actor, String note) {
    Opened opened =
        open(
            taskId,
            actor,
            ComplaintProcess.TASK_SUPERVISE_CONTACT,
            ComplaintProcess.TASK_SUPERVISE_REPLY);
    InvalidInput.Collector errors = InvalidInput.collect();
    requireText(errors, "note", note, "invalid.supervise.noteRequired", MAX_TEXT);
    errors.throwIfAny();
    record(opened, actor.userId(), "SUPERVISED", note.strip());
    complete(opened, Map.of());
  }

  /** The service manager acknowledges level 3 with the instructions given. */
  @Transactional
  public void acknowledge(String taskId, Actor actor, String instructions) {
    Opened opened = open(taskId, actor, ComplaintProcess.TASK_ACKNOWLEDGE_ESCALATION);
    InvalidInput.Collector errors = InvalidInput.collect();
    requireText(
        errors, "instructions", instructions, "invalid.complaint.instructionsRequired", MAX_TEXT);
    errors.throwIfAny();
    Instant now = now();
    em.createNamedQuery("EscalationRecord.openOfLevel", EscalationRecord.class)
        .setParameter("c", opened.complaint)
        .setParameter("level", 3)
        .getResultList()
        .forEach(r -> r.acknowledge(actor.userId(), now));
    record(opened, actor.userId(), "ESCALATION_ACKNOWLEDGED", instructions.strip());
    complete(opened, Map.of());
  }

  /** Stores a voltage measurement taken for the complaint (supply-quality complaints). */
  @Transactional
  public VoltageVerdict recordMeasurement(String taskId, Actor actor, VoltageCheckRequest reading) {
    Opened opened = open(taskId, actor, ComplaintProcess.TASK_INVESTIGATE);
    VoltageVerdict verdict = voltageCheck.check(reading);
    VoltageMeasurement measurement =
        new VoltageMeasurement(opened.complaint, verdict, actor.userId(), now());
    em.persist(measurement);
    record(opened, actor.userId(), "VOLTAGE_MEASURED", measurement.summary());
    return verdict;
  }

  List<VoltageMeasurement> measurements(Complaint complaint) {
    return em.createNamedQuery("VoltageMeasurement.of", VoltageMeasurement.class)
        .setParameter("c", complaint)
        .getResultList();
  }

  private ReplyDraft latestDraft(Complaint complaint) {
    List<ReplyDraft> drafts =
        em.createNamedQuery("ReplyDraft.of", ReplyDraft.class)
            .setParameter("c", complaint)
            .getResultList();
    if (drafts.isEmpty()) {
      throw new IllegalStateException(
          "complaint " + complaint.complaintNo() + " has no reply draft");
    }
    return drafts.get(drafts.size() - 1);
  }

  private record Opened(Task task, Complaint complaint) {}

  private Opened open(String taskId, Actor actor, String... steps) {
    Task task = stepWork.open(taskId, actor, steps);
    Complaint complaint =
        em.createNamedQuery("Complaint.byProcessInstance", Complaint.class)
            .setParameter("id", task.getProcessInstanceId())
            .getSingleResult();
    return new Opened(task, complaint);
  }

  private void record(Opened opened, String user, String type, String detail) {
    em.persist(
        new ComplaintEvent(
            opened.complaint, now(), user, type, opened.task.getTaskDefinitionKey(), detail));
  }

  private void complete(Opened opened, Map<String, Object> variables) {
    stepWork.complete(opened.task, variables);
  }

  private static void requireText(
      InvalidInput.Collector errors, String field, String text, String key, int max) {
    if (text == null || text.isBlank()) {
      errors.add(field, key);
    } else {
      errors.maxLength(field, text, max, "invalid.text.tooLong", field, max);
    }
  }

  private Instant now() {
    return clock.now();
  }
}
