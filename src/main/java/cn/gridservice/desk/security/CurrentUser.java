package cn.gridservice.desk.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The person behind the current request: user id and roles. */
@RequestScoped
public class CurrentUser {

  @Inject HttpServletRequest request;

  private Set<Role> roles;

  public boolean isLoggedIn() {
    return request.getUserPrincipal() != null;
  }

  public String userId() {
    Principal principal = request.getUserPrincipal();
    if (principal == null) {
      throw new IllegalStateException("nobody is logged in");
    }
    return principal.getName();
  }

  public Set<Role> roles() {
    if (roles == null) {
      roles = rolesOf(request);
    }
    return roles;
  }

  public boolean has(Role role) {
    return roles().contains(role);
  }

  public boolean hasAny(Role... wanted) {
    for (Role role : wanted) {
      if (has(role)) {
        return true;
      }
    }
    return false;
  }

  /** The engine's candidate groups of this user. */
  public List<String> groups() {
    return roles().stream().map(Role::name).toList();
  }

  public static Set<Role> rolesOf(HttpServletRequest request) {
    Set<Role> result = EnumSet.noneOf(Role.class);
    if (request.getUserPrincipal() != null) {
      for (Role role : Role.values()) {
        if (request.isUserInRole(role.name())) {
          result.add(role);
        }
      }
    }
    return result;
  }
}
