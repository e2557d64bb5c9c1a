package cn.gridservice.desk.customer.application;

import cn.gridservice.desk.security.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who sees a customer's phone, e-mail and address, and how they look to everybody else ({@code
 * 138****5678}, {@code 杭州市西湖区****}).
 */
public final class ContactMasking {

  /** Roles that talk to the customer or go on site. */
  public static final Set<Role> SEE_CONTACT =
      EnumSet.of(
          Role.AGENT,
          Role.DISPATCHER,
          Role.TECHNICIAN,
          Role.CUSTOMER_MANAGER,
          Role.COMPLAINT_HANDLER);

  private ContactMasking() {}

  public static boolean seesContact(Set<Role> roles) {
    return roles.stream().anyMatch(SEE_CONTACT::contains);
  }

  /**
   * Mobile and landline numbers (11–12 digits) keep the first 3 and last 4; shorter numbers keep a
   * quarter at each end, so that at least half of the digits are always hidden.
   */
  public static String maskPhone(String phone) {
    if (phone == null || phone.isBlank()) {
      return phone;
    }
    int length = phone.length();
    if (length <= 4) {
      return "****";
    }
    int keepStart = length >= 11 ? 3 : length / 4;
    int keepEnd = length >= 11 ? 4 : length / 4;
    return phone.substring(0, keepStart) + "****" + phone.substring(length - keepEnd);
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
    // by code point: a rare character (生僻字) outside the basic plane must not be cut in half
    int first = name.codePointAt(0);
    int rest = name.codePointCount(0, name.length()) - 1;
    return new StringBuilder()
        .appendCodePoint(first)
        .append("*".repeat(Math.max(1, rest)))
        .toString();
  }
}
