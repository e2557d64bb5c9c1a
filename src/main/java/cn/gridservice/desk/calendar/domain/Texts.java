package cn.gridservice.desk.calendar.domain;

/**
 * Checks of text fields against their columns, so that a bad value fails with its name, not in SQL.
 */
final class Texts {

  private Texts() {}

  static String required(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    return optional(value, field, maxLength);
  }

  static String optional(String value, String field, int maxLength) {
    if (value != null && value.codePointCount(0, value.length()) > maxLength) {
      throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
    }
    return value == null || value.isBlank() ? null : value.strip();
  }
}
