package cn.gridservice.desk.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The Idempotency-Key rule for creates: the first request under a key registers it in the same
 * transaction as what it creates; a retry finds the key and gets the same result instead of a
 * second one. Two requests racing on one key meet at the primary key: the loser's transaction fails
 * and, retried, finds the winner's result.
 */
@ApplicationScoped
public class IdempotentRequests {

  public static final int MAX_KEY_LENGTH = 100;

  @PersistenceContext
  EntityManager em;

  /**
   * @return the reference of what an earlier request under this key created, or empty when this is
   *     the first request (the key is now taken by the caller's transaction)
   * @throws InvalidInput when the key was used before for a different request
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<String> claim(String scope, String key, String userId, String requestFingerprint) {
    if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw InvalidInput.of("Idempotency-Key", "invalid.idempotencyKey.length", MAX_KEY_LENGTH);
    }
    String hash = sha256(userId + "\n" + requestFingerprint);
    IdempotentRequest.Key id = new IdempotentRequest.Key(scope, key);
    IdempotentRequest earlier = em.find(IdempotentRequest.class, id);
    if (earlier != null) {
      if (!earlier.requestHash().equals(hash)) {
        throw InvalidInput.of("Idempotency-Key", "invalid.idempotencyKey.reused");
      }
      return Optional.ofNullable(earlier.resultRef());
    }
    em.persist(new IdempotentRequest(id, userId, hash));
    em.flush();
    return Optional.empty();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void complete(String scope, String key, String resultRef) {
    em.find(IdempotentRequest.class, new IdempotentRequest.Key(scope, key)).completedWith(resultRef);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
