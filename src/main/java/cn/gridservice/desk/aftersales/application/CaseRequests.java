package cn.gridservice.desk.aftersales.application;

import cn.gridservice.desk.aftersales.domain.CaseEvent;
import cn.gridservice.desk.aftersales.domain.CaseStatus;
import cn.gridservice.desk.aftersales.domain.ServiceCase;
import cn.gridservice.desk.aftersales.process.AfterSalesProcess;
import cn.gridservice.desk.platform.Clock;
import cn.gridservice.desk.platform.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * What the customer asks of a running case outside its steps: withdraw it before anyone is on the
 * way, or add information that every open step sees. Each is refused for a case that is no longer
 * open.
 */
@ApplicationScoped
public class CaseRequests {

  public static final int MAX_TEXT = CaseWork.MAX_TEXT;

  @PersistenceContext EntityManager em;

  @Inject TaskService taskService;

  @Inject RuntimeService runtimeService;

  @Inject Clock clock;

  /** Steps before anyone went on site: until then the customer may still cancel. */
  static final Set<String> CANCELLABLE_STEPS =
      Set.of(AfterSalesProcess.TASK_ACCEPT_REQUEST, AfterSalesProcess.TASK_SCHEDULE_VISIT);

  /**
   * The customer withdraws the request before execution (the model's {@code serviceCancelled}
   * message); once a technician is on the way it can no longer be cancelled here.
   */
  @Transactional
  public void cancel(String caseNo, String user, String reason) {
    ServiceCase serviceCase = openCase(caseNo);
    if (reason == null || reason.isBlank()) {
      throw InvalidInput.of("reason", "invalid.cancel.reasonRequired");
    }
    if (reason.length() > MAX_TEXT) {
      throw InvalidInput.of("reason", "invalid.reason.tooLong", MAX_TEXT);
    }
    List<Task> open =
        taskService.createTaskQuery().processInstanceId(serviceCase.processInstanceId()).list();
    // a supervision task (督办) watches a step; it goes with the case and does not block cancelling
    open =
        open.stream()
            .filter(
                t ->
                    !AfterSalesProcess.TASK_SUPERVISE_OVERDUE_STEP.equals(t.getTaskDefinitionKey()))
            .toList();
    if (open.stream().anyMatch(t -> !CANCELLABLE_STEPS.contains(t.getTaskDefinitionKey()))) {
      throw new CaseStateConflict(
          "case "
              + caseNo
              + " is already at "
              + open.get(0).getTaskDefinitionKey()
              + "; only a case waiting for acceptance or scheduling can be cancelled");
    }
    serviceCase.close(CaseStatus.CANCELLED);
    em.persist(new CaseEvent(serviceCase, clock.now(), user, "CANCELLED", null, reason));
    runtimeService
        .createMessageCorrelation(AfterSalesProcess.MESSAGE_SERVICE_CANCELLED)
        .processInstanceId(serviceCase.processInstanceId())
        .correlate();
  }

  /**
   * The customer adds information: it goes on the case's timeline and onto every open task as a
   * comment.
   */
  @Transactional
  public void addInformation(String caseNo, String user, String text) {
    ServiceCase serviceCase = openCase(caseNo);
    InvalidInput.Collector errors = InvalidInput.collect();
    if (text == null || text.isBlank()) {
      errors.add("text", "invalid.information.empty");
    }
    errors.maxLength("text", text, MAX_TEXT, "invalid.information.tooLong", MAX_TEXT);
    errors.throwIfAny();
    em.persist(new CaseEvent(serviceCase, clock.now(), user, "INFO_ADDED", null, text.strip()));
    for (Task task :
        taskService.createTaskQuery().processInstanceId(serviceCase.processInstanceId()).list()) {
      taskService.createComment(task.getId(), serviceCase.processInstanceId(), text.strip());
    }
  }

  private ServiceCase openCase(String caseNo) {
    ServiceCase serviceCase =
        em.createNamedQuery("ServiceCase.byNo", ServiceCase.class)
            .setParameter("no", caseNo)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new CaseNotFound(caseNo));
    if (serviceCase.status() != CaseStatus.OPEN) {
      throw new CaseStateConflict("case " + caseNo + " is " + serviceCase.status());
    }
    return serviceCase;
  }

  /** There is no such case. */
  public static class CaseNotFound extends RuntimeException {
    public CaseNotFound(String caseNo) {
      super("no service case " + caseNo);
    }
  }

  /** The case is not in a state that allows this. */
  public static class CaseStateConflict extends RuntimeException {
    public CaseStateConflict(String message) {
      super(message);
    }
  }
}
