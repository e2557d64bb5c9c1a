package cn.gridservice.desk.workflow;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * Runs due jobs (timers, asynchronous continuations) on a container-managed executor, so that
 * delegates see the application's naming and class-loading context like any request does.
 */
final class ManagedJobExecutor extends JobExecutor {

  /** How long an undeployment waits for the jobs already handed to the executor. */
  static final long DRAIN_MILLIS = 30_000;

  private final ManagedExecutorService executor;
  private final ManagedThreadFactory threads;

  /** Jobs handed to the container's executor and not finished yet. */
  private final AtomicInteger inFlight = new AtomicInteger();

  ManagedJobExecutor(ManagedExecutorService executor, ManagedThreadFactory threads) {
    this.executor = executor;
    this.threads = threads;
  }

  /**
   * The acquisition thread hands jobs to the managed executor, which runs them in the context of
   * the thread that hands them over; so that thread is a managed one too, in the application's
   * context.
   */
  @Override
  protected void startJobAcquisitionThread() {
    if (jobAcquisitionThread == null) {
      jobAcquisitionThread = threads.newThread(acquireJobsRunnable);
      jobAcquisitionThread.start();
    }
  }

  @Override
  public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
    Runnable jobs = getExecuteJobsRunnable(jobIds, processEngine);
    inFlight.incrementAndGet();
    try {
      executor.execute(
          () -> {
            try {
              jobs.run();
            } finally {
              inFlight.decrementAndGet();
            }
          });
    } catch (RejectedExecutionException e) {
      inFlight.decrementAndGet();
      // the engine unlocks them and backs off acquisition; they run in a later cycle
      logRejectedExecution(processEngine, jobIds.size());
      rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
    }
  }

  @Override
  protected void startExecutingJobs() {
    startJobAcquisitionThread();
  }

  /**
   * The container's executor outlives the application: a job still queued in it when the
   * application is undeployed (a new version deployed, say) would run without the application's
   * classes, fail, and stay locked for the lock time, so its deadline would fire minutes late. So
   * acquisition stops first, and the jobs already handed over finish while the application and the
   * engine are still there.
   */
  @Override
  protected void stopExecutingJobs() {
    stopJobAcquisitionThread();
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DRAIN_MILLIS);
    while (inFlight.get() > 0 && System.nanoTime() < end) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
