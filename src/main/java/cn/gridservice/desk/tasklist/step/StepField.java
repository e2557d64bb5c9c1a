package cn.gridservice.desk.tasklist.step;

import java.util.List;

/**
 * One field of a step's form as the API takes it.
 *
 * @param choices the allowed values of a {@link Type#CHOICE} (empty for the other types)
 */
public record StepField(String name, Type type, boolean required, List<String> choices) {

  /** How the field is written in JSON. */
  public enum Type {
    TEXT,
    BOOLEAN,
    INTEGER,
    NUMBER,
    INSTANT,
    CHOICE,
    LIST
  }

  public StepField {
    choices = choices == null ? List.of() : List.copyOf(choices);
  }

  public static StepField text(String name, boolean required) {
    return new StepField(name, Type.TEXT, required, List.of());
  }

  public static StepField bool(String name, boolean required) {
    return new StepField(name, Type.BOOLEAN, required, List.of());
  }

  public static StepField integer(String name, boolean required) {
    return new StepField(name, Type.INTEGER, required, List.of());
  }

  public static StepField number(String name, boolean required) {
    return new StepField(name, Type.NUMBER, required, List.of());
  }

  public static StepField instant(String name, boolean required) {
    return new StepField(name, Type.INSTANT, required, List.of());
  }

  public static StepField list(String name, boolean required) {
    return new StepField(name, Type.LIST, required, List.of());
  }

  public static <E extends Enum<E>> StepField choice(
      String name, boolean required, Class<E> values) {
    return new StepField(
        name,
        Type.CHOICE,
        required,
        java.util.Arrays.stream(values.getEnumConstants()).map(Enum::name).toList());
  }

  public static StepField choice(String name, boolean required, List<String> values) {
    return new StepField(name, Type.CHOICE, required, values);
  }
}
