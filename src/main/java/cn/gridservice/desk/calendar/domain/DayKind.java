package cn.gridservice.desk.calendar.domain;

/** How an announced date departs from the weekly pattern of Monday to Friday at work. */
public enum DayKind {
  /** An announced day off (放假), on a weekday or inside a holiday block on a weekend. */
  DAY_OFF,
  /** A weekend day announced as a working day (调休上班) to make up for a day off. */
  MAKEUP_WORKDAY
}
