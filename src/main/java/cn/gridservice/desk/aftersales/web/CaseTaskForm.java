package cn.gridservice.desk.aftersales.web;

import cn.gridservice.desk.aftersales.application.CaseWork;
import cn.gridservice.desk.aftersales.application.ServiceCaseQueries;
import cn.gridservice.desk.aftersales.application.ServiceCaseView;
import cn.gridservice.desk.aftersales.domain.NotFinishedReason;
import cn.gridservice.desk.aftersales.domain.ServiceType;
import cn.gridservice.desk.aftersales.process.AfterSalesProcess;
import cn.gridservice.desk.customer.application.CustomerQueries;
import cn.gridservice.desk.customer.application.CustomerView;
import cn.gridservice.desk.platform.Times;
import cn.gridservice.desk.platform.web.FormSubmission;
import cn.gridservice.desk.security.CurrentUser;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.staff.application.StaffDirectory;
import cn.gridservice.desk.staff.domain.StaffMember;
import cn.gridservice.desk.tasklist.Actor;
import cn.gridservice.desk.tasklist.web.TaskPage;
import cn.gridservice.desk.workflow.EngineServices;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The forms of the after-sales steps on the task page, with the case and the customer beside them
 * ({@code /WEB-INF/steps/afterSales/}). What the user typed survives a refusal (bad input, or
 * someone else was faster): only the message changes.
 */
