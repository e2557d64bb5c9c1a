package cn.gridservice.desk.calendar.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * When something falls due. {@code provisional} says the answer rests on at least one year whose
 * holidays are not published yet, so it may move once they are (see {@link WorkingCalendar}).
 */
public record Deadline(Instant due, boolean provisional) {

  public Deadline {
    Objects.requireNonNull(due, "due");
  }
}
