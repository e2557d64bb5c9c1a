package cn.gridservice.desk.customer.notice;

import cn.gridservice.desk.platform.Times;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes a notice out from {@code i18n/notices_zh.properties} and {@code notices_en.properties}
 * (Chinese first, English below; times in Beijing time). The placeholders of every text: {0} the
 * case or complaint number, {1} the visit's window, {2} the window it moved from, {3} the reply
 * limit.
 */
public final class NoticeTexts {

  static final String BUNDLE = "i18n.notices";

  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private NoticeTexts() {}

  public static NoticeText compose(CustomerNotice notice) {
    ResourceBundle zh = bundle(Locale.CHINESE);
    ResourceBundle en = bundle(Locale.ENGLISH);
    String prefix = "notice." + notice.kind().name() + ".";
    String subject =
        text(zh, prefix + "subject", notice, Locale.CHINESE)
            + " | "
            + text(en, prefix + "subject", notice, Locale.ENGLISH);
    String body =
        zh.getString("notice.greeting")
            + "\n"
            + text(zh, prefix + "body", notice, Locale.CHINESE)
            + "\n"
            + zh.getString("notice.status")
            + "\n\n"
            + en.getString("notice.greeting")
            + "\n"
            + text(en, prefix + "body", notice, Locale.ENGLISH)
            + "\n"
            + en.getString("notice.status")
            + "\n\n-- \n"
            + zh.getString("notice.signature")
            + " / "
            + en.getString("notice.signature");
    String shortText =
        zh.getString("notice.smsPrefix")
            + text(zh, prefix + "sms", notice, Locale.CHINESE)
            + " / "
            + text(en, prefix + "sms", notice, Locale.ENGLISH);
    return new NoticeText(subject, body, shortText);
  }

  /** {@code 2026-12-03 09:00–11:00}, or both ends in full when the window spans days. */
  static String window(Instant start, Instant end) {
    if (start == null || end == null) {
      return "";
    }
    ZonedDateTime from = start.atZone(Times.BUSINESS_ZONE);
    ZonedDateTime to = end.atZone(Times.BUSINESS_ZONE);
    return DAY_TIME.format(from)
        + "–"
        + (from.toLocalDate().equals(to.toLocalDate()) ? TIME.format(to) : DAY_TIME.format(to));
  }

  private static String text(ResourceBundle bundle, String key, CustomerNotice n, Locale locale) {
    String due = n.due() == null ? "" : DAY_TIME.format(n.due().atZone(Times.BUSINESS_ZONE));
    return new MessageFormat(bundle.getString(key), locale)
        .format(
            new Object[] {
              n.reference(),
              window(n.start(), n.end()),
              window(n.previousStart(), n.previousEnd()),
              due
            });
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE,
        locale,
        NoticeTexts.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
