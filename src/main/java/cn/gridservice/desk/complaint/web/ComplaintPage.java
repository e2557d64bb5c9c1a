package cn.gridservice.desk.complaint.web;

import cn.gridservice.desk.complaint.application.ComplaintQueries;
import cn.gridservice.desk.complaint.application.ComplaintView;
import cn.gridservice.desk.customer.application.CustomerQueries;
import cn.gridservice.desk.customer.application.CustomerView;
import cn.gridservice.desk.platform.Clock;
import cn.gridservice.desk.platform.web.Messages;
import cn.gridservice.desk.security.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The complaint page: grade, escalation level, both limits with the time left, the records and the
 * timeline.
 */
@Named
@ViewScoped
public class ComplaintPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ComplaintQueries complaints;

  @Inject CustomerQueries customers;

  @Inject CurrentUser user;

  @Inject Clock clock;

  private String complaintNo;
  private ComplaintView complaint;
  private ComplaintView.Details details;
  private CustomerView customer;
  private List<ComplaintView.TimelineEntry> timeline = List.of();

  public void load() {
    complaint =
        complaintNo == null ? null : complaints.byNumber(complaintNo, user.roles()).orElse(null);
    if (complaint == null) {
      Messages.warn("complaint.notFound", complaintNo == null ? "" : complaintNo);
      return;
    }
    details = complaints.details(complaintNo, user.roles());
    timeline = complaints.timeline(complaintNo, user.roles());
    customer = customers.byNumber(complaint.customerNo(), user.roles()).orElse(null);
  }

  public long getContactHoursLeft() {
    return complaint == null ? 0 : ComplaintTaskForm.hoursLeft(clock.now(), complaint.contactDue());
  }

  public long getReplyHoursLeft() {
    return complaint == null ? 0 : ComplaintTaskForm.hoursLeft(clock.now(), complaint.replyDue());
  }

  public String getComplaintNo() {
    return complaintNo;
  }

  public void setComplaintNo(String complaintNo) {
    this.complaintNo = complaintNo;
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

  public List<ComplaintView.TimelineEntry> getTimeline() {
    return timeline;
  }
}
