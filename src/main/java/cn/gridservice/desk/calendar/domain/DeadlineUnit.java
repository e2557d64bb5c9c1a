package cn.gridservice.desk.calendar.domain;

/** The units in which service limits are written; see {@link WorkingCalendar#add}. */
public enum DeadlineUnit {
  /** Counted on the working calendar: due at the end of working hours of the Nth working day. */
  WORKING_DAYS,
  /** Counted on the working calendar: only time inside working hours counts. */
  WORKING_HOURS,
  /** Calendar days of 24 hours, around the clock (24×7). */
  DAYS,
  /** Around the clock (24×7), e.g. fault repair on site. */
  HOURS,
  /** Around the clock (24×7). */
  MINUTES;

  /** Whether the working calendar decides the result, so that it can be provisional. */
  public boolean usesWorkingCalendar() {
    return this == WORKING_DAYS || this == WORKING_HOURS;
  }
}
