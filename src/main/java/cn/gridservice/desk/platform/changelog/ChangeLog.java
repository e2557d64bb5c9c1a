package cn.gridservice.desk.platform.changelog;

import cn.gridservice.desk.platform.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the change log in the transaction of the change itself (a change that rolls back leaves no
 * line) and reads it back by record, by actor and by time.
 */
@ApplicationScoped
public class ChangeLog {

  public static final int MAX_PAGE_SIZE = 200;

  @PersistenceContext EntityManager em;

  Clock clock = Clock.systemUTC();

  /**
   * @param entityType the kind of record, e.g. {@code STAFF}, {@code CUSTOMER}
   * @param note what else tells the change apart (an import's file and row), or null
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      String entityType,
      String entityId,
      ChangeAction action,
      String actor,
      Changes changes,
      String note) {
    em.persist(
        new ChangeEntry(
            Instant.now(clock),
            actor,
            entityType,
            entityId,
            action,
            note,
            changes == null ? List.of() : changes.fields()));
  }

  /** A record's changes, newest first. */
  @Transactional
  public List<ChangeView> of(String entityType, String entityId) {
    return find(new ChangeQuery(entityType, entityId, null, null, null), 0, MAX_PAGE_SIZE).items();
  }

  /**
   * The changes that match every given criterion (null: any), newest first (read in a transaction:
   * the fields load lazily).
   */
  @Transactional
  public Page<ChangeView> find(ChangeQuery query, int page, int size) {
    if (page < 0) {
      throw new IllegalArgumentException("page must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
    }
    List<String> where = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    condition(where, parameters, "c.entityType = :type", "type", query.entityType());
    condition(where, parameters, "c.entityId = :id", "id", query.entityId());
    condition(where, parameters, "c.actor = :actor", "actor", query.actor());
    condition(where, parameters, "c.occurredAt >= :from", "from", query.from());
    condition(where, parameters, "c.occurredAt < :to", "to", query.to());
    String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(c) FROM ChangeEntry c" + filter, Long.class);
    TypedQuery<ChangeEntry> rows =
        em.createQuery(
            "SELECT c FROM ChangeEntry c" + filter + " ORDER BY c.occurredAt DESC, c.id DESC",
            ChangeEntry.class);
    parameters.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          rows.setParameter(name, value);
        });
    List<ChangeView> items =
        rows.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
            .map(ChangeView::of)
            .toList();
    return new Page<>(items, page, size, count.getSingleResult());
  }

  private static void condition(
      List<String> where,
      Map<String, Object> parameters,
      String clause,
      String name,
      Object value) {
    if (value != null && !(value instanceof String s && s.isBlank())) {
      where.add(clause);
      parameters.put(name, value);
    }
  }

  /** What to look for; null fields match everything. {@code to} is exclusive. */
  public record ChangeQuery(
      String entityType, String entityId, String actor, Instant from, Instant to) {}
}
