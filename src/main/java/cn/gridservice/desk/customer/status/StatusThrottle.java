package cn.gridservice.desk.customer.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed status look-ups per client address and per number: after {@link #MAX_FAILURES}
 * failures within {@link #WINDOW} either of them is refused — the right combination too — until the
 * oldest failure is older than the window. Guessing the four digits of one number (10,000 tries) or
 * trying many numbers from one address is slowed to 5 tries per quarter of an hour.
 *
 * <p>In memory, on one node: a cluster counts per node (so up to nodes × 5) and a restart forgets.
 */
public final class StatusThrottle {

  public static final int MAX_FAILURES = 5;
  public static final Duration WINDOW = Duration.ofMinutes(15);

  /** Beyond this many tracked keys the expired ones are swept out. */
  static final int SWEEP_ABOVE = 10_000;

  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public StatusThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long the client or the number is still refused; {@link Duration#ZERO} when it may try. */
  public Duration refusedFor(String client, String reference) {
    Instant now = clock.instant();
    Duration longest = Duration.ZERO;
    for (String key : keys(client, reference)) {
      Deque<Instant> times = failures.get(key);
      if (times == null) {
        continue;
      }
      synchronized (times) {
        expire(times, now);
        if (times.size() >= MAX_FAILURES) {
          Duration wait = Duration.between(now, times.peekFirst().plus(WINDOW));
          longest = wait.compareTo(longest) > 0 ? wait : longest;
        }
      }
    }
    return longest;
  }

  /** One more failed attempt for the client and for the number. */
  public void failed(String client, String reference) {
    Instant now = clock.instant();
    if (failures.size() > SWEEP_ABOVE) {
      sweep(now);
    }
    for (String key : keys(client, reference)) {
      Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
      synchronized (times) {
        expire(times, now);
        times.addLast(now);
        // nothing beyond the limit is needed to know that it is reached
        while (times.size() > MAX_FAILURES) {
          times.removeFirst();
        }
      }
    }
  }

  int trackedKeys() {
    return failures.size();
  }

  private void sweep(Instant now) {
    failures
        .entrySet()
        .removeIf(
            e -> {
              synchronized (e.getValue()) {
                expire(e.getValue(), now);
                return e.getValue().isEmpty();
              }
            });
  }

  private static void expire(Deque<Instant> times, Instant now) {
    while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
      times.removeFirst();
    }
  }

  private static String[] keys(String client, String reference) {
    return new String[] {
      "client:" + (client == null ? "?" : client),
      "number:" + (reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT))
    };
  }
}
