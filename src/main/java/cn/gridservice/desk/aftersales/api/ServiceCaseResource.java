package cn.gridservice.desk.aftersales.api;

import cn.gridservice.desk.aftersales.application.AfterSalesCases;
import cn.gridservice.desk.aftersales.application.CaseRequests;
import cn.gridservice.desk.aftersales.application.NewServiceCase;
import cn.gridservice.desk.aftersales.application.ServiceCaseQueries;
import cn.gridservice.desk.aftersales.application.ServiceCaseView;
import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.api.ApiError;
import cn.gridservice.desk.security.Allowed;
import cn.gridservice.desk.security.CurrentUser;
import cn.gridservice.desk.security.Permission;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
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

/** {@code /api/service-cases}: after-sales cases for integrations. */
@Path("/service-cases")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceCaseResource {

  @Inject ServiceCaseQueries cases;

  @Inject AfterSalesCases afterSales;

  @Inject CaseRequests requests;

  @Inject CurrentUser user;

  /**
   * Opens a case: 201 with the case and its first step. With an {@code Idempotency-Key} header a
   * retried request returns the case the first one created (header {@code Idempotent-Replayed}).
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Permission.CREATE_CASE)
  public Response create(
      NewServiceCase request,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @Context UriInfo uri) {
    if (request == null) {
      throw InvalidInput.of("body", "invalid.serviceCase.bodyRequired");
    }
    AfterSalesCases.Submitted submitted;
    try {
      submitted = afterSales.submit(request, idempotencyKey, user.userId());
    } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
      if (idempotencyKey == null) {
        throw e;
      }
      // another request with the same key was faster: its case is the answer
      submitted = afterSales.submit(request, idempotencyKey, user.userId());
    }
    ServiceCaseView view = cases.byNumber(submitted.caseNo(), user.roles()).orElseThrow();
    return Response.created(
            uri.getBaseUriBuilder().path("service-cases").path(view.caseNo()).build())
        .header("Idempotent-Replayed", submitted.replayed())
        .entity(view)
        .build();
  }

  public record Note(String text) {}

  /** The customer cancels before execution: 200 with the case, 409 once execution has begun. */
  @POST
  @Path("/{caseNo}/cancel")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Permission.CANCEL_CASE)
  public Response cancel(@PathParam("caseNo") String caseNo, Note reason) {
    return onCase(
        caseNo,
        () -> requests.cancel(caseNo, user.userId(), reason == null ? null : reason.text()));
  }

  /** Information the customer adds: on the case's timeline and on every open task. */
  @POST
  @Path("/{caseNo}/information")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Permission.ADD_CASE_INFORMATION)
  public Response addInformation(@PathParam("caseNo") String caseNo, Note note) {
    return onCase(
        caseNo,
        () -> requests.addInformation(caseNo, user.userId(), note == null ? null : note.text()));
  }

  private Response onCase(String caseNo, Runnable change) {
    try {
      change.run();
    } catch (CaseRequests.CaseNotFound e) {
      throw new NotFoundException(e.getMessage());
    } catch (CaseRequests.CaseStateConflict e) {
      return Response.status(Response.Status.CONFLICT)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(ApiError.of(409, e.getMessage()))
          .build();
    }
    return Response.ok(cases.byNumber(caseNo, user.roles()).orElseThrow()).build();
  }

  @GET
  @Path("/{caseNo}")
  @Allowed(Permission.READ_CASE)
  public ServiceCaseView byNumber(@PathParam("caseNo") String caseNo) {
    return cases
        .byNumber(caseNo, user.roles())
        .orElseThrow(() -> new NotFoundException("no service case " + caseNo));
  }
}
