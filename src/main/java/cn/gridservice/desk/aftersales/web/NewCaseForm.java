package cn.gridservice.desk.aftersales.web;

import cn.gridservice.desk.aftersales.application.AfterSalesCases;
import cn.gridservice.desk.aftersales.application.NewServiceCase;
import cn.gridservice.desk.aftersales.domain.ServiceType;
import cn.gridservice.desk.aftersales.domain.Warranty;
import cn.gridservice.desk.customer.domain.Channel;
import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.web.Messages;
import cn.gridservice.desk.security.CurrentUser;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** An agent records a request taken by phone, at the counter or from mail / WeChat. */
@Named
@ViewScoped
public class NewCaseForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AfterSalesCases cases;

  @Inject CurrentUser user;

  private String customerNo;
  private ServiceType serviceType = ServiceType.REPAIR;
  private Channel channel = Channel.PHONE;
  private String description;

  /** The agent's word on the warranty; null lets the equipment record decide. */
  private Warranty warranty;

  public String submit() {
    try {
      String caseNo =
          cases
              .submit(
                  new NewServiceCase(
                      customerNo,
                      serviceType == null ? null : serviceType.name(),
                      channel == null ? null : channel.name(),
                      description,
                      warranty == null ? null : warranty.name()),
                  null,
                  user.userId())
              .caseNo();
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info("newCase.created", caseNo);
      return "/cases/case?faces-redirect=true&caseNo=" + caseNo;
    } catch (InvalidInput e) {
      Messages.invalid("form.invalid", e);
      return null;
    }
  }

  public List<ServiceType> getServiceTypes() {
    return List.of(ServiceType.values());
  }

  public List<Channel> getChannels() {
    return List.of(Channel.PHONE, Channel.COUNTER, Channel.EMAIL, Channel.WECHAT);
  }

  public List<Warranty> getWarranties() {
    return List.of(Warranty.IN_WARRANTY, Warranty.OUT_OF_WARRANTY);
  }

  public Warranty getWarranty() {
    return warranty;
  }

  public void setWarranty(Warranty warranty) {
    this.warranty = warranty;
  }

  public String getCustomerNo() {
    return customerNo;
  }

  public void setCustomerNo(String customerNo) {
    this.customerNo = customerNo;
  }

  public ServiceType getServiceType() {
    return serviceType;
  }

  public void setServiceType(ServiceType serviceType) {
    this.serviceType = serviceType;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
