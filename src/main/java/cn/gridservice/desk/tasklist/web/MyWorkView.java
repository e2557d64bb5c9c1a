package cn.gridservice.desk.tasklist.web;

import cn.gridservice.desk.customer.domain.Area;
import cn.gridservice.desk.customer.domain.CustomerCategory;
import cn.gridservice.desk.platform.Clock;
import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.NotPermitted;
import cn.gridservice.desk.platform.web.FormSubmission;
import cn.gridservice.desk.platform.web.Messages;
import cn.gridservice.desk.security.CurrentUser;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.staff.application.StaffDirectory;
import cn.gridservice.desk.staff.domain.StaffMember;
import cn.gridservice.desk.tasklist.Actor;
import cn.gridservice.desk.tasklist.TaskClaimConflict;
import cn.gridservice.desk.tasklist.TaskHandOver;
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
import cn.gridservice.desk.workflow.DeployedSteps;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * "My work": one of the user's queues a page at a time, most urgent first or sorted by any column,
 * narrowed by a filter the user may save; it refreshes itself every few seconds, so new tasks
 * appear and tasks others took vanish without a reload. The filter's fields are in {@link
 * QueueFilterForm}.
 */
@Named("myWorkView")
@ViewScoped
public class MyWorkView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** PrimeFaces' sort field (from {@code sortBy="#{t.due()}"}) → the queue's sort column. */
  private static final Map<String, String> SORT_COLUMNS =
      Map.of(
          "due",
          "due",
          "created",
          "created",
          "priority",
          "priority",
          "escalationLevel",
          "escalation",
          "referenceNo",
          "reference",
          "customerName",
          "customer",
          "step",
          "step",
          "workType",
          "type",
          "assignee",
          "assignee");

  @Inject TaskQueueQueries queues;

  @Inject SavedFilters savedFilters;

  @Inject CurrentUser user;

  @Inject TaskHandOver handOver;

  @Inject StaffDirectory staff;

  @Inject DeployedSteps deployedSteps;

  @Inject Clock clock;

  private String queueId;
  private final QueueFilterForm filter = new QueueFilterForm();
  // what the filter's menus offer, read once per view
  private List<String> steps;
  private List<String> grades;
  // bulk actions of team leaders
  private List<QueueItem> selected = new ArrayList<>();
  private String colleagueId;

  private final LazyDataModel<QueueItem> tasks =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) queues.count(queue(), filter(), viewer());
        }

        @Override
        public List<QueueItem> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
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
    return filter.toFilter();
  }

  public QueueFilterForm getFilter() {
    return filter;
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
    return column == null
        ? QueueSort.urgency()
        : new QueueSort(column, meta.getOrder() == SortOrder.DESCENDING);
  }

  public LazyDataModel<QueueItem> getTasks() {
    return tasks;
  }

  /** Applies the filter (the table reloads from its first page). */
  public void apply() {
    filter.trimText();
  }

  public void clear() {
    filter.clear();
  }

  public void saveFilter() {
    try {
      SavedFilter saved =
          savedFilters.save(user.userId(), filter.getFilterName(), queue(), filter());
      filter.setSavedFilterId(saved.id());
      Messages.info("work.filter.saved", saved.name());
    } catch (InvalidInput e) {
      FormSubmission.showProblems(e);
    }
  }

  /** Opens a saved filter: its queue and its conditions. */
  public String openSavedFilter() {
    Long chosen = filter.getSavedFilterId();
    if (chosen == null) {
      return null;
    }
    for (SavedFilter saved : savedFilters.of(user.userId())) {
      if (saved.id().equals(chosen)) {
        filter.load(saved.filter(), saved.name());
        queueId = saved.queue().id();
      }
    }
    return null;
  }

  public void deleteSavedFilter() {
    if (filter.getSavedFilterId() != null) {
      savedFilters.delete(user.userId(), filter.getSavedFilterId());
      filter.setSavedFilterId(null);
      Messages.info("work.filter.deleted");
    }
  }

  public List<SavedFilter> getSavedFilters() {
    return savedFilters.of(user.userId());
  }

  public void claim(QueueItem item) {
    try {
      handOver.claim(item.taskId(), Actor.of(user));
      Messages.info(
          "work.claimed",
          Messages.text("step." + item.step()),
          item.referenceNo() == null ? "" : item.referenceNo());
    } catch (TaskClaimConflict e) {
      FormSubmission.showConflict(e);
    }
  }

  public boolean isTeamLeader() {
    return Actor.of(user).isTeamLeader();
  }

  /** Colleagues a team leader may hand tasks to: active staff with a role that works on tasks. */
  public List<StaffMember> getColleagues() {
    return Role.TASK_ROLES.stream()
        .flatMap(role -> staff.withRole(role).stream())
        .filter(StaffMember::isActive)
        .distinct()
        .sorted(Comparator.comparing(StaffMember::userId))
        .toList();
  }

  public void bulkClaim() {
    bulk(() -> handOver.bulkClaim(selectedIds(), Actor.of(user)));
  }

  public void bulkAssign() {
    bulk(() -> handOver.bulkAssign(selectedIds(), colleagueId, Actor.of(user)));
  }

  private void bulk(java.util.function.Supplier<List<TaskHandOver.BulkResult>> action) {
    try {
      List<TaskHandOver.BulkResult> results = action.get();
      Map<TaskHandOver.Outcome, Long> counts =
          results.stream()
              .collect(
                  java.util.stream.Collectors.groupingBy(
                      TaskHandOver.BulkResult::outcome, java.util.stream.Collectors.counting()));
      Messages.info(
          "work.bulk.done",
          counts.getOrDefault(TaskHandOver.Outcome.DONE, 0L),
          counts.getOrDefault(TaskHandOver.Outcome.TAKEN, 0L),
          counts.getOrDefault(TaskHandOver.Outcome.GONE, 0L),
          counts.getOrDefault(TaskHandOver.Outcome.REFUSED, 0L));
      results.stream()
          .filter(r -> r.outcome() == TaskHandOver.Outcome.REFUSED && r.refusal() != null)
          .forEach(r -> Messages.invalid("form.invalid", r.refusal()));
      selected = new ArrayList<>();
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

  /**
   * Row colour: on time, warned, overdue (past due counts as overdue whatever the timers did yet).
   */
  public String rowStyle(QueueItem item) {
    return "task-row"
        + (item.state() == null ? "" : " state-" + item.state().toLowerCase(Locale.ROOT));
  }

  /** "3 h 20 min", "−1 d 2 h" (overdue) or "" without a due date. */
  public String timeLeft(QueueItem item) {
    Long minutes = item.minutesLeft(clock.now());
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

  /** The steps of the deployed process models (their user tasks), for the step filter. */
  public List<String> getSteps() {
    if (steps == null) {
      steps = deployedSteps.userTaskIds();
    }
    return steps;
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

  /**
   * The grades the queue holds now, for the grade filter (labels {@code grade.…} from the
   * messages), and the one chosen, so that a saved filter's grade stays choosable.
   */
  public List<String> getGrades() {
    if (grades == null) {
      grades = queues.grades();
    }
    String chosen = filter.getGrade();
    if (chosen == null || grades.contains(chosen)) {
      return grades;
    }
    List<String> withChosen = new ArrayList<>(grades);
    withChosen.add(chosen);
    withChosen.sort(Comparator.naturalOrder());
    return withChosen;
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
    return " · "
        + (queue.group() == null
            ? Messages.text("queue." + queue.kind().name())
            : Messages.text(
                "queue." + queue.kind().name(), Messages.text("role." + queue.group().name())));
  }
}
