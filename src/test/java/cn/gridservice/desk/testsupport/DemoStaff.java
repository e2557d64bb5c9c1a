package cn.gridservice.desk.testsupport;

import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.tasklist.Actor;
import java.util.Map;

/**
 * The demo users (password {@code demo}) as the actors they are: user id and roles, as DemoData
 * creates them.
 */
public final class DemoStaff {

  public static final String PASSWORD = "demo";

  private static final Map<String, Role> ROLES =
      Map.of(
          "agent",
          Role.AGENT,
          "agent2",
          Role.AGENT,
          "dispatcher",
          Role.DISPATCHER,
          "technician",
          Role.TECHNICIAN,
          "technician2",
          Role.TECHNICIAN,
          "custmgr",
          Role.CUSTOMER_MANAGER,
          "handler",
          Role.COMPLAINT_HANDLER,
          "manager",
          Role.SERVICE_MANAGER,
          "auditor",
          Role.AUDITOR,
          "admin",
          Role.ADMIN);

  private DemoStaff() {}

  public static Actor actor(String userId) {
    Role role = ROLES.get(userId);
    if (role == null) {
      throw new IllegalArgumentException("no demo user " + userId);
    }
    return Actor.of(userId, role);
  }

  /** A demo user of the role (the first of two where there are two). */
  public static String userOf(Role role) {
    return ROLES.entrySet().stream()
        .filter(e -> e.getValue() == role)
        .map(Map.Entry::getKey)
        .sorted()
        .findFirst()
        .orElseThrow();
  }
}
