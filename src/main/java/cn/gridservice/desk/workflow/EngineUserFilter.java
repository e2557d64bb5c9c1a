package cn.gridservice.desk.workflow;

import cn.gridservice.desk.security.CurrentUser;
import cn.gridservice.desk.security.Role;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Makes the logged-in person the engine's authenticated user for the request, so that claims,
 * completions and every entry of the engine's operation log name who acted.
 */
public class EngineUserFilter extends HttpFilter {

  @Inject EngineServices engine;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() == null || !engine.isRunning()) {
      chain.doFilter(request, response);
      return;
    }
    List<String> groups = CurrentUser.rolesOf(request).stream().map(Role::name).toList();
    engine.identityService().setAuthentication(request.getUserPrincipal().getName(), groups);
    try {
      chain.doFilter(request, response);
    } finally {
      engine.identityService().clearAuthentication();
    }
  }
}
