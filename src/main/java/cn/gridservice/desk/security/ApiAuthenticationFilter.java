package cn.gridservice.desk.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * HTTP Basic for {@code /api/*} against the same realm as the form login of the pages: a missing or
 * wrong password answers 401 (never a redirect to the login page); roles are then checked by each
 * endpoint's {@code @RolesAllowed} (403). A logged-in browser session is accepted as well.
 */
public class ApiAuthenticationFilter extends HttpFilter {

  static final String REALM = "Grid Service Desk";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null || isPublic(request)) {
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

  /** Endpoints customers use without an account (the online message form) live under /api/public. */
  private static boolean isPublic(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/public/") || path.equals("/api/openapi") || path.startsWith("/api/openapi.");
  }

  static String[] basicCredentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
  }

  private static void unauthorized(HttpServletResponse response, String message) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write("{\"status\":401,\"message\":\"" + message + "\"}");
  }
}
