package cn.gridservice.desk.staff.api;

import cn.gridservice.desk.platform.Page;
import cn.gridservice.desk.platform.changelog.ChangeLog;
import cn.gridservice.desk.platform.changelog.ChangeView;
import cn.gridservice.desk.platform.changelog.FieldMasking;
import cn.gridservice.desk.security.Allowed;
import cn.gridservice.desk.security.Permission;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * {@code /api/change-log}: who changed which record when, for administrators and auditors (with the
 * administration of staff; the log itself is kept in {@code platform.changelog}). Neither role sees
 * customers' contact data, so every capability's {@link FieldMasking} is applied to what they read.
 */
@Path("/change-log")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Permission.READ_CHANGE_LOG)
public class ChangeLogResource {

  @Inject ChangeLog changeLog;

  @Inject @Any Instance<FieldMasking> maskings;

  @GET
  public Page<ChangeView> find(
      @QueryParam("entityType") String entityType,
      @QueryParam("entityId") String entityId,
      @QueryParam("actor") String actor,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("50") String size) {
    Page<ChangeView> found =
        changeLog.find(
            new ChangeLog.ChangeQuery(
                entityType, entityId, actor, time("from", from), time("to", to)),
            whole("page", page),
            whole("size", size));
    return found.map(
        change -> {
          ChangeView masked = change;
          for (FieldMasking masking : maskings) {
            masked = masking.apply(masked);
          }
          return masked;
        });
  }

  private static java.time.Instant time(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          name + " must be a time such as 2026-03-01T00:00:00+08:00, not '" + value + "'");
    }
  }

  private static int whole(String name, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
    }
  }
}
