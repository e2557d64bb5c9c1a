package cn.gridservice.desk.staff.application;

import cn.gridservice.desk.platform.ApplicationStarted;
import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.Settings;
import cn.gridservice.desk.platform.changelog.ChangeAction;
import cn.gridservice.desk.platform.changelog.ChangeLog;
import cn.gridservice.desk.platform.changelog.Changes;
import cn.gridservice.desk.security.PasswordHashing;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.staff.domain.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.logging.Logger;

/**
 * The first login of an installation without demo data: when no staff exists at start-up and {@code
 * GSD_ADMIN_PASSWORD} ({@code -Dgsd.admin.password}) is set, the user {@value #USER_ID} with the
 * role ADMIN is created with that password. The administrator then creates everybody else.
 */
@ApplicationScoped
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
  public static final String USER_ID = "admin";
  static final String SETTING = "gsd.admin.password";

  @PersistenceContext EntityManager em;

  @Inject ChangeLog changeLog;

  @Transactional
  public void onStart(@Observes ApplicationStarted started) {
    long staff = em.createQuery("SELECT COUNT(s) FROM StaffMember s", Long.class).getSingleResult();
    if (staff > 0) {
      return;
    }
    String password = Settings.get(SETTING).orElse(null);
    if (password == null) {
      LOG.warning(
          "No staff in the database and GSD_ADMIN_PASSWORD (-Dgsd.admin.password) is not set: nobody can log in."
              + " Set it and restart to create the user '"
              + USER_ID
              + "'.");
      return;
    }
    InvalidInput.Collector problems = InvalidInput.collect();
    StaffRules.password(problems, SETTING, password, USER_ID);
    try {
      problems.throwIfAny();
    } catch (InvalidInput e) {
      LOG.severe("GSD_ADMIN_PASSWORD is not accepted, no administrator created: " + e.getMessage());
      return;
    }
    StaffMember admin =
        new StaffMember(
            USER_ID, "系统管理员", null, EnumSet.of(Role.ADMIN), PasswordHashing.hash(password));
    em.persist(admin);
    changeLog.record(
        StaffAdministration.ENTITY,
        USER_ID,
        ChangeAction.CREATED,
        "system",
        Changes.none()
            .created("name", admin.name())
            .created("roles", admin.roles())
            .created("active", true),
        "GSD_ADMIN_PASSWORD at start-up");
    LOG.info(
        "No staff in the database: created the administrator '"
            + USER_ID
            + "' with the password of GSD_ADMIN_PASSWORD");
  }
}
