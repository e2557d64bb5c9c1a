package cn.gridservice.desk.customer.application;

import java.util.EnumSet;
import java.util.Set;

import cn.gridservice.desk.security.Role;

/**
 * Who sees a customer's phone, e-mail and address, and how they look to everybody else
 * ({@code 138****5678}, {@code 杭州市西湖区****}).
 */
public final class ContactMasking {

  /** Roles that talk to the customer or go on site. */
  public static final Set<Role> SEE_CONTACT = EnumSet.of(
      Role.AGENT, Role.DISPATCHER, Role.TECHNICIAN, Role.CUSTOMER_MANAGER, Role.COMPLAINT_HANDLER);

  private ContactMasking() {
  }

  public static boolean seesContact(Set<Role> roles) {
    return roles.stream().anyMatch(SEE_CONTACT::contains);
  }

  public static String maskPhone(String phone) {
    if (phone == null || phone.isBlank()) {
      return phone;
    }
    if (phone.length() <= 4) {
      return "****";
    }
    int keepEnd = 4;
    int keepStart = Math.min(3, phone.length() - keepEnd);
    return phone.substring(0, keepStart) + "****" + phone.substring(phone.length() - keepEnd);
  }

  public static String maskEmail(String email) {
    if (email == null || email.isBlank()) {
      return email;
    }
    int at = email.indexOf('@');
    return at <= 0 ? "****" : email.charAt(0) + "****" + email.substring(at);
  }

  public static String maskAddress(String address) {
    if (address == null || address.isBlank()) {
      return address;
    }
    int keep = Math.min(6, address.length() / 2);
    return address.substring(0, keep) + "****";
  }

  public static String maskName(String name) {
    if (name == null || name.isBlank()) {
      return name;
    }
    return name.charAt(0) + "*".repeat(Math.max(1, name.length() - 1));
  }
}
