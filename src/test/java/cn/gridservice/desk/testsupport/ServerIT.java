package cn.gridservice.desk.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of every integration test: each {@code *IT} class {@code extends ServerIT}. Arquillian
 * deploys the application the build produced to the provisioned server ({@link
 * ServerITDeployment}): a test class marked {@code @RunAsClient} talks to it over HTTP from
 * outside; any other runs inside the server with its beans injected. A test that needs more in the
 * archive (a test model, GreenMail) adds it in a static {@code @BeforeDeployment} method.
 *
 * <p>Helpers: the demo users' logins, the engine clock (in the server's JVM, where the job executor
 * reads it; it is back on real time after every test) and waiting for what the server does in the
 * background.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class ServerIT {

  /** Where the server answers; the application sits at the root context. */
  protected static final String BASE_URL = ServerDeployment.BASE_URL;

  /** The API as this demo user (Basic authentication, password {@code demo}). */
  protected static Http basic(String user) {
    return Http.basic(user, DemoStaff.PASSWORD);
  }

  /** Nobody logged in. */
  protected static Http anonymous() {
    return Http.anonymous();
  }

  /** A page session of this demo user, logged in through the login form. */
  protected static Http loggedIn(String user) {
    Http session = Http.anonymous();
    session.formLogin(user, DemoStaff.PASSWORD);
    return session;
  }

  /** Sets the engine clock to this time ({@code 2026-12-03T10:00:00+08:00}). */
  protected static void clockAt(String isoWithOffset) {
    ClockUtil.setCurrentTime(TestTimes.at(isoWithOffset));
  }

  protected static void clockAt(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  /** Moves the engine clock on from where it stands. */
  protected static void moveClock(Duration by) {
    clockAt(clockNow().plus(by));
  }

  /** What the engine clock says. */
  protected static Instant clockNow() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  @AfterEach
  protected final void engineClockOnRealTimeAgain() {
    ClockUtil.reset();
  }

  /**
   * Waits up to 15 s (looking every 100 ms) for the condition, and fails if it does not come true.
   */
  protected static void waitFor(BooleanSupplier condition) {
    if (!waitUntil(condition, Duration.ofSeconds(15), Duration.ofMillis(100))) {
      throw new AssertionError("not there within 15 s");
    }
  }

  /**
   * Looks at the condition every {@code every} until it is true or {@code within} has passed.
   *
   * @return whether it came true; the caller asserts what it expects
   */
  protected static boolean waitUntil(BooleanSupplier condition, Duration within, Duration every) {
    long deadline = System.nanoTime() + within.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(every.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting", e);
      }
    }
    return true;
  }
}
