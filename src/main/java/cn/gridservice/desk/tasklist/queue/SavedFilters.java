package cn.gridservice.desk.tasklist.queue;

import cn.gridservice.desk.platform.Clock;
import cn.gridservice.desk.platform.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The filters each user saved for their task lists: saving under an existing name replaces it. */
@ApplicationScoped
public class SavedFilters {

  public static final int MAX_PER_USER = 30;

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SavedFilter> of(String userId) {
    return em.createNamedQuery("SavedFilter.ofUser", SavedFilter.class)
        .setParameter("user", userId)
        .getResultList();
  }

  @Transactional
  public SavedFilter save(String userId, String name, Queue queue, QueueFilter filter) {
    String trimmed = name == null ? "" : name.strip();
    InvalidInput.Collector errors = InvalidInput.collect();
    if (trimmed.isEmpty()) {
      errors.add("name", "invalid.filter.nameRequired");
    } else if (trimmed.length() > SavedFilter.MAX_NAME) {
      errors.add("name", "invalid.text.tooLong", "name", SavedFilter.MAX_NAME);
    }
    if (filter.text() != null && filter.text().strip().length() > QueueFilter.MAX_TEXT) {
      errors.add("text", "invalid.text.tooLong", "text", QueueFilter.MAX_TEXT);
    }
    if (filter.dueFrom() != null
        && filter.dueTo() != null
        && !filter.dueTo().isAfter(filter.dueFrom())) {
      errors.add("dueTo", "invalid.filter.dueRange");
    }
    errors.throwIfAny();
    List<SavedFilter> mine = of(userId);
    for (SavedFilter existing : mine) {
      if (existing.name().equals(trimmed)) {
        existing.update(queue, filter);
        return existing;
      }
    }
    if (mine.size() >= MAX_PER_USER) {
      throw InvalidInput.of("name", "invalid.filter.tooMany", MAX_PER_USER);
    }
    SavedFilter saved = new SavedFilter(userId, trimmed, queue, filter, clock.now());
    em.persist(saved);
    return saved;
  }

  /** Removes one of the user's own filters; another user's stays. */
  @Transactional
  public void delete(String userId, long id) {
    SavedFilter filter = em.find(SavedFilter.class, id);
    if (filter != null && filter.userId().equals(userId)) {
      em.remove(filter);
    }
  }
}
