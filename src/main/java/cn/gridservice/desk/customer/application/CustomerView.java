package cn.gridservice.desk.customer.application;

import java.time.OffsetDateTime;

import cn.gridservice.desk.customer.domain.Area;
import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.customer.domain.CustomerCategory;
import cn.gridservice.desk.platform.Times;

/**
 * A customer as staff see it. Contact data is masked ({@code contactMasked}) for roles that do not
 * need it (供电服务规范 第四条: customer data is confidential).
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
    String managerId = c.customerManager() == null ? null : c.customerManager().userId();
    String managerName = c.customerManager() == null ? null : c.customerManager().name();
    return new CustomerView(c.customerNo(), c.name(), c.category(), c.area(), c.isHighRisk(), c.isImportant(),
        c.isKeyAccount(), managerId, managerName,
        showContact ? c.contactName() : ContactMasking.maskName(c.contactName()),
        showContact ? c.phone() : ContactMasking.maskPhone(c.phone()),
        showContact ? c.email() : ContactMasking.maskEmail(c.email()),
        showContact ? c.address() : ContactMasking.maskAddress(c.address()),
        !showContact, Times.toBusinessTime(c.createdAt()));
  }
}
