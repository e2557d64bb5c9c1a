package cn.gridservice.desk.calendar.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Test tables are written in Beijing time, as staff read deadlines; the calendar works in instants.
 */
final class BusinessTime {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter READ =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");
  private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private BusinessTime() {}

  /** {@code "2026-02-13 17:00"} (seconds optional) in Asia/Shanghai. */
  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime, READ).atZone(ZONE).toInstant();
  }

  /**
   * The instant as {@code "2026-02-14 09:00"} in Asia/Shanghai, so that a failure reads like the
   * table; seconds and fractions show only when there are any, so that they cannot hide.
   */
  static String local(Instant instant) {
    ZonedDateTime time = instant.atZone(ZONE);
    return time.getSecond() == 0 && time.getNano() == 0
        ? time.format(WRITE)
        : time.toLocalDateTime().toString();
  }
}
