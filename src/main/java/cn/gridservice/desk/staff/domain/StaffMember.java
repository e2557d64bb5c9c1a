package cn.gridservice.desk.staff.domain;

import cn.gridservice.desk.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A member of staff: a login of the database realm, with roles and a team. */
@Entity
@Table(name = "staff_member")
@NamedQuery(
    name = "StaffMember.withRole",
    query =
        "SELECT s FROM StaffMember s JOIN s.roles r WHERE r = :role AND s.active = TRUE ORDER BY s.userId")
public class StaffMember {

  @Id
  @Column(name = "user_id", length = 64)
  private String userId;

  @Column(name = "full_name", nullable = false, length = 100)
  private String name;

  @Column(name = "team", length = 100)
  private String team;

  /** The service area the member works in (供电所 / 服务区域), as the organisation names it. */
  @Column(name = "area", length = 100)
  private String area;

  @Column(name = "email", length = 200)
  private String email;

  @Column(name = "phone", length = 40)
  private String phone;

  /** 客户经理 grade: 高级 / 一级 / 二级 / 见习; only for customer managers. */
  @Enumerated(EnumType.STRING)
  @Column(name = "manager_grade", length = 20)
  private ManagerGrade managerGrade;

  /** Modular-crypt (bcrypt) hash as read by the Elytron JDBC realm. */
  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  @Column(name = "active", nullable = false)
  private boolean active;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role_name", length = 40, nullable = false)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected StaffMember() {}

  public StaffMember(
      String userId, String name, String team, Set<Role> roles, String passwordHash) {
    this.userId = requireText(userId, "userId");
    this.name = requireText(name, "name");
    this.team = team;
    if (roles == null || roles.isEmpty()) {
      throw new IllegalArgumentException("a staff member needs at least one role");
    }
    this.roles = EnumSet.copyOf(roles);
    this.passwordHash = requireText(passwordHash, "passwordHash");
    this.active = true;
    this.createdAt = Instant.now();
  }

  private static String requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    return value;
  }

  public String userId() {
    return userId;
  }

  public String name() {
    return name;
  }

  public String team() {
    return team;
  }

  public String area() {
    return area;
  }

  public String email() {
    return email;
  }

  public String phone() {
    return phone;
  }

  public ManagerGrade managerGrade() {
    return managerGrade;
  }

  /** For the realm only: the administration never shows or logs it. */
  public String passwordHash() {
    return passwordHash;
  }

  public boolean isActive() {
    return active;
  }

  public Set<Role> roles() {
    return Collections.unmodifiableSet(roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public void contact(String email, String phone) {
    this.email = email;
    this.phone = phone;
  }

  /** Name, team and area as the administrator writes them. */
  public void describe(String name, String team, String area) {
    this.name = requireText(name, "name");
    this.team = team;
    this.area = area;
  }

  public void assignRoles(Set<Role> roles) {
    if (roles == null || roles.isEmpty()) {
      throw new IllegalArgumentException("a staff member needs at least one role");
    }
    this.roles.clear();
    this.roles.addAll(roles);
    if (!roles.contains(Role.CUSTOMER_MANAGER)) {
      this.managerGrade = null;
    }
  }

  public void grade(ManagerGrade managerGrade) {
    if (managerGrade != null && !roles.contains(Role.CUSTOMER_MANAGER)) {
      throw new IllegalArgumentException("only customer managers have a grade");
    }
    this.managerGrade = managerGrade;
  }

  public void changePassword(String passwordHash) {
    this.passwordHash = requireText(passwordHash, "passwordHash");
  }

  /** A deactivated member can no longer log in (the realm reads only active members). */
  public void deactivate() {
    this.active = false;
  }

  public void reactivate() {
    this.active = true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StaffMember other && Objects.equals(userId, other.userId);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(userId);
  }

  @Override
  public String toString() {
    return userId;
  }
}
