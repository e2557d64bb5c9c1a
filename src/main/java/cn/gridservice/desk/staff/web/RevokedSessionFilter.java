package cn.gridservice.desk.staff.web;

import java.io.IOException;
import java.security.Principal;
import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import cn.gridservice.desk.staff.application.RevokedLogins;

/**
 * Ends a logged-in session that was opened before its member was deactivated, had the password reset
 * or the roles changed: pages go back to the login, the API answers 401.
 */
@WebFilter(filterName = "revokedSessions", urlPatterns = "/*")
public class RevokedSessionFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject
  RevokedLogins revoked;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    Principal principal = request.getUserPrincipal();
    if (session != null && principal != null
        && revoked.isRevoked(principal.getName(), Instant.ofEpochMilli(session.getCreationTime()))) {
      session.invalidate();
      request.logout();
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (path.startsWith("/api/")) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"status\":401,\"message\":\"the session has ended: log in again\"}");
      } else {
        // the container shows the login page for the protected start page
        response.sendRedirect(request.getContextPath() + "/");
      }
      return;
    }
    chain.doFilter(request, response);
  }
}
