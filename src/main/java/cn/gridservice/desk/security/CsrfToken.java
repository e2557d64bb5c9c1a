package cn.gridservice.desk.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A secret of the browser session that a page's own script sends as {@value #HEADER} when it calls
 * the API with the session cookie (the layout writes it into {@code <meta name="csrf-token">}).
 * Another site can make the browser send the cookie, but cannot read the page to learn the token.
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

  public static final String HEADER = "X-CSRF-Token";
  private static final String ATTRIBUTE = CsrfToken.class.getName();
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject HttpServletRequest request;

  /** The current session's token (made on first use). */
  public String getToken() {
    return of(request.getSession(true));
  }

  static String of(HttpSession session) {
    synchronized (session) {
      Object token = session.getAttribute(ATTRIBUTE);
      if (token == null) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(ATTRIBUTE, token);
      }
      return token.toString();
    }
  }

  /** Whether the request carries its session's token (compared in constant time). */
  static boolean carriedBy(HttpServletRequest request) {
    String sent = request.getHeader(HEADER);
    HttpSession session = request.getSession(false);
    if (sent == null || session == null || session.getAttribute(ATTRIBUTE) == null) {
      return false;
    }
    return MessageDigest.isEqual(
        sent.getBytes(StandardCharsets.UTF_8),
        session.getAttribute(ATTRIBUTE).toString().getBytes(StandardCharsets.UTF_8));
  }
}
