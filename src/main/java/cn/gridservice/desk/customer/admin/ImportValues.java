package cn.gridservice.desk.customer.admin;

import cn.gridservice.desk.customer.domain.Area;
import cn.gridservice.desk.customer.domain.CustomerCategory;
import cn.gridservice.desk.platform.InvalidInput;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The values of an import cell: a category or area by its code or its Chinese or English name in
 * the bundles (居民 / Residential / RESIDENTIAL), yes/no as 是/否, Y/N, yes/no, true/false, 1/0 (blank
 * = no), dates as 2026-03-01 or 2026/3/1.
 */
final class ImportValues {

  private static final Set<String> YES = Set.of("是", "y", "yes", "true", "1", "√");
  private static final Set<String> NO = Set.of("否", "n", "no", "false", "0", "");
  private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");
  private static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("yyyy-M-d");

  private ImportValues() {}

  static Optional<CustomerCategory> category(String text) {
    return named(CustomerCategory.class, "category.", text);
  }

  static Optional<Area> area(String text) {
    return named(Area.class, "area.", text);
  }

  /** Empty when the text is neither yes nor no. */
  static Optional<Boolean> flag(String text) {
    String value = text.strip().toLowerCase(Locale.ROOT);
    if (YES.contains(value)) {
      return Optional.of(true);
    }
    return NO.contains(value) ? Optional.of(false) : Optional.empty();
  }

  /** Empty when the text is no date. */
  static Optional<LocalDate> date(String text) {
    for (DateTimeFormatter format :
        new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, DASHED, SLASHED}) {
      try {
        return Optional.of(LocalDate.parse(text.strip(), format));
      } catch (DateTimeParseException e) {
        // the next format
      }
    }
    return Optional.empty();
  }

  private static <E extends Enum<E>> Optional<E> named(
      Class<E> type, String keyPrefix, String text) {
    String wanted = ImportColumn.normalise(text);
    for (E value : type.getEnumConstants()) {
      if (ImportColumn.normalise(value.name()).equals(wanted)) {
        return Optional.of(value);
      }
      for (Locale locale : new Locale[] {Locale.CHINESE, Locale.ENGLISH}) {
        if (ImportColumn.normalise(InvalidInput.bundle(locale).getString(keyPrefix + value.name()))
            .equals(wanted)) {
          return Optional.of(value);
        }
      }
    }
    return Optional.empty();
  }
}
