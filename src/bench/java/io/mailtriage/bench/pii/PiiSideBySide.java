package io.mailtriage.bench.pii;

import io.mailtriage.pii.detect.PiiType;
import io.mailtriage.tools.Cli;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Detection + tokenization of the PII code before a change and after it, side by side in one JVM
 * ({@code scripts/benchmark-pii --baseline REF}): each build runs {@link PiiCpuLoop} in a class
 * loader of its own, in alternating rounds, on the same mail, and is timed in the thread's CPU time
 * (on a shared machine, wall-clock time swings with the other load). Prints, per source and build,
 * the best pass (the least disturbed), MB/s per core, findings per pass and µs per finding.
 */
public final class PiiSideBySide {

  static final String USAGE =
      String.join(
          "\n",
          "usage: PiiSideBySide --baseline CLASSES [--current CLASSES] [--rounds N] [--warmup-s S]",
          "                     [--passes N] [--by-type [--types T,...]]",
          "                     [--source spamassassin|support]",
          "Runs detection + tokenization of the PII classes under --baseline and of the current",
          "build (target/classes) in alternating rounds in one JVM, on the real-mail and the",
          "generated support source; prints CPU-time figures per build. scripts/benchmark-pii",
          "--baseline REF builds the baseline classes from a git revision and runs this.",
          "--by-type: instead, a detector of one type at a time (its recogniser alone, with the",
          "scan and context every detection pays), each build's best pass and after/before, to",
          "tell which recogniser a change made dearer (--types: those alone). --source: that",
          "source alone.");

  private PiiSideBySide() {}

  public static void main(String[] args) {
    Cli.main(
        "benchmark-pii",
        USAGE,
        Cli.Spec.of("baseline", "current", "rounds", "warmup-s", "passes", "source", "types")
            .flags("by-type"),
        args,
        PiiSideBySide::run);
  }

  private static int run(Cli cli) throws Exception {
    Path baseline = classes(cli.required("baseline"), "--baseline");
    Path current = classes(cli.optional("current").orElse("target/classes"), "--current");
    int rounds = Integer.parseInt(cli.optional("rounds").orElse("3"));
    long warmupMs = 1000L * Integer.parseInt(cli.optional("warmup-s").orElse("8"));
    int passes = Integer.parseInt(cli.optional("passes").orElse("30"));
    URL harness =
        PiiCpuLoop.class.getProtectionDomain().getCodeSource().getLocation().toURI().toURL();
    List<Build> builds =
        List.of(new Build("before", baseline, harness), new Build("after", current, harness));
    List<String> sources =
        cli.optional("source").map(List::of).orElse(List.of("spamassassin", "support"));
    System.out.println("machine: " + PiiThroughput.machine());
    if (cli.flag("by-type")) {
      List<PiiType> types =
          cli.optional("types")
              .map(t -> Arrays.stream(t.split(",")).map(PiiType::valueOf).toList())
              .orElse(List.of(PiiType.values()));
      byType(builds, sources, types, rounds, warmupMs, passes);
      return Cli.OK;
    }
    System.out.printf(
        "%-13s %-7s %7s %8s %13s %10s %9s %11s  %s%n",
        "source",
        "build",
        "emails",
        "MB",
        "best pass ms",
        "MB/s/core",
        "findings",
        "µs/finding",
        "best pass of each round (ms CPU)");
    for (String source : sources) {
      List<BenchMail> mail = BenchMail.load(source);
      List<String> subjects = mail.stream().map(BenchMail::subject).toList();
      List<String> bodies = mail.stream().map(BenchMail::body).toList();
      List<List<String>> names = mail.stream().map(BenchMail::names).toList();
      long chars = mail.stream().mapToLong(BenchMail::chars).sum();
      double[][] best = new double[builds.size()][rounds];
      for (int r = 0; r < rounds; r++) {
        for (int b = 0; b < builds.size(); b++) {
          long[] times = builds.get(b).run(subjects, bodies, names, null, warmupMs, passes);
          best[b][r] = Arrays.stream(times).min().orElseThrow() / 1e6;
        }
      }
      for (int b = 0; b < builds.size(); b++) {
        Build build = builds.get(b);
        double ms = Arrays.stream(best[b]).min().orElseThrow();
        Map<String, Integer> found = build.findings(subjects, bodies, names);
        int findings = found.values().stream().mapToInt(Integer::intValue).sum();
        List<String> perRound = new ArrayList<>();
        for (double v : best[b]) {
          perRound.add(String.format("%.2f", v));
        }
        System.out.printf(
            "%-13s %-7s %7d %8.2f %13.2f %10.1f %9d %11.2f  %s%n",
            source,
            build.name,
            mail.size(),
            chars / 1e6,
            ms,
            chars / 1e3 / ms,
            findings,
            ms * 1000 / Math.max(1, findings),
            String.join(" ", perRound));
        System.out.println("    findings by type: " + found);
      }
    }
    return Cli.OK;
  }

