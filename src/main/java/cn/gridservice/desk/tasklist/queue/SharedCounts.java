package cn.gridservice.desk.tasklist.queue;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The counts of the groups' unclaimed tasks, kept for a few seconds: every open task list refreshes
 * its menu's counts every 5 s, and all members of a group ask for the same ones. With it, a group's
 * count is read from the database at most once per {@link #TTL} however many of its members are
 * looking; counts are at most that old (the lists themselves are always read fresh).
 */
@ApplicationScoped
public class SharedCounts {

  public static final Duration TTL = Duration.ofSeconds(4);
  private static final int MAX_ENTRIES = 10_000;

  private record Entry(long value, long expires) {}

  private final Map<String, Entry> counts = new ConcurrentHashMap<>();

  /** A count that runs the statement. */
  public interface Counter {
    long count() throws SQLException;
  }

  long get(String key, Counter counter) throws SQLException {
    long now = System.nanoTime();
    Entry entry = counts.get(key);
    if (entry != null && entry.expires() - now > 0) {
      return entry.value();
    }
    long value = counter.count();
    if (counts.size() >= MAX_ENTRIES) {
      counts.clear();
    }
    counts.put(key, new Entry(value, now + TTL.toNanos()));
    return value;
  }

  /** Forgets every count (tests, or after a repair of the queue). */
  public void clear() {
    counts.clear();
  }
}
