package cn.gridservice.desk.complaint.web;

import cn.gridservice.desk.complaint.application.ComplaintQueries;
import cn.gridservice.desk.complaint.application.ComplaintView;
import cn.gridservice.desk.complaint.application.ComplaintWork;
import cn.gridservice.desk.complaint.domain.ComplaintClass;
import cn.gridservice.desk.complaint.domain.ContactMethod;
import cn.gridservice.desk.complaint.process.ComplaintProcess;
import cn.gridservice.desk.complaint.voltage.VoltageCheckRequest;
import cn.gridservice.desk.complaint.voltage.VoltageSupply;
import cn.gridservice.desk.customer.application.CustomerQueries;
import cn.gridservice.desk.customer.application.CustomerView;
import cn.gridservice.desk.platform.Clock;
import cn.gridservice.desk.platform.web.FormSubmission;
import cn.gridservice.desk.security.CurrentUser;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.tasklist.Actor;
import cn.gridservice.desk.tasklist.web.TaskPage;
import cn.gridservice.desk.workflow.EngineServices;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The forms of the complaint's tasks, shown on the task page beside the complaint (grade, level,
 * both limits with the time left, what the investigation found). What the user typed survives a
 * refusal.
 */
@Named
@ViewScoped
public class ComplaintTaskForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EngineServices engine;

  @Inject ComplaintQueries complaints;

  @Inject CustomerQueries customers;

  @Inject ComplaintWork work;

  @Inject CurrentUser user;

  @Inject Clock clock;

  /** The task the page shows, and whether the user may work on it. */
  @Inject TaskPage page;

  private String taskId;
  private String step;
  private ComplaintView complaint;
  private ComplaintView.Details details;
  private CustomerView customer;
  private String question;

  // contactCustomer, replyToCustomer
  private ContactMethod method;
  private Boolean reached;
  private String summary;
  // investigateComplaint
  private String findings;
  private String draft;
  private String supply;
  private BigDecimal nominalVolts;
  private BigDecimal maxVolts;
  private BigDecimal minVolts;
  private Role inputTeam;
  private String inputQuestion;
  // provideInput
  private String answer;
  // approveReply
  private Boolean approved;
  // followUpCall
  private Integer satisfaction;
  private Boolean satisfied;
  // approve reason, reply note, follow-up comments, supervision note, level-3 instructions
  private String note;

  /**
   * The complaint of the page's task: this bean is made when the page shows a task of the complaint
   * model.
   */
  @PostConstruct
  void load() {
    taskId = page.getTaskId();
    step = page.getStep();
    if (taskId == null || step == null || page.isGone()) {
      return;
    }
    Object no = engine.taskService().getVariable(taskId, ComplaintProcess.VAR_COMPLAINT_NO);
    Object asked = engine.taskService().getVariable(taskId, "inputQuestion");
    question = asked == null ? null : asked.toString();
    refresh(no == null ? null : no.toString());
    if (complaint != null && step.equals(ComplaintProcess.TASK_INVESTIGATE) && draft == null) {
      // a returned draft is the starting point of the next one
      details.drafts().stream().reduce((a, b) -> b).ifPresent(d -> draft = d.text());
    }
  }

  private void refresh(String complaintNo) {
    complaint =
        complaintNo == null ? null : complaints.byNumber(complaintNo, user.roles()).orElse(null);
    details = complaint == null ? null : complaints.details(complaintNo, user.roles());
    customer =
        complaint == null
            ? null
            : customers.byNumber(complaint.customerNo(), user.roles()).orElse(null);
  }

  public String contactTask() {
    boolean[] completed = {false};
    String outcome =
        FormSubmission.submit(
            () -> {
              completed[0] = work.contact(taskId, Actor.of(user), method, reached, summary);
              // an attempt that did not reach the customer keeps the step open: back to the form
              return completed[0] ? null : "/work/task?faces-redirect=true&taskId=" + taskId;
            },
            "complaint.contact.logged",
            complaint == null ? "" : complaint.complaintNo());
    return outcome;
  }

  public void recordMeasurement() {
    if (FormSubmission.stay(
        () ->
            work.recordMeasurement(
                taskId,
                Actor.of(user),
                new VoltageCheckRequest(supply, nominalVolts, maxVolts, minVolts)),
        "complaint.voltage.recorded")) {
      refresh(complaint.complaintNo());
    }
  }

  public void requestInput() {
    if (FormSubmission.stay(
        () -> work.requestInput(taskId, Actor.of(user), inputTeam, inputQuestion),
        "complaint.input.requested")) {
      inputQuestion = null;
      refresh(complaint.complaintNo());
    }
  }

  public String investigateTask() {
    return done(() -> work.investigate(taskId, Actor.of(user), findings, draft));
  }

  public String provideInputTask() {
    return done(() -> work.provideInput(taskId, Actor.of(user), answer));
  }

  public String approveTask() {
    return done(() -> work.approve(taskId, Actor.of(user), approved, note));
  }

  public String replyTask() {
    return done(() -> work.reply(taskId, Actor.of(user), method, note));
  }

  public String followUpTask() {
    return done(() -> work.followUp(taskId, Actor.of(user), satisfaction, satisfied, note));
  }

  public String superviseTask() {
    return done(() -> work.supervise(taskId, Actor.of(user), note));
  }

  public String acknowledgeTask() {
    return done(() -> work.acknowledge(taskId, Actor.of(user), note));
  }

  private String done(Runnable action) {
    return FormSubmission.submit(
        () -> {
          action.run();
          return null;
        },
        "form.done",
        complaint == null ? "" : complaint.complaintNo());
  }

  /** The latest reply draft, for the approval and the reply. */
  public ComplaintView.Draft getLatestDraft() {
    return details == null ? null : details.drafts().stream().reduce((a, b) -> b).orElse(null);
  }

  /** Hours left to a due date (negative when past), for "time left" beside each limit. */
  public static long hoursLeft(Instant now, OffsetDateTime due) {
    return due == null ? 0 : Duration.between(now, due.toInstant()).toHours();
  }

  public long getContactHoursLeft() {
    return complaint == null ? 0 : hoursLeft(clock.now(), complaint.contactDue());
  }

  public long getReplyHoursLeft() {
    return complaint == null ? 0 : hoursLeft(clock.now(), complaint.replyDue());
  }

  public boolean isSupplyQuality() {
    return complaint != null && complaint.complaintClass() == ComplaintClass.SUPPLY_QUALITY;
  }

  public List<ContactMethod> getMethods() {
    return List.of(ContactMethod.values());
  }

  public List<VoltageSupply> getSupplies() {
    return List.of(VoltageSupply.values());
  }

  public List<Role> getInputTeams() {
    return ComplaintWork.INPUT_ROLES.stream().sorted().toList();
  }

  // --- plain accessors for the page ---

  public String getStep() {
    return step;
  }

  public ComplaintView getComplaint() {
    return complaint;
  }

  public ComplaintView.Details getDetails() {
    return details;
  }

  public CustomerView getCustomer() {
    return customer;
  }

  public String getQuestion() {
    return question;
  }

  public ContactMethod getMethod() {
    return method;
  }

  public void setMethod(ContactMethod method) {
    this.method = method;
  }

  public Boolean getReached() {
    return reached;
  }

  public void setReached(Boolean reached) {
    this.reached = reached;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getFindings() {
    return findings;
  }

  public void setFindings(String findings) {
    this.findings = findings;
  }

  public String getDraft() {
    return draft;
  }

  public void setDraft(String draft) {
    this.draft = draft;
  }

  public String getSupply() {
    return supply;
  }

  public void setSupply(String supply) {
    this.supply = supply;
  }

  public BigDecimal getNominalVolts() {
    return nominalVolts;
  }

  public void setNominalVolts(BigDecimal nominalVolts) {
    this.nominalVolts = nominalVolts;
  }

  public BigDecimal getMaxVolts() {
    return maxVolts;
  }

  public void setMaxVolts(BigDecimal maxVolts) {
    this.maxVolts = maxVolts;
  }

  public BigDecimal getMinVolts() {
    return minVolts;
  }

  public void setMinVolts(BigDecimal minVolts) {
    this.minVolts = minVolts;
  }

  public Role getInputTeam() {
    return inputTeam;
  }

  public void setInputTeam(Role inputTeam) {
    this.inputTeam = inputTeam;
  }

  public String getInputQuestion() {
    return inputQuestion;
  }

  public void setInputQuestion(String inputQuestion) {
    this.inputQuestion = inputQuestion;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public Boolean getApproved() {
    return approved;
  }

  public void setApproved(Boolean approved) {
    this.approved = approved;
  }

  public Integer getSatisfaction() {
    return satisfaction;
  }

  public void setSatisfaction(Integer satisfaction) {
    this.satisfaction = satisfaction;
  }

  public Boolean getSatisfied() {
    return satisfied;
  }

  public void setSatisfied(Boolean satisfied) {
    this.satisfied = satisfied;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
