package cn.gridservice.desk.aftersales.application;

import java.util.Arrays;
import java.util.List;

import cn.gridservice.desk.aftersales.domain.Channel;
import cn.gridservice.desk.aftersales.domain.ServiceType;
import cn.gridservice.desk.aftersales.domain.Warranty;
import cn.gridservice.desk.platform.InvalidInput;

/**
 * A request for service as it arrives (API, agent's form, online message), not yet checked.
 * {@code warranty} is the agent's word (IN_WARRANTY / OUT_OF_WARRANTY); null lets the customer's
 * equipment record decide. (One constructor only: JSON Binding builds the record from it.)
 */
public record NewServiceCase(String customerNo, String serviceType, String channel, String description, String warranty) {

  public static final int MAX_DESCRIPTION = 2000;

  /** Checks every field and names each problem; nothing is stored when one is found. */
  public Checked check() {
    InvalidInput.Collector errors = InvalidInput.collect();
    if (customerNo == null || customerNo.isBlank()) {
      errors.add("customerNo", "customerNo is required");
    }
    ServiceType type = enumField(errors, "serviceType", serviceType, ServiceType.class);
    Channel via = enumField(errors, "channel", channel, Channel.class);
    if (description == null || description.isBlank()) {
      errors.add("description", "description is required: what does the customer need?");
    } else if (description.strip().length() > MAX_DESCRIPTION) {
      errors.add("description", "description is longer than " + MAX_DESCRIPTION + " characters");
    }
    Warranty stated = warranty == null || warranty.isBlank() ? null
        : enumField(errors, "warranty", warranty, Warranty.class);
    errors.throwIfAny();
    return new Checked(customerNo.strip(), type, via, description.strip(), stated);
  }

  /** The same request, checked: what the case is created from. */
  public record Checked(String customerNo, ServiceType serviceType, Channel channel, String description,
      Warranty warranty) {
    String fingerprint() {
      return customerNo + "|" + serviceType + "|" + channel + "|" + description + "|" + warranty;
    }
  }

  private static <E extends Enum<E>> E enumField(InvalidInput.Collector errors, String field, String value, Class<E> type) {
    List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    if (value == null || value.isBlank()) {
      errors.add(field, field + " is required: one of " + allowed);
      return null;
    }
    if (!allowed.contains(value.strip())) {
      errors.add(field, field + " must be one of " + allowed + ", not '" + value + "'");
      return null;
    }
    return Enum.valueOf(type, value.strip());
  }
}
