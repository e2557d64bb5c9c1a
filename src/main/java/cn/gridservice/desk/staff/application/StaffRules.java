package cn.gridservice.desk.staff.application;

import cn.gridservice.desk.platform.ContactFormats;
import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.security.Role;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What makes a staff record and a password acceptable. Pure checks (no database), so that the page,
 * the API and the tests agree.
 */
public final class StaffRules {

  /**
   * Login names: lower-case letters, digits, dot, dash and underscore; they end up in every log.
   */
  static final Pattern USER_ID = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

  public static final int MIN_PASSWORD_LENGTH = 8;
  static final int MAX_PASSWORD_LENGTH = 72; // bcrypt reads no further

  private StaffRules() {}

  /** Trims the form's texts in place and collects every problem of its fields. */
  public static InvalidInput.Collector check(StaffForm form, boolean creating) {
    InvalidInput.Collector problems = InvalidInput.collect();
    form.setUserId(ContactFormats.clean(form.getUserId()));
    form.setName(ContactFormats.clean(form.getName()));
    form.setTeam(ContactFormats.clean(form.getTeam()));
    form.setArea(ContactFormats.clean(form.getArea()));
    form.setEmail(ContactFormats.clean(form.getEmail()));
    form.setPhone(ContactFormats.clean(form.getPhone()));
    if (creating) {
      if (form.getUserId() == null) {
        problems.add("userId", "invalid.staff.userId.required");
      } else if (!USER_ID.matcher(form.getUserId()).matches()) {
        problems.add("userId", "invalid.staff.userId.format");
      }
    }
    if (form.getName() == null) {
      problems.add("name", "invalid.staff.name.required");
    }
    length(problems, "name", form.getName(), 100);
    length(problems, "team", form.getTeam(), 100);
    length(problems, "area", form.getArea(), 100);
    if (form.getEmail() != null && !ContactFormats.isEmail(form.getEmail())) {
      problems.add("email", "invalid.contact.email.format", form.getEmail());
    }
    if (form.getPhone() != null && !ContactFormats.isPhone(form.getPhone())) {
      problems.add("phone", "invalid.contact.phone.format", form.getPhone());
    }
    if (form.getRoles() == null || form.getRoles().isEmpty()) {
      problems.add("roles", "invalid.staff.roles.required");
    } else if (form.getManagerGrade() != null && !form.getRoles().contains(Role.CUSTOMER_MANAGER)) {
      problems.add("managerGrade", "invalid.staff.managerGrade.onlyCustomerManager");
    }
    if (creating) {
      password(problems, "password", form.getPassword(), form.getUserId());
    }
    return problems;
  }

  /**
   * The password policy (as 等级保护 practice asks): at least {@value #MIN_PASSWORD_LENGTH} characters,
   * at least three of upper-case letters, lower-case letters, digits and other characters, and not
   * the login name.
   */
  public static void password(
      InvalidInput.Collector problems, String field, String password, String userId) {
    if (password == null || password.isEmpty()) {
      problems.add(field, "invalid.staff.password.required");
      return;
    }
    if (password.length() < MIN_PASSWORD_LENGTH) {
      problems.add(field, "invalid.staff.password.tooShort", MIN_PASSWORD_LENGTH);
      return;
    }
    if (password.length() > MAX_PASSWORD_LENGTH) {
      problems.add(field, "invalid.admin.tooLong", MAX_PASSWORD_LENGTH);
      return;
    }
    int kinds = 0;
    kinds += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
    kinds += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
    kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
    kinds += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
    if (kinds < 3) {
      problems.add(field, "invalid.staff.password.weak");
    } else if (userId != null
        && password.toLowerCase(Locale.ROOT).contains(userId.toLowerCase(Locale.ROOT))) {
      problems.add(field, "invalid.staff.password.containsUserId");
    }
  }

  static void length(InvalidInput.Collector problems, String field, String value, int max) {
    if (value != null && value.length() > max) {
      problems.add(field, "invalid.admin.tooLong", max);
    }
  }
}
