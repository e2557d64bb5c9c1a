package cn.gridservice.desk.staff.web;

import cn.gridservice.desk.staff.application.RevokedLogins;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.time.Instant;

/**
 * Ends a logged-in session that was opened before its member was deactivated, had the password
 * reset or the roles changed: pages go back to the login, the API answers 401.
 */
@WebFilter(filterName = "revokedSessions", urlPatterns = "/*")
public class RevokedSessionFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Session attribute: when the member's login of this session was first seen (epoch ms). */
  static final String LOGGED_IN_SINCE = "gsd.loggedInSince";

  @Inject RevokedLogins revoked;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    Principal principal = request.getUserPrincipal();
    // a request with HTTP Basic has just been checked by the realm (active member, current
    // password)
    if (session == null || principal == null || request.getHeader("Authorization") != null) {
      chain.doFilter(request, response);
      return;
    }
    Object since = session.getAttribute(LOGGED_IN_SINCE);
    if (!(since instanceof Long loggedInSince)) {
      // the first request of this login: when the session was authenticated, near enough
      session.setAttribute(LOGGED_IN_SINCE, System.currentTimeMillis());
    } else if (revoked.isRevoked(principal.getName(), Instant.ofEpochMilli(loggedInSince))) {
      session.invalidate();
      request.logout();
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (path.startsWith("/api/")) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/json;charset=UTF-8");
        response
            .getWriter()
            .write("{\"status\":401,\"message\":\"the session has ended: log in again\"}");
      } else {
        // the container shows the login page for the protected start page
        response.sendRedirect(request.getContextPath() + "/");
      }
      return;
    }
    chain.doFilter(request, response);
  }
}
