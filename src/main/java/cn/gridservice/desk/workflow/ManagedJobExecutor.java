package cn.gridservice.desk.workflow;

import java.util.List;
import java.util.concurrent.RejectedExecutionException;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;

import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * Runs due jobs (timers, asynchronous continuations) on a container-managed executor, so that
 * delegates see the application's naming and class-loading context like any request does.
 */
final class ManagedJobExecutor extends JobExecutor {

  private final ManagedExecutorService executor;
  private final ManagedThreadFactory threads;

  ManagedJobExecutor(ManagedExecutorService executor, ManagedThreadFactory threads) {
    this.executor = executor;
    this.threads = threads;
  }

  /**
   * The acquisition thread hands jobs to the managed executor, which runs them in the context of
   * the thread that hands them over; so that thread is a managed one too, in the application's context.
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
    try {
      executor.execute(getExecuteJobsRunnable(jobIds, processEngine));
    } catch (RejectedExecutionException e) {
      // the engine unlocks them and backs off acquisition; they run in a later cycle
      logRejectedExecution(processEngine, jobIds.size());
      rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
    }
  }

  @Override
  protected void startExecutingJobs() {
    startJobAcquisitionThread();
  }

  @Override
  protected void stopExecutingJobs() {
    stopJobAcquisitionThread();
  }
}
