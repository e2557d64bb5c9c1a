package cn.gridservice.desk.staff.application;

import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.changelog.ChangeAction;
import cn.gridservice.desk.platform.changelog.ChangeLog;
import cn.gridservice.desk.platform.changelog.Changes;
import cn.gridservice.desk.security.PasswordHashing;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.staff.domain.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The administrator's work on staff: enrol, edit, deactivate and reactivate, reset a password.
 * Every change goes into the change log in the same transaction, under the administrator's name;
 * the password and its hash never do.
 */
@ApplicationScoped
@Transactional
public class StaffAdministration {

  /** The change log's name for staff records. */
  public static final String ENTITY = "STAFF";

  @PersistenceContext EntityManager em;

  @Inject ChangeLog changeLog;

  @Inject Event<StaffLoginRevoked> revoked;

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<StaffMember> all() {
    return em.createQuery(
            "SELECT DISTINCT s FROM StaffMember s LEFT JOIN FETCH s.roles ORDER BY s.userId",
            StaffMember.class)
        .getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public StaffMember get(String userId) {
    StaffMember member = userId == null ? null : em.find(StaffMember.class, userId);
    if (member == null) {
      throw InvalidInput.of("userId", "invalid.staff.unknown", String.valueOf(userId));
    }
    return member;
  }

  public StaffMember create(StaffForm form, String actor) {
    InvalidInput.Collector problems = StaffRules.check(form, true);
    if (form.getUserId() != null && em.find(StaffMember.class, form.getUserId()) != null) {
      problems.add("userId", "invalid.staff.userId.taken", form.getUserId());
    }
    problems.throwIfAny();
    StaffMember member =
        new StaffMember(
            form.getUserId(),
            form.getName(),
            form.getTeam(),
            form.getRoles(),
            PasswordHashing.hash(form.getPassword()));
    member.describe(form.getName(), form.getTeam(), form.getArea());
    member.contact(form.getEmail(), form.getPhone());
    member.grade(form.getManagerGrade());
    em.persist(member);
    changeLog.record(
        ENTITY,
        member.userId(),
        ChangeAction.CREATED,
        actor,
        Changes.none()
            .created("name", member.name())
            .created("team", member.team())
            .created("area", member.area())
            .created("email", member.email())
            .created("phone", member.phone())
            .created("roles", member.roles())
            .created("managerGrade", member.managerGrade())
            .created("active", true),
        null);
    return member;
  }

  public StaffMember update(String userId, StaffForm form, String actor) {
    StaffMember member = lockedMember(userId);
    InvalidInput.Collector problems = StaffRules.check(form, false);
    if (member.isActive()
        && member.hasRole(Role.ADMIN)
        && form.getRoles() != null
        && !form.getRoles().contains(Role.ADMIN)
        && otherActiveAdmins(userId) == 0) {
      problems.add("roles", "invalid.staff.lastAdmin");
    }
    problems.throwIfAny();
    Changes changes =
        Changes.none()
            .field("name", member.name(), form.getName())
            .field("team", member.team(), form.getTeam())
            .field("area", member.area(), form.getArea())
            .field("email", member.email(), form.getEmail())
            .field("phone", member.phone(), form.getPhone())
            .field("roles", member.roles(), form.getRoles())
            .field("managerGrade", member.managerGrade(), form.getManagerGrade());
    member.describe(form.getName(), form.getTeam(), form.getArea());
    member.contact(form.getEmail(), form.getPhone());
    member.assignRoles(form.getRoles());
    member.grade(form.getManagerGrade());
    if (!changes.isEmpty()) {
      changeLog.record(ENTITY, userId, ChangeAction.UPDATED, actor, changes, null);
      if (changes.fields().stream().anyMatch(f -> f.field().equals("roles"))) {
        // open sessions hold the old roles: they end, the next login reads the new ones
        revoked.fire(new StaffLoginRevoked(userId, Instant.now()));
      }
    }
    return member;
  }

  public StaffMember deactivate(String userId, String actor) {
    StaffMember member = lockedMember(userId);
    if (userId.equals(actor)) {
      throw InvalidInput.of("userId", "invalid.staff.deactivateSelf");
    }
    if (!member.isActive()) {
      return member;
    }
    if (member.hasRole(Role.ADMIN) && otherActiveAdmins(userId) == 0) {
      throw InvalidInput.of("userId", "invalid.staff.lastAdmin");
    }
    member.deactivate();
    changeLog.record(
        ENTITY,
        userId,
        ChangeAction.DEACTIVATED,
        actor,
        Changes.none().field("active", true, false),
        null);
    revoked.fire(new StaffLoginRevoked(userId, Instant.now()));
    return member;
  }

  public StaffMember reactivate(String userId, String actor) {
    StaffMember member = lockedMember(userId);
    if (!member.isActive()) {
      member.reactivate();
      changeLog.record(
          ENTITY,
          userId,
          ChangeAction.REACTIVATED,
          actor,
          Changes.none().field("active", false, true),
          null);
    }
    return member;
  }

  /** Sets a new password chosen by the administrator; the member's open sessions end. */
  public void resetPassword(String userId, String newPassword, String actor) {
    StaffMember member = lockedMember(userId);
    InvalidInput.Collector problems = InvalidInput.collect();
    StaffRules.password(problems, "password", newPassword, userId);
    problems.throwIfAny();
    member.changePassword(PasswordHashing.hash(newPassword));
    changeLog.record(ENTITY, userId, ChangeAction.PASSWORD_RESET, actor, Changes.none(), null);
    revoked.fire(new StaffLoginRevoked(userId, Instant.now()));
  }

  private StaffMember lockedMember(String userId) {
    StaffMember member = get(userId);
    // two administrators changing the last admins at once must not both succeed
    em.lock(member, LockModeType.PESSIMISTIC_WRITE);
    return member;
  }

  private long otherActiveAdmins(String userId) {
    return em.createQuery(
            "SELECT COUNT(s) FROM StaffMember s JOIN s.roles r WHERE r = :admin AND s.active = TRUE"
                + " AND s.userId <> :userId",
            Long.class)
        .setParameter("admin", Role.ADMIN)
        .setParameter("userId", userId)
        .getSingleResult();
  }
}
