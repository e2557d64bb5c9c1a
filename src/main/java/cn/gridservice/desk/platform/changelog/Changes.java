package cn.gridservice.desk.platform.changelog;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The fields a change touched, collected while it is made: {@link #field} notes a field only when
 * its value differs. Values are written as text: enums by name, collections sorted and joined with
 * commas.
 */
public final class Changes {

  private final List<FieldChange> fields = new ArrayList<>();

  private Changes() {}

  public static Changes none() {
    return new Changes();
  }

  /** Notes the field if {@code before} and {@code after} differ (as text). */
  public Changes field(String name, Object before, Object after) {
    String old = text(before);
    String now = text(after);
    if (!Objects.equals(old, now)) {
      fields.add(new FieldChange(name, old, now));
    }
    return this;
  }

  /** Every field of a new record: what it holds now (fields without a value are left out). */
  public Changes created(String name, Object value) {
    return field(name, null, value);
  }

  public boolean isEmpty() {
    return fields.isEmpty();
  }

  public List<FieldChange> fields() {
    return Collections.unmodifiableList(fields);
  }

  static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof Collection<?> c) {
      return c.isEmpty()
          ? null
          : c.stream()
              .map(Changes::text)
              .filter(Objects::nonNull)
              .sorted()
              .collect(Collectors.joining(","));
    }
    if (value instanceof TemporalAccessor || value instanceof Boolean || value instanceof Number) {
      return value.toString();
    }
    String s = value.toString();
    return s.isBlank() ? null : s;
  }

  @Override
  public String toString() {
    return fields.toString();
  }
}
