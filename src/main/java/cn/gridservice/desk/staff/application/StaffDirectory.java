package cn.gridservice.desk.staff.application;

import cn.gridservice.desk.security.PasswordHashing;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.staff.domain.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Looks up and enrols staff members. */
@ApplicationScoped
@Transactional
public class StaffDirectory {

  @PersistenceContext EntityManager em;

  public Optional<StaffMember> find(String userId) {
    return Optional.ofNullable(em.find(StaffMember.class, userId));
  }

  public List<StaffMember> withRole(Role role) {
    return em.createNamedQuery("StaffMember.withRole", StaffMember.class)
        .setParameter("role", role)
        .getResultList();
  }

  public long count() {
    return em.createQuery("SELECT COUNT(s) FROM StaffMember s", Long.class).getSingleResult();
  }

  public StaffMember enrol(
      String userId, String name, String team, Set<Role> roles, String password) {
    if (em.find(StaffMember.class, userId) != null) {
      throw new IllegalArgumentException("user " + userId + " exists already");
    }
    StaffMember member = new StaffMember(userId, name, team, roles, PasswordHashing.hash(password));
    em.persist(member);
    return member;
  }
}
