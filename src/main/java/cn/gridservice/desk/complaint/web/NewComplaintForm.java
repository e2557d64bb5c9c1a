package cn.gridservice.desk.complaint.web;

import cn.gridservice.desk.complaint.application.Complaints;
import cn.gridservice.desk.complaint.application.NewComplaint;
import cn.gridservice.desk.complaint.domain.ComplaintClass;
import cn.gridservice.desk.complaint.domain.Referral;
import cn.gridservice.desk.customer.domain.Channel;
import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.web.FormSubmission;
import cn.gridservice.desk.platform.web.Messages;
import cn.gridservice.desk.security.CurrentUser;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * An agent registers a complaint taken by phone, at the counter or from mail / WeChat, or referred
 * to us.
 */
@Named
@ViewScoped
public class NewComplaintForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Complaints complaints;

  @Inject CurrentUser user;

  private String customerNo;
  private ComplaintClass complaintClass;
  private Channel channel = Channel.PHONE;
  private Referral referral = Referral.NONE;
  private String serviceCaseNo;
  private String description;

  public String submit() {
    try {
      Complaints.Registered registered =
          complaints.register(
              new NewComplaint(
                  customerNo,
                  complaintClass == null ? null : complaintClass.name(),
                  description,
                  referral == null ? null : referral.name(),
                  serviceCaseNo,
                  channel == null ? null : channel.name()),
              Channel.PHONE,
              null,
              user.userId());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info(
          "newComplaint.created",
          registered.complaintNo(),
          Messages.text("grade." + registered.grade().name()));
      return "/complaints/complaint?faces-redirect=true&complaintNo=" + registered.complaintNo();
    } catch (InvalidInput e) {
      FormSubmission.showProblems(e);
      return null;
    }
  }

  public List<ComplaintClass> getComplaintClasses() {
    return List.of(ComplaintClass.values());
  }

  public List<Channel> getChannels() {
    return List.of(Channel.PHONE, Channel.COUNTER, Channel.EMAIL, Channel.WECHAT);
  }

  public List<Referral> getReferrals() {
    return List.of(Referral.values());
  }

  public String getCustomerNo() {
    return customerNo;
  }

  public void setCustomerNo(String customerNo) {
    this.customerNo = customerNo;
  }

  public ComplaintClass getComplaintClass() {
    return complaintClass;
  }

  public void setComplaintClass(ComplaintClass complaintClass) {
    this.complaintClass = complaintClass;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public Referral getReferral() {
    return referral;
  }

  public void setReferral(Referral referral) {
    this.referral = referral;
  }

  public String getServiceCaseNo() {
    return serviceCaseNo;
  }

  public void setServiceCaseNo(String serviceCaseNo) {
    this.serviceCaseNo = serviceCaseNo;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
