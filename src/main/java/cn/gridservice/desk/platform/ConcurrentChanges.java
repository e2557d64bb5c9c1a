package cn.gridservice.desk.platform;

import java.sql.SQLTransactionRollbackException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * A transaction that lost a race against another one (the job executor firing a timer on the same
 * task, say) is rolled back whole; running it again in a new transaction, after a short pause, sees
 * the other's result and usually succeeds. For work that a user must not see fail just because the
 * engine was busy.
 */
public final class ConcurrentChanges {

  private static final Logger LOG = Logger.getLogger(ConcurrentChanges.class.getName());

  private ConcurrentChanges() {}

  /**
   * Runs {@code transaction} (which must start a transaction of its own, e.g. a
   * {@code @Transactional(REQUIRES_NEW)} method) up to {@code attempts} times while it fails
   * because of a concurrent change; any other failure, and the last one, go to the caller.
   */
  public static <T> T retry(String what, int attempts, Supplier<T> transaction) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.get();
      } catch (RuntimeException e) {
        if (attempt >= attempts || !isConcurrentChange(e)) {
          throw e;
        }
        int tried = attempt;
        LOG.info(
            () ->
                what + ": attempt " + tried + " met a concurrent change (" + e + "); trying again");
        pause(20L * attempt * attempt);
      }
    }
  }

  /**
   * Whether the failure, or one of its causes, is a lost optimistic lock or a deadlock of the
   * database.
   */
  public static boolean isConcurrentChange(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockingException
          || t instanceof jakarta.persistence.OptimisticLockException
          || t instanceof SQLTransactionRollbackException) {
        return true;
      }
    }
    return false;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to try again", e);
    }
  }
}
