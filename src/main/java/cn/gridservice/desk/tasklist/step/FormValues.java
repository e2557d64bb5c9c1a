package cn.gridservice.desk.tasklist.step;

import cn.gridservice.desk.platform.InvalidInput;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fields of a form sent as JSON, read by type: every wrongly typed field is collected, and
 * {@link #check()} refuses them all at once before anything is done. A missing field reads as null;
 * whether it is required is the step's own check, the same as on the page.
 */
public final class FormValues {

  private final JsonObject json;
  private final InvalidInput.Collector errors = InvalidInput.collect();

  public FormValues(JsonObject json) {
    this.json = json == null ? JsonValue.EMPTY_JSON_OBJECT : json;
  }

  /** Refuses the form when any field read so far had the wrong type. */
  public void check() {
    errors.throwIfAny();
  }

  public String text(String name) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    return value instanceof JsonString s ? s.getString() : value.toString();
  }

  public Boolean bool(String name) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    errors.add(name, "invalid.field.boolean", name);
    return null;
  }

  public Integer integer(String name) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonNumber n && n.isIntegral()) {
      return n.intValue();
    }
    errors.add(name, "invalid.field.integer", name);
    return null;
  }

  public BigDecimal decimal(String name) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonNumber n) {
      return n.bigDecimalValue();
    }
    errors.add(name, "invalid.field.number", name);
    return null;
  }

  /** An ISO-8601 date-time with offset, e.g. {@code 2026-05-11T09:00:00+08:00}. */
  public Instant instant(String name) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      errors.add(name, "invalid.field.instant", name, text);
      return null;
    }
  }

  public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
    String text = text(name);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> allowed = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        allowed.add(constant.name());
      }
      errors.add(name, "invalid.field.notOneOf", name, String.join(", ", allowed), text);
      return null;
    }
  }

  /** A value out of a list of allowed ones (as written there), or null when missing. */
  public String choice(String name, List<String> allowed) {
    String text = text(name);
    if (text == null || text.isBlank() || allowed.isEmpty()) {
      return text;
    }
    if (!allowed.contains(text.strip())) {
      errors.add(name, "invalid.field.notOneOf", name, String.join(", ", allowed), text);
      return null;
    }
    return text.strip();
  }

  /**
   * An array of objects (the lines of a table), empty when missing.
   *
   * @param invalidKey the message when the field is not an array of objects
   */
  public List<JsonObject> objects(String name, String invalidKey) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return List.of();
    }
    if (!(value instanceof JsonArray array)) {
      errors.add(name, invalidKey, name);
      return List.of();
    }
    List<JsonObject> lines = new ArrayList<>();
    for (JsonValue item : array) {
      if (!(item instanceof JsonObject line)) {
        errors.add(name, invalidKey, name);
        return List.of();
      }
      lines.add(line);
    }
    return lines;
  }
}
