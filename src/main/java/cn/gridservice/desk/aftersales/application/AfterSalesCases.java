package cn.gridservice.desk.aftersales.application;

import cn.gridservice.desk.aftersales.domain.CaseEvent;
import cn.gridservice.desk.aftersales.domain.ServiceCase;
import cn.gridservice.desk.aftersales.domain.ServiceType;
import cn.gridservice.desk.aftersales.domain.Warranty;
import cn.gridservice.desk.aftersales.process.AfterSalesProcess;
import cn.gridservice.desk.customer.application.CustomerQueries;
import cn.gridservice.desk.customer.domain.Channel;
import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.customer.domain.Equipment;
import cn.gridservice.desk.platform.DocumentNumbers;
import cn.gridservice.desk.platform.IdempotentRequests;
import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;

/** Opens after-sales cases: the case row and its process instance commit together or not at all. */
@ApplicationScoped
public class AfterSalesCases {

  @PersistenceContext EntityManager em;

  @Inject RuntimeService runtimeService;

  @Inject DocumentNumbers numbers;

  @Inject CustomerQueries customers;

  @Inject IdempotentRequests idempotentRequests;

  /** The outcome of a create: the case, and whether it was created earlier under the same key. */
  public record Submitted(String caseNo, boolean replayed) {}

  static final String IDEMPOTENCY_SCOPE = "service-case";

  /**
   * Opens a case from an outside request after checking every field. With an idempotency key, a
   * retry of the same request returns the case the first one created.
   */
  @Transactional
  public Submitted submit(NewServiceCase request, String idempotencyKey, String submittedBy) {
    NewServiceCase.Checked checked = request.check();
    IdempotentRequests.Created created =
        idempotentRequests.createOnce(
            IDEMPOTENCY_SCOPE,
            idempotencyKey,
            submittedBy,
            checked.fingerprint(),
            () ->
                submit(
                        checked.customerNo(),
                        checked.serviceType(),
                        checked.channel(),
                        checked.description(),
                        checked.warranty(),
                        submittedBy)
                    .caseNo());
    return new Submitted(created.ref(), created.replayed());
  }

  @Transactional
  public ServiceCase submit(
      String customerNo,
      ServiceType type,
      Channel channel,
      String description,
      String submittedBy) {
    return submit(customerNo, type, channel, description, null, submittedBy);
  }

  /**
   * @param statedWarranty the agent's entry, or null to let the customer's equipment record decide
   */
  @Transactional
  public ServiceCase submit(
      String customerNo,
      ServiceType type,
      Channel channel,
      String description,
      Warranty statedWarranty,
      String submittedBy) {
    Customer customer =
        customers
            .find(customerNo)
            .orElseThrow(
                () ->
                    InvalidInput.of(
                        "customerNo", "invalid.serviceCase.customerUnknown", customerNo));
    ServiceCase serviceCase =
        new ServiceCase(
            numbers.next(ServiceCase.NUMBER_PREFIX),
            customer,
            type,
            channel,
            description,
            submittedBy);
    serviceCase.warranty(
        Warranty.of(
            statedWarranty,
            em.createNamedQuery("Equipment.ofCustomer", Equipment.class)
                .setParameter("no", customer.customerNo())
                .getResultList(),
            LocalDate.now(Times.BUSINESS_ZONE)));
    em.persist(serviceCase);
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(
            AfterSalesProcess.PROCESS_KEY,
            serviceCase.caseNo(),
            Variables.createVariables()
                .putValue(AfterSalesProcess.VAR_CASE_NO, serviceCase.caseNo())
                .putValue(AfterSalesProcess.VAR_CUSTOMER_NO, customer.customerNo())
                .putValue(AfterSalesProcess.VAR_SERVICE_TYPE, type.name())
                .putValue(AfterSalesProcess.VAR_PRIORITY_CUSTOMER, customer.isPriority())
                .putValue(AfterSalesProcess.VAR_AREA, customer.area().name())
                .putValue(AfterSalesProcess.VAR_SUBMITTED_AT, Date.from(serviceCase.createdAt())));
    serviceCase.startedAs(instance.getId());
    em.persist(
        new CaseEvent(
            serviceCase,
            serviceCase.createdAt(),
            submittedBy,
            "SUBMITTED",
            null,
            channel + ": " + description));
    return serviceCase;
  }
}
