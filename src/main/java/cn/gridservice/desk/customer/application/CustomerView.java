package cn.gridservice.desk.customer.application;

import cn.gridservice.desk.customer.domain.Area;
import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.customer.domain.CustomerCategory;
import cn.gridservice.desk.platform.Times;
import java.time.OffsetDateTime;

/**
 * A customer as staff see it. Contact data — and a residential customer's name — is masked ({@code
 * contactMasked}) for roles that do not need it ({@link CustomerPrivacy}; 供电服务规范 第四条: customer data
 * is confidential).
 */
public record CustomerView(
    String customerNo,
    String name,
    CustomerCategory category,
    Area area,
    boolean highRisk,
    boolean important,
    boolean keyAccount,
    String customerManager,
    String customerManagerName,
    String contactName,
    String phone,
    String email,
    String address,
    boolean contactMasked,
    OffsetDateTime createdAt) {

  public static CustomerView of(Customer c, boolean showContact) {
    return of(
        c, showContact ? CustomerPrivacy.UNMASKED : CustomerPrivacy.forRoles(java.util.Set.of()));
  }

  /**
   * The customer as {@code privacy} lets the viewer see it (a residential customer's name masked
   * too).
   */
  public static CustomerView of(Customer c, CustomerPrivacy privacy) {
    String managerId = c.customerManager() == null ? null : c.customerManager().userId();
    String managerName = c.customerManager() == null ? null : c.customerManager().name();
    return new CustomerView(
        c.customerNo(),
        privacy.customerName(c),
        c.category(),
        c.area(),
        c.isHighRisk(),
        c.isImportant(),
        c.isKeyAccount(),
        managerId,
        managerName,
        privacy.contactName(c.contactName()),
        privacy.phone(c.phone()),
        privacy.email(c.email()),
        privacy.address(c.address()),
        !privacy.seesContact(),
        Times.toBusinessTime(c.createdAt()));
  }
}
