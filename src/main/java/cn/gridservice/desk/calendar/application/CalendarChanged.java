package cn.gridservice.desk.calendar.application;

import cn.gridservice.desk.calendar.domain.WorkingCalendar;
import java.time.Instant;

/**
 * Fired inside the transaction that saves a year of the calendar, after the engine's timers and the
 * tasks' due dates were computed again: whatever else keeps deadlines from {@code from} on
 * recomputes them with {@code calendar}.
 */
public record CalendarChanged(int year, Instant from, WorkingCalendar calendar) {}
