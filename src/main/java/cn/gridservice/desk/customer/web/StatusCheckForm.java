package cn.gridservice.desk.customer.web;

import cn.gridservice.desk.customer.status.PublicStatusLookup;
import cn.gridservice.desk.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The customers' status check page ({@code /public/status.xhtml}, 进度查询), without a login: the case
 * or complaint number and the last four digits of the phone on record.
 */
@Named
@RequestScoped
public class StatusCheckForm implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject PublicStatusLookup lookup;

  private String reference;
  private String phoneLast4;
  private PublicStatusLookup.PublicStatus status;

  public void check() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    PublicStatusLookup.Answer answer =
        lookup.lookup(reference, phoneLast4, request.getRemoteAddr());
    switch (answer.outcome()) {
      case FOUND -> status = answer.status();
      // one answer for a wrong number and wrong digits: the page must not tell which numbers exist
      case NOT_FOUND -> Messages.error("publicStatus.notFound");
      case THROTTLED -> Messages.error("publicStatus.throttled", answer.retryAfterMinutes());
      case INVALID -> Messages.error("publicStatus.invalid");
    }
  }

  /** A time as the customer reads it: {@code 2026-12-04 09:00} (Beijing time). */
  public String time(OffsetDateTime time) {
    return time == null ? "" : TIME.format(time);
  }

  /** The state in the customer's words. */
  public String getStateText() {
    return status == null ? null : Messages.text("publicStatus.state." + status.state().name());
  }

  public PublicStatusLookup.PublicStatus getStatus() {
    return status;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getPhoneLast4() {
    return phoneLast4;
  }

  public void setPhoneLast4(String phoneLast4) {
    this.phoneLast4 = phoneLast4;
  }
}
