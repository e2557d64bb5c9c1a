package cn.gridservice.desk.platform.web;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Text for backing beans from the same bundles as the pages ({@code i18n/messages}). */
public final class Messages {

  private Messages() {
  }

  public static String text(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      pattern = key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(args);
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

  private static void add(FacesMessage.Severity severity, String key, Object... args) {
    String text = text(key, args);
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
