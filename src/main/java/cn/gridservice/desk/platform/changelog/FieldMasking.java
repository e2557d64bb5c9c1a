package cn.gridservice.desk.platform.changelog;

/**
 * How a capability hides the personal data in its records' changes (a customer's phone, say) from
 * those who may not see it. The capability that writes the changes implements it as a CDI bean;
 * readers of the change log apply it.
 */
public interface FieldMasking {

  /** The {@link ChangeEntry#entityType()} this masking is for. */
  String entityType();

  /** The value as a reader without sight of contact data sees it. */
  String mask(String field, String value);

  /** The change with every field's old and new value masked. */
  default ChangeView apply(ChangeView change) {
    if (!entityType().equals(change.entityType())) {
      return change;
    }
    return new ChangeView(
        change.id(),
        change.at(),
        change.actor(),
        change.entityType(),
        change.entityId(),
        change.action(),
        change.note(),
        change.fields().stream()
            .map(
                f ->
                    new ChangeView.Field(
                        f.field(), mask(f.field(), f.oldValue()), mask(f.field(), f.newValue())))
            .toList());
  }
}
