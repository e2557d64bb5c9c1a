package cn.gridservice.desk.calendar.api;

import cn.gridservice.desk.calendar.application.CalendarYearView;
import cn.gridservice.desk.calendar.application.WorkingCalendarService;
import cn.gridservice.desk.calendar.domain.Deadline;
import cn.gridservice.desk.calendar.domain.DeadlineUnit;
import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.Times;
import cn.gridservice.desk.security.Allowed;
import cn.gridservice.desk.security.CurrentUser;
import cn.gridservice.desk.security.Permission;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** {@code /api/calendar}: deadlines in working time, and the working-day calendar by year. */
@Path("/calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

  static final long MAX_AMOUNT = 100_000;

  @Inject WorkingCalendarService calendar;

  @Inject CurrentUser user;

  public record DueAnswer(OffsetDateTime due, boolean provisional) {}

  /** When is something due that starts at {@code from} and may take {@code amount unit}? */
  @GET
  @Path("/due")
  @Allowed(Permission.READ_CALENDAR)
  public DueAnswer due(
      @QueryParam("from") String from,
      @QueryParam("amount") String amount,
      @QueryParam("unit") String unit) {
    InvalidInput.Collector errors = InvalidInput.collect();
    OffsetDateTime start = null;
    if (from == null || from.isBlank()) {
      errors.add("from", "invalid.calendar.fromRequired");
    } else {
      try {
        start = OffsetDateTime.parse(from.trim());
      } catch (DateTimeParseException e) {
        errors.add("from", "invalid.calendar.fromInvalid", from);
      }
    }
    long count = -1;
    if (amount == null || amount.isBlank()) {
      errors.add("amount", "invalid.calendar.amountRequired", MAX_AMOUNT);
    } else {
      try {
        count = Long.parseLong(amount.trim());
      } catch (NumberFormatException e) {
        count = -1;
      }
      if (count < 0 || count > MAX_AMOUNT) {
        errors.add("amount", "invalid.calendar.amountInvalid", MAX_AMOUNT, amount);
      }
    }
    DeadlineUnit deadlineUnit = null;
    List<String> units = Arrays.stream(DeadlineUnit.values()).map(Enum::name).toList();
    if (unit == null || unit.isBlank()) {
      errors.add("unit", "invalid.calendar.unitRequired", units);
    } else if (!units.contains(unit.trim())) {
      errors.add("unit", "invalid.calendar.unitInvalid", units, unit);
    } else {
      deadlineUnit = DeadlineUnit.valueOf(unit.trim());
    }
    errors.throwIfAny();
    Deadline deadline;
    try {
      deadline = calendar.current().add(start.toInstant(), count, deadlineUnit);
    } catch (IllegalStateException e) {
      // the calendar looks at most three years ahead
      throw InvalidInput.of("amount", "invalid.calendar.amountTooLarge", e.getMessage());
    }
    return new DueAnswer(Times.toBusinessTime(deadline.due()), deadline.provisional());
  }

  @GET
  @Path("/{year}")
  @Allowed(Permission.READ_CALENDAR)
  public CalendarYearView year(@PathParam("year") String year) {
    return calendar.year(yearParam(year));
  }

  public record YearChange(String source, List<CalendarYearView.Entry> entries) {}

  /** Replaces a year's days off and make-up working days; due dates that depend on them move. */
  @PUT
  @Path("/{year}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Permission.EDIT_CALENDAR)
  public WorkingCalendarService.YearSaved replaceYear(
      @PathParam("year") String year, YearChange change) {
    if (change == null) {
      throw InvalidInput.of("body", "invalid.calendar.bodyRequired");
    }
    return calendar.replaceYear(yearParam(year), change.source(), change.entries(), user.userId());
  }

  private static int yearParam(String year) {
    try {
      int value = Integer.parseInt(year);
      if (value >= WorkingCalendarService.FIRST_YEAR && value <= WorkingCalendarService.LAST_YEAR) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw InvalidInput.of(
        "year",
        "invalid.calendar.yearInvalid",
        WorkingCalendarService.FIRST_YEAR,
        WorkingCalendarService.LAST_YEAR,
        year);
  }
}
