package cn.gridservice.desk.platform.changelog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One field of a change: its value before and after, as text (null when there was none). */
@Embeddable
public class FieldChange {

  static final int MAX_VALUE = 1000;

  @Column(name = "field_name", nullable = false, length = 60)
  private String field;

  @Column(name = "old_value", length = MAX_VALUE)
  private String oldValue;

  @Column(name = "new_value", length = MAX_VALUE)
  private String newValue;

  protected FieldChange() {}

  public FieldChange(String field, String oldValue, String newValue) {
    this.field = Objects.requireNonNull(field, "field");
    this.oldValue = clip(oldValue);
    this.newValue = clip(newValue);
  }

  private static String clip(String value) {
    return value == null || value.length() <= MAX_VALUE
        ? value
        : value.substring(0, MAX_VALUE - 1) + "…";
  }

  public String field() {
    return field;
  }

  public String oldValue() {
    return oldValue;
  }

  public String newValue() {
    return newValue;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldChange other
        && field.equals(other.field)
        && Objects.equals(oldValue, other.oldValue)
        && Objects.equals(newValue, other.newValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, oldValue, newValue);
  }

  @Override
  public String toString() {
    return field + ": " + oldValue + " → " + newValue;
  }
}
