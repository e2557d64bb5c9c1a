package cn.gridservice.desk.platform;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Input that cannot be accepted, with one message per offending field; nothing has been stored. The
 * API answers 400 with the fields, pages show the messages beside the form.
 *
 * <p>A message is a key of the bundles {@code i18n/messages_zh} and {@code i18n/messages_en}
 * (prefix {@value #KEY_PREFIX}, e.g. {@code invalid.accept.reasonRequired}) with {@link
 * MessageFormat} arguments, and is put into words only when it is read: {@link #fields()} in
 * English, {@link #fields(Locale)} in the reader's language. A text that is no key of the bundles
 * is shown as it is.
 */
public class InvalidInput extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The bundles the messages come from, the same as the pages' ({@code msg}). */
  public static final String BUNDLE = "i18n.messages";

  /** The prefix of every key of a validation message. */
  public static final String KEY_PREFIX = "invalid.";

  /**
   * Only the bundles that exist for the locale; never the JVM's default locale's bundle instead.
   */
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** A field's problem: a message key (or a text) and the arguments of its pattern. */
  private record Problem(String key, Object[] args) implements Serializable {}

  private final Map<String, Problem> problems;

  InvalidInput(Map<String, Problem> problems) {
    super(String.join("; ", resolve(problems, Locale.ENGLISH).values()));
    this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
  }

  /** One message per field, in English (the API's default language). */
  public Map<String, String> fields() {
    return fields(Locale.ENGLISH);
  }

  /**
   * One message per field in the given language: Chinese for {@code zh}, English for {@code en} and
   * for every language without a bundle (also for null).
   */
  public Map<String, String> fields(Locale locale) {
    return resolve(problems, locale);
  }

  private static Map<String, String> resolve(Map<String, Problem> problems, Locale locale) {
    ResourceBundle bundle = bundle(locale);
    Map<String, String> texts = new LinkedHashMap<>();
    problems.forEach((field, problem) -> texts.put(field, text(bundle, problem)));
    return Collections.unmodifiableMap(texts);
  }

  private static String text(ResourceBundle bundle, Problem problem) {
    String pattern;
    try {
      pattern = bundle.getString(problem.key());
    } catch (MissingResourceException e) {
      // not a key: a text written out by the caller, shown as it is
      return problem.key();
    }
    return problem.args().length == 0
        ? pattern
        : new MessageFormat(pattern, bundle.getLocale()).format(problem.args());
  }

  /**
   * The bundle of the locale's language, else the English one, whatever the JVM's default locale.
   */
  public static ResourceBundle bundle(Locale locale) {
    if (locale != null && !locale.getLanguage().isEmpty()) {
      try {
        ResourceBundle bundle =
            ResourceBundle.getBundle(
                BUNDLE, locale, InvalidInput.class.getClassLoader(), NO_FALLBACK);
        if (!bundle.getLocale().getLanguage().isEmpty()) {
          return bundle;
        }
      } catch (MissingResourceException e) {
        // no bundle for this language: English below
      }
    }
    return ResourceBundle.getBundle(
        BUNDLE, Locale.ENGLISH, InvalidInput.class.getClassLoader(), NO_FALLBACK);
  }

  /** Collects the problems of one input, so that the user hears of all of them at once. */
  public static final class Collector {
    private final Map<String, Problem> problems = new LinkedHashMap<>();

    /**
     * Notes the field's problem unless it already has one.
     *
     * @param key a message key ({@code invalid.…}); a text that is no key is shown as it is
     * @param args the arguments of the key's {@link MessageFormat} pattern
     */
    public Collector add(String field, String key, Object... args) {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(key, "key");
      problems.putIfAbsent(field, new Problem(key, args == null ? new Object[0] : args.clone()));
      return this;
    }

    /**
     * Notes {@code key} when the text (without surrounding blanks) is longer than {@code max}.
     *
     * @param args the key's arguments (the limit, usually)
     */
    public Collector maxLength(String field, String text, int max, String key, Object... args) {
      if (text != null && text.strip().length() > max) {
        add(field, key, args);
      }
      return this;
    }

    public boolean isEmpty() {
      return problems.isEmpty();
    }

    public void throwIfAny() {
      if (!problems.isEmpty()) {
        throw new InvalidInput(problems);
      }
    }

    public InvalidInput exception() {
      return new InvalidInput(problems);
    }
  }

  public static Collector collect() {
    return new Collector();
  }

  /** The input's only problem: {@code key} (see {@link Collector#add}) with its arguments. */
  public static InvalidInput of(String field, String key, Object... args) {
    return collect().add(field, key, args).exception();
  }
}