@Named
@ViewScoped
public class CaseTaskForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The engine's services are not serializable; the view reaches them through this proxy. */
  @Inject EngineServices engine;

  @Inject ServiceCaseQueries cases;

  @Inject CustomerQueries customers;

  @Inject StaffDirectory staff;

  @Inject CaseWork work;

  @Inject CurrentUser user;

  /** The task the page shows, and whether the user may work on it. */
  @Inject TaskPage page;

  private String taskId;
  private String step;
  private String caseNo;
  private ServiceCaseView serviceCase;
  private CustomerView customer;

  // acceptRequest
  private CaseWork.Acceptance decision;
  private String reason;
  // scheduleVisit
  private String technicianId;
  private LocalDateTime appointmentStart;
  private LocalDateTime appointmentEnd;
  private String note;
  // executeService
  private boolean finished = true;
  private String workDone;
  private String cause;
  private BigDecimal charge;
  private NotFinishedReason notFinishedReason;
  private List<PartRow> parts = new ArrayList<>();
  // recordFeedback
  private Integer satisfaction;
  private Boolean satisfied;
  private String comments;
  // decideEscalatedCase
  private CaseWork.ManagerDecision managerDecision;

  /** A line of the parts table. */
  public static class PartRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private Integer quantity = 1;

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public Integer getQuantity() {
      return quantity;
    }

    public void setQuantity(Integer quantity) {
      this.quantity = quantity;
    }
  }

  /**
   * The case of the page's task: this bean is made when the page shows a task of the after-sales
   * model.
   */
  @PostConstruct
  void load() {
    taskId = page.getTaskId();
    step = page.getStep();
    if (page.getProcessInstanceId() == null) {
      return;
    }
    Object no =
        engine
            .runtimeService()
            .getVariable(page.getProcessInstanceId(), AfterSalesProcess.VAR_CASE_NO);
    caseNo = no == null ? null : no.toString();
    serviceCase = caseNo == null ? null : cases.byNumber(caseNo, user.roles()).orElse(null);
    customer =
        serviceCase == null
            ? null
            : customers.byNumber(serviceCase.customerNo(), user.roles()).orElse(null);
  }

  public String acceptTask() {
    return submit(
        () -> {
          work.accept(taskId, Actor.of(user), decision, reason);
          return null;
        });
  }

  public String scheduleTask() {
    return submit(
        () -> {
          work.schedule(
              taskId,
              Actor.of(user),
              technicianId,
              appointmentStart == null
                  ? null
                  : appointmentStart.atZone(Times.BUSINESS_ZONE).toInstant(),
              appointmentEnd == null
                  ? null
                  : appointmentEnd.atZone(Times.BUSINESS_ZONE).toInstant(),
              note);
          return null;
        });
  }

  public String executeTask() {
    return submit(
        () -> {
          List<CaseWork.PartLine> lines =
              parts.stream()
                  .filter(p -> p.getName() != null && !p.getName().isBlank())
                  .map(p -> new CaseWork.PartLine(p.getName(), p.getQuantity()))
                  .toList();
          work.execute(
              taskId,
              Actor.of(user),
              finished,
              workDone,
              cause,
              lines,
              charge,
              notFinishedReason,
              note);
          return null;
        });
  }

  public String feedbackTask() {
    return submit(
        () -> {
          work.feedback(taskId, Actor.of(user), satisfaction, satisfied, comments);
          return null;
        });
  }

  public String superviseTask() {
    return submit(
        () -> {
          work.supervise(taskId, Actor.of(user), note);
          return null;
        });
  }

  /** For a supervision task: which step of the case is overdue. */
  public String getOverdueStep() {
    Object step =
        taskId == null
            ? null
            : engine.taskService().getVariable(taskId, AfterSalesProcess.VAR_OVERDUE_STEP);
    return step == null ? null : step.toString();
  }

  public String decideTask() {
    return submit(
        () -> {
          work.decide(taskId, Actor.of(user), managerDecision, note);
          return null;
        });
  }

  private String submit(Supplier<Void> action) {
    return FormSubmission.submit(
        () -> {
          action.get();
          return null;
        },
        "form.done",
        caseNo == null ? "" : caseNo);
  }

  public void addPart() {
    parts.add(new PartRow());
  }

  public void removePart(PartRow row) {
    parts.remove(row);
  }

  /** The technicians of the dispatcher's team (all of them when the dispatcher has no team). */
  public List<StaffMember> getTechnicians() {
    String team = staff.find(user.userId()).map(StaffMember::team).orElse(null);
    return staff.withRole(Role.TECHNICIAN).stream()
        .filter(t -> team == null || team.equals(t.team()))
        .toList();
  }

  public CaseWork.Acceptance[] getAcceptances() {
    return CaseWork.Acceptance.values();
  }

  public CaseWork.ManagerDecision[] getManagerDecisions() {
    return CaseWork.ManagerDecision.values();
  }

  public NotFinishedReason[] getNotFinishedReasons() {
    return NotFinishedReason.values();
  }

  public boolean isEnquiry() {
    return serviceCase != null && serviceCase.serviceType() == ServiceType.ENQUIRY;
  }

  // --- plain accessors for the page ---

  public String getTaskId() {
    return taskId;
  }

  public String getStep() {
    return step;
  }

  public ServiceCaseView getServiceCase() {
    return serviceCase;
  }

  public CustomerView getCustomer() {
    return customer;
  }

  public CaseWork.Acceptance getDecision() {
    return decision;
  }

  public void setDecision(CaseWork.Acceptance decision) {
    this.decision = decision;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getTechnicianId() {
    return technicianId;
  }

  public void setTechnicianId(String technicianId) {
    this.technicianId = technicianId;
  }

  public LocalDateTime getAppointmentStart() {
    return appointmentStart;
  }

  public void setAppointmentStart(LocalDateTime appointmentStart) {
    this.appointmentStart = appointmentStart;
  }

  public LocalDateTime getAppointmentEnd() {
    return appointmentEnd;
  }

  public void setAppointmentEnd(LocalDateTime appointmentEnd) {
    this.appointmentEnd = appointmentEnd;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public boolean isFinished() {
    return finished;
  }

  public void setFinished(boolean finished) {
    this.finished = finished;
  }

  public String getWorkDone() {
    return workDone;
  }

  public void setWorkDone(String workDone) {
    this.workDone = workDone;
  }

  public String getCause() {
    return cause;
  }

  public void setCause(String cause) {
    this.cause = cause;
  }

  public BigDecimal getCharge() {
    return charge;
  }

  public void setCharge(BigDecimal charge) {
    this.charge = charge;
  }

  public NotFinishedReason getNotFinishedReason() {
    return notFinishedReason;
  }

  public void setNotFinishedReason(NotFinishedReason notFinishedReason) {
    this.notFinishedReason = notFinishedReason;
  }

  public List<PartRow> getParts() {
    return parts;
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

  public String getComments() {
    return comments;
  }

  public void setComments(String comments) {
    this.comments = comments;
  }

  public CaseWork.ManagerDecision getManagerDecision() {
    return managerDecision;
  }

  public void setManagerDecision(CaseWork.ManagerDecision managerDecision) {
    this.managerDecision = managerDecision;
  }
}
