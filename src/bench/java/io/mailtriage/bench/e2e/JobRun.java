package io.mailtriage.bench.e2e;

import io.mailtriage.job.JobEdges;
import io.mailtriage.job.JobSettings;
import io.mailtriage.job.MailtriageJob;
import io.mailtriage.testing.RunConfig;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.GlobalConfiguration;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The whole job ({@link MailtriageJob} with its production Kafka edges and settings) on a Flink
 * MiniCluster in this JVM, reading a backlog: the mail is on the input topic before the job starts.
 * The first {@code warmup} emails warm the JVM up (start-up, model loading, JIT compilation); the
 * rate is taken over the rest, from 10 % to 90 % of them out (the drain at the end left out), by
 * the write times of the output records. CPU is this JVM's (the job's; the broker runs in its own)
 * and the broker's over the same stretch.
 */
final class JobRun {
  private JobRun() {}

  /** What one run measured; crosses from the run's JVM to the report as one JSON line. */
  record Result(
      String build,
      int emails,
      int windowEmails,
      double windowSeconds,
      double emailsPerSecond,
      double cpuMsPerEmail,
      double jitMsPerEmail,
      double brokerCpuMsPerEmail,
      double brokerJitMsPerEmail,
      double startupSeconds,
      Map<String, Double> threadMsPerEmail,
      Map<String, Double> stageMsPerEmail,
      double peakHeapMb,
      double peakRssMb,
      String loadBefore,
      String loadAfter) {}

  /**
   * CPU readings taken the moment the output count passes a threshold, on the thread that counts
   * the output: its own CPU is the benchmark's, not the job's, and is taken out.
   */
  private record Snapshot(
      long count,
      long jobCpu,
      long jobJit,
      long brokerCpu,
      long brokerJit,
      Map<String, Long> threads) {
    static Snapshot take(long count, long brokerPid) {
      Map<String, Long> threads = CpuClock.byThreadGroup();
      threads.remove(CpuClock.group(Thread.currentThread().getName()));
      return new Snapshot(
          count,
          CpuClock.process() - ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(),
          CpuClock.jitOf("self"),
          brokerPid > 0 ? CpuClock.ofPid(brokerPid) : 0,
          brokerPid > 0 ? CpuClock.jitOf(Long.toString(brokerPid)) : 0,
          threads);
    }
  }

  static Result run(
      String build,
      String bootstrap,
      BenchMailbox mail,
      int warmup,
      int parallelism,
      int partitions,
      long brokerPid,
      Path scratch,
      Path profileDir)
      throws Exception {
    String run = RunConfig.newRunId();
    JobSettings settings = BenchJobConfig.settings(bootstrap, run, scratch);
    BenchJobConfig.createTopics(bootstrap, settings, partitions);
    BenchJobConfig.produce(bootstrap, settings.config().topics().input(), mail.values());
    int n = mail.values().size();

    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createLocalEnvironment(
            parallelism, flinkConf(settings, parallelism));
    new MailtriageJob(settings, JobEdges.kafka(settings.config(), false)).build(env);

    String loadBefore = Machine.load();
    long submitted = System.nanoTime();
    JobClient job = env.executeAsync("mailtriage-benchmark");
    List<Snapshot> snaps = new ArrayList<>();
    StageProfile[] profile = new StageProfile[1];
    long firstOut;
    Map<String, Double> stages = new TreeMap<>();
    try (OutputCounter out =
        new OutputCounter(bootstrap, BenchJobConfig.outputTopics(settings), false)) {
      out.await(1, Duration.ofMinutes(10), new long[0], c -> {});
      firstOut = System.nanoTime();
      long from = warmup + (n - warmup) / 10;
      long to = n - (n - warmup) / 10;
      int got =
          out.await(
              n,
              Duration.ofSeconds(120 + n / 5),
              new long[] {from, to},
              count -> {
                snaps.add(Snapshot.take(count, brokerPid));
                try {
                  if (profileDir != null && profile[0] == null) {
                    profile[0] = StageProfile.start();
                  } else if (profile[0] != null) {
                    Map<String, Double> ms = profile[0].stop(profileDir);
                    ms.forEach((k, v) -> stages.put(k, v));
                  }
                } catch (IOException e) {
                  throw new IllegalStateException("profiler: " + e.getMessage(), e);
                }
              });
      if (got < n) {
        throw new IllegalStateException(
            "only " + got + " of " + n + " emails came out; see the log for the job's errors");
      }
      job.cancel().get(1, TimeUnit.MINUTES);

      List<Long> ts = new ArrayList<>(out.timestamps());
      ts.sort(null);
      int i0 = (int) from - 1;
      int i1 = (int) to - 1;
      double seconds = (ts.get(i1) - ts.get(i0)) / 1000.0;
      int windowEmails = i1 - i0;
      Snapshot a = snaps.get(0);
      Snapshot b = snaps.get(1);
      double counted = b.count() - a.count();
      Map<String, Double> threads = new TreeMap<>();
      for (var e : b.threads().entrySet()) {
        double ms = (e.getValue() - a.threads().getOrDefault(e.getKey(), 0L)) / 1e6 / counted;
        if (ms >= 0.005) {
          threads.put(e.getKey(), ms);
        }
      }
      stages.replaceAll((k, v) -> v / counted);
      return new Result(
          build,
          n,
          windowEmails,
          seconds,
          windowEmails / seconds,
          (b.jobCpu() - a.jobCpu()) / 1e6 / counted,
          (b.jobJit() - a.jobJit()) / 1e6 / counted,
          brokerPid > 0 ? (b.brokerCpu() - a.brokerCpu()) / 1e6 / counted : Double.NaN,
          brokerPid > 0 ? (b.brokerJit() - a.brokerJit()) / 1e6 / counted : Double.NaN,
          (firstOut - submitted) / 1e9,
          threads,
          stages,
          peakHeapMb(),
          peakRssMb(),
          loadBefore,
          Machine.load());
    }
  }

  /**
   * The job's own Flink settings, the state backend of the cluster configuration ({@code
   * conf/config.yaml}), and one slot per subtask.
   */
  static Configuration flinkConf(JobSettings settings, int parallelism) {
    Configuration conf = MailtriageJob.flinkConfiguration(settings.config());
    Configuration cluster = GlobalConfiguration.loadConfiguration("conf");
    cluster
        .getOptional(StateBackendOptions.STATE_BACKEND)
        .ifPresent(v -> conf.set(StateBackendOptions.STATE_BACKEND, v));
    cluster
        .getOptional(CheckpointingOptions.INCREMENTAL_CHECKPOINTS)
        .ifPresent(v -> conf.set(CheckpointingOptions.INCREMENTAL_CHECKPOINTS, v));
    conf.set(TaskManagerOptions.NUM_TASK_SLOTS, parallelism);
    return conf;
  }

  private static double peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / 1024.0 / 1024.0;
  }

  /** The most resident memory this process has had (VmHWM), or NaN off Linux. */
  static double peakRssMb() {
    return peakRssMb("self");
  }

  static double peakRssMb(String pid) {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (l.startsWith("VmHWM:")) {
          return Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux, or the process is gone.
    }
    return Double.NaN;
  }
}
