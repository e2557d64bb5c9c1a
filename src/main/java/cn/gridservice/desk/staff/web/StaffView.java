package cn.gridservice.desk.staff.web;

import cn.gridservice.desk.staff.application.StaffAdministration;
import cn.gridservice.desk.staff.domain.StaffMember;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The administrator's list of staff members and their roles. */
@Named
@RequestScoped
public class StaffView {

  @Inject StaffAdministration administration;

  private List<StaffMember> staff;

  public List<StaffMember> getStaff() {
    if (staff == null) {
      staff = administration.all();
    }
    return staff;
  }
}
