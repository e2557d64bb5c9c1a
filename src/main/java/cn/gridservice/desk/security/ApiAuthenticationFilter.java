package cn.gridservice.desk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * HTTP Basic for {@code /api/*} against the same realm as the form login of the pages: a missing or
 * wrong password answers 401 (never a redirect to the login page); roles are then checked by each
 * endpoint's {@link Allowed} (403). A logged-in browser session is accepted as well, but a call
 * that changes something must then prove it comes from our own pages: a JSON body (another site's
 * form cannot send one without the browser asking us first, and we allow no cross-origin calls) or
 * the session's {@link CsrfToken}. Otherwise 403 and nothing is done.
 */
public class ApiAuthenticationFilter extends HttpFilter {

  static final String REALM = "Grid Service Desk";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isPublic(request)) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getUserPrincipal() != null) {
      // authenticated by the session cookie, which the browser also sends with another site's
      // requests
      if (changesState(request) && !isJson(request) && !CsrfToken.carriedBy(request)) {
        forbidden(
            response,
            "a call with the session cookie that changes something needs a JSON body or the "
                + CsrfToken.HEADER
                + " header");
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    String[] credentials = basicCredentials(request.getHeader("Authorization"));
    if (credentials == null) {
      unauthorized(response, "authentication required: use HTTP Basic");
      return;
    }
    try {
      request.login(credentials[0], credentials[1]);
    } catch (ServletException e) {
      unauthorized(response, "invalid user or password");
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      request.logout();
    }
  }

  /**
   * Endpoints customers use without an account (the online message form) live under /api/public.
   */
  private static boolean isPublic(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/public/")
        || path.equals("/api/openapi")
        || path.startsWith("/api/openapi.");
  }

  static boolean changesState(HttpServletRequest request) {
    String method = request.getMethod();
    return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
  }

  static boolean isJson(HttpServletRequest request) {
    String type = request.getContentType();
    if (type == null) {
      return false;
    }
    String mediaType = type.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
    return mediaType.equals("application/json")
        || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
  }

  static String[] basicCredentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
  }

  private static void forbidden(HttpServletResponse response, String message) throws IOException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write("{\"status\":403,\"message\":\"" + message + "\"}");
  }

  private static void unauthorized(HttpServletResponse response, String message)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write("{\"status\":401,\"message\":\"" + message + "\"}");
  }
}
