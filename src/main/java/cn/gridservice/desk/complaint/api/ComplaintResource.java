package cn.gridservice.desk.complaint.api;

import cn.gridservice.desk.complaint.application.ComplaintQueries;
import cn.gridservice.desk.complaint.application.ComplaintView;
import cn.gridservice.desk.complaint.application.Complaints;
import cn.gridservice.desk.complaint.application.NewComplaint;
import cn.gridservice.desk.customer.domain.Channel;
import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.security.Allowed;
import cn.gridservice.desk.security.CurrentUser;
import cn.gridservice.desk.security.Permission;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code /api/complaints}: complaints for integrations (95598 hand-over, regulator referrals). */
@Path("/complaints")
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintResource {

  @Inject Complaints complaints;

  @Inject ComplaintQueries queries;

  @Inject CurrentUser user;

  /**
   * Registers a complaint: 201 with the complaint, its grade, limits and first step. With an {@code
   * Idempotency-Key} header a retried request returns the complaint the first one registered
   * (header {@code Idempotent-Replayed}).
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Permission.REGISTER_COMPLAINT)
  public Response register(
      NewComplaint request,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @Context UriInfo uri) {
    if (request == null) {
      throw InvalidInput.of("body", "invalid.complaint.bodyRequired");
    }
    Complaints.Registered registered;
    try {
      registered = complaints.register(request, Channel.API, idempotencyKey, user.userId());
    } catch (PersistenceException | TransactionalException e) {
      if (idempotencyKey == null) {
        throw e;
      }
      // another request with the same key was faster: its complaint is the answer
      registered = complaints.register(request, Channel.API, idempotencyKey, user.userId());
    }
    ComplaintView view = queries.byNumber(registered.complaintNo(), user.roles()).orElseThrow();
    return Response.created(
            uri.getBaseUriBuilder().path("complaints").path(view.complaintNo()).build())
        .header("Idempotent-Replayed", registered.replayed())
        .entity(view)
        .build();
  }

  @GET
  @Path("/{complaintNo}")
  @Allowed(Permission.READ_COMPLAINT)
  public ComplaintView byNumber(@PathParam("complaintNo") String complaintNo) {
    return queries
        .byNumber(complaintNo, user.roles())
        .orElseThrow(() -> new NotFoundException("no complaint " + complaintNo));
  }
}
