package cn.gridservice.desk.tasklist.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gridservice.desk.platform.Page;
import cn.gridservice.desk.platform.api.ApiError;
import cn.gridservice.desk.security.CurrentUser;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.tasklist.MyWork;
import cn.gridservice.desk.tasklist.TaskClaimConflict;
import cn.gridservice.desk.tasklist.WorkItem;

/** {@code /api/tasks}: the user's work as JSON, and claim. */
@Path("/tasks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.DISPATCHER, Role.Names.TECHNICIAN, Role.Names.CUSTOMER_MANAGER,
    Role.Names.COMPLAINT_HANDLER, Role.Names.SERVICE_MANAGER})
public class TaskResource {

  static final int MAX_PAGE_SIZE = 200;

  @Inject
  MyWork myWork;

  @Inject
  CurrentUser user;

  /** The user's own tasks and the unclaimed tasks of the user's groups, most urgent first. */
  @GET
  public Page<WorkItem> myWork(@QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
    }
    return new Page<>(myWork.page(user.userId(), user.groups(), page * size, size), page, size,
        myWork.count(user.userId(), user.groups()));
  }

  /** 200 when the task is now the caller's; 409 naming the holder when somebody else was faster. */
  @POST
  @Path("/{taskId}/claim")
  public Response claim(@PathParam("taskId") String taskId) {
    try {
      myWork.claim(taskId, user.userId());
      return Response.ok(new ClaimResult(taskId, user.userId())).build();
    } catch (TaskClaimConflict e) {
      return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(ApiError.of(409, e.getMessage())).build();
    }
  }

  public record ClaimResult(String taskId, String assignee) {
  }
}
