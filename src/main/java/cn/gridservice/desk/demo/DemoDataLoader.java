package cn.gridservice.desk.demo;

import cn.gridservice.desk.platform.ApplicationStarted;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * Loads the demo data when start-up asks for it, before any other observer of {@link
 * ApplicationStarted} (e.g. the first administrator, which only acts on a database without staff).
 * Runs in the start-up thread, outside a transaction; {@link DemoData#loadIfEmpty()} opens its own,
 * as it did when called directly.
 */
@ApplicationScoped
public class DemoDataLoader {

  /** Before the observers without a priority ({@code Interceptor.Priority.APPLICATION + 500}). */
  static final int BEFORE_OTHER_OBSERVERS = Interceptor.Priority.LIBRARY_BEFORE;

  @Inject DemoData demoData;

  void onStart(@Observes @Priority(BEFORE_OTHER_OBSERVERS) ApplicationStarted started) {
    if (started.demo()) {
      demoData.loadIfEmpty();
    }
  }
}
