package cn.gridservice.desk.calendar.application;

import cn.gridservice.desk.calendar.domain.DayKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One year of the working-day calendar: whether official data exists ({@code published}; if not,
 * deadlines in it are provisional), its days off and make-up working days, and the working hours.
 */
public record CalendarYearView(
    int year,
    boolean published,
    boolean provisional,
    String source,
    OffsetDateTime updatedAt,
    String updatedBy,
    String zone,
    LocalTime morningStart,
    LocalTime morningEnd,
    LocalTime afternoonStart,
    LocalTime afternoonEnd,
    List<Entry> entries) {

  /** A day off (including weekend days inside a holiday) or a weekend day worked instead (调休上班). */
  public record Entry(LocalDate date, DayKind kind, String name, String source) {}
}
