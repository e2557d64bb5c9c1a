package cn.gridservice.desk.platform.changelog;

import cn.gridservice.desk.platform.Times;
import java.time.OffsetDateTime;
import java.util.List;

/** A change as the API and the pages show it. */
public record ChangeView(
    long id,
    OffsetDateTime at,
    String actor,
    String entityType,
    String entityId,
    ChangeAction action,
    String note,
    List<Field> fields) {

  /** A changed field: {@code old} → {@code new}. */
  public record Field(String field, String oldValue, String newValue) {}

  static ChangeView of(ChangeEntry e) {
    return new ChangeView(
        e.id(),
        Times.toBusinessTime(e.occurredAt()),
        e.actor(),
        e.entityType(),
        e.entityId(),
        e.action(),
        e.note(),
        e.fields().stream().map(f -> new Field(f.field(), f.oldValue(), f.newValue())).toList());
  }
}
