package cn.gridservice.desk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Hands out document numbers such as {@code SH-2026-000123}: per prefix and year, without gaps,
 * inside the caller's transaction (a rolled-back case gives its number back).
 */
@ApplicationScoped
public class DocumentNumbers {

  @PersistenceContext EntityManager em;

  Clock clock = Clock.system(Times.BUSINESS_ZONE);

  @Transactional(Transactional.TxType.MANDATORY)
  public String next(String prefix) {
    int year = LocalDate.now(clock).getYear();
    String key = prefix + "-" + year;
    NumberSequence sequence = em.find(NumberSequence.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (sequence == null) {
      sequence = new NumberSequence(key);
      em.persist(sequence);
      // a concurrent first number of the year fails on the primary key and is retried by the caller
      em.flush();
    }
    return String.format("%s-%06d", key, sequence.take());
  }
}
