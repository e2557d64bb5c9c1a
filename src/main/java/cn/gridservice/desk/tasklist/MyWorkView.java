package cn.gridservice.desk.tasklist;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import cn.gridservice.desk.platform.Times;
import cn.gridservice.desk.platform.web.Messages;
import cn.gridservice.desk.security.CurrentUser;

/** The "My work" page: own and group tasks, a page at a time, with claim. */
@Named
@ViewScoped
public class MyWorkView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  MyWork myWork;

  @Inject
  CurrentUser user;

  private final LazyDataModel<WorkItem> tasks = new LazyDataModel<>() {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) myWork.count(user.userId(), user.groups());
    }

    @Override
    public List<WorkItem> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return myWork.page(user.userId(), user.groups(), first, pageSize);
    }

    @Override
    public String getRowKey(WorkItem item) {
      return item.taskId();
    }
  };

  public LazyDataModel<WorkItem> getTasks() {
    return tasks;
  }

  public void claim(WorkItem item) {
    try {
      myWork.claim(item.taskId(), user.userId());
      Messages.info("work.claimed", item.taskName(), item.caseNo() == null ? "" : item.caseNo());
    } catch (TaskClaimConflict e) {
      if (e.holder() == null) {
        Messages.warn("work.claimGone");
      } else {
        Messages.warn("work.claimTaken", e.holder());
      }
    }
  }

  public boolean isMine(WorkItem item) {
    return user.userId().equals(item.assignee());
  }

  /** Colour of the due column: on time, due within a day, overdue. */
  public String dueStyle(WorkItem item) {
    if (item.due() == null) {
      return "due-none";
    }
    OffsetDateTime now = OffsetDateTime.now(Times.BUSINESS_ZONE);
    if (item.isOverdue(now)) {
      return "due-overdue";
    }
    return item.due().isBefore(now.plus(1, ChronoUnit.DAYS)) ? "due-soon" : "due-ok";
  }
}
