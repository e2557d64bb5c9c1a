package cn.gridservice.desk.tasklist.queue;

import cn.gridservice.desk.customer.domain.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Keeps {@code task_queue} in step with the engine's open user tasks. The engine calls it from its
 * task listeners ({@link TaskQueuePlugin}) inside the transaction that creates, assigns, changes,
 * completes or deletes the task, so a row commits or rolls back with its task; the complaint model
 * tells it when a complaint's grade or escalation level changes, the time-limit timers when a task
 * is warned or overdue.
 */
@ApplicationScoped
public class TaskQueue {

  private static final Logger LOG = Logger.getLogger(TaskQueue.class.getName());

  // the process variables the models set (AfterSalesProcess, ComplaintProcess)
  static final String VAR_CASE_NO = "caseNo";
  static final String VAR_COMPLAINT_NO = "complaintNo";
  static final String VAR_CUSTOMER_NO = "customerNo";
  static final String VAR_SERVICE_TYPE = "serviceType";
  static final String VAR_COMPLAINT_CLASS = "complaintClass";
  static final String VAR_GRADE = "grade";
  static final String VAR_ESCALATION_LEVEL = "escalationLevel";

  @PersistenceContext EntityManager em;

  /** What a queue row is made of: the engine's task with its groups and its process's variables. */
  record TaskData(
      String id,
      String processInstanceId,
      String step,
      Date created,
      int priority,
      Date due,
      Date followUp,
      String assignee,
      List<String> groups,
      String businessKey,
      Function<String, Object> variable) {

    static TaskData of(DelegateTask task) {
      return new TaskData(
          task.getId(),
          task.getProcessInstanceId(),
          task.getTaskDefinitionKey(),
          task.getCreateTime(),
          task.getPriority(),
          task.getDueDate(),
          task.getFollowUpDate(),
          task.getAssignee(),
          groupsOf(task.getCandidates()),
          task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(),
          task::getVariable);
    }
  }

  void created(DelegateTask task) {
    em.persist(row(TaskData.of(task)));
  }

  private QueuedTask row(TaskData task) {
    Object complaintNo = task.variable().apply(VAR_COMPLAINT_NO);
    Object caseNo = task.variable().apply(VAR_CASE_NO);
    WorkType type =
        complaintNo != null
            ? WorkType.COMPLAINT
            : caseNo != null ? WorkType.SERVICE_CASE : WorkType.OTHER;
    QueuedTask row =
        new QueuedTask(task.id(), task.processInstanceId(), type, instant(task.created()));
    String reference =
        complaintNo != null
            ? complaintNo.toString()
            : caseNo != null ? caseNo.toString() : task.businessKey();
    Object subject =
        task.variable().apply(type == WorkType.COMPLAINT ? VAR_COMPLAINT_CLASS : VAR_SERVICE_TYPE);
    row.describe(truncate(reference, 20), subject == null ? null : subject.toString(), task.step());
    Object customerNo = task.variable().apply(VAR_CUSTOMER_NO);
    Customer customer =
        customerNo == null
            ? null
            : em.createNamedQuery("Customer.byNo", Customer.class)
                .setParameter("no", customerNo.toString())
                .getResultStream()
                .findFirst()
                .orElse(null);
    if (customer != null) {
      row.customer(
          customer.customerNo(),
          customer.name(),
          customer.category().name(),
          customer.area().name(),
          customer.isPriority());
    } else {
      row.customer(customerNo == null ? null : customerNo.toString(), null, null, null, false);
    }
    Object grade = task.variable().apply(VAR_GRADE);
    Object level = task.variable().apply(VAR_ESCALATION_LEVEL);
    row.escalation(
        grade == null ? null : grade.toString(), level instanceof Number n ? n.intValue() : 0);
    copyTask(row, task);
    Object flagged = task.variable().apply("slaState");
    row.slaState(flagged == null ? null : flagged.toString());
    return row;
  }

  void changed(DelegateTask task) {
    QueuedTask row = em.find(QueuedTask.class, task.getId());
    if (row == null) {
      created(task);
      return;
    }
    copyTask(row, TaskData.of(task));
  }

