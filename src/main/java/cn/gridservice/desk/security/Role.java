package cn.gridservice.desk.security;

/**
 * A staff role. The name is at once the Jakarta Security role, the Elytron realm's role and the
 * process engine's candidate group (the lanes of the models). Labels: {@code role.<NAME>} in the
 * messages.
 */
public enum Role {
  AGENT,
  DISPATCHER,
  TECHNICIAN,
  CUSTOMER_MANAGER,
  COMPLAINT_HANDLER,
  SERVICE_MANAGER,
  AUDITOR,
  ADMIN;

  /** The roles that work on tasks: their names are the models' candidate groups. */
  public static final java.util.Set<Role> TASK_ROLES =
      java.util.Collections.unmodifiableSet(
          java.util.EnumSet.of(
              AGENT, DISPATCHER, TECHNICIAN, CUSTOMER_MANAGER, COMPLAINT_HANDLER, SERVICE_MANAGER));

  /** The role of this name (a candidate group of a model, a realm role), if it is one. */
  public static java.util.Optional<Role> byName(String name) {
    for (Role role : values()) {
      if (role.name().equals(name)) {
        return java.util.Optional.of(role);
      }
    }
    return java.util.Optional.empty();
  }

  /** Constants for annotations such as {@code @RolesAllowed}. */
  public static final class Names {
    public static final String AGENT = "AGENT";
    public static final String DISPATCHER = "DISPATCHER";
    public static final String TECHNICIAN = "TECHNICIAN";
    public static final String CUSTOMER_MANAGER = "CUSTOMER_MANAGER";
    public static final String COMPLAINT_HANDLER = "COMPLAINT_HANDLER";
    public static final String SERVICE_MANAGER = "SERVICE_MANAGER";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";

    private Names() {}
  }
}
