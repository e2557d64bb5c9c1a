package cn.gridservice.desk.tasklist.api;

import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.Page;
import cn.gridservice.desk.platform.api.ApiError;
import cn.gridservice.desk.platform.api.ApiExceptionMappers;
import cn.gridservice.desk.security.Allowed;
import cn.gridservice.desk.security.CurrentUser;
import cn.gridservice.desk.security.Permission;
import cn.gridservice.desk.tasklist.Actor;
import cn.gridservice.desk.tasklist.TaskAttachments;
import cn.gridservice.desk.tasklist.TaskClaimConflict;
import cn.gridservice.desk.tasklist.TaskComments;
import cn.gridservice.desk.tasklist.TaskCompletion;
import cn.gridservice.desk.tasklist.TaskHandOver;
import cn.gridservice.desk.tasklist.queue.Queue;
import cn.gridservice.desk.tasklist.queue.QueueFilter;
import cn.gridservice.desk.tasklist.queue.QueueItem;
import cn.gridservice.desk.tasklist.queue.QueueSort;
import cn.gridservice.desk.tasklist.queue.QueueSql;
import cn.gridservice.desk.tasklist.queue.TaskQueueQueries;
import cn.gridservice.desk.tasklist.queue.Viewer;
import cn.gridservice.desk.tasklist.queue.WorkType;
import cn.gridservice.desk.tasklist.step.StepField;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code /api/tasks}: the user's work as JSON, claim, and the task actions (unclaim, assign,
 * delegate and resolve, bulk claim and assign, follow-up date, comments, attachments). A task that
 * is gone or that somebody else holds answers 409 with a message naming the holder; a role that may
 * not do it 403.
 */
