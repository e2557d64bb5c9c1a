package cn.gridservice.desk.staff.web;

import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.changelog.ChangeLog;
import cn.gridservice.desk.platform.changelog.ChangeView;
import cn.gridservice.desk.platform.web.FieldMessages;
import cn.gridservice.desk.platform.web.Messages;
import cn.gridservice.desk.security.CurrentUser;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.staff.application.StaffAdministration;
import cn.gridservice.desk.staff.application.StaffForm;
import cn.gridservice.desk.staff.application.StaffRules;
import cn.gridservice.desk.staff.domain.ManagerGrade;
import cn.gridservice.desk.staff.domain.StaffMember;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The administrator's page of one member of staff ({@code /admin/staff-edit.xhtml?userId=…},
 * without {@code userId} a new one): details and roles, deactivation, password reset, and the
 * change history.
 */
@Named
@ViewScoped
public class StaffEditView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "staff";

  @Inject StaffAdministration staff;

  @Inject ChangeLog changeLog;

  @Inject CurrentUser user;

  private String userId;
  private StaffForm form;
  private boolean active;
  private String newPassword;
  private List<ChangeView> history;

  public void load() {
    if (form != null) {
      return;
    }
    if (userId == null || userId.isBlank()) {
      form = new StaffForm();
      active = true;
      history = List.of();
      return;
    }
    try {
      StaffMember member = staff.get(userId);
      form = StaffForm.of(member);
      active = member.isActive();
      history = changeLog.of(StaffAdministration.ENTITY, userId);
    } catch (InvalidInput e) {
      Messages.invalid("staff.invalid", e);
      form = new StaffForm();
      userId = null;
      history = List.of();
    }
  }

  public String save() {
    try {
      if (isCreating()) {
        StaffMember created = staff.create(form, user.userId());
        keepMessages();
        Messages.info("staff.created", created.userId());
      } else {
        staff.update(userId, form, user.userId());
        keepMessages();
        Messages.info("staff.saved", userId);
      }
      return "/admin/staff?faces-redirect=true";
    } catch (InvalidInput e) {
      FieldMessages.show(e, StaffEditView::clientId, "staff.invalid");
      return null;
    }
  }

  public void deactivate() {
    act(() -> staff.deactivate(userId, user.userId()), "staff.deactivated");
  }

  public void reactivate() {
    act(() -> staff.reactivate(userId, user.userId()), "staff.reactivated");
  }

  public void resetPassword() {
    act(() -> staff.resetPassword(userId, newPassword, user.userId()), "staff.passwordReset");
    newPassword = null;
  }

  private void act(Runnable action, String doneKey) {
    try {
      action.run();
      Messages.info(doneKey, userId);
      StaffMember member = staff.get(userId);
      active = member.isActive();
      history = changeLog.of(StaffAdministration.ENTITY, userId);
    } catch (InvalidInput e) {
      FieldMessages.show(
          e, field -> field.equals("password") ? FORM + ":newPassword" : null, "staff.invalid");
    }
  }

  private static String clientId(String field) {
    return switch (field) {
      case "userId",
          "name",
          "team",
          "area",
          "email",
          "phone",
          "roles",
          "managerGrade",
          "password" ->
          FORM + ":" + field;
      default -> null;
    };
  }

  private static void keepMessages() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  public boolean isCreating() {
    return userId == null || userId.isBlank();
  }

  public boolean isSelf() {
    return !isCreating() && userId.equals(user.userId());
  }

  /**
   * The roles as the check boxes hold them (names: a generic Set of enums is beyond the page's
   * conversion).
   */
  public List<String> getRoleNames() {
    return new java.util.ArrayList<>(getForm().getRoles().stream().map(Role::name).toList());
  }

  public void setRoleNames(List<String> names) {
    getForm()
        .setRoles(
            names == null
                ? java.util.Set.of()
                : names.stream().map(Role::valueOf).collect(java.util.stream.Collectors.toSet()));
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public ManagerGrade[] getGrades() {
    return ManagerGrade.values();
  }

  public int getMinPasswordLength() {
    return StaffRules.MIN_PASSWORD_LENGTH;
  }

  public String getUserId() {
    return userId;
  }

  public void setUserId(String userId) {
    this.userId = userId;
  }

  public StaffForm getForm() {
    if (form == null) {
      load();
    }
    return form;
  }

  public boolean isActive() {
    return active;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public List<ChangeView> getHistory() {
    return history;
  }
}
