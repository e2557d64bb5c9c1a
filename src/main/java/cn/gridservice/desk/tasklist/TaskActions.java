package cn.gridservice.desk.tasklist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;

import cn.gridservice.desk.customer.application.CustomerPrivacy;
import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.NotPermitted;
import cn.gridservice.desk.platform.Times;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.staff.application.StaffDirectory;
import cn.gridservice.desk.staff.domain.StaffMember;

/**
 * What staff do with a task besides its form: claim and unclaim, hand it to a colleague (assign,
 * delegate and take it back), bulk claim and bulk assign, a follow-up date, comments and
 * attachments.
 *
 * <p>Who may do what: the holder (assignee) works on the task; team leaders ({@link Actor#TEAM_LEADERS})
 * also hand tasks to colleagues, take them away and claim or assign many at once. A colleague must be
 * an active member of staff with a role that is a candidate group of the task. Refusals are
 * {@link InvalidInput} (400), {@link TaskClaimConflict} (409: gone, or held by someone who is named)
 * and {@link NotPermitted} (403).
 *
 * <p>Every change runs as the acting user in the engine, so that the engine's user operation log
 * names who did it (Claim, Assign, Delegate, Resolve, Update followUpDate, AddAttachment); a comment
 * carries its author itself. Each engine call is its own transaction: a lost race is read back and
 * reported with who won, and one task of a bulk action never undoes the others.
 */
@ApplicationScoped
public class TaskActions {

  /** 10 MB: the largest attachment. */
  public static final long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;
  public static final int MAX_ATTACHMENT_MB = (int) (MAX_ATTACHMENT_BYTES / (1024 * 1024));
  public static final int MAX_COMMENT_LENGTH = 2000;
  /** The most tasks one bulk request may name. */
  public static final int MAX_BULK_TASKS = 200;

  /** How the uploader and the size are kept in the attachment's description. */
  private static final Pattern ATTACHMENT_FACTS = Pattern.compile("addedBy=([^;]*);bytes=(\\d+)");

  @Inject
  TaskService taskService;

  @Inject
  IdentityService identityService;

  @Inject
  StaffDirectory staff;

  @Inject
  TaskAccess access;

  public TaskActions() {
  }

  public TaskActions(TaskService taskService, IdentityService identityService, StaffDirectory staff) {
    this.taskService = taskService;
    this.identityService = identityService;
    this.staff = staff;
    this.access = new TaskAccess(taskService);
  }

  // ---------------------------------------------------------------- claim, unclaim, assign, delegate

  /**
   * The task becomes the actor's; 403 unless the actor holds one of its roles, 409 naming the holder
   * when somebody else has it.
   */
  public void claim(String taskId, Actor actor) {
    as(actor, () -> retryOnce(taskId, () -> {
      Task task = existing(taskId);
      access.requireWorker(task, actor);
      if (actor.userId().equals(task.getAssignee())) {
        return null;
      }
      if (task.getAssignee() != null) {
        throw claimedBy(task.getAssignee());
      }
      taskService.claim(taskId, actor.userId());
      return null;
    }));
  }

  /**
   * The task goes back to its group's queue. The holder does this, or a team leader; a delegated
   * task goes back to its owner with {@link #resolve} instead.
   */
  public void unclaim(String taskId, Actor actor) {
    as(actor, () -> retryOnce(taskId, () -> {
      Task task = existing(taskId);
      access.requireSight(task, actor);
      if (task.getAssignee() == null) {
        return null;
      }
      if (!actor.userId().equals(task.getAssignee()) && !actor.isTeamLeader()) {
        throw claimedBy(task.getAssignee());
      }
      if (task.getDelegationState() == DelegationState.PENDING) {
        throw InvalidInput.of("taskId", "invalid.task.unclaimDelegated", task.getOwner());
      }
      taskService.claim(taskId, null);
      return null;
    }));
  }

  /**
   * A team leader gives the task to a colleague, also one someone else holds now (the engine's log
   * keeps who had it before).
   */
  public void assign(String taskId, String colleagueId, Actor actor) {
    requireTeamLeader(actor, "assign tasks to colleagues");
    as(actor, () -> retryOnce(taskId, () -> {
      Task task = existing(taskId);
      StaffMember colleague = eligibleColleague(task, colleagueId);
      if (colleague.userId().equals(task.getAssignee())) {
        return null;
      }
      taskService.setAssignee(taskId, colleague.userId());
      return null;
    }));
  }

