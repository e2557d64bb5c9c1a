package cn.gridservice.desk.complaint.application;

import cn.gridservice.desk.complaint.domain.Complaint;
import cn.gridservice.desk.complaint.domain.ComplaintClass;
import cn.gridservice.desk.complaint.domain.Referral;
import cn.gridservice.desk.customer.domain.Channel;
import cn.gridservice.desk.platform.InvalidInput;
import java.util.Arrays;
import java.util.List;

/**
 * A complaint as it arrives (API or the agent's form), not yet checked. {@code referral} (MEDIA,
 * GOVERNMENT, REGULATOR) and {@code serviceCaseNo} are optional; {@code channel} defaults to the
 * way it came in. (One constructor only: JSON Binding builds the record from it.)
 */
public record NewComplaint(
    String customerNo,
    String complaintClass,
    String description,
    String referral,
    String serviceCaseNo,
    String channel) {

  /** Checks every field and names each problem; nothing is stored when one is found. */
  public Checked check(Channel defaultChannel) {
    InvalidInput.Collector errors = InvalidInput.collect();
    if (customerNo == null || customerNo.isBlank()) {
      errors.add("customerNo", "invalid.serviceCase.customerNoRequired");
    }
    ComplaintClass type =
        enumField(errors, "complaintClass", complaintClass, ComplaintClass.class, true);
    if (description == null || description.isBlank()) {
      errors.add("description", "invalid.complaint.descriptionRequired");
    } else if (description.strip().length() > Complaint.MAX_DESCRIPTION) {
      errors.add("description", "invalid.text.tooLong", "description", Complaint.MAX_DESCRIPTION);
    }
    Referral by = enumField(errors, "referral", referral, Referral.class, false);
    Channel via = enumField(errors, "channel", channel, Channel.class, false);
    if (serviceCaseNo != null && serviceCaseNo.strip().length() > 20) {
      errors.add("serviceCaseNo", "invalid.complaint.serviceCaseUnknown", serviceCaseNo.strip());
    }
    errors.throwIfAny();
    return new Checked(
        customerNo.strip(),
        type,
        description.strip(),
        by == null ? Referral.NONE : by,
        serviceCaseNo == null || serviceCaseNo.isBlank() ? null : serviceCaseNo.strip(),
        via == null ? defaultChannel : via);
  }

  /** The same complaint, checked: what it is registered from. */
  public record Checked(
      String customerNo,
      ComplaintClass complaintClass,
      String description,
      Referral referral,
      String serviceCaseNo,
      Channel channel) {
    String fingerprint() {
      return customerNo
          + "|"
          + complaintClass
          + "|"
          + description
          + "|"
          + referral
          + "|"
          + serviceCaseNo
          + "|"
          + channel;
    }
  }

  private static <E extends Enum<E>> E enumField(
      InvalidInput.Collector errors, String field, String value, Class<E> type, boolean required) {
    List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(field, "invalid.field.requiredOneOf", field, String.join(", ", allowed));
      }
      return null;
    }
    if (!allowed.contains(value.strip())) {
      errors.add(field, "invalid.field.notOneOf", field, String.join(", ", allowed), value);
      return null;
    }
    return Enum.valueOf(type, value.strip());
  }
}
