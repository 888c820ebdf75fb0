package io.mailtriage.bench.pii;

import io.mailtriage.pii.detect.DetectionHints;
import io.mailtriage.pii.detect.PiiDetector;
import io.mailtriage.tools.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link PiiBenchmark} and turns its time per operation into the figures the PII issue asks
 * for: MB/s (UTF-16 chars of subject and body, in millions), emails/s and µs per finding on one
 * thread, with the machine they were measured on, and each time as a share of the time the target
 * of {@value #TARGET_MB_PER_S} MB/s per core (issue 13) allows for the source. Extra arguments go
 * to JMH (e.g. {@code -f 1 -wi 3 -i 5}).
 */
public final class PiiThroughput {

  static final int TARGET_MB_PER_S = 20;

  private PiiThroughput() {}

  public static void main(String[] args) throws RunnerException, Exception {
    CommandLineOptions cli;
    try {
      cli = new CommandLineOptions(args);
    } catch (CommandLineOptionException e) {
      System.err.println("benchmark-pii: " + e.getMessage() + " (JMH options)");
      System.exit(Cli.USAGE);
      return;
    }
    Collection<RunResult> results =
        new Runner(new OptionsBuilder().parent(cli).include(PiiBenchmark.class.getName()).build())
            .run();
    System.out.println();
    System.out.println("machine: " + machine());
    System.out.printf(
        "%-18s %-13s %7s %9s %10s %11s %12s %9s %12s %10s%n",
        "benchmark",
        "source",
        "emails",
        "MB",
        "ms/op",
        "MB/s/core",
        "emails/s",
        "findings",
        "µs/finding",
        "of target");
    for (RunResult r : results) {
      String source = r.getParams().getParam("source");
      List<BenchMail> mail = BenchMail.load(source);
      long chars = mail.stream().mapToLong(BenchMail::chars).sum();
      double ms = r.getPrimaryResult().getScore();
      double err = r.getPrimaryResult().getScoreError();
      String name = r.getParams().getBenchmark();
      // The time the target allows for the whole source; "of target" above 100% misses it.
      double budgetMs = chars / 1e3 / TARGET_MB_PER_S;
      int findings = findings(mail);
      System.out.printf(
          "%-18s %-13s %7d %9.2f %10.2f %5.1f ±%4.1f %12.0f %9d %12.2f %9.0f%%%n",
          name.substring(name.lastIndexOf('.') + 1),
          source,
          mail.size(),
          chars / 1e6,
          ms,
          chars / 1e3 / ms,
          chars / 1e3 / ms * err / ms,
          mail.size() * 1000.0 / ms,
          findings,
          ms * 1000 / Math.max(1, findings),
          100 * ms / budgetMs);
    }
  }

  /**
   * What one operation finds: every finding of every subject and body, with the benchmark's hints.
   */
  static int findings(List<BenchMail> mail) {
    PiiDetector detector = new PiiDetector();
    int n = 0;
    for (BenchMail m : mail) {
      DetectionHints hints = new DetectionHints("US", m.names());
      n += detector.detect(m.subject(), hints).size() + detector.detect(m.body(), hints).size();
    }
    return n;
  }

  /** Cores, CPU model and load, so a figure is never read without the hardware it ran on. */
  static String machine() throws Exception {
    String cpu = "unknown CPU";
    Path info = Path.of("/proc/cpuinfo");
    if (Files.isReadable(info)) {
      cpu =
          Files.readAllLines(info).stream()
              .filter(l -> l.startsWith("model name"))
              .findFirst()
              .map(l -> l.substring(l.indexOf(':') + 1).trim())
              .orElse(cpu);
    }
    String load =
        Files.isReadable(Path.of("/proc/loadavg"))
            ? ", load average " + Files.readString(Path.of("/proc/loadavg")).trim().split(" ", 4)[0]
            : "";
    return Runtime.getRuntime().availableProcessors()
        + " cores, "
        + cpu
        + ", Java "
        + System.getProperty("java.version")
        + load;
  }
}
