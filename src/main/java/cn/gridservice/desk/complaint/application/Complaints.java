package cn.gridservice.desk.complaint.application;

import cn.gridservice.desk.complaint.domain.Complaint;
import cn.gridservice.desk.complaint.domain.ComplaintEvent;
import cn.gridservice.desk.complaint.domain.Grade;
import cn.gridservice.desk.complaint.domain.LinkedCase;
import cn.gridservice.desk.complaint.process.ComplaintGrading;
import cn.gridservice.desk.complaint.process.ComplaintProcess;
import cn.gridservice.desk.customer.application.CustomerQueries;
import cn.gridservice.desk.customer.domain.Channel;
import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.platform.Clock;
import cn.gridservice.desk.platform.DocumentNumbers;
import cn.gridservice.desk.platform.IdempotentRequests;
import cn.gridservice.desk.platform.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Registers complaints: the complaint row, the link to an earlier complaint it repeats and its
 * process instance (which grades it) commit together or not at all.
 */
@ApplicationScoped
public class Complaints {

  static final String IDEMPOTENCY_SCOPE = "complaint";

  @PersistenceContext EntityManager em;

  @Inject RuntimeService runtimeService;

  @Inject DocumentNumbers numbers;

  @Inject CustomerQueries customers;

  @Inject IdempotentRequests idempotentRequests;

  @Inject ComplaintGrading grading;

  @Inject ComplaintNotices notices;

  @Inject Clock clock;

  /**
   * The outcome of a registration: the complaint, its grade, and whether an earlier retry created
   * it.
   */
  public record Registered(String complaintNo, Grade grade, boolean replayed) {}

  @Transactional
  public Registered register(
      NewComplaint request, Channel defaultChannel, String idempotencyKey, String registeredBy) {
    NewComplaint.Checked checked = request.check(defaultChannel);
    IdempotentRequests.Created created =
        idempotentRequests.createOnce(
            IDEMPOTENCY_SCOPE,
            idempotencyKey,
            registeredBy,
            checked.fingerprint(),
            () -> register(checked, registeredBy).complaintNo());
    Complaint complaint = byNo(created.ref());
    return new Registered(complaint.complaintNo(), complaint.grade(), created.replayed());
  }

  private Complaint register(NewComplaint.Checked checked, String registeredBy) {
    Customer customer =
        customers
            .find(checked.customerNo())
            .orElseThrow(
                () ->
                    InvalidInput.of(
                        "customerNo", "invalid.serviceCase.customerUnknown", checked.customerNo()));
    LinkedCase serviceCase = null;
    if (checked.serviceCaseNo() != null) {
      serviceCase =
          em.createNamedQuery("LinkedCase.byNo", LinkedCase.class)
              .setParameter("no", checked.serviceCaseNo())
              .getResultStream()
              .findFirst()
              .orElseThrow(
                  () ->
                      InvalidInput.of(
                          "serviceCaseNo",
                          "invalid.complaint.serviceCaseUnknown",
                          checked.serviceCaseNo()));
      if (!serviceCase.customer().equals(customer)) {
        throw InvalidInput.of(
            "serviceCaseNo",
            "invalid.complaint.serviceCaseOfOtherCustomer",
            checked.serviceCaseNo(),
            customer.customerNo());
      }
    }
    Instant now = clock.now();
    Complaint complaint =
        new Complaint(
            numbers.next(Complaint.NUMBER_PREFIX),
            customer,
            checked.complaintClass(),
            checked.channel(),
            checked.referral(),
            checked.description(),
            now,
            registeredBy);
    complaint.linkCase(serviceCase);
    em.persist(complaint);
    Complaint earlier =
        em.createNamedQuery("Complaint.earlierOfClass", Complaint.class)
            .setParameter("customer", customer)
            .setParameter("class", checked.complaintClass())
            .setParameter("since", now.minus(Duration.ofDays(grading.repeatWindowDays())))
            .setParameter("self", complaint.id())
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    complaint.repeats(earlier);
    em.persist(
        new ComplaintEvent(
            complaint,
            now,
            registeredBy,
            "REGISTERED",
            null,
            checked.channel() + ": " + checked.description()));
    if (earlier != null) {
      em.persist(
          new ComplaintEvent(complaint, now, "system", "REPEAT_OF", null, earlier.complaintNo()));
    }
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(
            ComplaintProcess.PROCESS_KEY,
            complaint.complaintNo(),
            Variables.createVariables()
                .putValue(ComplaintProcess.VAR_COMPLAINT_NO, complaint.complaintNo())
                .putValue(ComplaintProcess.VAR_CUSTOMER_NO, customer.customerNo())
                .putValue(ComplaintProcess.VAR_COMPLAINT_CLASS, checked.complaintClass().name())
                .putValue(ComplaintProcess.VAR_REFERRAL, checked.referral().name())
                .putValue(ComplaintProcess.VAR_HIGH_RISK, customer.isHighRisk())
                .putValue(ComplaintProcess.VAR_KEY_ACCOUNT, customer.isKeyAccount())
                .putValue(ComplaintProcess.VAR_REPEAT, earlier != null)
                .putValue(ComplaintProcess.VAR_ACCEPTED_AT, Date.from(now))
                .putValue(ComplaintProcess.VAR_REPLY_COUNTS_FROM, Date.from(now))
                .putValue(ComplaintProcess.VAR_CONTACTED, false)
                .putValue(ComplaintProcess.VAR_REOPEN_COUNT, 0)
                .putValue(ComplaintProcess.VAR_ESCALATION_LEVEL, 0));
    complaint.startedAs(instance.getId());
    notices.registered(complaint);
    return complaint;
  }

  private Complaint byNo(String complaintNo) {
    return em.createNamedQuery("Complaint.byNo", Complaint.class)
        .setParameter("no", complaintNo)
        .getSingleResult();
  }
}
