package cn.gridservice.desk.testsupport;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;

/**
 * Points in time written as tests read them: ISO-8601 with the offset, e.g. {@code
 * 2026-03-02T09:00:00+08:00}.
 */
public final class TestTimes {

  private TestTimes() {}

  /** As the engine's clock and dates want it. */
  public static Date at(String isoWithOffset) {
    return Date.from(instant(isoWithOffset));
  }

  public static Instant instant(String isoWithOffset) {
    return OffsetDateTime.parse(isoWithOffset).toInstant();
  }
}
