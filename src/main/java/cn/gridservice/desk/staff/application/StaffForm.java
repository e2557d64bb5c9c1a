package cn.gridservice.desk.staff.application;

import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.staff.domain.ManagerGrade;
import cn.gridservice.desk.staff.domain.StaffMember;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the administrator enters for a member of staff, on the page or as JSON. The password is
 * given only when the member is created ({@code PUT} ignores it; a reset has its own call).
 */
public class StaffForm {

  private String userId;
  private String name;
  private String team;
  private String area;
  private String email;
  private String phone;
  private Set<Role> roles = EnumSet.noneOf(Role.class);
  private ManagerGrade managerGrade;
  private String password;

  public static StaffForm of(StaffMember member) {
    StaffForm form = new StaffForm();
    form.userId = member.userId();
    form.name = member.name();
    form.team = member.team();
    form.area = member.area();
    form.email = member.email();
    form.phone = member.phone();
    form.roles =
        member.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(member.roles());
    form.managerGrade = member.managerGrade();
    return form;
  }

  public String getUserId() {
    return userId;
  }

  public void setUserId(String userId) {
    this.userId = userId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTeam() {
    return team;
  }

  public void setTeam(String team) {
    this.team = team;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public Set<Role> getRoles() {
    return roles;
  }

  public void setRoles(Set<Role> roles) {
    this.roles =
        roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public ManagerGrade getManagerGrade() {
    return managerGrade;
  }

  public void setManagerGrade(ManagerGrade managerGrade) {
    this.managerGrade = managerGrade;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
