package cn.gridservice.desk.platform;

import java.util.Locale;
import java.util.Optional;

/**
 * Deployment settings: a system property {@code gsd.x.y} wins over the environment variable {@code
 * GSD_X_Y}. The same names are used by the server's CLI scripts.
 */
public final class Settings {

  private Settings() {}

  public static Optional<String> get(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      value = System.getenv(property.toUpperCase(Locale.ROOT).replace('.', '_'));
    }
    return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
  }

  public static Optional<Boolean> flag(String property) {
    return get(property)
        .map(v -> v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes"));
  }
}
