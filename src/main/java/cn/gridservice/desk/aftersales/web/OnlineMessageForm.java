package cn.gridservice.desk.aftersales.web;

import cn.gridservice.desk.aftersales.application.AfterSalesCases;
import cn.gridservice.desk.aftersales.application.NewServiceCase;
import cn.gridservice.desk.aftersales.domain.ServiceType;
import cn.gridservice.desk.aftersales.process.AfterSalesProcess;
import cn.gridservice.desk.customer.application.CustomerQueries;
import cn.gridservice.desk.customer.domain.Channel;
import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.Times;
import cn.gridservice.desk.platform.web.Messages;
import cn.gridservice.desk.workflow.EngineServices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;

/**
 * The customers' own "online message" (在线留言), without a login: the customer number and the phone
 * number on record identify the customer; the request becomes a case like any other.
 */
@Named
@ViewScoped
public class OnlineMessageForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Who the case names as its creator when a customer submits it. */
  public static final String SUBMITTED_BY = "online";

  @Inject AfterSalesCases cases;

  @Inject CustomerQueries customers;

  /** The engine's services are not serializable; the view reaches them through this proxy. */
  @Inject EngineServices engine;

  private String customerNo;
  private String phone;
  private ServiceType serviceType = ServiceType.REPAIR;
  private String description;
  private String caseNo;
  private String firstStep;
  private OffsetDateTime firstStepDue;

  public void submit() {
    boolean known =
        customerNo != null
            && phone != null
            && customers
                .find(customerNo.strip())
                .map(c -> c.phone() != null && digits(c.phone()).equals(digits(phone)))
                .orElse(false);
    if (!known) {
      // the same answer for an unknown number and a wrong phone: the form must not reveal customers
      Messages.error("online.notRecognised");
      return;
    }
    try {
      caseNo =
          cases
              .submit(
                  new NewServiceCase(
                      customerNo, serviceType.name(), Channel.ONLINE.name(), description, null),
                  null,
                  SUBMITTED_BY)
              .caseNo();
      promise();
    } catch (InvalidInput e) {
      Messages.invalid("online.invalid", e);
    }
  }

  /**
   * What the page promises: the due date of the case's first step (acceptance, or a fault repair's
   * dispatch) as the engine set it from serviceDeadlines.dmn and the working-day calendar, not a
   * text of its own.
   */
  private void promise() {
    engine.taskService().createTaskQuery().processInstanceBusinessKey(caseNo).list().stream()
        .filter(task -> task.getDueDate() != null)
        .filter(
            task ->
                AfterSalesProcess.TASK_ACCEPT_REQUEST.equals(task.getTaskDefinitionKey())
                    || AfterSalesProcess.TASK_SCHEDULE_VISIT.equals(task.getTaskDefinitionKey()))
        .findFirst()
        .ifPresent(
            task -> {
              firstStep = task.getTaskDefinitionKey();
              firstStepDue = Times.toBusinessTime((Date) task.getDueDate());
            });
  }

  private static String digits(String text) {
    return text.replaceAll("\\D", "");
  }

  public List<ServiceType> getServiceTypes() {
    return List.of(ServiceType.values());
  }

  public String getCustomerNo() {
    return customerNo;
  }

  public void setCustomerNo(String customerNo) {
    this.customerNo = customerNo;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public ServiceType getServiceType() {
    return serviceType;
  }

  public void setServiceType(ServiceType serviceType) {
    this.serviceType = serviceType;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getCaseNo() {
    return caseNo;
  }

  /**
   * {@code acceptRequest}, or {@code scheduleVisit} for a fault repair; null when the case has no
   * such step open.
   */
  public String getFirstStep() {
    return firstStep;
  }

  /** When the first step is due, Beijing time ({@code 2026-03-02 14:30}). */
  public String getFirstStepDue() {
    return firstStepDue == null
        ? null
        : firstStepDue.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
  }
}