  /**
   * Per source and type, the best pass of a detector of that type alone in each build, rounds
   * alternating between the builds as for the whole detector.
   */
  private static void byType(
      List<Build> builds,
      List<String> sources,
      List<PiiType> types,
      int rounds,
      long warmupMs,
      int passes)
      throws Exception {
    System.out.printf(
        "%-13s %-15s %15s %14s %7s%n",
        "source", "type", "before best ms", "after best ms", "ratio");
    for (String source : sources) {
      List<BenchMail> mail = BenchMail.load(source);
      List<String> subjects = mail.stream().map(BenchMail::subject).toList();
      List<String> bodies = mail.stream().map(BenchMail::body).toList();
      List<List<String>> names = mail.stream().map(BenchMail::names).toList();
      for (PiiType type : types) {
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
        for (int r = 0; r < rounds; r++) {
          for (int b = 0; b < builds.size(); b++) {
            long[] times =
                builds.get(b).run(subjects, bodies, names, type.name(), warmupMs, passes);
            best[b] = Math.min(best[b], Arrays.stream(times).min().orElseThrow() / 1e6);
          }
        }
        System.out.printf(
            "%-13s %-15s %15.2f %14.2f %7.3f%n", source, type, best[0], best[1], best[1] / best[0]);
      }
    }
  }

  private static Path classes(String dir, String option) throws Cli.UsageException {
    Path p = Path.of(dir);
    if (!Files.isDirectory(p.resolve("io/mailtriage/pii/detect"))) {
      throw new Cli.UsageException(option + ": no PII classes under " + dir);
    }
    return p;
  }

  /** One build of the PII code, with the harness, in a class loader that never asks the app's. */
  private static final class Build {
    final String name;
    private final Method run;
    private final Method findings;

    Build(String name, Path classes, URL harness) throws Exception {
      this.name = name;
      ClassLoader loader = new ChildFirst(new URL[] {classes.toUri().toURL(), harness});
      Class<?> loop = loader.loadClass(PiiCpuLoop.class.getName());
      run =
          loop.getMethod(
              "run", List.class, List.class, List.class, String.class, long.class, int.class);
      findings = loop.getMethod("findings", List.class, List.class, List.class);
    }

    long[] run(
        List<String> subjects,
        List<String> bodies,
        List<List<String>> names,
        String only,
        long warmupMs,
        int passes)
        throws Exception {
      return (long[]) run.invoke(null, subjects, bodies, names, only, warmupMs, passes);
    }

    @SuppressWarnings("unchecked")
    Map<String, Integer> findings(
        List<String> subjects, List<String> bodies, List<List<String>> names) throws Exception {
      return (Map<String, Integer>) findings.invoke(null, subjects, bodies, names);
    }
  }

  /**
   * Loads the project's classes ({@code io.mailtriage.*}) from its own URLs only, so the baseline
   * build can never pick up a current class it lacks; libraries come from the application's class
   * path.
   */
  private static final class ChildFirst extends URLClassLoader {
    ChildFirst(URL[] urls) {
      super(urls, PiiSideBySide.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("io.mailtriage.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          c = findClass(name);
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }

    @Override
    public URL getResource(String name) {
      return name.startsWith("io/mailtriage/") ? findResource(name) : super.getResource(name);
    }
  }
}
