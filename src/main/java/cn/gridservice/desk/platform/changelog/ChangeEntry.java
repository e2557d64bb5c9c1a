package cn.gridservice.desk.platform.changelog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.BatchSize;

/** One line of the change log; written once, never changed. */
@Entity
@Table(name = "change_log")
public class ChangeEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_log_seq")
  @SequenceGenerator(name = "change_log_seq", sequenceName = "change_log_seq", allocationSize = 50)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, length = 64)
  private String actor;

  @Column(name = "entity_type", nullable = false, length = 40)
  private String entityType;

  @Column(name = "entity_id", nullable = false, length = 64)
  private String entityId;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, length = 30)
  private ChangeAction action;

  @Column(name = "note", length = 500)
  private String note;

  @ElementCollection(fetch = FetchType.LAZY)
  @BatchSize(size = 50)
  @CollectionTable(name = "change_log_field", joinColumns = @JoinColumn(name = "change_id"))
  @OrderColumn(name = "field_order")
  private List<FieldChange> fields = new ArrayList<>();

  protected ChangeEntry() {}

  ChangeEntry(
      Instant occurredAt,
      String actor,
      String entityType,
      String entityId,
      ChangeAction action,
      String note,
      List<FieldChange> fields) {
    this.occurredAt = Objects.requireNonNull(occurredAt);
    this.actor = Objects.requireNonNull(actor, "actor");
    this.entityType = Objects.requireNonNull(entityType, "entityType");
    this.entityId = Objects.requireNonNull(entityId, "entityId");
    this.action = Objects.requireNonNull(action, "action");
    this.note = note == null || note.length() <= 500 ? note : note.substring(0, 499) + "…";
    this.fields = new ArrayList<>(fields);
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String entityType() {
    return entityType;
  }

  public String entityId() {
    return entityId;
  }

  public ChangeAction action() {
    return action;
  }

  public String note() {
    return note;
  }

  public List<FieldChange> fields() {
    return Collections.unmodifiableList(fields);
  }
}
