package cn.gridservice.desk.complaint.application;

import cn.gridservice.desk.complaint.domain.Complaint;
import cn.gridservice.desk.complaint.domain.ComplaintEvent;
import cn.gridservice.desk.customer.notice.CustomerNotice;
import cn.gridservice.desk.customer.notice.CustomerNotices;
import cn.gridservice.desk.platform.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Tells the customer their complaint is registered and by when it will be answered (the reply limit
 * of {@code complaintLimits.dmn}); the complaint's timeline notes how ({@code CUSTOMER_NOTIFIED})
 * or that the customer must be called ({@code CUSTOMER_TO_BE_CALLED}).
 */
@ApplicationScoped
public class ComplaintNotices {

  @PersistenceContext EntityManager em;

  @Inject CustomerNotices notices;

  @Inject Clock clock;

  /**
   * Call it once the complaint's process has started and graded it, so that its reply limit is
   * known.
   */
  public void registered(Complaint complaint) {
    CustomerNotices.Delivery delivery =
        notices.tell(
            complaint.customer(),
            CustomerNotice.complaintRegistered(complaint.complaintNo(), complaint.replyDue()));
    em.persist(
        new ComplaintEvent(
            complaint,
            clock.now(),
            "system",
            delivery.mustCall() ? "CUSTOMER_TO_BE_CALLED" : "CUSTOMER_NOTIFIED",
            null,
            delivery.detail()));
  }
}
