package cn.gridservice.desk.customer.status;

import java.time.Instant;
import java.util.Objects;

/**
 * What a {@link StatusSource} found under a number: whose it is ({@code phoneOnRecord}, only to
 * check the digits the customer typed; never shown) and what the customer may learn about it.
 *
 * @param kind CASE or COMPLAINT
 * @param closedAt when it was resolved, rejected, cancelled or archived; null while open
 * @param replyDue a complaint's reply limit; null for a case
 */
public record StatusRecord(
    String reference,
    String kind,
    String phoneOnRecord,
    PublicState state,
    Instant receivedAt,
    Instant visitStart,
    Instant visitEnd,
    Instant replyDue,
    Instant repliedAt,
    Instant closedAt) {

  public StatusRecord {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(state, "state");
  }
}