@Path("/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Permission.WORK_ON_TASKS)
public class TaskResource {

  @Inject TaskQueueQueries queues;

  @Inject TaskCompletion completion;

  @Inject CurrentUser user;

  /**
   * A queue a page at a time, in the screen's order and with its filters: {@code queue} all, mine,
   * group:ROLE, due-today, overdue or escalated; {@code sort} urgency (default) or a column (due,
   * created, priority, escalation, reference, customer, step, type, assignee; {@code -} for
   * descending).
   */
  @GET
  public Page<QueueItem> queue(
      @QueryParam("queue") @DefaultValue("all") String queue,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size,
      @QueryParam("sort") String sort,
      @QueryParam("type") String type,
      @QueryParam("step") String step,
      @QueryParam("category") String category,
      @QueryParam("area") String area,
      @QueryParam("grade") String grade,
      @QueryParam("dueFrom") String dueFrom,
      @QueryParam("dueTo") String dueTo,
      @QueryParam("text") String text) {
    InvalidInput.Collector errors = InvalidInput.collect();
    Queue chosen = parse(errors, "queue", () -> Queue.parse(queue));
    QueueSort order = parse(errors, "sort", () -> QueueSort.parse(sort));
    WorkType workType =
        type == null || type.isBlank()
            ? null
            : parse(errors, "type", () -> WorkType.valueOf(type.strip()));
    Instant from =
        dueFrom == null || dueFrom.isBlank()
            ? null
            : parse(errors, "dueFrom", () -> OffsetDateTime.parse(dueFrom.strip()).toInstant());
    Instant to =
        dueTo == null || dueTo.isBlank()
            ? null
            : parse(errors, "dueTo", () -> OffsetDateTime.parse(dueTo.strip()).toInstant());
    if (page < 0) {
      errors.add("page", "invalid.page.negative");
    }
    if (size < 1 || size > TaskQueueQueries.MAX_PAGE_SIZE) {
      errors.add("size", "invalid.page.size", TaskQueueQueries.MAX_PAGE_SIZE);
    }
    if (text != null && text.length() > QueueFilter.MAX_TEXT) {
      errors.add("text", "invalid.text.tooLong", "text", QueueFilter.MAX_TEXT);
    }
    errors.throwIfAny();
    QueueFilter filter = new QueueFilter(workType, step, category, area, grade, from, to, text);
    try {
      return queues.page(chosen, filter, order, Viewer.of(user), page, size);
    } catch (QueueSql.QueueNotYours e) {
      throw new ForbiddenException(e.getMessage());
    }
  }

  private static <T> T parse(InvalidInput.Collector errors, String field, Supplier<T> parser) {
    try {
      return parser.get();
    } catch (IllegalArgumentException | DateTimeParseException e) {
      errors.add(field, e.getMessage());
      return null;
    }
  }

  /** 200 when the task is now the caller's; 409 naming the holder when somebody else was faster. */
  @POST
  @Path("/{taskId}/claim")
  public Response claim(@PathParam("taskId") String taskId) {
    try {
      handOver.claim(taskId, Actor.of(user));
      return Response.ok(new ClaimResult(taskId, user.userId())).build();
    } catch (TaskClaimConflict e) {
      return Response.status(Response.Status.CONFLICT)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(ApiError.of(409, e.getMessage()))
          .build();
    }
  }

  public record ClaimResult(String taskId, String assignee) {}

  /**
   * Completes the task with its form's fields as JSON (the same checks as the page): 200 with the
   * step; 400 naming each bad field; 409 when someone else holds the task or finished it already;
   * 404 for a task that never existed.
   */
  @POST
  @Path("/{taskId}/complete")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response complete(@PathParam("taskId") String taskId, JsonObject form) {
    try {
      String step = completion.complete(taskId, actor(), form);
      return Response.ok(new Completed(taskId, step)).build();
    } catch (TaskCompletion.TaskNotFound e) {
      throw new NotFoundException(e.getMessage());
    } catch (TaskClaimConflict e) {
      return Response.status(Response.Status.CONFLICT)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(ApiError.of(409, e.getMessage()))
          .build();
    }
  }

  public record Completed(String taskId, String step) {}

  /**
   * The fields {@code complete} takes for this task: name, type (TEXT, BOOLEAN, INTEGER, NUMBER,
   * INSTANT, CHOICE with its choices, LIST) and whether it is required; the generic form's outcome
   * and remark for a step no form serves. 404 for a task that does not exist (any more).
   */
  @GET
  @Path("/{taskId}/form")
  public List<StepField> form(@PathParam("taskId") String taskId) {
    try {
      return completion.fields(taskId, actor());
    } catch (TaskCompletion.TaskNotFound | TaskClaimConflict e) {
      throw new NotFoundException(e.getMessage());
    }
  }

  // ---------------------------------------------------------------- task actions

  @Inject TaskHandOver handOver;

  @Inject TaskComments taskComments;

  @Inject TaskAttachments taskAttachments;

  /** {@code {"userId": "agent2"}}: the colleague a task goes to. */
  public record Colleague(String userId) {}

  /** {@code {"date": "2026-12-01T09:00:00+08:00"}}; {@code null} clears it. */
  public record FollowUp(OffsetDateTime date) {}

  public record CommentText(String text) {}

  public record BulkClaim(List<String> taskIds) {}

  public record BulkAssign(List<String> taskIds, String userId) {}

  /**
   * One task of a bulk action: DONE, TAKEN (by {@code holder}), GONE or REFUSED (why in {@code
   * message}).
   */
  public record BulkItem(
      String taskId, TaskHandOver.Outcome outcome, String holder, String message) {}

  public record BulkResponse(int done, List<BulkItem> results) {}

  /** The holder (or a team leader) puts the task back into its group's queue. */
  @POST
  @Path("/{taskId}/unclaim")
  public TaskHandOver.TaskState unclaim(@PathParam("taskId") String taskId) {
    handOver.unclaim(taskId, actor());
    return handOver.state(taskId);
  }

  /** A team leader gives the task to a colleague who holds its role. */
  @POST
  @Path("/{taskId}/assign")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Permission.LEAD_TEAM)
  public TaskHandOver.TaskState assign(@PathParam("taskId") String taskId, Colleague colleague) {
    handOver.assign(taskId, colleague == null ? null : colleague.userId(), actor());
    return handOver.state(taskId);
  }

  /**
   * The holder or a team leader asks a colleague to work on it; it comes back with {@code
   * /resolve}.
   */
  @POST
  @Path("/{taskId}/delegate")
  @Consumes(MediaType.APPLICATION_JSON)
  public TaskHandOver.TaskState delegate(@PathParam("taskId") String taskId, Colleague colleague) {
    handOver.delegate(taskId, colleague == null ? null : colleague.userId(), actor());
    return handOver.state(taskId);
  }

  /** The colleague hands a delegated task back to its owner. */
  @POST
  @Path("/{taskId}/resolve")
  public TaskHandOver.TaskState resolve(@PathParam("taskId") String taskId) {
    handOver.resolve(taskId, actor());
    return handOver.state(taskId);
  }

  @POST
  @Path("/{taskId}/follow-up")
  @Consumes(MediaType.APPLICATION_JSON)
  public TaskHandOver.TaskState followUp(@PathParam("taskId") String taskId, FollowUp followUp) {
    handOver.followUp(
        taskId,
        followUp == null || followUp.date() == null ? null : followUp.date().toInstant(),
        actor());
    return handOver.state(taskId);
  }

  @GET
  @Path("/{taskId}/comments")
  public List<TaskComments.TaskComment> comments(@PathParam("taskId") String taskId) {
    return taskComments.comments(taskId, actor());
  }

  /** 201 with the comment (author and time). */
  @POST
  @Path("/{taskId}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response comment(@PathParam("taskId") String taskId, CommentText comment) {
    TaskComments.TaskComment created =
        taskComments.comment(taskId, comment == null ? null : comment.text(), actor());
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @GET
  @Path("/{taskId}/attachments")
  public List<TaskAttachments.AttachmentInfo> attachments(@PathParam("taskId") String taskId) {
    return taskAttachments.attachments(taskId, actor());
  }

  /**
   * multipart/form-data with the part {@code file}: a photo (PNG, JPEG, WebP) or a PDF of at most
   * 10 MB, its type told from the content. 201 with the attachment; 400 for another type or size.
   */
  @POST
  @Path("/{taskId}/attachments")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response attach(
      @PathParam("taskId") String taskId,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
      InputStream body,
      @Context UriInfo uri) {
    long limit = TaskAttachments.MAX_ATTACHMENT_BYTES + MULTIPART_OVERHEAD;
    if (contentLength != null
        && contentLength.strip().matches("\\d{1,18}")
        && Long.parseLong(contentLength.strip()) > limit) {
      // refused before reading a byte (and before the server's own request size limit would cut it
      // off)
      throw InvalidInput.of(
          "file", "invalid.attachment.tooLarge", TaskAttachments.MAX_ATTACHMENT_MB);
    }
    MultipartFile file;
    try {
      file =
          MultipartFile.read(body, contentType, "file", limit)
              .orElseThrow(() -> InvalidInput.of("file", "invalid.attachment.missing"));
    } catch (MultipartFile.TooLarge e) {
      throw InvalidInput.of(
          "file", "invalid.attachment.tooLarge", TaskAttachments.MAX_ATTACHMENT_MB);
    } catch (UncheckedIOException e) {
      // the client broke off the upload
      throw new BadRequestException("the upload could not be read: " + e.getCause().getMessage());
    }
    TaskAttachments.AttachmentInfo attachment =
        taskAttachments.attach(taskId, file.fileName(), file.content(), actor());
    return Response.created(
            uri.getBaseUriBuilder()
                .path("tasks")
                .path(taskId)
                .path("attachments")
                .path(attachment.id())
                .build())
        .entity(attachment)
        .build();
  }

  /** Room for the part headers, boundaries and small fields beside the file in one upload. */
  static final long MULTIPART_OVERHEAD = 64 * 1024;

  /** The attachment's bytes with its type and name. */
  @GET
  @Path("/{taskId}/attachments/{attachmentId}")
  @Produces(MediaType.WILDCARD)
  public Response download(
      @PathParam("taskId") String taskId, @PathParam("attachmentId") String attachmentId) {
    TaskAttachments.AttachmentContent content =
        taskAttachments
            .download(taskId, attachmentId, actor())
            .orElseThrow(
                () ->
                    new NotFoundException("task " + taskId + " has no attachment " + attachmentId));
    return Response.ok(content.content(), content.contentType())
        .header("Content-Disposition", content.contentDisposition())
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  /** A team leader claims many tasks; 200 with a result per task. */
  @POST
  @Path("/bulk/claim")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Permission.LEAD_TEAM)
  public BulkResponse bulkClaim(BulkClaim request, @Context HttpHeaders headers) {
    return bulk(handOver.bulkClaim(request == null ? null : request.taskIds(), actor()), headers);
  }

  /** A team leader hands many open tasks to one colleague; 200 with a result per task. */
  @POST
  @Path("/bulk/assign")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Permission.LEAD_TEAM)
  public BulkResponse bulkAssign(BulkAssign request, @Context HttpHeaders headers) {
    return bulk(
        handOver.bulkAssign(
            request == null ? null : request.taskIds(),
            request == null ? null : request.userId(),
            actor()),
        headers);
  }

  private static BulkResponse bulk(List<TaskHandOver.BulkResult> results, HttpHeaders headers) {
    Locale language =
        ApiExceptionMappers.language(
            headers == null ? List.of() : headers.getAcceptableLanguages());
    List<BulkItem> items =
        results.stream()
            .map(r -> new BulkItem(r.taskId(), r.outcome(), r.holder(), message(r, language)))
            .toList();
    return new BulkResponse(
        (int) results.stream().filter(r -> r.outcome() == TaskHandOver.Outcome.DONE).count(),
        items);
  }

  private static String message(TaskHandOver.BulkResult result, Locale language) {
    return switch (result.outcome()) {
      case DONE -> null;
      case TAKEN -> "the task is already claimed by " + result.holder();
      case GONE -> "the task is gone: completed or cancelled by someone else";
      case REFUSED -> String.join("; ", result.refusal().fields(language).values());
    };
  }

  private Actor actor() {
    return Actor.of(user);
  }
}
