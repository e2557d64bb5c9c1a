package cn.gridservice.desk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Idempotency-Key rule for creates: the first request under a key registers it in the same
 * transaction as what it creates; a retry finds the key and gets the same result instead of a
 * second one. Two requests racing on one key meet at the primary key: the loser's transaction fails
 * and, retried, finds the winner's result.
 */
@ApplicationScoped
public class IdempotentRequests {

  public static final int MAX_KEY_LENGTH = 100;

  @PersistenceContext EntityManager em;

  /**
   * @return the reference of what an earlier request under this key created, or empty when this is
   *     the first request (the key is now taken by the caller's transaction)
   * @throws InvalidInput when the key was used before for a different request
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<String> claim(
      String scope, String key, String userId, String requestFingerprint) {
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

  /**
   * What a create under an idempotency key gave: the reference, and whether an earlier request made
   * it.
   */
  public record Created(String ref, boolean replayed) {}

  /**
   * Creates once per key: the first request under the key runs {@code create} and registers its
   * reference with the key in the same transaction; a retry gets that reference back without
   * creating anything. Without a key ({@code null}) it just creates.
   *
   * @param create makes the thing and answers its reference (a case or complaint number)
   * @throws InvalidInput when the key was used before for a different request
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Created createOnce(
      String scope, String key, String userId, String requestFingerprint, Supplier<String> create) {
    if (key == null) {
      return new Created(create.get(), false);
    }
    Optional<String> earlier = claim(scope, key, userId, requestFingerprint);
    if (earlier.isPresent()) {
      return new Created(earlier.get(), true);
    }
    String ref = create.get();
    complete(scope, key, ref);
    return new Created(ref, false);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void complete(String scope, String key, String resultRef) {
    em.find(IdempotentRequest.class, new IdempotentRequest.Key(scope, key))
        .completedWith(resultRef);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
