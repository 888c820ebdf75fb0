package io.mailtriage.bench.e2e;

import io.mailtriage.job.JobSettings;
import io.mailtriage.tools.Cli;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The triage rate of the job running on the local cluster (scripts/bench-cluster.sh), counted on
 * its output: committed records of the triage and dead-letter topics whose write time falls in a
 * window that opens once the job writes (after a start or a rescale), read until the commits that
 * cover the window are in. Each email leaves as exactly one such record, so this never reads 0 for
 * a job that is working, as the REST metric it replaces did while its cache was stale.
 */
public final class ClusterRate {
  static final String USAGE =
      String.join(
          "\n",
          "usage: ClusterRate --bootstrap HOST:PORT --window S --emails N [--grace S]",
          "Prints the emails/s the local cluster's job triaged over S seconds, counted on its"
              + " output topics;",
          "exit 1 when the N-email backlog ran out before the window ended. --grace: how long"
              + " after the window",
          "its records may still be committed (default 15: a 10 s checkpoint interval and room).");

  private ClusterRate() {}

  public static void main(String[] argv) {
    Cli.main(
        "bench-cluster",
        USAGE,
        Cli.Spec.of("bootstrap", "window", "emails", "grace"),
        argv,
        ClusterRate::run);
  }

  private static int run(Cli cli) throws Exception {
    String bootstrap = cli.required("bootstrap");
    long windowMs = cli.number("window", 60, 1) * 1000;
    long emails = cli.number("emails", 0, 1);
    long graceMs = cli.number("grace", 15, 0) * 1000;
    JobSettings settings =
        BenchJobConfig.settings(bootstrap, null, Files.createTempDirectory("cluster-rate"));
    List<String> topics = BenchJobConfig.outputTopics(settings);
    try (OutputCounter out = new OutputCounter(bootstrap, topics, true)) {
      long asked = System.currentTimeMillis();
      // Moving: a record written after we asked (model warm-up, a restore after a rescale).
      while (out.writtenBetween(asked, Long.MAX_VALUE) == 0) {
        out.pollFor(Duration.ofSeconds(1));
      }
      long from = System.currentTimeMillis();
      long to = from + windowMs;
      out.pollFor(Duration.ofMillis(windowMs + graceMs));
      if (out.writtenBetween(0, to) >= emails) {
        throw new Cli.Failure("the backlog ran out during the window; use a larger --emails");
      }
      System.out.printf(Locale.ROOT, "%.1f%n", out.writtenBetween(from, to) * 1000.0 / (to - from));
    }
    return Cli.OK;
  }
}
