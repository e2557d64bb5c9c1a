package cn.gridservice.desk.aftersales.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gridservice.desk.aftersales.application.AfterSalesCases;
import cn.gridservice.desk.aftersales.application.NewServiceCase;
import cn.gridservice.desk.aftersales.domain.Channel;
import cn.gridservice.desk.aftersales.domain.ServiceType;
import cn.gridservice.desk.customer.application.CustomerQueries;
import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.web.Messages;

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

  @Inject
  AfterSalesCases cases;

  @Inject
  CustomerQueries customers;

  private String customerNo;
  private String phone;
  private ServiceType serviceType = ServiceType.REPAIR;
  private String description;
  private String caseNo;

  public void submit() {
    boolean known = customerNo != null && phone != null && customers.find(customerNo.strip())
        .map(c -> c.phone() != null && digits(c.phone()).equals(digits(phone)))
        .orElse(false);
    if (!known) {
      // the same answer for an unknown number and a wrong phone: the form must not reveal customers
      Messages.error("online.notRecognised");
      return;
    }
    try {
      caseNo = cases.submit(new NewServiceCase(customerNo, serviceType.name(), Channel.ONLINE.name(), description, null),
          null, SUBMITTED_BY).caseNo();
    } catch (InvalidInput e) {
      Messages.invalid("online.invalid", e);
    }
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
}