  /**
   * The holder (or a team leader) asks a colleague to work on the task; it comes back to the holder
   * — the owner — when the colleague {@link #resolve resolves} it, and only the owner completes it.
   */
  public void delegate(String taskId, String colleagueId, Actor actor) {
    as(actor, () -> retryOnce(taskId, () -> {
      Task task = existing(taskId);
      requireWorkerOrTeamLeader(task, actor);
      if (task.getAssignee() == null) {
        throw InvalidInput.of("taskId", "invalid.task.delegateUnassigned");
      }
      if (!actor.userId().equals(task.getAssignee()) && !actor.isTeamLeader()) {
        throw claimedBy(task.getAssignee());
      }
      StaffMember colleague = eligibleColleague(task, colleagueId);
      if (colleague.userId().equals(task.getAssignee())) {
        throw InvalidInput.of("userId", "invalid.task.alreadyAssignee", colleague.userId());
      }
      taskService.delegateTask(taskId, colleague.userId());
      return null;
    }));
  }

  /** The colleague a task was delegated to hands it back to its owner. */
  public void resolve(String taskId, Actor actor) {
    as(actor, () -> retryOnce(taskId, () -> {
      Task task = existing(taskId);
      requireWorkerOrTeamLeader(task, actor);
      if (task.getDelegationState() != DelegationState.PENDING) {
        throw InvalidInput.of("taskId", "invalid.task.notDelegated");
      }
      if (!actor.userId().equals(task.getAssignee()) && !actor.isTeamLeader()) {
        throw claimedBy(task.getAssignee());
      }
      taskService.resolveTask(taskId);
      return null;
    }));
  }

  /** A task as the actions leave it: who holds it, whose it is while delegated, its follow-up date. */
  public record TaskState(String taskId, String name, String assignee, String owner, String delegation,
      OffsetDateTime followUp) implements Serializable {
  }

  /** The task as it is now; 409 when it is gone. */
  public TaskState state(String taskId) {
    Task task = existing(taskId);
    return new TaskState(task.getId(), task.getName(), task.getAssignee(), task.getOwner(),
        task.getDelegationState() == null ? null : task.getDelegationState().name(),
        Times.toBusinessTime(task.getFollowUpDate()));
  }

  // ---------------------------------------------------------------- bulk

  /** What became of one task of a bulk action. */
  public enum Outcome {
    /** Claimed or assigned as asked (also: it already was). */
    DONE,
    /** Somebody else holds it: {@code holder}. */
    TAKEN,
    /** Completed or cancelled meanwhile. */
    GONE,
    /** Not possible for this task, e.g. the colleague lacks its role: {@code refusal}. */
    REFUSED
  }

  /** One task's result; {@code holder} for TAKEN, {@code refusal} for REFUSED. */
  public record BulkResult(String taskId, Outcome outcome, String holder, InvalidInput refusal) {
  }

  /** A team leader claims many tasks at once; each task has its own result. */
  public List<BulkResult> bulkClaim(List<String> taskIds, Actor actor) {
    requireTeamLeader(actor, "claim tasks in bulk");
    List<String> ids = bulkIds(taskIds);
    List<BulkResult> results = new ArrayList<>();
    for (String taskId : ids) {
      results.add(each(taskId, () -> claim(taskId, actor)));
    }
    return results;
  }

  /**
   * A team leader hands open tasks to one colleague; a task somebody holds already stays theirs
   * (TAKEN). The colleague must hold the role of each task.
   */
  public List<BulkResult> bulkAssign(List<String> taskIds, String colleagueId, Actor actor) {
    requireTeamLeader(actor, "assign tasks in bulk");
    List<String> ids = bulkIds(taskIds);
    StaffMember colleague = activeColleague(colleagueId);
    List<BulkResult> results = new ArrayList<>();
    for (String taskId : ids) {
      results.add(each(taskId, () -> as(actor, () -> retryOnce(taskId, () -> {
        Task task = existing(taskId);
        requireRole(task, colleague);
        if (colleague.userId().equals(task.getAssignee())) {
          return null;
        }
        if (task.getAssignee() != null) {
          throw claimedBy(task.getAssignee());
        }
        // claim, not setAssignee: whoever claimed a moment ago keeps the task
        taskService.claim(taskId, colleague.userId());
        return null;
      }))));
    }
    return results;
  }

