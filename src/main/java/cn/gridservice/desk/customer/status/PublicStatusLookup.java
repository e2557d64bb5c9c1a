package cn.gridservice.desk.customer.status;

import cn.gridservice.desk.platform.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Answers a customer's status check: the number of a case or complaint and the last four digits of
 * the phone number on record. A wrong number and wrong digits get the same answer, so the check
 * tells nobody which numbers exist or whose they are; failures are throttled ({@link
 * StatusThrottle}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicStatusLookup {

  /** How a look-up ended. */
  public enum Outcome {
    FOUND,
    NOT_FOUND,
    THROTTLED,
    INVALID
  }

  /** What the customer may learn: no name, no phone, no address, no staff. */
  public record PublicStatus(
      String reference,
      String kind,
      PublicState state,
      OffsetDateTime receivedAt,
      OffsetDateTime visitStart,
      OffsetDateTime visitEnd,
      OffsetDateTime replyDue,
      OffsetDateTime repliedAt,
      OffsetDateTime closedAt) {}

  /**
   * @param retryAfter how long to wait when {@code THROTTLED}
   */
  public record Answer(Outcome outcome, PublicStatus status, Duration retryAfter) {

    /** The wait in whole minutes, rounded up, at least 1. */
    public long retryAfterMinutes() {
      return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
  }

  @Inject Instance<StatusSource> sources;

  private List<StatusSource> fixedSources;
  private StatusThrottle throttle = new StatusThrottle(Clock.systemUTC());

  public PublicStatusLookup() {}

  /** For tests: these sources and this clock. */
  public PublicStatusLookup(List<StatusSource> sources, Clock clock) {
    this.fixedSources = List.copyOf(sources);
    this.throttle = new StatusThrottle(clock);
  }

  /**
   * @param client the client's address (the throttle counts per address and per number)
   */
  public Answer lookup(String reference, String phoneLast4, String client) {
    String number = reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT);
    String digits = phoneLast4 == null ? "" : phoneLast4.strip();
    if (number.isEmpty() || number.length() > 40 || !digits.matches("\\d{4}")) {
      return new Answer(Outcome.INVALID, null, Duration.ZERO);
    }
    Duration refused = throttle.refusedFor(client, number);
    if (!refused.isZero() && !refused.isNegative()) {
      return new Answer(Outcome.THROTTLED, null, refused);
    }
    Optional<StatusRecord> found =
        find(number)
            .filter(
                r ->
                    r.phoneOnRecord() != null
                        && r.phoneOnRecord().replaceAll("\\D", "").endsWith(digits));
    if (found.isEmpty()) {
      throttle.failed(client, number);
      return new Answer(Outcome.NOT_FOUND, null, Duration.ZERO);
    }
    StatusRecord r = found.get();
    return new Answer(
        Outcome.FOUND,
        new PublicStatus(
            r.reference(),
            r.kind(),
            r.state(),
            time(r.receivedAt()),
            time(r.visitStart()),
            time(r.visitEnd()),
            time(r.replyDue()),
            time(r.repliedAt()),
            time(r.closedAt())),
        Duration.ZERO);
  }

  private Optional<StatusRecord> find(String number) {
    Iterable<StatusSource> all = fixedSources != null ? fixedSources : sources;
    for (StatusSource source : all) {
      Optional<StatusRecord> record = source.find(number);
      if (record.isPresent()) {
        return record;
      }
    }
    return Optional.empty();
  }

  private static OffsetDateTime time(Instant instant) {
    return Times.toBusinessTime(instant);
  }
}
