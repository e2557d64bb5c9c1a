package cn.gridservice.desk.aftersales.application;

import cn.gridservice.desk.aftersales.domain.ServiceType;
import cn.gridservice.desk.aftersales.domain.Warranty;
import cn.gridservice.desk.customer.domain.Channel;
import cn.gridservice.desk.platform.InvalidInput;
import java.util.Arrays;
import java.util.List;

/**
 * A request for service as it arrives (API, agent's form, online message), not yet checked. {@code
 * warranty} is the agent's word (IN_WARRANTY / OUT_OF_WARRANTY); null lets the customer's equipment
 * record decide. (One constructor only: JSON Binding builds the record from it.)
 */
public record NewServiceCase(
    String customerNo, String serviceType, String channel, String description, String warranty) {

  public static final int MAX_DESCRIPTION = 2000;

  /** Checks every field and names each problem; nothing is stored when one is found. */
  public Checked check() {
    InvalidInput.Collector errors = InvalidInput.collect();
    if (customerNo == null || customerNo.isBlank()) {
      errors.add("customerNo", "invalid.serviceCase.customerNoRequired");
    }
    ServiceType type =
        enumField(
            errors,
            "serviceType",
            serviceType,
            ServiceType.class,
            "invalid.serviceCase.serviceTypeRequired",
            "invalid.serviceCase.serviceTypeUnknown");
    Channel via =
        enumField(
            errors,
            "channel",
            channel,
            Channel.class,
            "invalid.serviceCase.channelRequired",
            "invalid.serviceCase.channelUnknown");
    if (description == null || description.isBlank()) {
      errors.add("description", "invalid.serviceCase.descriptionRequired");
    } else if (description.strip().length() > MAX_DESCRIPTION) {
      errors.add("description", "invalid.serviceCase.descriptionTooLong", MAX_DESCRIPTION);
    }
    Warranty stated =
        enumField(
            errors,
            "warranty",
            warranty,
            Warranty.class,
            null,
            "invalid.serviceCase.warrantyUnknown");
    errors.throwIfAny();
    return new Checked(customerNo.strip(), type, via, description.strip(), stated);
  }

  /** The same request, checked: what the case is created from. */
  public record Checked(
      String customerNo,
      ServiceType serviceType,
      Channel channel,
      String description,
      Warranty warranty) {
    String fingerprint() {
      return customerNo + "|" + serviceType + "|" + channel + "|" + description + "|" + warranty;
    }
  }

  /**
   * @param requiredKey the message when the field is empty ({0}: the allowed names), null when it
   *     may be
   * @param unknownKey the message when it names no constant ({0}: the allowed names, {1}: the
   *     value)
   */
  private static <E extends Enum<E>> E enumField(
      InvalidInput.Collector errors,
      String field,
      String value,
      Class<E> type,
      String requiredKey,
      String unknownKey) {
    List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    if (value == null || value.isBlank()) {
      if (requiredKey != null) {
        errors.add(field, requiredKey, allowed);
      }
      return null;
    }
    if (!allowed.contains(value.strip())) {
      errors.add(field, unknownKey, allowed, value);
      return null;
    }
    return Enum.valueOf(type, value.strip());
  }
}