  private static BulkResult each(String taskId, Runnable action) {
    try {
      action.run();
      return new BulkResult(taskId, Outcome.DONE, null, null);
    } catch (TaskClaimConflict e) {
      return e.holder() == null ? new BulkResult(taskId, Outcome.GONE, null, null)
          : new BulkResult(taskId, Outcome.TAKEN, e.holder(), null);
    } catch (InvalidInput e) {
      return new BulkResult(taskId, Outcome.REFUSED, null, e);
    } catch (NotPermitted e) {
      return new BulkResult(taskId, Outcome.REFUSED, null, InvalidInput.of("taskId", "invalid.task.notForRoles"));
    }
  }

  private static List<String> bulkIds(List<String> taskIds) {
    Set<String> ids = new LinkedHashSet<>();
    if (taskIds != null) {
      taskIds.stream().filter(id -> id != null && !id.isBlank()).map(String::strip).forEach(ids::add);
    }
    if (ids.isEmpty()) {
      throw InvalidInput.of("taskIds", "invalid.bulk.noTasks");
    }
    if (ids.size() > MAX_BULK_TASKS) {
      throw InvalidInput.of("taskIds", "invalid.bulk.tooMany", MAX_BULK_TASKS);
    }
    return List.copyOf(ids);
  }

  // ---------------------------------------------------------------- follow-up

  /**
   * Sets the day the holder wants to look at the task again, or clears it ({@code null}). Not in
   * the past. The holder, a team leader, or — while nobody holds it — its group.
   */
  public void followUp(String taskId, Instant date, Actor actor) {
    as(actor, () -> retryOnce(taskId, () -> {
      Task task = existing(taskId);
      requireWorkerOrTeamLeader(task, actor);
      if (task.getAssignee() != null && !actor.userId().equals(task.getAssignee()) && !actor.isTeamLeader()) {
        throw claimedBy(task.getAssignee());
      }
      if (date != null && date.isBefore(ClockUtil.getCurrentTime().toInstant())) {
        throw InvalidInput.of("date", "invalid.task.followUpPast");
      }
      task.setFollowUpDate(date == null ? null : Date.from(date));
      // saves the task as it was read: a change by someone else meanwhile fails and is retried
      taskService.saveTask(task);
      return null;
    }));
  }

  // ---------------------------------------------------------------- comments

  /** A comment on a task: who wrote it, when. */
  public record TaskComment(String id, String userId, OffsetDateTime time, String text) implements Serializable {
  }

  public TaskComment comment(String taskId, String text, Actor actor) {
    String clean = text == null ? "" : text.strip();
    return as(actor, () -> {
      Task task = existing(taskId);
      requireSight(task, actor);
      if (clean.isEmpty()) {
        throw InvalidInput.of("text", "invalid.task.commentEmpty");
      }
      if (clean.length() > MAX_COMMENT_LENGTH) {
        throw InvalidInput.of("text", "invalid.task.commentTooLong", MAX_COMMENT_LENGTH);
      }
      try {
        return toComment(taskService.createComment(taskId, task.getProcessInstanceId(), clean));
      } catch (NullValueException e) {
        throw gone();
      }
    });
  }

  /** The task's comments, oldest first. */
  /** The task's comments, oldest first; phone numbers and e-mail addresses in them masked for roles that do not see contact data. */
  public List<TaskComment> comments(String taskId, Actor actor) {
    Task task = existing(taskId);
    requireSight(task, actor);
    CustomerPrivacy privacy = CustomerPrivacy.forRoles(actor.roles());
    return taskService.getTaskComments(taskId).stream()
        .sorted(Comparator.comparing(Comment::getTime).thenComparing(Comment::getId))
        .map(TaskActions::toComment)
        .map(c -> new TaskComment(c.id(), c.userId(), c.time(), privacy.text(c.text()))).toList();
  }

  private static TaskComment toComment(Comment comment) {
    return new TaskComment(comment.getId(), comment.getUserId(), Times.toBusinessTime(comment.getTime()),
        comment.getFullMessage());
  }

  // ---------------------------------------------------------------- attachments

  /** An attachment as listed: the detected type, the size in bytes, who added it and when. */
  public record AttachmentInfo(String id, String name, String contentType, long size, String addedBy,
      OffsetDateTime addedAt) implements Serializable {
  }

