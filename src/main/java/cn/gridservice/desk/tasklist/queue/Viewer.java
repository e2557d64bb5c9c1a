package cn.gridservice.desk.tasklist.queue;

import cn.gridservice.desk.security.CurrentUser;
import cn.gridservice.desk.security.Role;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Whose queues: the user and the groups (roles) whose unclaimed tasks they may take. */
public record Viewer(String userId, List<String> groups) {

  public Viewer {
    Objects.requireNonNull(userId, "userId");
    groups = List.copyOf(new TreeSet<>(groups));
  }

  /** The logged-in user with the roles that have task queues. */
  public static Viewer of(CurrentUser user) {
    return new Viewer(
        user.userId(),
        user.roles().stream().filter(Role.TASK_ROLES::contains).map(Role::name).toList());
  }

  public static Viewer of(String userId, Set<String> groups) {
    return new Viewer(userId, List.copyOf(groups));
  }
}
