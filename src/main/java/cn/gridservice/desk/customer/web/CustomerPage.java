package cn.gridservice.desk.customer.web;

import cn.gridservice.desk.customer.overview.CustomerOverview;
import cn.gridservice.desk.customer.overview.CustomerOverviews;
import cn.gridservice.desk.customer.overview.OverviewTexts;
import cn.gridservice.desk.platform.web.Messages;
import cn.gridservice.desk.security.CurrentUser;
import cn.gridservice.desk.security.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The 360° customer page (客户全景): archive and equipment, cases and complaints, open tasks, SLA
 * records, breaches and escalations, and the timeline of both.
 */
@Named
@ViewScoped
public class CustomerPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CustomerOverviews overviews;

  @Inject CurrentUser user;

  private String customerNo;
  private CustomerOverview overview;

  public void load() {
    overview = customerNo == null ? null : overviews.of(customerNo, user.roles()).orElse(null);
    if (overview == null) {
      Messages.warn("customer360.notFound", customerNo == null ? "" : customerNo);
    }
  }

  /** {@code 2天3小时} / {@code 2 d 3 h}; blank when on time. */
  public String lateness(Long seconds) {
    return OverviewTexts.lateness(seconds, Messages.locale());
  }

  /** {@code WORKING_HOURS:4} → {@code 4个工作小时} / {@code 4 working hours}. */
  public String limit(String rule) {
    return OverviewTexts.limit(rule, Messages.locale());
  }

  /**
   * Task links lead to My work's forms, which only the task roles may open (not auditors and
   * administrators).
   */
  public boolean isWorksOnTasks() {
    return user.hasAny(
        Role.AGENT,
        Role.DISPATCHER,
        Role.TECHNICIAN,
        Role.CUSTOMER_MANAGER,
        Role.COMPLAINT_HANDLER,
        Role.SERVICE_MANAGER);
  }

  public int getTimelineMax() {
    return CustomerOverviews.TIMELINE_MAX;
  }

  public String getCustomerNo() {
    return customerNo;
  }

  public void setCustomerNo(String customerNo) {
    this.customerNo = customerNo;
  }

  public CustomerOverview getOverview() {
    return overview;
  }
}
