package cn.gridservice.desk.calendar.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A limit written the way models and decision tables write it: {@code <UNIT>:<amount>}, e.g. {@code
 * WORKING_DAYS:7}, {@code WORKING_HOURS:4}, {@code MINUTES:45} (units as in {@link DeadlineUnit}).
 * The same notation serves BPMN timers, task due dates and DMN outputs.
 */
public record DeadlineRule(long amount, DeadlineUnit unit) {

  private static final Pattern NOTATION =
      Pattern.compile("\\s*([A-Za-z_]+)\\s*:\\s*(\\d{1,6})\\s*");

  public DeadlineRule {
    if (unit == null) {
      throw new IllegalArgumentException("unit is required");
    }
    if (amount < 0) {
      throw new IllegalArgumentException("amount must not be negative");
    }
  }

  /**
   * @return the rule, or empty when the text is not in this notation (e.g. an ISO-8601 duration)
   */
  public static Optional<DeadlineRule> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = NOTATION.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    DeadlineUnit unit;
    try {
      unit = DeadlineUnit.valueOf(m.group(1).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.of(new DeadlineRule(Long.parseLong(m.group(2)), unit));
  }

  public Deadline applyFrom(Instant start, WorkingCalendar calendar) {
    return calendar.add(start, amount, unit);
  }

  @Override
  public String toString() {
    return unit.name() + ":" + amount;
  }
}
