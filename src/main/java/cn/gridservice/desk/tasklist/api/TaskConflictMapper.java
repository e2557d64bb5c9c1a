package cn.gridservice.desk.tasklist.api;

import cn.gridservice.desk.platform.api.ApiError;
import cn.gridservice.desk.tasklist.TaskClaimConflict;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Somebody else was faster: 409 with a message naming who holds the task, or saying that it is gone
 * (completed or cancelled) — never a 500.
 */
@Provider
public class TaskConflictMapper implements ExceptionMapper<TaskClaimConflict> {

  @Override
  public Response toResponse(TaskClaimConflict e) {
    return Response.status(Response.Status.CONFLICT)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(ApiError.of(409, e.getMessage()))
        .build();
  }
}
