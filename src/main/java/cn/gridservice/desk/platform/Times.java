package cn.gridservice.desk.platform;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;

/** Times leave the application as ISO-8601 with the business zone's offset (+08:00). */
public final class Times {

  public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

  private Times() {}

  public static OffsetDateTime toBusinessTime(Instant instant) {
    return instant == null ? null : instant.atZone(BUSINESS_ZONE).toOffsetDateTime();
  }

  public static OffsetDateTime toBusinessTime(Date date) {
    return date == null ? null : toBusinessTime(date.toInstant());
  }
}
