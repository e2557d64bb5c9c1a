package cn.gridservice.desk.tasklist;

import cn.gridservice.desk.security.CurrentUser;
import cn.gridservice.desk.security.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Who acts on a task: the user id and the roles (which are also the engine's candidate groups). */
public record Actor(String userId, Set<Role> roles) {

  /** Team leaders hand tasks to colleagues (assign, delegate, bulk claim and bulk assign). */
  public static final Set<Role> TEAM_LEADERS = EnumSet.of(Role.DISPATCHER, Role.SERVICE_MANAGER);

  public Actor {
    if (userId == null || userId.isBlank()) {
      throw new IllegalArgumentException("an actor needs a user id");
    }
    roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(roles);
  }

  public static Actor of(String userId, Role... roles) {
    return new Actor(userId, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
  }

  /** The person behind the current request. */
  public static Actor of(CurrentUser user) {
    return new Actor(user.userId(), user.roles());
  }

  public boolean isTeamLeader() {
    return roles.stream().anyMatch(TEAM_LEADERS::contains);
  }

  /** The engine's candidate groups of this user. */
  public List<String> groups() {
    return roles.stream().map(Role::name).sorted().toList();
  }
}
