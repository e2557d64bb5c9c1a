package cn.gridservice.desk.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;

/**
 * Checks {@link Allowed} before an endpoint runs: a caller none of whose roles has the permission
 * gets 403 and nothing is done. (Authentication itself is {@link ApiAuthenticationFilter}'s: 401.)
 */
@Provider
public class AllowedFeature implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Allowed allowed = resource.getResourceMethod().getAnnotation(Allowed.class);
    if (allowed == null) {
      allowed = resource.getResourceClass().getAnnotation(Allowed.class);
    }
    if (allowed != null) {
      context.register(new Check(allowed.value()));
    }
  }

  @Priority(Priorities.AUTHORIZATION)
  static final class Check implements ContainerRequestFilter {
    private final Permission permission;

    Check(Permission permission) {
      this.permission = permission;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
      var security = request.getSecurityContext();
      if (security.getUserPrincipal() == null) {
        request.abortWith(
            Response.status(Response.Status.UNAUTHORIZED)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity("{\"status\":401,\"message\":\"authentication required\"}")
                .build());
        return;
      }
      for (Role role : permission.roles()) {
        if (security.isUserInRole(role.name())) {
          return;
        }
      }
      request.abortWith(
          Response.status(Response.Status.FORBIDDEN)
              .type(MediaType.APPLICATION_JSON_TYPE)
              .entity(
                  "{\"status\":403,\"message\":\""
                      + permission
                      + " is not among the permissions of your roles\"}")
              .build());
    }
  }
}
