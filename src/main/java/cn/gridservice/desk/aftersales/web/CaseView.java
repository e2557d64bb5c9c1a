package cn.gridservice.desk.aftersales.web;

import cn.gridservice.desk.aftersales.application.CaseRequests;
import cn.gridservice.desk.aftersales.application.ServiceCaseQueries;
import cn.gridservice.desk.aftersales.application.ServiceCaseView;
import cn.gridservice.desk.aftersales.domain.CaseStatus;
import cn.gridservice.desk.customer.application.CustomerQueries;
import cn.gridservice.desk.customer.application.CustomerView;
import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.NotPermitted;
import cn.gridservice.desk.platform.web.Messages;
import cn.gridservice.desk.security.CurrentUser;
import cn.gridservice.desk.security.May;
import cn.gridservice.desk.security.Permission;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The case page: the customer, the open steps with their due dates, and the timeline. */
@Named
@ViewScoped
public class CaseView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ServiceCaseQueries cases;

  @Inject CustomerQueries customers;

  @Inject CurrentUser user;

  @Inject CaseRequests requests;

  @Inject May may;

  private String caseNo;
  private String information;
  private String cancelReason;
  private ServiceCaseView serviceCase;
  private CustomerView customer;
  private List<ServiceCaseQueries.TimelineEntry> timeline;

  public void load() {
    serviceCase = caseNo == null ? null : cases.byNumber(caseNo, user.roles()).orElse(null);
    if (serviceCase == null) {
      Messages.warn("case.notFound", caseNo == null ? "" : caseNo);
      return;
    }
    customer = customers.byNumber(serviceCase.customerNo(), user.roles()).orElse(null);
    timeline = cases.timeline(caseNo, user.roles());
  }

  public void addInformation() {
    try {
      may.require(Permission.ADD_CASE_INFORMATION);
      requests.addInformation(caseNo, user.userId(), information);
      information = null;
      Messages.info("case.informationAdded");
      load();
    } catch (InvalidInput e) {
      Messages.invalid("form.invalid", e);
    } catch (CaseRequests.CaseStateConflict e) {
      Messages.warn("form.invalid", e.getMessage());
    } catch (NotPermitted e) {
      Messages.warn("form.notPermitted");
    }
  }

  public void cancel() {
    try {
      may.require(Permission.CANCEL_CASE);
      requests.cancel(caseNo, user.userId(), cancelReason);
      Messages.info("case.cancelled");
      load();
    } catch (InvalidInput e) {
      Messages.invalid("form.invalid", e);
    } catch (CaseRequests.CaseStateConflict e) {
      Messages.warn("form.invalid", e.getMessage());
    } catch (NotPermitted e) {
      Messages.warn("form.notPermitted");
    }
  }

  public boolean isOpen() {
    return serviceCase != null && serviceCase.status() == CaseStatus.OPEN;
  }

  public String getInformation() {
    return information;
  }

  public void setInformation(String information) {
    this.information = information;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }

  public String getCaseNo() {
    return caseNo;
  }

  public void setCaseNo(String caseNo) {
    this.caseNo = caseNo;
  }

  public ServiceCaseView getServiceCase() {
    return serviceCase;
  }

  public CustomerView getCustomer() {
    return customer;
  }

  public List<ServiceCaseQueries.TimelineEntry> getTimeline() {
    return timeline;
  }
}
