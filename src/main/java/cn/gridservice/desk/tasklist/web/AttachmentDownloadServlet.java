package cn.gridservice.desk.tasklist.web;

import cn.gridservice.desk.platform.NotPermitted;
import cn.gridservice.desk.security.CurrentUser;
import cn.gridservice.desk.tasklist.Actor;
import cn.gridservice.desk.tasklist.TaskAttachments;
import cn.gridservice.desk.tasklist.TaskClaimConflict;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Downloads a task's attachment for the pages ({@code /work/task-attachment?taskId=…&id=…}): under
 * the task lists' security constraint and the pages' form login, where {@code /api} expects Basic.
 */
@WebServlet("/work/task-attachment")
public class AttachmentDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject TaskAttachments attachments;

  @Inject CurrentUser user;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<TaskAttachments.AttachmentContent> content;
    try {
      content =
          attachments.download(
              request.getParameter("taskId"), request.getParameter("id"), Actor.of(user));
    } catch (TaskClaimConflict e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (NotPermitted e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    if (content.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    TaskAttachments.AttachmentContent file = content.get();
    response.setContentType(file.contentType());
    response.setContentLength(file.content().length);
    response.setHeader("Content-Disposition", file.contentDisposition());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    response.getOutputStream().write(file.content());
  }
}
