package cn.gridservice.desk.staff.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.gridservice.desk.staff.domain.StaffMember;

/** The administrator's list of staff members and their roles. */
@Named
@RequestScoped
public class StaffView {

  @PersistenceContext
  EntityManager em;

  private List<StaffMember> staff;

  public List<StaffMember> getStaff() {
    if (staff == null) {
      staff = em.createQuery("SELECT DISTINCT s FROM StaffMember s LEFT JOIN FETCH s.roles ORDER BY s.userId", StaffMember.class)
          .getResultList();
    }
    return staff;
  }
}
