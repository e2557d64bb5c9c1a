package cn.gridservice.desk.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that cannot be accepted, with one message per offending field; nothing has been stored.
 * The API answers 400 with the fields, pages show the messages beside the form.
 */
public class InvalidInput extends RuntimeException {

  private final Map<String, String> fields;

  InvalidInput(Map<String, String> fields) {
    super(String.join("; ", fields.values()));
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  public Map<String, String> fields() {
    return fields;
  }

  /** Collects the problems of one input, so that the user hears of all of them at once. */
  public static final class Collector {
    private final Map<String, String> fields = new LinkedHashMap<>();

    public Collector add(String field, String message) {
      fields.putIfAbsent(field, message);
      return this;
    }

    public void throwIfAny() {
      if (!fields.isEmpty()) {
        throw new InvalidInput(fields);
      }
    }

    public InvalidInput exception() {
      return new InvalidInput(fields);
    }
  }

  public static Collector collect() {
    return new Collector();
  }

  public static InvalidInput of(String field, String message) {
    return new InvalidInput(Map.of(field, message));
  }
}