  void ended(DelegateTask task) {
    QueuedTask row = em.find(QueuedTask.class, task.getId());
    if (row != null) {
      em.remove(row);
    }
  }

  /** A complaint's grade or escalation level changed: every open task of it shows the new ones. */
  public void escalationChanged(String referenceNo, String grade, int level) {
    for (QueuedTask row : rowsOf(referenceNo)) {
      row.escalation(grade, level);
    }
  }

  /** The processes' escalations reach the queue as events, in the transaction that fired them. */
  void on(@Observes EscalationChanged changed) {
    escalationChanged(changed.referenceNo(), changed.grade(), changed.level());
  }

  /**
   * The processes' time-limit flags reach the queue as events, in the transaction that fired them.
   */
  void on(@Observes TaskSlaFlagged flagged) {
    slaState(flagged.taskId(), flagged.state());
  }

  /** A time-limit timer flagged the task WARNED or OVERDUE. */
  public void slaState(String taskId, String state) {
    QueuedTask row = em.find(QueuedTask.class, taskId);
    if (row != null) {
      row.slaState(state);
    }
  }

  private List<QueuedTask> rowsOf(String referenceNo) {
    return em.createNamedQuery("QueuedTask.ofReference", QueuedTask.class)
        .setParameter("no", referenceNo)
        .getResultList();
  }

  private static List<String> groupsOf(java.util.Collection<? extends IdentityLink> links) {
    return links.stream()
        .filter(
            link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .sorted()
        .toList();
  }

  private static void copyTask(QueuedTask row, TaskData task) {
    List<String> groups = task.groups();
    if (groups.size() > 1) {
      LOG.warning(
          () ->
              "task "
                  + task.step()
                  + " has "
                  + groups.size()
                  + " candidate groups "
                  + groups
                  + "; the queues show it in the first only (the models give every user task at most one)");
    }
    row.task(
        task.priority(),
        instant(task.due()),
        instant(task.followUp()),
        task.assignee(),
        groups.isEmpty() ? null : groups.get(0));
  }

  /**
   * Writes the queue afresh from the engine's open tasks when the two do not hold the same number
   * of tasks: after an upgrade from a version without the queue table, or after a repair by hand.
   * Runs at start-up; the engine's tasks are read a page at a time.
   *
   * @return how many rows were written, 0 when the queue already matched
   */
  @Transactional
  public int rebuildIfOutOfStep(ProcessEngine engine) {
    TaskService tasks = engine.getTaskService();
    long open = tasks.createTaskQuery().count();
    long rows = em.createQuery("SELECT COUNT(q) FROM QueuedTask q", Long.class).getSingleResult();
    if (open == rows) {
      return 0;
    }
    LOG.warning(
        () ->
            "The task queue holds "
                + rows
                + " rows for "
                + open
                + " open tasks: writing it afresh");
    em.createQuery("DELETE FROM QueuedTask").executeUpdate();
    int written = 0;
    int pageSize = 500;
    for (int first = 0; first < open; first += pageSize) {
      for (org.camunda.bpm.engine.task.Task task :
          tasks.createTaskQuery().orderByTaskId().asc().listPage(first, pageSize)) {
        Map<String, Object> variables = tasks.getVariables(task.getId());
        String businessKey =
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .list()
                .stream()
                .findFirst()
                .map(org.camunda.bpm.engine.runtime.ProcessInstance::getBusinessKey)
                .orElse(null);
        em.persist(
            row(
                new TaskData(
                    task.getId(),
                    task.getProcessInstanceId(),
                    task.getTaskDefinitionKey(),
                    task.getCreateTime(),
                    task.getPriority(),
                    task.getDueDate(),
                    task.getFollowUpDate(),
                    task.getAssignee(),
                    groupsOf(tasks.getIdentityLinksForTask(task.getId())),
                    businessKey,
                    variables::get)));
        written++;
      }
      em.flush();
      em.clear();
    }
    return written;
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
