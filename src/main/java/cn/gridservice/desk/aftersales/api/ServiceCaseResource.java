package cn.gridservice.desk.aftersales.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import cn.gridservice.desk.aftersales.application.ServiceCaseQueries;
import cn.gridservice.desk.aftersales.application.ServiceCaseView;
import cn.gridservice.desk.security.Role;

/** {@code /api/service-cases}: after-sales cases for integrations. */
@Path("/service-cases")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceCaseResource {

  @Inject
  ServiceCaseQueries cases;

  @GET
  @Path("/{caseNo}")
  @RolesAllowed({Role.Names.AGENT, Role.Names.DISPATCHER, Role.Names.TECHNICIAN, Role.Names.CUSTOMER_MANAGER,
      Role.Names.COMPLAINT_HANDLER, Role.Names.SERVICE_MANAGER, Role.Names.AUDITOR})
  public ServiceCaseView byNumber(@PathParam("caseNo") String caseNo) {
    return cases.byNumber(caseNo).orElseThrow(() -> new NotFoundException("no service case " + caseNo));
  }
}
