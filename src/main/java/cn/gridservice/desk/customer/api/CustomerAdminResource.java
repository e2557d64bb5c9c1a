package cn.gridservice.desk.customer.api;

import cn.gridservice.desk.customer.admin.CustomerAdministration;
import cn.gridservice.desk.customer.admin.CustomerFieldMasking;
import cn.gridservice.desk.customer.admin.CustomerForm;
import cn.gridservice.desk.customer.admin.CustomerImport;
import cn.gridservice.desk.customer.admin.ImportRefused;
import cn.gridservice.desk.customer.admin.ImportTemplate;
import cn.gridservice.desk.customer.application.ContactMasking;
import cn.gridservice.desk.customer.application.CustomerQueries;
import cn.gridservice.desk.customer.application.CustomerView;
import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.api.ApiExceptionMappers;
import cn.gridservice.desk.platform.changelog.ChangeLog;
import cn.gridservice.desk.platform.changelog.ChangeView;
import cn.gridservice.desk.security.Allowed;
import cn.gridservice.desk.security.CurrentUser;
import cn.gridservice.desk.security.Permission;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /api/customers} (writing): create, edit and import customers; the roles of {@code
 * security.Permission.EDIT_CUSTOMERS}.
 */
@Path("/customers")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Permission.EDIT_CUSTOMERS)
public class CustomerAdminResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject CustomerAdministration customers;

  @Inject CustomerImport importer;

  @Inject CustomerQueries queries;

  @Inject ChangeLog changeLog;

  @Inject CurrentUser user;

  /** 201 with the customer; 400 with a message per field and nothing stored. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(CustomerForm form, @Context UriInfo uri) {
    Customer created = customers.create(form == null ? new CustomerForm() : form, user.userId());
    return Response.created(uri.getAbsolutePathBuilder().path(created.customerNo()).build())
        .entity(view(created.customerNo()))
        .build();
  }

  /**
   * Replaces the record (the number stays); {@code equipment} lines with an {@code id} are kept and
   * edited, lines without one added, the rest removed.
   */
  @PUT
  @Path("/{customerNo}")
  @Consumes(MediaType.APPLICATION_JSON)
  public CustomerView update(@PathParam("customerNo") String customerNo, CustomerForm form) {
    customers.update(customerNo, form == null ? new CustomerForm() : form, user.userId());
    return view(customerNo);
  }

  /** The customer's record as the edit form holds it, equipment included. */
  @GET
  @Path("/{customerNo}/record")
  public CustomerForm record(@PathParam("customerNo") String customerNo) {
    return customers.form(customerNo);
  }

  @Inject CustomerFieldMasking masking;

  @GET
  @Path("/{customerNo}/changes")
  @Allowed(Permission.READ_CUSTOMER_CHANGES)
  public List<ChangeView> changes(@PathParam("customerNo") String customerNo) {
    customers.form(customerNo);
    List<ChangeView> changes = changeLog.of(CustomerAdministration.ENTITY, customerNo);
    if (ContactMasking.seesContact(user.roles())) {
      return changes;
    }
    // an auditor reads the history with contact data masked as everywhere else
    return changes.stream().map(masking::apply).toList();
  }

  /**
   * The file itself as the body ({@code text/csv} or the .xlsx type; {@code X-File-Name} names it
   * in the change log, percent-encoded UTF-8). 200 {@code {"imported": n, "customerNos": […]}}; 400
   * with {@code rows} — row, column, message — and nothing stored when a row is bad; 400 with
   * {@code fields.file} when the file is unreadable.
   */
  @POST
  @Path("/import")
  @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
  public Response importFile(
      InputStream body,
      @HeaderParam("X-File-Name") String fileName,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @Context HttpHeaders headers) {
    byte[] content;
    try {
      content = body.readNBytes(CustomerImport.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // a header carries ASCII only: the name comes percent-encoded (UTF-8), as browsers encode it
    String name =
        fileName != null
            ? URLDecoder.decode(fileName, StandardCharsets.UTF_8)
            : contentType != null && contentType.startsWith("text/csv")
                ? "upload.csv"
                : "upload.xlsx";
    try {
      CustomerImport.Imported imported = importer.run(name, content, user.userId());
      return Response.ok(
              Map.of("imported", imported.customers(), "customerNos", imported.customerNos()))
          .build();
    } catch (ImportRefused e) {
      Locale language = ApiExceptionMappers.language(headers.getAcceptableLanguages());
      List<ImportRefused.RowProblem> rows = e.report(language);
      return Response.status(400)
          .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
          .entity(
              Map.of(
                  "status",
                  400,
                  "message",
                  e.getMessage(),
                  "rowsRead",
                  e.rowsRead(),
                  "badRows",
                  e.badRows(),
                  "rows",
                  rows))
          .build();
    }
  }

  /** The import template: {@code format} xlsx (default) or csv, {@code lang} zh (default) or en. */
  @GET
  @Path("/import/template")
  @Produces(MediaType.WILDCARD)
  public Response template(@QueryParam("format") String format, @QueryParam("lang") String lang) {
    Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.CHINESE;
    boolean csv = "csv".equals(format);
    if (format != null && !csv && !"xlsx".equals(format)) {
      throw InvalidInput.of("format", "invalid.import.format");
    }
    String file =
        (locale == Locale.ENGLISH ? "customer-import" : "customer-import-zh")
            + (csv ? ".csv" : ".xlsx");
    return Response.ok(
            csv ? ImportTemplate.csv(locale) : ImportTemplate.xlsx(locale),
            csv ? "text/csv;charset=UTF-8" : XLSX)
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
        .build();
  }

  private CustomerView view(String customerNo) {
    return queries.byNumber(customerNo, user.roles()).orElseThrow();
  }
}
