package cn.gridservice.desk.customer.api;

import cn.gridservice.desk.customer.application.CustomerQueries;
import cn.gridservice.desk.customer.application.CustomerView;
import cn.gridservice.desk.customer.overview.CustomerOverview;
import cn.gridservice.desk.customer.overview.CustomerOverviews;
import cn.gridservice.desk.platform.Page;
import cn.gridservice.desk.security.Allowed;
import cn.gridservice.desk.security.CurrentUser;
import cn.gridservice.desk.security.Permission;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/customers}: the customer archive for integrations. */
@Path("/customers")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {

  @Inject CustomerQueries customers;

  @Inject CustomerOverviews overviews;

  @Inject CurrentUser user;

  @GET
  @Allowed(Permission.READ_CUSTOMERS)
  public Page<CustomerView> search(
      @QueryParam("query") String query,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("20") String size) {
    return customers.search(query, intParam("page", page), intParam("size", size), user.roles());
  }

  @GET
  @Path("/{customerNo}")
  @Allowed(Permission.READ_CUSTOMERS)
  public CustomerView byNumber(@PathParam("customerNo") String customerNo) {
    return customers
        .byNumber(customerNo, user.roles())
        .orElseThrow(() -> new NotFoundException("no customer " + customerNo));
  }

  /**
   * The 360° view: the customer (contact data masked as for {@link #byNumber}), equipment, every
   * service case and complaint, the tasks open on them, SLA records, complaint breaches and
   * escalations, and the combined timeline.
   */
  @GET
  @Path("/{customerNo}/overview")
  @Allowed(Permission.READ_CUSTOMERS)
  public CustomerOverview overview(@PathParam("customerNo") String customerNo) {
    return overviews
        .of(customerNo, user.roles())
        .orElseThrow(() -> new NotFoundException("no customer " + customerNo));
  }

  private static int intParam(String name, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
    }
  }
}
