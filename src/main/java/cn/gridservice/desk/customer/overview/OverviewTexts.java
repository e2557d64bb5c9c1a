package cn.gridservice.desk.customer.overview;

import java.util.Locale;

/**
 * Texts of the 360° page that are put together rather than looked up: how late a step is ({@code
 * 2天3小时} / {@code 2 d 3 h}) and a limit rule as people read it ({@code WORKING_HOURS:4} → {@code
 * 4个工作小时} / {@code 4 working hours}).
 */
public final class OverviewTexts {

  private OverviewTexts() {}

  /**
   * At most the two largest units; blank for null (on time); under a minute reads as less than a
   * minute.
   */
  public static String lateness(Long seconds, Locale locale) {
    if (seconds == null) {
      return "";
    }
    boolean chinese = isChinese(locale);
    long s = Math.max(0, seconds);
    if (s < 60) {
      return chinese ? "不到1分钟" : "< 1 min";
    }
    long[] amounts = {s / 86_400, s % 86_400 / 3_600, s % 3_600 / 60};
    String[] units = chinese ? new String[] {"天", "小时", "分钟"} : new String[] {" d", " h", " min"};
    int first = 0;
    while (amounts[first] == 0) {
      first++;
    }
    StringBuilder text = new StringBuilder().append(amounts[first]).append(units[first]);
    // the next unit only when it is not zero: "1 d", "1 d 3 h", "2 h 5 min", never "1 d 0 h"
    if (first + 1 < amounts.length && amounts[first + 1] > 0) {
      text.append(chinese ? "" : " ").append(amounts[first + 1]).append(units[first + 1]);
    }
    return text.toString();
  }

  /**
   * A limit in the notation of processes/README.md ({@code WORKING_DAYS:1}, {@code MINUTES:45},
   * {@code APPOINTMENT}, {@code FROM_SUBMISSION MINUTES:225}) in words; anything else as it is,
   * blank for none.
   */
  public static String limit(String rule, Locale locale) {
    if (rule == null || rule.isBlank()) {
      return "";
    }
    boolean chinese = isChinese(locale);
    String trimmed = rule.strip();
    if (trimmed.equals("APPOINTMENT")) {
      return chinese ? "预约时段结束前" : "by the end of the appointment";
    }
    if (trimmed.startsWith("FROM_SUBMISSION ")) {
      String inner = trimmed.substring("FROM_SUBMISSION ".length()).strip();
      String words = limit(inner, locale);
      if (words.equals(inner)) {
        return rule;
      }
      return chinese ? "自报修起" + words : words + " from submission";
    }
    int colon = trimmed.indexOf(':');
    if (colon < 0) {
      return rule;
    }
    long amount;
    try {
      amount = Long.parseLong(trimmed.substring(colon + 1).strip());
    } catch (NumberFormatException e) {
      return rule;
    }
    String unit = trimmed.substring(0, colon).strip();
    String[] words =
        switch (unit) {
          case "WORKING_DAYS" -> new String[] {"个工作日", "working day"};
          case "WORKING_HOURS" -> new String[] {"个工作小时", "working hour"};
          case "DAYS" -> new String[] {"天", "day"};
          case "HOURS" -> new String[] {"小时", "hour"};
          case "MINUTES" -> new String[] {"分钟", "minute"};
          default -> null;
        };
    if (words == null) {
      return rule;
    }
    return chinese ? amount + words[0] : amount + " " + words[1] + (amount == 1 ? "" : "s");
  }

  private static boolean isChinese(Locale locale) {
    return locale == null || "zh".equals(locale.getLanguage());
  }
}
