package cn.gridservice.desk.customer.admin;

import cn.gridservice.desk.customer.application.ContactMasking;
import cn.gridservice.desk.platform.changelog.FieldMasking;
import jakarta.enterprise.context.ApplicationScoped;

/** A customer record's contact data in its change history, masked as everywhere else. */
@ApplicationScoped
public class CustomerFieldMasking implements FieldMasking {

  @Override
  public String entityType() {
    return CustomerAdministration.ENTITY;
  }

  @Override
  public String mask(String field, String value) {
    return switch (field) {
      case "phone" -> ContactMasking.maskPhone(value);
      case "email" -> ContactMasking.maskEmail(value);
      case "address" -> ContactMasking.maskAddress(value);
      case "contactName" -> ContactMasking.maskName(value);
      default -> value;
    };
  }
}
