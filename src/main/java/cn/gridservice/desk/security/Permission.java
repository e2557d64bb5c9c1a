package cn.gridservice.desk.security;

import static cn.gridservice.desk.security.Role.ADMIN;
import static cn.gridservice.desk.security.Role.AGENT;
import static cn.gridservice.desk.security.Role.AUDITOR;
import static cn.gridservice.desk.security.Role.COMPLAINT_HANDLER;
import static cn.gridservice.desk.security.Role.CUSTOMER_MANAGER;
import static cn.gridservice.desk.security.Role.DISPATCHER;
import static cn.gridservice.desk.security.Role.SERVICE_MANAGER;
import static cn.gridservice.desk.security.Role.TECHNICIAN;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may do what outside the steps of the models (whose roles the models name): the one
 * declaration that the API ({@link Allowed} on each endpoint), the pages (the {@code may} bean,
 * which decides what a page shows and what its actions accept) and the page addresses ({@link
 * PagePermissionFilter}) all read. Change a role here and every entry point changes with it.
 *
 * <p>Pages are given as servlet-style patterns: an exact path, or a folder ending in {@code /*};
 * the most specific pattern of all permissions decides for a page.
 */
public enum Permission {

  /**
   * The task lists, task pages and task actions (what a task allows is then the model's:
   * TaskAccess).
   */
  WORK_ON_TASKS(List.of("/work/*"), Role.TASK_ROLES),
  /** Hand tasks to colleagues, one or many at once, and supervise every queue (督办). */
  LEAD_TEAM(List.of(), DISPATCHER, SERVICE_MANAGER),

  /** Record a new service case (after-sales request, fault report). */
  CREATE_CASE(List.of("/work/new-case.xhtml"), AGENT, CUSTOMER_MANAGER, SERVICE_MANAGER),
  /** A case with its steps, SLA records and timeline. */
  READ_CASE(
      List.of("/cases/*"),
      AGENT,
      DISPATCHER,
      TECHNICIAN,
      CUSTOMER_MANAGER,
      COMPLAINT_HANDLER,
      SERVICE_MANAGER,
      AUDITOR),
  /** The customer withdraws the request before anyone went on site. */
  CANCEL_CASE(List.of(), AGENT, CUSTOMER_MANAGER, SERVICE_MANAGER),
  /** The customer adds information to an open case. */
  ADD_CASE_INFORMATION(List.of(), AGENT, DISPATCHER, TECHNICIAN, CUSTOMER_MANAGER, SERVICE_MANAGER),

  /** Register a complaint (投诉登记). */
  REGISTER_COMPLAINT(
      List.of("/work/new-complaint.xhtml"),
      AGENT,
      COMPLAINT_HANDLER,
      CUSTOMER_MANAGER,
      SERVICE_MANAGER),
  /** A complaint with its grade, limits, breaches, escalations and timeline. */
  READ_COMPLAINT(
      List.of("/complaints/*"),
      AGENT,
      DISPATCHER,
      CUSTOMER_MANAGER,
      COMPLAINT_HANDLER,
      SERVICE_MANAGER,
      AUDITOR),
  /** Judge measured voltages against the supply rules. */
  CHECK_VOLTAGE(
      List.of(),
      AGENT,
      DISPATCHER,
      TECHNICIAN,
      CUSTOMER_MANAGER,
      COMPLAINT_HANDLER,
      SERVICE_MANAGER,
      AUDITOR),

  /**
   * The customer archive, a customer and the 360° view (contact data masked for some:
   * CustomerPrivacy).
   */
  READ_CUSTOMERS(List.of("/customers/*"), EnumSet.allOf(Role.class)),
  /** Keep the customer archive: create and edit customers, import them from a file. */
  EDIT_CUSTOMERS(
      List.of("/customers/edit.xhtml", "/customers/import.xhtml"),
      AGENT,
      CUSTOMER_MANAGER,
      SERVICE_MANAGER),
  /** The history of changes to a customer's record. */
  READ_CUSTOMER_CHANGES(List.of(), AGENT, CUSTOMER_MANAGER, SERVICE_MANAGER, AUDITOR),
  /** The change log of staff and customer records, all of it. */
  READ_CHANGE_LOG(List.of(), ADMIN, AUDITOR),

  /** Working days and due dates. */
  READ_CALENDAR(List.of(), EnumSet.allOf(Role.class)),
  /** Replace a year of the working-day calendar. */
  EDIT_CALENDAR(List.of("/admin/calendar.xhtml"), ADMIN),
  /** Everything under administration not named otherwise: staff, their roles and passwords. */
  ADMINISTER(List.of("/admin/*"), ADMIN);

  private final List<String> pages;
  private final Set<Role> roles;

  Permission(List<String> pages, Role first, Role... rest) {
    this(pages, EnumSet.of(first, rest));
  }

  Permission(List<String> pages, Set<Role> roles) {
    this.pages = List.copyOf(pages);
    this.roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
  }

  /** The roles that have this permission. */
  public Set<Role> roles() {
    return roles;
  }

  /** The page addresses (patterns) only this permission opens. */
  public List<String> pages() {
    return pages;
  }

  public boolean allows(Set<Role> userRoles) {
    return userRoles.stream().anyMatch(roles::contains);
  }

  public boolean allows(Role role) {
    return roles.contains(role);
  }

  /**
   * The permission a page address needs: the most specific pattern (an exact path before a folder,
   * a longer folder before a shorter one), or null for pages any member of staff may open.
   */
  public static Permission forPage(String path) {
    Permission best = null;
    int bestScore = -1;
    for (Permission permission : values()) {
      for (String pattern : permission.pages) {
        int score = match(pattern, path);
        if (score > bestScore) {
          best = permission;
          bestScore = score;
        }
      }
    }
    return best;
  }

  /** -1: no match; otherwise larger is more specific. */
  private static int match(String pattern, String path) {
    if (pattern.endsWith("/*")) {
      String folder = pattern.substring(0, pattern.length() - 1);
      return path.startsWith(folder) ? folder.length() : -1;
    }
    return pattern.equals(path) ? Integer.MAX_VALUE : -1;
  }
}
