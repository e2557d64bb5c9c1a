package cn.gridservice.desk.security;

import cn.gridservice.desk.platform.NotPermitted;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The pages' side of {@link Permission}: {@code #{may.to('CANCEL_CASE')}} shows an action only to
 * the roles the API allows, and the action's bean calls {@link #require} before it acts, so a
 * forged request is refused like the API refuses it.
 */
@Named("may")
@RequestScoped
public class May {

  @Inject CurrentUser user;

  public boolean to(Permission permission) {
    return user.isLoggedIn() && permission.allows(user.roles());
  }

  /**
   * @throws NotPermitted (the page shows a warning, the API answers 403)
   */
  public void require(Permission permission) {
    if (!to(permission)) {
      throw new NotPermitted(
          permission
              + " is not among the permissions of "
              + (user.isLoggedIn() ? user.userId() : "an anonymous user"));
    }
  }
}
