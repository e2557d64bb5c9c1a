package cn.gridservice.desk.aftersales.application;

import cn.gridservice.desk.aftersales.domain.Appointment;
import cn.gridservice.desk.aftersales.domain.CaseEvent;
import cn.gridservice.desk.aftersales.domain.ServiceCase;
import cn.gridservice.desk.customer.notice.CustomerNotice;
import cn.gridservice.desk.customer.notice.CustomerNotices;
import cn.gridservice.desk.platform.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * What the customer hears about their case ({@link CustomerNotices}): that it was accepted, when
 * the visit is, and that the visit moved — every scheduling after the first (a visit not finished,
 * a reopen, the service manager's reschedule) that agrees another window. Each notice is a line on
 * the case's timeline: {@code CUSTOMER_NOTIFIED} with how it went out, or {@code
 * CUSTOMER_TO_BE_CALLED} when neither mail nor SMS reaches the customer.
 */
@ApplicationScoped
public class CaseNotices {

  static final String LATEST_APPOINTMENT =
      "SELECT a FROM Appointment a WHERE a.serviceCase = :c"
          + " ORDER BY a.scheduledAt DESC, a.id DESC";

  @PersistenceContext EntityManager em;

  @Inject CustomerNotices notices;

  @Inject Clock clock;

  /**
   * The request was accepted (not for a rejection, which {@code CaseWork} explains itself, nor an
   * answered enquiry).
   */
  public void accepted(ServiceCase serviceCase, String step) {
    record(
        serviceCase,
        step,
        notices.tell(serviceCase.customer(), CustomerNotice.caseAccepted(serviceCase.caseNo())));
  }

  /**
   * The visit was agreed: call it once the new appointment is stored. The appointment before it, if
   * any, with another window makes this a moved visit.
   */
  public void visitAgreed(ServiceCase serviceCase, String step) {
    List<Appointment> latest =
        em.createQuery(LATEST_APPOINTMENT, Appointment.class)
            .setParameter("c", serviceCase)
            .setMaxResults(2)
            .getResultList();
    if (latest.isEmpty()) {
      return;
    }
    Appointment agreed = latest.get(0);
    Appointment previous = latest.size() > 1 ? latest.get(1) : null;
    CustomerNotice notice =
        previous != null
                && !(previous.startsAt().equals(agreed.startsAt())
                    && previous.endsAt().equals(agreed.endsAt()))
            ? CustomerNotice.visitMoved(
                serviceCase.caseNo(),
                agreed.startsAt(),
                agreed.endsAt(),
                previous.startsAt(),
                previous.endsAt())
            : CustomerNotice.visitScheduled(
                serviceCase.caseNo(), agreed.startsAt(), agreed.endsAt());
    record(serviceCase, step, notices.tell(serviceCase.customer(), notice));
  }

  private void record(ServiceCase serviceCase, String step, CustomerNotices.Delivery delivery) {
    em.persist(
        new CaseEvent(
            serviceCase,
            clock.now(),
            "system",
            delivery.mustCall() ? "CUSTOMER_TO_BE_CALLED" : "CUSTOMER_NOTIFIED",
            step,
            delivery.detail()));
  }
}
