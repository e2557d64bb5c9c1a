package cn.gridservice.desk.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Text from the pages' bundles ({@code i18n/messages_zh}, {@code messages_en}) for code outside a
 * Faces request: mails, exports, API answers. The labels of enums live there only, as {@code
 * <prefix>.<NAME>} ({@code role.DISPATCHER}, {@code grade.MAJOR} …). Pages and backing beans read
 * the same texts through {@code msg} and {@code platform.web.Messages}.
 */
public final class Texts {

  public static final String BUNDLE = "i18n.messages";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Texts() {}

  /**
   * The text of {@code key} in the language, its arguments filled in; the key itself when the
   * bundle lacks it.
   */
  public static String text(Locale locale, String key, Object... args) {
    String pattern;
    try {
      pattern = bundle(locale).getString(key);
    } catch (MissingResourceException e) {
      pattern = key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  /**
   * The label of an enum constant: {@code <prefix>.<NAME>}, e.g. {@code label(Locale.ENGLISH,
   * "role", Role.AGENT)}.
   */
  public static String label(Locale locale, String prefix, Enum<?> value) {
    return value == null ? "" : text(locale, prefix + "." + value.name());
  }

  private static ResourceBundle bundle(Locale locale) {
    Locale language =
        Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.CHINESE;
    return ResourceBundle.getBundle(BUNDLE, language, Texts.class.getClassLoader(), NO_FALLBACK);
  }
}
