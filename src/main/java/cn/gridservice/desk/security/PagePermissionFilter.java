package cn.gridservice.desk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Page addresses need the {@link Permission} that names them (web.xml only says: log in, any member
 * of staff): a page a role may not use answers 403 before its view is built, the same roles the
 * page's API counterpart allows.
 */
public class PagePermissionFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Permission needed = request.getUserPrincipal() == null ? null : Permission.forPage(path);
    if (needed != null && !needed.allows(CurrentUser.rolesOf(request))) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, response);
  }
}
