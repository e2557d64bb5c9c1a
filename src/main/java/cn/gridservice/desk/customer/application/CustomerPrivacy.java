package cn.gridservice.desk.customer.application;

import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.customer.domain.CustomerCategory;
import cn.gridservice.desk.security.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one decision of what a viewer may learn about a customer (供电服务规范 第四条: customer data is
 * confidential). Roles in {@link ContactMasking#SEE_CONTACT} see everything; everybody else sees
 * phone, e-mail, address and contact person masked, the name of a residential customer (居民, a
 * natural person) masked as well, and free text (timelines, descriptions, notes) with the
 * customer's own contact data and anything that looks like a phone number or an e-mail address
 * masked. Search follows the same rule: phone and address (and a residential customer's name) are
 * searched only for viewers who see them, so that a match never tells what the mask hides.
 *
 * <p>Every page, API answer, timeline and export asks this class; nothing else decides.
 */
public final class CustomerPrivacy {

  /** For the system itself (notices to the customer): nothing masked. */
  public static final CustomerPrivacy UNMASKED = new CustomerPrivacy(true);

  private static final CustomerPrivacy MASKED = new CustomerPrivacy(false);

  /**
   * Mobile numbers (138 0571 0001, 138-0571-0001) and landlines with an area code (0571-86000021).
   */
  private static final Pattern PHONE =
      Pattern.compile(
          "(?<![0-9A-Za-z])(?:\\+?86[- ]?)?(?:1[3-9]\\d(?:[- ]?\\d{4}){2}|0\\d{2,3}[- ]?\\d{7,8})(?!\\d)");

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

  private final boolean seesContact;

  private CustomerPrivacy(boolean seesContact) {
    this.seesContact = seesContact;
  }

  public static CustomerPrivacy forRoles(Set<Role> roles) {
    return roles != null && ContactMasking.seesContact(roles) ? UNMASKED : MASKED;
  }

  /**
   * For role names (the engine's candidate groups, a queue viewer's groups); unknown names count
   * for nothing.
   */
  public static CustomerPrivacy forRoleNames(Collection<String> roleNames) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (roleNames != null) {
      for (Role role : Role.values()) {
        if (roleNames.contains(role.name())) {
          roles.add(role);
        }
      }
    }
    return forRoles(roles);
  }

  /** Whether the viewer sees phone, e-mail, address and contact person in full. */
  public boolean seesContact() {
    return seesContact;
  }

  /** Whether a search may match phone numbers, addresses and residential customers' names. */
  public boolean searchesContact() {
    return seesContact;
  }

  /** The customer's name: a residential customer is a person, whose name is personal data. */
  public String customerName(String name, CustomerCategory category) {
    return seesContact || category != CustomerCategory.RESIDENTIAL
        ? name
        : ContactMasking.maskName(name);
  }

  /**
   * As {@link #customerName(String, CustomerCategory)}, with the category given by its name (a
   * queue row).
   */
  public String customerName(String name, String categoryName) {
    return customerName(
        name,
        CustomerCategory.RESIDENTIAL.name().equals(categoryName)
            ? CustomerCategory.RESIDENTIAL
            : null);
  }

  public String customerName(Customer customer) {
    return customerName(customer.name(), customer.category());
  }

  public String contactName(String contactName) {
    return seesContact ? contactName : ContactMasking.maskName(contactName);
  }

  public String phone(String phone) {
    return seesContact ? phone : ContactMasking.maskPhone(phone);
  }

  public String email(String email) {
    return seesContact ? email : ContactMasking.maskEmail(email);
  }

  public String address(String address) {
    return seesContact ? address : ContactMasking.maskAddress(address);
  }

  /** Free text without a known customer: phone numbers and e-mail addresses in it are masked. */
  public String text(String text) {
    return text(text, null);
  }

  /**
   * Free text about the customer (a timeline line, a description, a note): the customer's own
   * phone, e-mail, address, contact person and — for a residential customer — name are masked
   * wherever they occur, and so is anything else that looks like a phone number or an e-mail
   * address.
   */
  public String text(String text, Customer customer) {
    if (seesContact || text == null || text.isEmpty()) {
      return text;
    }
    String masked = text;
    if (customer != null) {
      masked = replace(masked, customer.email(), ContactMasking.maskEmail(customer.email()));
      masked = replace(masked, customer.address(), ContactMasking.maskAddress(customer.address()));
      masked = replace(masked, customer.phone(), ContactMasking.maskPhone(customer.phone()));
      if (customer.category() == CustomerCategory.RESIDENTIAL) {
        masked = replace(masked, customer.name(), ContactMasking.maskName(customer.name()));
      }
      masked =
          replace(masked, customer.contactName(), ContactMasking.maskName(customer.contactName()));
    }
    masked = replaceAll(EMAIL, masked, m -> ContactMasking.maskEmail(m));
    return replaceAll(PHONE, masked, m -> ContactMasking.maskPhone(m.replaceAll("[^0-9]", "")));
  }

  private static String replace(String text, String secret, String mask) {
    // a value of one or two characters (a contact called "王") would mask half of every sentence
    return secret == null || secret.isBlank() || secret.strip().length() < 2
        ? text
        : text.replace(secret.strip(), mask);
  }

  private static String replaceAll(
      Pattern pattern, String text, java.util.function.UnaryOperator<String> mask) {
    Matcher matcher = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(mask.apply(matcher.group())));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
