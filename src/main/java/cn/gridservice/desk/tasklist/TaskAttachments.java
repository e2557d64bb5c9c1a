package cn.gridservice.desk.tasklist;

import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Task;

/**
 * A task's attachments: photos and PDFs of at most {@link #MAX_ATTACHMENT_BYTES}, typed by their
 * content. Everyone who may see the task ({@link TaskPermissions}) lists, adds and downloads them;
 * the engine's user operation log names who added one (AddAttachment).
 */
@ApplicationScoped
public class TaskAttachments {

  /** 10 MB: the largest attachment. */
  public static final long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;

  public static final int MAX_ATTACHMENT_MB = (int) (MAX_ATTACHMENT_BYTES / (1024 * 1024));

  /** How the uploader and the size are kept in the attachment's description. */
  private static final Pattern ATTACHMENT_FACTS = Pattern.compile("addedBy=([^;]*);bytes=(\\d+)");

  @Inject TaskService taskService;

  @Inject TaskPermissions permissions;

  @Inject TaskEngineCalls calls;

  public TaskAttachments() {}

  public TaskAttachments(TaskService taskService, IdentityService identityService) {
    this.taskService = taskService;
    this.permissions = new TaskPermissions(taskService);
    this.calls = new TaskEngineCalls(taskService, identityService);
  }

  /** An attachment as listed: the detected type, the size in bytes, who added it and when. */
  public record AttachmentInfo(
      String id, String name, String contentType, long size, String addedBy, OffsetDateTime addedAt)
      implements Serializable {}

  /** An attachment to download. */
  public record AttachmentContent(String name, String contentType, byte[] content) {

    /** {@code attachment; filename="…"; filename*=UTF-8''…}: the name survives in every browser. */
    public String contentDisposition() {
      StringBuilder ascii = new StringBuilder();
      name.chars()
          .forEach(
              c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
      String encoded =
          java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)
              .replace("+", "%20");
      return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
  }

  /**
   * Attaches a photo (PNG, JPEG, WebP) or a PDF of at most {@link #MAX_ATTACHMENT_BYTES}. The type
   * comes from the content, not from the name; the name loses any folder and gets the extension of
   * the type. Reads no more than the limit plus one byte.
   */
  public AttachmentInfo attach(String taskId, String fileName, InputStream content, Actor actor) {
    return calls.as(
        actor,
        () -> {
          Task task = permissions.existing(taskId);
          permissions.requireSight(task, actor);
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
            Attachment attachment =
                taskService.createAttachment(
                    type,
                    taskId,
                    task.getProcessInstanceId(),
                    name,
                    facts,
                    new java.io.ByteArrayInputStream(bytes));
            return toInfo(attachment);
          } catch (NullValueException e) {
            throw TaskPermissions.gone();
          }
        });
  }

  /** The task's attachments, oldest first. */
  public List<AttachmentInfo> attachments(String taskId, Actor actor) {
    Task task = permissions.existing(taskId);
    permissions.requireSight(task, actor);
    return taskService.getTaskAttachments(taskId).stream()
        .sorted(Comparator.comparing(Attachment::getCreateTime).thenComparing(Attachment::getId))
        .map(TaskAttachments::toInfo)
        .toList();
  }

  /** The attachment with its bytes, or empty when the task has no such attachment. */
  public Optional<AttachmentContent> download(String taskId, String attachmentId, Actor actor) {
    Task task = permissions.existing(taskId);
    permissions.requireSight(task, actor);
    Attachment attachment =
        attachmentId == null ? null : taskService.getTaskAttachment(taskId, attachmentId);
    if (attachment == null) {
      return Optional.empty();
    }
    try (InputStream in = taskService.getTaskAttachmentContent(taskId, attachmentId)) {
      if (in == null) {
        return Optional.empty();
      }
      // what this application stored is allowed; anything else is offered as plain bytes
      String type =
          AttachmentTypes.isAllowed(attachment.getType())
              ? attachment.getType()
              : "application/octet-stream";
      return Optional.of(new AttachmentContent(attachment.getName(), type, in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read attachment " + attachmentId, e);
    }
  }

  private static AttachmentInfo toInfo(Attachment attachment) {
    String addedBy = null;
    long size = -1;
    Matcher facts =
        ATTACHMENT_FACTS.matcher(
            attachment.getDescription() == null ? "" : attachment.getDescription());
    if (facts.matches()) {
      addedBy = facts.group(1);
      size = Long.parseLong(facts.group(2));
    }
    return new AttachmentInfo(
        attachment.getId(),
        attachment.getName(),
        attachment.getType(),
        size,
        addedBy,
        Times.toBusinessTime(attachment.getCreateTime()));
  }

  /**
   * The stream's bytes, or null when it holds more than {@code max}; never reads more than max + 1.
   */
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
}