  /** An attachment to download. */
  public record AttachmentContent(String name, String contentType, byte[] content) {

    /** {@code attachment; filename="…"; filename*=UTF-8''…}: the name survives in every browser. */
    public String contentDisposition() {
      StringBuilder ascii = new StringBuilder();
      name.chars().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
      String encoded = java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
      return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
  }

  /**
   * Attaches a photo (PNG, JPEG, WebP) or a PDF of at most {@link #MAX_ATTACHMENT_BYTES}. The type
   * comes from the content, not from the name; the name loses any folder and gets the extension of
   * the type. Reads no more than the limit plus one byte.
   */
  public AttachmentInfo attach(String taskId, String fileName, InputStream content, Actor actor) {
    return as(actor, () -> {
      Task task = existing(taskId);
      requireSight(task, actor);
      byte[] bytes = readAtMost(content, MAX_ATTACHMENT_BYTES);
      if (bytes == null) {
        throw InvalidInput.of("file", "invalid.attachment.tooLarge", MAX_ATTACHMENT_MB);
      }
      if (bytes.length == 0) {
        throw InvalidInput.of("file", "invalid.attachment.empty");
      }
      String type = AttachmentTypes.detect(bytes);
      if (!AttachmentTypes.isAllowed(type)) {
        throw InvalidInput.of("file", "invalid.attachment.type", type);
      }
      String name = AttachmentTypes.safeFileName(fileName, type);
      String facts = "addedBy=" + actor.userId() + ";bytes=" + bytes.length;
      try {
        Attachment attachment = taskService.createAttachment(type, taskId, task.getProcessInstanceId(), name, facts,
            new java.io.ByteArrayInputStream(bytes));
        return toInfo(attachment);
      } catch (NullValueException e) {
        throw gone();
      }
    });
  }

  /** The task's attachments, oldest first. */
  public List<AttachmentInfo> attachments(String taskId, Actor actor) {
    Task task = existing(taskId);
    requireSight(task, actor);
    return taskService.getTaskAttachments(taskId).stream()
        .sorted(Comparator.comparing(Attachment::getCreateTime).thenComparing(Attachment::getId))
        .map(TaskActions::toInfo).toList();
  }

