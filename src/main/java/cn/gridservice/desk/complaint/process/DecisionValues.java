package cn.gridservice.desk.complaint.process;

import cn.gridservice.desk.security.Role;
import java.util.Locale;
import java.util.logging.Logger;

/** Reading the cells of the complaint decision tables. */
final class DecisionValues {

  private static final Logger LOG = Logger.getLogger(DecisionValues.class.getName());

  private DecisionValues() {}

  /**
   * A staff role; empty or no staff role (logged, so the manager sees the table's mistake) is null.
   */
  static Role role(Object value, String decision, String column, Object row) {
    if (!(value instanceof String text) || text.isBlank()) {
      return null;
    }
    try {
      return Role.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      LOG.warning(
          () ->
              decision
                  + ": "
                  + column
                  + " '"
                  + text
                  + "' for "
                  + row
                  + " is no staff role; treated as none");
      return null;
    }
  }

  static Integer integer(Object value) {
    return value instanceof Number number ? number.intValue() : null;
  }
}
