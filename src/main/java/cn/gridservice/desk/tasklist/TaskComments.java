package cn.gridservice.desk.tasklist;

import cn.gridservice.desk.customer.application.CustomerPrivacy;
import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;

/**
 * A task's comments: everyone who may see the task ({@link TaskPermissions}) reads and writes them;
 * a comment carries its author itself.
 */
@ApplicationScoped
public class TaskComments {

  public static final int MAX_COMMENT_LENGTH = 2000;

  @Inject TaskService taskService;

  @Inject TaskPermissions permissions;

  @Inject TaskEngineCalls calls;

  public TaskComments() {}

  public TaskComments(TaskService taskService, IdentityService identityService) {
    this.taskService = taskService;
    this.permissions = new TaskPermissions(taskService);
    this.calls = new TaskEngineCalls(taskService, identityService);
  }

  /** A comment on a task: who wrote it, when. */
  public record TaskComment(String id, String userId, OffsetDateTime time, String text)
      implements Serializable {}

  public TaskComment comment(String taskId, String text, Actor actor) {
    String clean = text == null ? "" : text.strip();
    return calls.as(
        actor,
        () -> {
          Task task = permissions.existing(taskId);
          permissions.requireSight(task, actor);
          if (clean.isEmpty()) {
            throw InvalidInput.of("text", "invalid.task.commentEmpty");
          }
          if (clean.length() > MAX_COMMENT_LENGTH) {
            throw InvalidInput.of("text", "invalid.task.commentTooLong", MAX_COMMENT_LENGTH);
          }
          try {
            return toComment(taskService.createComment(taskId, task.getProcessInstanceId(), clean));
          } catch (NullValueException e) {
            throw TaskPermissions.gone();
          }
        });
  }

  /**
   * The task's comments, oldest first; phone numbers and e-mail addresses in them masked for roles
   * that do not see contact data.
   */
  public List<TaskComment> comments(String taskId, Actor actor) {
    Task task = permissions.existing(taskId);
    permissions.requireSight(task, actor);
    CustomerPrivacy privacy = CustomerPrivacy.forRoles(actor.roles());
    return taskService.getTaskComments(taskId).stream()
        .sorted(Comparator.comparing(Comment::getTime).thenComparing(Comment::getId))
        .map(TaskComments::toComment)
        .map(c -> new TaskComment(c.id(), c.userId(), c.time(), privacy.text(c.text())))
        .toList();
  }

  private static TaskComment toComment(Comment comment) {
    return new TaskComment(
        comment.getId(),
        comment.getUserId(),
        Times.toBusinessTime(comment.getTime()),
        comment.getFullMessage());
  }
}