  /** The attachment with its bytes, or empty when the task has no such attachment. */
  public Optional<AttachmentContent> download(String taskId, String attachmentId, Actor actor) {
    Task task = existing(taskId);
    requireSight(task, actor);
    Attachment attachment = attachmentId == null ? null : taskService.getTaskAttachment(taskId, attachmentId);
    if (attachment == null) {
      return Optional.empty();
    }
    try (InputStream in = taskService.getTaskAttachmentContent(taskId, attachmentId)) {
      if (in == null) {
        return Optional.empty();
      }
      // what this application stored is allowed; anything else is offered as plain bytes
      String type = AttachmentTypes.isAllowed(attachment.getType()) ? attachment.getType() : "application/octet-stream";
      return Optional.of(new AttachmentContent(attachment.getName(), type, in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read attachment " + attachmentId, e);
    }
  }

  private static AttachmentInfo toInfo(Attachment attachment) {
    String addedBy = null;
    long size = -1;
    Matcher facts = ATTACHMENT_FACTS.matcher(attachment.getDescription() == null ? "" : attachment.getDescription());
    if (facts.matches()) {
      addedBy = facts.group(1);
      size = Long.parseLong(facts.group(2));
    }
    return new AttachmentInfo(attachment.getId(), attachment.getName(), attachment.getType(), size, addedBy,
        Times.toBusinessTime(attachment.getCreateTime()));
  }

  /** The stream's bytes, or null when it holds more than {@code max}; never reads more than max + 1. */
  public static byte[] readAtMost(InputStream in, long max) {
    if (in == null) {
      return new byte[0];
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try (in) {
      while (true) {
        int wanted = (int) Math.min(buffer.length, max + 1 - total);
        int read = in.read(buffer, 0, wanted);
        if (read < 0) {
          return out.toByteArray();
        }
        total += read;
        if (total > max) {
          return null;
        }
        out.write(buffer, 0, read);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the upload", e);
    }
  }

  // ---------------------------------------------------------------- colleagues

  /** Active staff who may take the task: they hold a role that is one of its candidate groups. */
  public List<StaffMember> eligibleColleagues(String taskId) {
    Task task = existing(taskId);
    TreeMap<String, StaffMember> colleagues = new TreeMap<>();
    for (Role role : candidateRoles(task)) {
      staff.withRole(role).stream().filter(StaffMember::isActive).forEach(m -> colleagues.putIfAbsent(m.userId(), m));
    }
    return List.copyOf(colleagues.values());
  }

  /** The roles (candidate groups) whose members may work on the task. */
  public Set<Role> candidateRoles(Task task) {
    return access.candidateRoles(task);
  }

  private StaffMember eligibleColleague(Task task, String colleagueId) {
    StaffMember colleague = activeColleague(colleagueId);
    requireRole(task, colleague);
    return colleague;
  }

  private StaffMember activeColleague(String colleagueId) {
    if (colleagueId == null || colleagueId.isBlank()) {
      throw InvalidInput.of("userId", "invalid.task.colleagueRequired");
    }
    String id = colleagueId.strip();
    return staff.find(id).filter(StaffMember::isActive)
        .orElseThrow(() -> InvalidInput.of("userId", "invalid.task.colleagueUnknown", id));
  }

  private void requireRole(Task task, StaffMember colleague) {
    Set<Role> roles = candidateRoles(task);
    if (roles.isEmpty()) {
      throw InvalidInput.of("taskId", "invalid.task.noCandidateGroup");
    }
    if (roles.stream().noneMatch(colleague::hasRole)) {
      throw InvalidInput.of("userId", "invalid.task.colleagueLacksRole", colleague.name(), colleague.userId());
    }
  }

  // ---------------------------------------------------------------- who may

  /** What the actor may do with the task ({@link TaskAccess}, the one place that decides it). */
  public TaskAccess.Level level(String taskId, Actor actor) {
    return access.level(existing(taskId), actor);
  }

  private void requireSight(Task task, Actor actor) {
    access.requireSight(task, actor);
  }

  /** A member of the task's roles, or a team leader acting for a colleague who holds it. */
  private void requireWorkerOrTeamLeader(Task task, Actor actor) {
    if (!actor.isTeamLeader()) {
      access.requireWorker(task, actor);
    }
  }

  private static void requireTeamLeader(Actor actor, String what) {
    if (!actor.isTeamLeader()) {
      throw new NotPermitted("only team leaders (DISPATCHER, SERVICE_MANAGER) may " + what);
    }
  }

  // ---------------------------------------------------------------- engine plumbing

  private Task existing(String taskId) {
    Task task = taskId == null || taskId.isBlank() ? null : taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw gone();
    }
    return task;
  }

  /**
   * Runs the work once more when the task changed or vanished under it (the engine's optimistic
   * lock); the second time the state it finds is the answer: who holds the task, or that it is gone.
   */
  private <T> T retryOnce(String taskId, Supplier<T> work) {
    try {
      return work.get();
    } catch (TaskAlreadyClaimedException e) {
      throw claimedBy(e.getTaskAssignee());
    } catch (OptimisticLockingException | NullValueException | NotFoundException e) {
      try {
        return work.get();
      } catch (TaskAlreadyClaimedException again) {
        throw claimedBy(again.getTaskAssignee());
      } catch (OptimisticLockingException | NullValueException | NotFoundException again) {
        Task now = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (now == null) {
          throw gone();
        }
        String holder = now.getAssignee() == null ? "—" : now.getAssignee();
        throw new TaskClaimConflict("the task was changed by someone else meanwhile; it is now held by " + holder, holder);
      }
    }
  }

  /**
   * Runs the work as the actor in the engine, so that its operation log names them. The request
   * filter has normally done so already; otherwise (or for someone else) it is set for the call.
   */
  private <T> T as(Actor actor, Supplier<T> work) {
    Authentication current = identityService.getCurrentAuthentication();
    if (current != null && actor.userId().equals(current.getUserId())) {
      return work.get();
    }
    identityService.setAuthentication(actor.userId(), actor.groups());
    try {
      return work.get();
    } finally {
      if (current == null) {
        identityService.clearAuthentication();
      } else {
        identityService.setAuthentication(current);
      }
    }
  }

  static TaskClaimConflict gone() {
    return new TaskClaimConflict("the task is gone: completed or cancelled by someone else", null);
  }

  static TaskClaimConflict claimedBy(String holder) {
    return new TaskClaimConflict("the task is already claimed by " + holder, holder);
  }
}
