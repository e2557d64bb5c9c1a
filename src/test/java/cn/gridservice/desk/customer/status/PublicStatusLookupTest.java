package cn.gridservice.desk.customer.status;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.customer.status.PublicStatusLookup.Answer;
import cn.gridservice.desk.customer.status.PublicStatusLookup.Outcome;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The customers' status check: the right pair answers, a wrong one says nothing, guessing is
 * throttled.
 */
class PublicStatusLookupTest {

  private static final Instant START = Instant.parse("2026-12-03T02:00:00Z");

  /** A clock the test moves. */
  static final class MovingClock extends Clock {
    Instant now = START;

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final MovingClock clock = new MovingClock();

  private final StatusSource cases =
      reference ->
          Optional.ofNullable(
              Map.of(
                      "SH-2026-000001",
                          new StatusRecord(
                              "SH-2026-000001",
                              "CASE",
                              "138-0571-0001",
                              PublicState.VISIT_BOOKED,
                              START,
                              START.plusSeconds(86_400),
                              START.plusSeconds(90_000),
                              null,
                              null,
                              null),
                      "SH-2026-000002",
                          new StatusRecord(
                              "SH-2026-000002",
                              "CASE",
                              "13905720003",
                              PublicState.RECEIVED,
                              START,
                              null,
                              null,
                              null,
                              null,
                              null))
                  .get(reference));

  private final PublicStatusLookup lookup = new PublicStatusLookup(List.of(cases), clock);

  @Test
  void theNumberAndTheLastFourDigitsOfThePhoneOnRecordGiveTheStatus() {
    Answer answer = lookup.lookup(" sh-2026-000001 ", "0001", "10.0.0.1");

    assertThat(answer.outcome()).isEqualTo(Outcome.FOUND);
    assertThat(answer.status().state()).isEqualTo(PublicState.VISIT_BOOKED);
    assertThat(answer.status().visitStart()).hasToString("2026-12-04T10:00+08:00");
  }

  @Test
  void aWrongNumberAndWrongDigitsGetTheSameAnswer() {
    assertThat(lookup.lookup("SH-2026-000001", "0003", "10.0.0.1"))
        .isEqualTo(lookup.lookup("SH-2026-999999", "0001", "10.0.0.2"));
    assertThat(lookup.lookup("SH-2026-000001", "0003", "10.0.0.3").outcome())
        .isEqualTo(Outcome.NOT_FOUND);
  }

  @Test
  void somethingThatIsNotFourDigitsIsRefusedWithoutCountingAsAGuess() {
    for (int i = 0; i < 10; i++) {
      assertThat(lookup.lookup("SH-2026-000001", "13805710001", "10.0.0.1").outcome())
          .isEqualTo(Outcome.INVALID);
    }
    assertThat(lookup.lookup("", "0001", "10.0.0.1").outcome()).isEqualTo(Outcome.INVALID);
    assertThat(lookup.lookup("SH-2026-000001", "0001", "10.0.0.1").outcome())
        .isEqualTo(Outcome.FOUND);
  }

  @Test
  void fiveFailuresFromOneClientStopItForAQuarterOfAnHourEvenWithTheRightPair() {
    for (int i = 0; i < StatusThrottle.MAX_FAILURES; i++) {
      clock.now = clock.now.plusSeconds(60);
      assertThat(lookup.lookup("SH-2026-00010" + i, "1234", "10.0.0.9").outcome())
          .isEqualTo(Outcome.NOT_FOUND);
    }

    Answer refused = lookup.lookup("SH-2026-000001", "0001", "10.0.0.9");
    assertThat(refused.outcome()).isEqualTo(Outcome.THROTTLED);
    assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(11));
    assertThat(refused.retryAfterMinutes()).isEqualTo(11);
    assertThat(lookup.lookup("SH-2026-000001", "0001", "10.0.0.10").outcome())
        .as("another client")
        .isEqualTo(Outcome.FOUND);

    clock.now = clock.now.plus(Duration.ofMinutes(11));
    assertThat(lookup.lookup("SH-2026-000001", "0001", "10.0.0.9").outcome())
        .isEqualTo(Outcome.FOUND);
  }

  @Test
  void fiveFailuresOnOneNumberStopItForEveryClient() {
    for (int i = 0; i < StatusThrottle.MAX_FAILURES; i++) {
      assertThat(lookup.lookup("SH-2026-000002", String.valueOf(5000 + i), "10.1.0." + i).outcome())
          .isEqualTo(Outcome.NOT_FOUND);
    }

    assertThat(lookup.lookup("sh-2026-000002", "0003", "10.1.1.1").outcome())
        .isEqualTo(Outcome.THROTTLED);
    assertThat(lookup.lookup("SH-2026-000001", "0001", "10.1.1.1").outcome())
        .as("another number")
        .isEqualTo(Outcome.FOUND);
  }

  @Test
  void expiredFailuresAreForgotten() {
    StatusThrottle throttle = new StatusThrottle(clock);
    for (int i = 0; i <= StatusThrottle.SWEEP_ABOVE; i++) {
      throttle.failed("client" + i, "X");
    }
    clock.now = clock.now.plus(StatusThrottle.WINDOW);
    throttle.failed("late", "Y");

    assertThat(throttle.trackedKeys()).isEqualTo(2);
  }

  @Test
  void everyStateHasWordsInBothLanguages() throws IOException {
    for (String bundle : List.of("messages_zh.properties", "messages_en.properties")) {
      Properties texts = new Properties();
      try (Reader reader =
          Files.newBufferedReader(
              Path.of("src/main/resources/i18n", bundle), StandardCharsets.UTF_8)) {
        texts.load(reader);
      }
      for (PublicState state : PublicState.values()) {
        assertThat(texts.getProperty("publicStatus.state." + state))
            .as(bundle + " " + state)
            .isNotBlank();
      }
      assertThat(texts.getProperty("publicStatus.notFound")).isNotBlank();
    }
  }
}
