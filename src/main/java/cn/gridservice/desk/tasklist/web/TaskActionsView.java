package cn.gridservice.desk.tasklist.web;

import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.NotPermitted;
import cn.gridservice.desk.platform.Times;
import cn.gridservice.desk.platform.web.FormSubmission;
import cn.gridservice.desk.platform.web.Messages;
import cn.gridservice.desk.security.CurrentUser;
import cn.gridservice.desk.tasklist.Actor;
import cn.gridservice.desk.tasklist.TaskAccess;
import cn.gridservice.desk.tasklist.TaskAttachments;
import cn.gridservice.desk.tasklist.TaskClaimConflict;
import cn.gridservice.desk.tasklist.TaskComments;
import cn.gridservice.desk.tasklist.TaskHandOver;
import cn.gridservice.desk.tasklist.TaskPermissions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The actions beside a task's form ({@code /WEB-INF/includes/task-actions.xhtml}): comments,
 * attachments, follow-up date, claim and unclaim, and handing the task to a colleague. It reaches
 * the engine only through {@link TaskHandOver}, {@link TaskComments}, {@link TaskAttachments} and
 * {@link TaskPermissions} (application-scoped proxies), never holding engine services.
 */
@Named
@ViewScoped
public class TaskActionsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TaskHandOver handOver;

  @Inject TaskComments taskComments;

  @Inject TaskAttachments taskAttachments;

  @Inject TaskPermissions permissions;

  @Inject CurrentUser user;

  private String taskId;
  private TaskHandOver.TaskState state;
  private TaskAccess.Level level = TaskAccess.Level.NONE;
  private List<TaskComments.TaskComment> comments;
  private List<TaskAttachments.AttachmentInfo> attachments;
  private List<ColleagueOption> colleagues;

  private String newComment;
  private LocalDateTime followUp;
  private String colleagueId;

  @PostConstruct
  void init() {
    taskId =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("taskId");
    refresh();
    followUp =
        state == null || state.followUp() == null
            ? null
            : state.followUp().atZoneSameInstant(Times.BUSINESS_ZONE).toLocalDateTime();
  }

  private void refresh() {
    comments = null;
    attachments = null;
    colleagues = null;
    try {
      level = taskId == null ? TaskAccess.Level.NONE : permissions.level(taskId, actor());
      state = level.maySee() ? handOver.state(taskId) : null;
    } catch (TaskClaimConflict e) {
      state = null;
    }
  }

  // ---------------------------------------------------------------- what the page shows

  /** The task still exists and the user may see it. */
  public boolean isPresent() {
    return state != null;
  }

  /** The user holds one of the task's roles: claim, delegate, follow-up. */
  public boolean isMayWork() {
    return level.mayWork();
  }

  public TaskHandOver.TaskState getState() {
    return state;
  }

  public boolean isMine() {
    return state != null && user.userId().equals(state.assignee());
  }

  /** Nobody holds the task and the user may claim it. */
  public boolean isUnassigned() {
    return state != null && state.assignee() == null && level.mayWork();
  }

  public boolean isDelegated() {
    return state != null && "PENDING".equals(state.delegation());
  }

  public boolean isTeamLeader() {
    return actor().isTeamLeader();
  }

  /**
   * The holder, or a team leader, may take the task away from its holder (not while it is
   * delegated).
   */
  public boolean isMayUnclaim() {
    return state != null
        && state.assignee() != null
        && !isDelegated()
        && (isMine() || isTeamLeader());
  }

  /** The colleague the task was delegated to hands it back. */
  public boolean isMayResolve() {
    return isDelegated() && (isMine() || isTeamLeader());
  }

  public boolean isMayDelegate() {
    return state != null
        && state.assignee() != null
        && ((isMine() && level.mayWork()) || isTeamLeader());
  }

  public List<TaskComments.TaskComment> getComments() {
    if (comments == null) {
      comments = state == null ? List.of() : quietly(() -> taskComments.comments(taskId, actor()));
    }
    return comments;
  }

  public List<TaskAttachments.AttachmentInfo> getAttachments() {
    if (attachments == null) {
      attachments =
          state == null ? List.of() : quietly(() -> taskAttachments.attachments(taskId, actor()));
    }
    return attachments;
  }

  /** A colleague to choose in the select. */
  public record ColleagueOption(String userId, String name, String team) implements Serializable {}

  /** Active staff who hold the task's role, for assign and delegate (not the holder). */
  public List<ColleagueOption> getColleagues() {
    if (colleagues == null) {
      colleagues =
          state == null
              ? List.of()
              : quietly(() -> handOver.eligibleColleagues(taskId)).stream()
                  .filter(m -> !m.userId().equals(state.assignee()))
                  .map(m -> new ColleagueOption(m.userId(), m.name(), m.team()))
                  .toList();
    }
    return colleagues;
  }

  public long getMaxAttachmentBytes() {
    return TaskAttachments.MAX_ATTACHMENT_BYTES;
  }

  public int getMaxAttachmentMb() {
    return TaskAttachments.MAX_ATTACHMENT_MB;
  }

  public int getMaxCommentLength() {
    return TaskComments.MAX_COMMENT_LENGTH;
  }

  /** A size for people: 12 KB, 3.4 MB. */
  public String size(long bytes) {
    if (bytes < 0) {
      return "";
    }
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  // ---------------------------------------------------------------- actions

  public void claim() {
    act(() -> handOver.claim(taskId, actor()), "task.actions.claimed");
  }

  public void unclaim() {
    act(() -> handOver.unclaim(taskId, actor()), "task.actions.unclaimed");
  }

  public void assign() {
    String to = colleagueId;
    if (act(() -> handOver.assign(taskId, to, actor()), "task.actions.assigned", to)) {
      colleagueId = null;
    }
  }

  public void delegate() {
    String to = colleagueId;
    if (act(() -> handOver.delegate(taskId, to, actor()), "task.actions.delegated", to)) {
      colleagueId = null;
    }
  }

  public void resolve() {
    act(() -> handOver.resolve(taskId, actor()), "task.actions.resolved");
  }

  public void saveFollowUp() {
    LocalDateTime date = followUp;
    act(
        () ->
            handOver.followUp(
                taskId,
                date == null ? null : date.atZone(Times.BUSINESS_ZONE).toInstant(),
                actor()),
        date == null ? "task.actions.followUpCleared" : "task.actions.followUpSet");
  }

  public void clearFollowUp() {
    followUp = null;
    saveFollowUp();
  }

  public void addComment() {
    String text = newComment;
    if (act(() -> taskComments.comment(taskId, text, actor()), "task.actions.commented")) {
      newComment = null;
    }
  }

  /** One file of the upload component; the server decides on type (from the content) and size. */
  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    act(
        () -> {
          try {
            taskAttachments.attach(taskId, file.getFileName(), file.getInputStream(), actor());
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        },
        "task.actions.attached",
        file.getFileName());
  }

  /** Runs an action; refusals become messages (in the view's language) and the page stays. */
  private boolean act(Runnable action, String doneKey, Object... args) {
    boolean done = false;
    try {
      action.run();
      Messages.info(doneKey, args);
      done = true;
    } catch (InvalidInput e) {
      FormSubmission.showProblems(e);
    } catch (TaskClaimConflict e) {
      if (e.holder() == null) {
        Messages.warn("task.actions.gone");
      } else {
        Messages.warn("task.actions.taken", e.holder());
      }
    } catch (NotPermitted e) {
      Messages.warn("task.actions.notPermitted");
    }
    refresh();
    return done;
  }

  /** Reading for the page: a task that vanished or is not for this user shows nothing. */
  private <T> List<T> quietly(java.util.function.Supplier<List<T>> read) {
    try {
      return read.get();
    } catch (TaskClaimConflict | NotPermitted | InvalidInput e) {
      return List.of();
    }
  }

  private Actor actor() {
    return Actor.of(user);
  }

  // ---------------------------------------------------------------- form fields

  public String getTaskId() {
    return taskId;
  }

  public String getNewComment() {
    return newComment;
  }

  public void setNewComment(String newComment) {
    this.newComment = newComment;
  }

  public LocalDateTime getFollowUp() {
    return followUp;
  }

  public void setFollowUp(LocalDateTime followUp) {
    this.followUp = followUp;
  }

  public String getColleagueId() {
    return colleagueId;
  }

  public void setColleagueId(String colleagueId) {
    this.colleagueId = colleagueId;
  }
}
