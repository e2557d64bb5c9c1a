package cn.gridservice.desk.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The user's language: Chinese first, English on request; kept for the session. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  private Locale locale = CHINESE;

  public Locale getLocale() {
    return locale;
  }

  public String getLanguage() {
    return locale.getLanguage();
  }

  public boolean isChinese() {
    return "zh".equals(locale.getLanguage());
  }

  public void switchTo(String language) {
    locale = "en".equals(language) ? Locale.ENGLISH : CHINESE;
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null) {
      faces.getViewRoot().setLocale(locale);
    }
  }
}
