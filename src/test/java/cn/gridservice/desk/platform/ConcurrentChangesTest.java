package cn.gridservice.desk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;

class ConcurrentChangesTest {

  @Test
  void aLostRaceIsTriedAgainUntilItSucceeds() {
    AtomicInteger attempts = new AtomicInteger();
    String result =
        ConcurrentChanges.retry(
            "test",
            5,
            () -> {
              if (attempts.incrementAndGet() < 3) {
                throw new RuntimeException(
                    "commit failed",
                    new OptimisticLockingException("task 7 was updated by another transaction"));
              }
              return "saved";
            });
    assertThat(result).isEqualTo("saved");
    assertThat(attempts).hasValue(3);
  }

  @Test
  void otherFailuresAndTheLastAttemptGoToTheCaller() {
    AtomicInteger attempts = new AtomicInteger();
    assertThatThrownBy(
            () ->
                ConcurrentChanges.retry(
                    "test",
                    5,
                    () -> {
                      attempts.incrementAndGet();
                      throw InvalidInput.of("year", "invalid.calendar.sourceRequired");
                    }))
        .isInstanceOf(InvalidInput.class);
    assertThat(attempts).hasValue(1);

    AtomicInteger racing = new AtomicInteger();
    assertThatThrownBy(
            () ->
                ConcurrentChanges.retry(
                    "test",
                    3,
                    () -> {
                      racing.incrementAndGet();
                      throw new IllegalStateException(
                          new SQLTransactionRollbackException(
                              "Deadlock found when trying to get lock"));
                    }))
        .hasRootCauseInstanceOf(SQLTransactionRollbackException.class);
    assertThat(racing).hasValue(3);
  }
}
