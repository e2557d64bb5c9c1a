package cn.gridservice.desk.customer.admin;

import cn.gridservice.desk.platform.ContactFormats;
import cn.gridservice.desk.platform.InvalidInput;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What makes a customer record acceptable, without the database (the customer manager and the
 * uniqueness of the number are checked by {@link CustomerAdministration}).
 */
public final class CustomerRules {

  /** 户号 as the marketing system (营销系统) issues it: digits only. */
  static final Pattern CUSTOMER_NO = Pattern.compile("\\d{8,20}");

  private CustomerRules() {}

  /** Trims the form's texts in place and collects every problem, field by field. */
  public static InvalidInput.Collector check(CustomerForm form, boolean creating, LocalDate today) {
    return check(form, creating, today, InvalidInput.collect());
  }

  /**
   * As {@link #check(CustomerForm, boolean, LocalDate)}, adding to problems found before (which
   * win).
   */
  public static InvalidInput.Collector check(
      CustomerForm form, boolean creating, LocalDate today, InvalidInput.Collector problems) {
    form.setCustomerNo(ContactFormats.clean(form.getCustomerNo()));
    form.setName(ContactFormats.clean(form.getName()));
    form.setContactName(ContactFormats.clean(form.getContactName()));
    form.setPhone(ContactFormats.clean(form.getPhone()));
    form.setEmail(ContactFormats.clean(form.getEmail()));
    form.setAddress(ContactFormats.clean(form.getAddress()));
    form.setFeeder(ContactFormats.clean(form.getFeeder()));
    form.setCustomerManager(ContactFormats.clean(form.getCustomerManager()));
    if (creating) {
      if (form.getCustomerNo() == null) {
        problems.add("customerNo", "invalid.customer.customerNo.required");
      } else if (!CUSTOMER_NO.matcher(form.getCustomerNo()).matches()) {
        problems.add("customerNo", "invalid.customer.customerNo.format", form.getCustomerNo());
      }
    }
    if (form.getName() == null) {
      problems.add("name", "invalid.customer.name.required");
    }
    length(problems, "name", form.getName(), 200);
    if (form.getCategory() == null) {
      problems.add("category", "invalid.customer.category.required");
    }
    if (form.getArea() == null) {
      problems.add("area", "invalid.customer.area.required");
    }
    length(problems, "contactName", form.getContactName(), 100);
    if (form.getPhone() == null) {
      // the agent must be able to call back: every customer has a number on record
      problems.add("phone", "invalid.customer.phone.required");
    } else if (!ContactFormats.isPhone(form.getPhone())) {
      problems.add("phone", "invalid.contact.phone.format", form.getPhone());
    }
    if (form.getEmail() != null && !ContactFormats.isEmail(form.getEmail())) {
      problems.add("email", "invalid.contact.email.format", form.getEmail());
    }
    if (form.getAddress() == null) {
      problems.add("address", "invalid.customer.address.required");
    }
    length(problems, "address", form.getAddress(), 300);
    length(problems, "feeder", form.getFeeder(), 100);
    equipment(problems, form.getEquipment(), today);
    return problems;
  }

  private static void equipment(
      InvalidInput.Collector problems, List<CustomerForm.EquipmentLine> lines, LocalDate today) {
    for (int i = 0; i < lines.size(); i++) {
      CustomerForm.EquipmentLine line = lines.get(i);
      String prefix = "equipment[" + i + "].";
      line.setName(ContactFormats.clean(line.getName()));
      line.setModel(ContactFormats.clean(line.getModel()));
      line.setSerialNo(ContactFormats.clean(line.getSerialNo()));
      if (line.getName() == null) {
        problems.add(prefix + "name", "invalid.customer.equipment.nameRequired", i + 1);
      }
      length(problems, prefix + "name", line.getName(), 200);
      length(problems, prefix + "model", line.getModel(), 100);
      length(problems, prefix + "serialNo", line.getSerialNo(), 100);
      if (line.getInstalledOn() != null && line.getInstalledOn().isAfter(today)) {
        problems.add(prefix + "installedOn", "invalid.customer.equipment.installedInFuture", i + 1);
      }
      if (line.getInstalledOn() != null
          && line.getWarrantyEnd() != null
          && line.getWarrantyEnd().isBefore(line.getInstalledOn())) {
        problems.add(
            prefix + "warrantyEnd", "invalid.customer.equipment.warrantyBeforeInstalled", i + 1);
      }
    }
  }

  static void length(InvalidInput.Collector problems, String field, String value, int max) {
    if (value != null && value.length() > max) {
      problems.add(field, "invalid.admin.tooLong", max);
    }
  }
}
