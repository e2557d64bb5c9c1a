package cn.gridservice.desk.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Puts the user's language ({@link LocaleSelection}) on the view as soon as it is restored, so that
 * messages added before rendering — in view actions, validation, form actions — are in the language
 * the page is rendered in, not in the language the servlet container guesses for a request without
 * an {@code Accept-Language} header.
 */
public class LocalePhaseListener implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // the view does not exist yet
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    UIViewRoot view = event.getFacesContext().getViewRoot();
    if (view != null) {
      view.setLocale(CDI.current().select(LocaleSelection.class).get().getLocale());
    }
  }
}
