package cn.gridservice.desk.tasklist;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import cn.gridservice.desk.aftersales.process.AfterSalesProcess;
import cn.gridservice.desk.complaint.domain.Grade;
import cn.gridservice.desk.complaint.process.ComplaintProcess;
import cn.gridservice.desk.customer.domain.Area;
import cn.gridservice.desk.customer.domain.CustomerCategory;
import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.Times;
import cn.gridservice.desk.platform.web.FormSubmission;
import cn.gridservice.desk.platform.web.Messages;
import cn.gridservice.desk.platform.NotPermitted;
import cn.gridservice.desk.security.CurrentUser;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.staff.application.StaffDirectory;
import cn.gridservice.desk.staff.domain.StaffMember;
import cn.gridservice.desk.tasklist.queue.Queue;
import cn.gridservice.desk.tasklist.queue.QueueFilter;
import cn.gridservice.desk.tasklist.queue.QueueItem;
import cn.gridservice.desk.tasklist.queue.QueueKind;
import cn.gridservice.desk.tasklist.queue.QueueSort;
import cn.gridservice.desk.tasklist.queue.SavedFilter;
import cn.gridservice.desk.tasklist.queue.SavedFilters;
import cn.gridservice.desk.tasklist.queue.TaskQueueQueries;
import cn.gridservice.desk.tasklist.queue.Viewer;
import cn.gridservice.desk.tasklist.queue.WorkType;

/**
 * "My work": one of the user's queues a page at a time, most urgent first or sorted by any column,
 * narrowed by a filter the user may save; it refreshes itself every few seconds, so new tasks appear
 * and tasks others took vanish without a reload.
 */
