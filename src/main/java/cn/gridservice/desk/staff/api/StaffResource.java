package cn.gridservice.desk.staff.api;

import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.changelog.ChangeLog;
import cn.gridservice.desk.platform.changelog.ChangeView;
import cn.gridservice.desk.security.Allowed;
import cn.gridservice.desk.security.CurrentUser;
import cn.gridservice.desk.security.Permission;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.staff.application.StaffAdministration;
import cn.gridservice.desk.staff.application.StaffForm;
import cn.gridservice.desk.staff.domain.ManagerGrade;
import cn.gridservice.desk.staff.domain.StaffMember;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;

/** {@code /api/staff}: the administrator's staff records (never a password or its hash). */
@Path("/staff")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Permission.ADMINISTER)
public class StaffResource {

  @Inject StaffAdministration staff;

  @Inject ChangeLog changeLog;

  @Inject CurrentUser user;

  /** A staff member as the API shows it. */
  public record StaffJson(
      String userId,
      String name,
      String team,
      String area,
      String email,
      String phone,
      Set<Role> roles,
      ManagerGrade managerGrade,
      boolean active) {

    static StaffJson of(StaffMember m) {
      return new StaffJson(
          m.userId(),
          m.name(),
          m.team(),
          m.area(),
          m.email(),
          m.phone(),
          m.roles(),
          m.managerGrade(),
          m.isActive());
    }
  }

  /** The body of a password reset. */
  public record NewPassword(String password) {}

  @GET
  public List<StaffJson> all() {
    return staff.all().stream().map(StaffJson::of).toList();
  }

  @GET
  @Path("/{userId}")
  public StaffJson one(@PathParam("userId") String userId) {
    return StaffJson.of(staff.get(userId));
  }

  @GET
  @Path("/{userId}/changes")
  public List<ChangeView> changes(@PathParam("userId") String userId) {
    return changeLog.of(StaffAdministration.ENTITY, staff.get(userId).userId());
  }

  /** 201 with the new member; 400 with a message per field and nothing stored. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(StaffForm form, @Context UriInfo uri) {
    StaffMember created = staff.create(required(form), user.userId());
    return Response.created(uri.getAbsolutePathBuilder().path(created.userId()).build())
        .entity(StaffJson.of(created))
        .build();
  }

  /** Replaces name, team, area, contacts, roles and grade (a password in the body is ignored). */
  @PUT
  @Path("/{userId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public StaffJson update(@PathParam("userId") String userId, StaffForm form) {
    return StaffJson.of(staff.update(userId, required(form), user.userId()));
  }

  @POST
  @Path("/{userId}/deactivate")
  public StaffJson deactivate(@PathParam("userId") String userId) {
    return StaffJson.of(staff.deactivate(userId, user.userId()));
  }

  @POST
  @Path("/{userId}/reactivate")
  public StaffJson reactivate(@PathParam("userId") String userId) {
    return StaffJson.of(staff.reactivate(userId, user.userId()));
  }

  /** 204; the member's old password and open sessions stop working. */
  @POST
  @Path("/{userId}/password")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response resetPassword(@PathParam("userId") String userId, NewPassword body) {
    staff.resetPassword(userId, body == null ? null : body.password(), user.userId());
    return Response.noContent().build();
  }

  private static StaffForm required(StaffForm form) {
    if (form == null) {
      throw InvalidInput.of("body", "invalid.staff.name.required");
    }
    return form;
  }
}
