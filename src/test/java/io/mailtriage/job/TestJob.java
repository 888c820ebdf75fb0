package io.mailtriage.job;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The job as {@link MailtriageJob#main} builds it (the production Flink settings), on the edges a
 * test gives, at parallelism 2 on the test's local cluster.
 */
final class TestJob {
  static final int PARALLELISM = 2;

  private TestJob() {}

  static StreamExecutionEnvironment on(JobSettings settings, JobEdges edges) {
    return on(settings, edges, null);
  }

  /** As {@link #on(JobSettings, JobEdges)}, restored from {@code savepoint} unless it is null. */
  static StreamExecutionEnvironment on(JobSettings settings, JobEdges edges, String savepoint) {
    Configuration conf = MailtriageJob.flinkConfiguration(settings.config());
    if (savepoint != null) {
      conf.set(StateRecoveryOptions.SAVEPOINT_PATH, savepoint);
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(PARALLELISM);
    new MailtriageJob(settings, edges).build(env);
    return env;
  }

  /**
   * Cancels the job and waits until it has stopped: {@code cancel()} answers once the cancel is
   * accepted, while tasks may still write a checkpoint into a directory the test is about to scan
   * or delete.
   */
  static void cancel(JobClient job) throws Exception {
    job.cancel().get();
    while (!job.getJobStatus().get().isGloballyTerminalState()) {
      Thread.sleep(100);
    }
  }
}
