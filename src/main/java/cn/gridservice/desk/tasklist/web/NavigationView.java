package cn.gridservice.desk.tasklist.web;

import cn.gridservice.desk.platform.web.Messages;
import cn.gridservice.desk.security.CurrentUser;
import cn.gridservice.desk.security.Permission;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.tasklist.queue.TaskQueueQueries;
import cn.gridservice.desk.tasklist.queue.Viewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The menu of the layout: each role sees the pages it may open (the same roles as web.xml). It
 * lives with the task list because its first entries are the task queues and their counts.
 */
@Named
@RequestScoped
public class NavigationView {

  /** Roles that work on tasks. */
  public static final Set<Role> TASK_ROLES = Role.TASK_ROLES;

  /**
   * @param queue for a task list: the queue's id (the link's {@code queue} parameter); null
   *     otherwise
   * @param count for a task list: how many tasks it holds now
   * @param labelArgument for a group queue: the group's bundle key, shown in the label
   */
  public record MenuEntry(
      String labelKey,
      String outcome,
      String icon,
      String queue,
      Long count,
      String labelArgument) {

    MenuEntry(String labelKey, String outcome, String icon) {
      this(labelKey, outcome, icon, null, null, null);
    }
  }

  @Inject CurrentUser user;

  @Inject TaskQueueQueries queueCounts;

  /**
   * Built once per request: the page asks for it in several phases, and the queues' counts cost
   * queries.
   */
  private List<MenuEntry> entries;

  public List<MenuEntry> getEntries() {
    if (entries == null) {
      entries = buildEntries();
    }
    return entries;
  }

  private List<MenuEntry> buildEntries() {
    List<MenuEntry> entries = new ArrayList<>();
    if (Permission.WORK_ON_TASKS.allows(user.roles())) {
      entries.add(new MenuEntry("menu.myWork", "/work/my-work.xhtml", "pi pi-inbox"));
      queueCounts
          .counts(Viewer.of(user))
          .forEach(
              (queue, count) ->
                  entries.add(
                      new MenuEntry(
                          "queue." + queue.kind().name(),
                          "/work/my-work.xhtml",
                          "pi pi-angle-right",
                          queue.id(),
                          count,
                          queue.group() == null ? null : "role." + queue.group().name())));
    }
    if (Permission.CREATE_CASE.allows(user.roles())) {
      entries.add(new MenuEntry("menu.newCase", "/work/new-case.xhtml", "pi pi-plus-circle"));
    }
    if (Permission.REGISTER_COMPLAINT.allows(user.roles())) {
      entries.add(
          new MenuEntry("menu.newComplaint", "/work/new-complaint.xhtml", "pi pi-megaphone"));
    }
    if (Permission.READ_CUSTOMERS.allows(user.roles())) {
      entries.add(new MenuEntry("menu.customers", "/customers/index.xhtml", "pi pi-users"));
    }
    if (Permission.EDIT_CUSTOMERS.allows(user.roles())) {
      entries.add(new MenuEntry("menu.customerImport", "/customers/import.xhtml", "pi pi-upload"));
    }
    if (Permission.ADMINISTER.allows(user.roles())) {
      entries.add(new MenuEntry("menu.staff", "/admin/staff.xhtml", "pi pi-id-card"));
    }
    if (Permission.EDIT_CALENDAR.allows(user.roles())) {
      entries.add(new MenuEntry("menu.calendar", "/admin/calendar.xhtml", "pi pi-calendar"));
    }
    return entries;
  }

  public String getUserId() {
    return user.userId();
  }

  public List<Role> getRoles() {
    return List.copyOf(user.roles());
  }

  /**
   * Where "home" is for this user: the task list, or the customer archive for roles without tasks.
   */
  public String home() {
    boolean works = user.roles().stream().anyMatch(TASK_ROLES::contains);
    return (works ? "/work/my-work.xhtml" : "/customers/index.xhtml") + "?faces-redirect=true";
  }

  /** A group queue's label: "队列：客服坐席". */
  public String label(MenuEntry entry) {
    return Messages.text(entry.labelKey(), Messages.text(entry.labelArgument()));
  }
}
