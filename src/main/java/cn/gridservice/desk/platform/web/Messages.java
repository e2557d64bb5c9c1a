package cn.gridservice.desk.platform.web;

import cn.gridservice.desk.platform.InvalidInput;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Text for backing beans from the same bundles as the pages ({@code i18n/messages}). */
public final class Messages {

  private Messages() {}

  public static String text(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      pattern = key;
    }
    return args.length == 0
        ? pattern
        : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(args);
  }

  public static void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, key, args);
  }

  public static void warn(String key, Object... args) {
    add(FacesMessage.SEVERITY_WARN, key, args);
  }

  public static void error(String key, Object... args) {
    add(FacesMessage.SEVERITY_ERROR, key, args);
  }

  /**
   * Every message of the refused input as an error, in the view's language, each put into the
   * page's text {@code key} (e.g. {@code form.invalid}: "Not submitted: {0}").
   */
  public static void invalid(String key, InvalidInput refused) {
    refused.fields(locale()).values().forEach(message -> error(key, message));
  }

  /** The view's language ({@link LocaleSelection}), Chinese when there is no view. */
  public static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null || faces.getViewRoot().getLocale() == null
        ? LocaleSelection.CHINESE
        : faces.getViewRoot().getLocale();
  }

  private static void add(FacesMessage.Severity severity, String key, Object... args) {
    String text = text(key, args);
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
