package cn.gridservice.desk.staff.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Since when each member's older sessions are no longer valid (this server's memory: sessions do
 * not outlive it either). A login afterwards is unaffected; a deactivated member cannot log in
 * again.
 */
@ApplicationScoped
public class RevokedLogins {

  private final Map<String, Instant> since = new ConcurrentHashMap<>();

  void onRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) StaffLoginRevoked revoked) {
    since.merge(revoked.userId(), revoked.at(), (a, b) -> a.isAfter(b) ? a : b);
  }

  /** Whether a session of {@code userId} opened at {@code sessionCreated} must end. */
  public boolean isRevoked(String userId, Instant sessionCreated) {
    Instant revokedAt = since.get(userId);
    return revokedAt != null && !sessionCreated.isAfter(revokedAt);
  }
}
