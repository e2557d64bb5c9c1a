package cn.gridservice.desk.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A create request seen before under its Idempotency-Key, and what it created. */
@Entity
@Table(name = "idempotent_request")
public class IdempotentRequest {

  @Embeddable
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "scope", length = 40)
    private String scope;

    @Column(name = "key_value", length = 100)
    private String keyValue;

    protected Key() {}

    public Key(String scope, String keyValue) {
      this.scope = scope;
      this.keyValue = keyValue;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(scope, k.scope)
          && Objects.equals(keyValue, k.keyValue);
    }

    @Override
    public int hashCode() {
      return Objects.hash(scope, keyValue);
    }
  }

  @EmbeddedId private Key id;

  @Column(name = "user_id", nullable = false, length = 64)
  private String userId;

  @Column(name = "request_hash", nullable = false, length = 64)
  private String requestHash;

  @Column(name = "result_ref", length = 40)
  private String resultRef;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected IdempotentRequest() {}

  IdempotentRequest(Key id, String userId, String requestHash) {
    this.id = id;
    this.userId = userId;
    this.requestHash = requestHash;
    this.createdAt = Instant.now();
  }

  String requestHash() {
    return requestHash;
  }

  String resultRef() {
    return resultRef;
  }

  void completedWith(String resultRef) {
    this.resultRef = resultRef;
  }
}
