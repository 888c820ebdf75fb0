package io.mailtriage.bench.e2e;

import io.mailtriage.job.JobSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The job on the local cluster of separate JVMs (scripts/cluster-start.sh: a JobManager and one
 * TaskManager of two slots, production configuration, on the broker already running), reading the
 * same backlog, measured the way {@link JobRun} measures the MiniCluster: by output write times
 * after the first {@code warmup} emails, from 10 % to 90 % of the rest, CPU of the TaskManager,
 * JobManager and broker processes over that stretch.
 */
final class ClusterRun {
  private ClusterRun() {}

  static JobRun.Result run(
      String bootstrap, BenchMailbox mail, int warmup, long brokerPid, Path scratch)
      throws Exception {
    JobSettings settings = BenchJobConfig.settings(bootstrap, null, scratch);
    String input = settings.config().topics().input();
    // cluster-start.sh creates the job's other topics (and keeps this one); the backlog must be on
    // the input topic before the job starts.
    String partitions = System.getenv().getOrDefault("MT_TOPIC_PARTITIONS", "4");
    BenchJobConfig.createTopics(bootstrap, Integer.parseInt(partitions), List.of(input));
    BenchJobConfig.produce(bootstrap, input, mail.values());
    int n = mail.values().size();

    String loadBefore = Machine.load();
    long started = System.nanoTime();
    script("scripts/cluster-start.sh", "--taskmanagers", "1");
    try {
      Path flink = Path.of(System.getenv().getOrDefault("MT_FLINK_DIR", "run/flink"));
      Map<String, Long> pids = new LinkedHashMap<>();
      pids.put("TaskManager", pid(flink.resolve("taskmanager-tm1.pid")));
      pids.put("JobManager", pid(flink.resolve("jobmanager.pid")));
      if (brokerPid > 0) {
        pids.put("broker", brokerPid);
      }
      List<Map<String, Long>> snaps = new ArrayList<>();
      List<Long> counts = new ArrayList<>();
      long from = warmup + (n - warmup) / 10;
      long to = n - (n - warmup) / 10;
      try (OutputCounter out =
          new OutputCounter(bootstrap, BenchJobConfig.outputTopics(settings), false)) {
        out.await(1, Duration.ofMinutes(10), new long[0], c -> {});
        double startup = (System.nanoTime() - started) / 1e9;
        int got =
            out.await(
                n,
                Duration.ofSeconds(120 + n / 5),
                new long[] {from, to},
                count -> {
                  Map<String, Long> cpu = new LinkedHashMap<>();
                  pids.forEach(
                      (name, pid) -> {
                        cpu.put(name, CpuClock.ofPid(pid));
                        cpu.put(name + " JIT", CpuClock.jitOf(Long.toString(pid)));
                      });
                  snaps.add(cpu);
                  counts.add(count);
                });
        if (got < n) {
          throw new IllegalStateException(
              "only " + got + " of " + n + " emails came out of the cluster; see run/logs/");
        }
        List<Long> ts = new ArrayList<>(out.timestamps());
        ts.sort(null);
        int i0 = (int) from - 1;
        int i1 = (int) to - 1;
        double seconds = (ts.get(i1) - ts.get(i0)) / 1000.0;
        double counted = counts.get(1) - counts.get(0);
        Map<String, Double> perProcess = new TreeMap<>();
        snaps
            .get(1)
            .keySet()
            .forEach(
                k ->
                    perProcess.put(k, (snaps.get(1).get(k) - snaps.get(0).get(k)) / 1e6 / counted));
        return new JobRun.Result(
            "local cluster",
            n,
            i1 - i0,
            seconds,
            (i1 - i0) / seconds,
            perProcess.get("TaskManager") + perProcess.get("JobManager"),
            perProcess.get("TaskManager JIT") + perProcess.get("JobManager JIT"),
            perProcess.getOrDefault("broker", Double.NaN),
            perProcess.getOrDefault("broker JIT", Double.NaN),
            startup,
            perProcess,
            Map.of(),
            Double.NaN,
            JobRun.peakRssMb(Long.toString(pids.get("TaskManager"))),
            loadBefore,
            Machine.load());
      }
    } finally {
      script("scripts/cluster-stop.sh");
    }
  }

  private static long pid(Path file) throws IOException {
    return Long.parseLong(Files.readString(file).strip());
  }

  /** Runs one of the cluster scripts; its output goes to our stderr, which the report leaves be. */
  private static void script(String... command) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(new java.io.File("/dev/stderr")))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException(
          String.join(" ", command) + " failed (exit " + p.exitValue() + ")");
    }
  }
}
