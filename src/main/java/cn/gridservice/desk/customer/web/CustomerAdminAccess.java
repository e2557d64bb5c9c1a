package cn.gridservice.desk.customer.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gridservice.desk.security.CurrentUser;
import cn.gridservice.desk.security.Role;

/**
 * Who keeps the customer archive (create, edit, import): the same roles as web.xml's constraint on
 * {@code /customers/edit.xhtml} and {@code /customers/import.xhtml} and the API's {@code @RolesAllowed}.
 */
@Named
@RequestScoped
public class CustomerAdminAccess {

  public static final Set<Role> EDITORS = EnumSet.of(Role.AGENT, Role.CUSTOMER_MANAGER, Role.SERVICE_MANAGER);

  @Inject
  CurrentUser user;

  public boolean isAllowed() {
    return user.roles().stream().anyMatch(EDITORS::contains);
  }
}