@Named
@ViewScoped
public class MyWorkView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** PrimeFaces' sort field (from {@code sortBy="#{t.due()}"}) → the queue's sort column. */
  private static final Map<String, String> SORT_COLUMNS = Map.of("due", "due", "created", "created", "priority", "priority",
      "escalationLevel", "escalation", "referenceNo", "reference", "customerName", "customer", "step", "step",
      "workType", "type", "assignee", "assignee");

  @Inject
  TaskQueueQueries queues;

  @Inject
  SavedFilters savedFilters;

  @Inject
  CurrentUser user;

  @Inject
  TaskHandOver actions;

  @Inject
  StaffDirectory staff;

  private String queueId;
  // the filter
  private WorkType workType;
  private String step;
  private CustomerCategory category;
  private Area area;
  private Grade grade;
  private LocalDateTime dueFrom;
  private LocalDateTime dueTo;
  private String text;
  private String filterName;
  private Long savedFilterId;
  // bulk actions of team leaders
  private List<QueueItem> selected = new java.util.ArrayList<>();
  private String colleagueId;

  private final LazyDataModel<QueueItem> tasks = new LazyDataModel<>() {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) queues.count(queue(), filter(), viewer());
    }

    @Override
    public List<QueueItem> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      // count() above has counted them already
      return queues.items(queue(), filter(), sort(sortBy), viewer(), first, pageSize);
    }

    @Override
    public String getRowKey(QueueItem item) {
      return item.taskId();
    }
  };

  public Queue queue() {
    try {
      Queue queue = Queue.parse(queueId);
      if (queue.group() != null && !viewer().groups().contains(queue.group().name())) {
        return Queue.all();
      }
      return queue;
    } catch (IllegalArgumentException e) {
      return Queue.all();
    }
  }

  private Viewer viewer() {
    return Viewer.of(user);
  }

  private QueueFilter filter() {
    return new QueueFilter(workType, blankToNull(step), category == null ? null : category.name(),
        area == null ? null : area.name(), grade == null ? null : grade.name(), instant(dueFrom), instant(dueTo),
        blankToNull(text));
  }

  private static QueueSort sort(Map<String, SortMeta> sortBy) {
    if (sortBy == null || sortBy.isEmpty()) {
      return QueueSort.urgency();
    }
    SortMeta meta = sortBy.values().iterator().next();
    if (meta.getOrder() == null || meta.getOrder() == SortOrder.UNSORTED) {
      return QueueSort.urgency();
    }
    String field = meta.getField() == null ? "" : meta.getField().replace("()", "");
    field = field.substring(field.lastIndexOf('.') + 1);
    String column = SORT_COLUMNS.get(field);
    return column == null ? QueueSort.urgency() : new QueueSort(column, meta.getOrder() == SortOrder.DESCENDING);
  }

  public LazyDataModel<QueueItem> getTasks() {
    return tasks;
  }

  /** Applies the filter (the table reloads from its first page). */
  public void apply() {
    if (text != null && text.strip().length() > QueueFilter.MAX_TEXT) {
      text = text.strip().substring(0, QueueFilter.MAX_TEXT);
    }
  }

  public void clear() {
    workType = null;
    step = null;
    category = null;
    area = null;
    grade = null;
    dueFrom = null;
    dueTo = null;
    text = null;
    savedFilterId = null;
  }

  public void saveFilter() {
    try {
      SavedFilter saved = savedFilters.save(user.userId(), filterName, queue(), filter());
      savedFilterId = saved.id();
      Messages.info("work.filter.saved", saved.name());
    } catch (InvalidInput e) {
      FormSubmission.showProblems(e);
    }
  }

  /** Opens a saved filter: its queue and its conditions. */
  public String openSavedFilter() {
    if (savedFilterId == null) {
      return null;
    }
    for (SavedFilter saved : savedFilters.of(user.userId())) {
      if (saved.id().equals(savedFilterId)) {
        QueueFilter f = saved.filter();
        workType = f.workType();
        step = f.step();
        category = f.customerCategory() == null ? null : CustomerCategory.valueOf(f.customerCategory());
        area = f.area() == null ? null : Area.valueOf(f.area());
        grade = f.grade() == null ? null : Grade.valueOf(f.grade());
        dueFrom = local(f.dueFrom());
        dueTo = local(f.dueTo());
        text = f.text();
        queueId = saved.queue().id();
        filterName = saved.name();
      }
    }
    return null;
  }

  public void deleteSavedFilter() {
    if (savedFilterId != null) {
      savedFilters.delete(user.userId(), savedFilterId);
      savedFilterId = null;
      Messages.info("work.filter.deleted");
    }
  }

  public List<SavedFilter> getSavedFilters() {
    return savedFilters.of(user.userId());
  }

  public void claim(QueueItem item) {
    try {
      actions.claim(item.taskId(), Actor.of(user));
      Messages.info("work.claimed", Messages.text("step." + item.step()), item.referenceNo() == null ? "" : item.referenceNo());
    } catch (TaskClaimConflict e) {
      FormSubmission.showConflict(e);
    }
  }

  public boolean isTeamLeader() {
    return Actor.of(user).isTeamLeader();
  }

  /** Colleagues a team leader may hand tasks to: active staff with a role that works on tasks. */
  public List<StaffMember> getColleagues() {
    return Role.TASK_ROLES.stream().flatMap(role -> staff.withRole(role).stream())
        .filter(StaffMember::isActive).distinct()
        .sorted(java.util.Comparator.comparing(StaffMember::userId)).toList();
  }

  public void bulkClaim() {
    bulk(() -> actions.bulkClaim(selectedIds(), Actor.of(user)));
  }

  public void bulkAssign() {
    bulk(() -> actions.bulkAssign(selectedIds(), colleagueId, Actor.of(user)));
  }

  private void bulk(java.util.function.Supplier<List<TaskHandOver.BulkResult>> action) {
    try {
      List<TaskHandOver.BulkResult> results = action.get();
      Map<TaskHandOver.Outcome, Long> counts = results.stream()
          .collect(java.util.stream.Collectors.groupingBy(TaskHandOver.BulkResult::outcome, java.util.stream.Collectors.counting()));
      Messages.info("work.bulk.done", counts.getOrDefault(TaskHandOver.Outcome.DONE, 0L),
          counts.getOrDefault(TaskHandOver.Outcome.TAKEN, 0L), counts.getOrDefault(TaskHandOver.Outcome.GONE, 0L),
          counts.getOrDefault(TaskHandOver.Outcome.REFUSED, 0L));
      results.stream().filter(r -> r.outcome() == TaskHandOver.Outcome.REFUSED && r.refusal() != null)
          .forEach(r -> Messages.invalid("form.invalid", r.refusal()));
      selected = new java.util.ArrayList<>();
    } catch (InvalidInput e) {
      FormSubmission.showProblems(e);
    } catch (NotPermitted e) {
      Messages.warn("work.bulk.teamLeadersOnly");
    }
  }

  private List<String> selectedIds() {
    return selected == null ? List.of() : selected.stream().map(QueueItem::taskId).toList();
  }

  public List<QueueItem> getSelected() {
    return selected;
  }

  public void setSelected(List<QueueItem> selected) {
    this.selected = selected;
  }

  public String getColleagueId() {
    return colleagueId;
  }

  public void setColleagueId(String colleagueId) {
    this.colleagueId = colleagueId;
  }

  public boolean isMine(QueueItem item) {
    return user.userId().equals(item.assignee());
  }

  /** Row colour: on time, warned, overdue (past due counts as overdue whatever the timers did yet). */
  public String rowStyle(QueueItem item) {
    return "task-row" + (item.state() == null ? "" : " state-" + item.state().toLowerCase(Locale.ROOT));
  }

  /** "3 h 20 min", "−1 d 2 h" (overdue) or "" without a due date. */
  public String timeLeft(QueueItem item) {
    Long minutes = item.minutesLeft(ClockUtil.getCurrentTime().toInstant());
    if (minutes == null) {
      return "";
    }
    long abs = Math.abs(minutes);
    String sign = minutes < 0 ? "−" : "";
    if (abs >= 24 * 60) {
      return sign + Messages.text("work.left.days", abs / (24 * 60), (abs % (24 * 60)) / 60);
    }
    return sign + Messages.text("work.left.hours", abs / 60, abs % 60);
  }

  /** The steps of both models, for the step filter. */
  public List<String> getSteps() {
    return List.of(AfterSalesProcess.TASK_ACCEPT_REQUEST, AfterSalesProcess.TASK_SCHEDULE_VISIT,
        AfterSalesProcess.TASK_EXECUTE_SERVICE, AfterSalesProcess.TASK_RECORD_FEEDBACK,
        AfterSalesProcess.TASK_DECIDE_ESCALATED_CASE, AfterSalesProcess.TASK_SUPERVISE_OVERDUE_STEP,
        ComplaintProcess.TASK_CONTACT_CUSTOMER, ComplaintProcess.TASK_INVESTIGATE, ComplaintProcess.TASK_PROVIDE_INPUT,
        ComplaintProcess.TASK_APPROVE_REPLY, ComplaintProcess.TASK_REPLY_TO_CUSTOMER, ComplaintProcess.TASK_FOLLOW_UP_CALL,
        ComplaintProcess.TASK_SUPERVISE_CONTACT, ComplaintProcess.TASK_SUPERVISE_REPLY,
        ComplaintProcess.TASK_ACKNOWLEDGE_ESCALATION);
  }

  public List<Queue> getQueues() {
    return TaskQueueQueries.queuesOf(viewer());
  }

  public WorkType[] getWorkTypes() {
    return new WorkType[] {WorkType.SERVICE_CASE, WorkType.COMPLAINT};
  }

  public CustomerCategory[] getCategories() {
    return CustomerCategory.values();
  }

  public Area[] getAreas() {
    return Area.values();
  }

  public Grade[] getGrades() {
    return Grade.values();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Instant instant(LocalDateTime local) {
    return local == null ? null : local.atZone(Times.BUSINESS_ZONE).toInstant();
  }

  private static LocalDateTime local(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, Times.BUSINESS_ZONE);
  }

  // --- plain accessors for the page ---

  public String getQueueId() {
    return queueId;
  }

  public void setQueueId(String queueId) {
    this.queueId = queueId;
  }

  /** The heading after "My work": nothing for the landing queue. */
  public String getQueueLabel() {
    Queue queue = queue();
    if (queue.kind() == QueueKind.ALL) {
      return "";
    }
    return " · " + (queue.group() == null ? Messages.text("queue." + queue.kind().name())
        : Messages.text("queue." + queue.kind().name(), Messages.text("role." + queue.group().name())));
  }

  public WorkType getWorkType() {
    return workType;
  }

  public void setWorkType(WorkType workType) {
    this.workType = workType;
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step;
  }

  public CustomerCategory getCategory() {
    return category;
  }

  public void setCategory(CustomerCategory category) {
    this.category = category;
  }

  public Area getArea() {
    return area;
  }

  public void setArea(Area area) {
    this.area = area;
  }

  public Grade getGrade() {
    return grade;
  }

  public void setGrade(Grade grade) {
    this.grade = grade;
  }

  public LocalDateTime getDueFrom() {
    return dueFrom;
  }

  public void setDueFrom(LocalDateTime dueFrom) {
    this.dueFrom = dueFrom;
  }

  public LocalDateTime getDueTo() {
    return dueTo;
  }

  public void setDueTo(LocalDateTime dueTo) {
    this.dueTo = dueTo;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getFilterName() {
    return filterName;
  }

  public void setFilterName(String filterName) {
    this.filterName = filterName;
  }

  public Long getSavedFilterId() {
    return savedFilterId;
  }

  public void setSavedFilterId(Long savedFilterId) {
    this.savedFilterId = savedFilterId;
  }
}
