package io.mailtriage.bench.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailtriage.job.JobSettings;
import io.mailtriage.tools.Cli;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * scripts/benchmark-e2e: one run, one mailbox, every figure with the machine and its load.
 *
 * <ol>
 *   <li>(a) the model alone on exactly the texts the job would hand it for that mail (the job's
 *       parse and PII operators run offline first, on one thread, which also prices each stage);
 *   <li>(b) raw Kafka: the same bytes produced and consumed with no processing;
 *   <li>(c) the job reading the mail as a backlog on a MiniCluster, each build in its own JVM
 *       (builds and rounds alternate, so drift on a shared machine hits them alike), and with
 *       {@code --cluster} on the local cluster of separate JVMs;
 *   <li>(d) the ratios job/model-alone and job/raw-Kafka.
 * </ol>
 *
 * <p>{@code run} is the report; {@code job} is one MiniCluster run, started by {@code run} in a JVM
 * of its own with the build's classes.
 */
public final class EndToEndBenchmark {
  static final String USAGE =
      String.join(
          "\n",
          "usage: EndToEndBenchmark run --bootstrap HOST:PORT --corpus DIR [--emails N]"
              + " [--warmup W] [--parallelism P] [--partitions N] [--rounds R] [--build NAME=ROOT]..."
              + " [--build-jvm-option NAME=OPT]... [--broker-pid PID] [--profile DIR] [--scratch DIR]"
              + " [--cluster]",
          "       EndToEndBenchmark job --bootstrap HOST:PORT --corpus DIR --build NAME [...]",
          "Run by scripts/benchmark-e2e, which starts the broker; see its --help.");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RESULT = "RESULT ";

  private EndToEndBenchmark() {}

  public static void main(String[] argv) {
    Cli.main(
        "benchmark-e2e",
        USAGE,
        Cli.Spec.of(
                "bootstrap",
                "corpus",
                "emails",
                "warmup",
                "parallelism",
                "partitions",
                "rounds",
                "build",
                "broker-pid",
                "profile",
                "jvm-option",
                "build-jvm-option",
                "scratch")
            .flags("cluster")
            .positional(1),
        argv,
        EndToEndBenchmark::dispatch);
  }

  private static int dispatch(Cli cli) throws Exception {
    String command = cli.positional().isEmpty() ? "" : cli.positional().get(0);
    return switch (command) {
      case "run" -> report(cli);
      case "job" -> job(cli);
      default -> throw new Cli.UsageException("say run or job");
    };
  }

  private record Options(
      String bootstrap,
      Path corpus,
      int emails,
      int warmup,
      int parallelism,
      int partitions,
      long brokerPid,
      Path scratch,
      Path profile) {
    static Options of(Cli cli) throws Cli.UsageException {
      return new Options(
          cli.required("bootstrap"),
          cli.directory("corpus").toAbsolutePath(),
          (int) cli.number("emails", 4000, 100),
          (int) cli.number("warmup", 2000, 0),
          (int) cli.number("parallelism", 2, 1),
          (int) cli.number("partitions", 4, 1),
          cli.number("broker-pid", 0, 0),
          Path.of(cli.optional("scratch").orElse("run/bench-e2e")).toAbsolutePath(),
          cli.optional("profile").map(p -> Path.of(p).toAbsolutePath()).orElse(null));
    }
  }

  /** One MiniCluster run of the build on this JVM's classpath; prints its result as JSON. */
  private static int job(Cli cli) throws Exception {
    Options o = Options.of(cli);
    BenchMailbox mail = BenchMailbox.load(o.corpus(), o.warmup() + o.emails());
    JobRun.Result r =
        JobRun.run(
            cli.required("build"),
            o.bootstrap(),
            mail,
            o.warmup(),
            o.parallelism(),
            o.partitions(),
            o.brokerPid(),
            o.scratch(),
            o.profile());
    System.out.println(RESULT + JSON.writeValueAsString(r));
    return Cli.OK;
  }

  private static int report(Cli cli) throws Exception {
    Options o = Options.of(cli);
    int rounds = (int) cli.number("rounds", 1, 1);
    Map<String, Path> builds = new LinkedHashMap<>();
    for (String b : cli.all("build")) {
      int eq = b.indexOf('=');
      if (eq < 1 || !Files.isDirectory(Path.of(b.substring(eq + 1), "target", "classes"))) {
        throw new Cli.UsageException("--build wants NAME=ROOT of a compiled checkout, got " + b);
      }
      builds.put(b.substring(0, eq), Path.of(b.substring(eq + 1)).toAbsolutePath());
    }
    if (builds.isEmpty()) {
      builds.put("current", Path.of("").toAbsolutePath());
    }
    String machine = Machine.describe();
    BenchMailbox mail = BenchMailbox.load(o.corpus(), o.warmup() + o.emails());
    List<byte[]> measured = mail.values().subList(o.warmup(), mail.values().size());
    JobSettings settings = BenchJobConfig.settings(o.bootstrap(), "offline", o.scratch());
    System.out.println("machine: " + machine);
    System.out.println(
        "mail: "
            + mail.description()
            + "; the first "
            + o.warmup()
            + " warm each JVM up and are not measured");
    System.out.printf(
        Locale.ROOT,
        "job: parallelism %d (one TaskManager, %d slots), input topic of %d partitions,"
            + " conf/mailtriage.yaml (checkpoints every %d ms, model.batchSize %d), state backend"
            + " of conf/config.yaml%n%n",
        o.parallelism(),
        o.parallelism(),
        o.partitions(),
        settings.config().checkpoint().intervalMs(),
        settings.config().model().batchSize());

    progress("parse and PII offline, to get the model texts");
    StagePass stages =
        StagePass.run(
            settings.config(), mail.values(), settings.config().topics().input(), o.warmup());
    progress("model alone on " + stages.modelTexts().size() + " texts");
    ModelAlone.Measured model =
        ModelAlone.run(
            settings, stages.modelTexts(), stages.messages(), o.warmup(), o.parallelism());
    progress("raw Kafka");
    RawKafka.Measured raw = RawKafka.run(o.bootstrap(), measured, o.partitions(), o.brokerPid());
    List<JobRun.Result> jobs = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      for (var b : builds.entrySet()) {
        progress("job on a MiniCluster, build " + b.getKey() + ", round " + (r + 1));
        boolean profiled = o.profile() != null && r == 0 && b.getKey().equals(last(builds));
        JobRun.Result j = child(cli, o, b.getKey(), b.getValue(), profiled);
        jobs.add(j);
        progress(
            String.format(
                Locale.ROOT,
                "build %s: %.1f emails/s, %.2f ms CPU per email (JIT %.2f) + broker %.2f",
                j.build(),
                j.emailsPerSecond(),
                j.cpuMsPerEmail(),
                j.jitMsPerEmail(),
                j.brokerCpuMsPerEmail()));
      }
    }
    if (cli.flag("cluster")) {
      progress("job on the local cluster (scripts/cluster-start.sh)");
      jobs.add(ClusterRun.run(o.bootstrap(), mail, o.warmup(), o.brokerPid(), o.scratch()));
    }
    print(machine, o, measured, stages, model, raw, jobs);
    return Cli.OK;
  }

  private static String last(Map<String, Path> builds) {
    return new ArrayList<>(builds.keySet()).get(builds.size() - 1);
  }

  private static void progress(String what) {
    System.err.println("benchmark-e2e: " + what + " (load " + Machine.load() + ")");
  }

  /** Runs {@code job} in a JVM of its own on the build's classes, in the build's directory. */
  private static JobRun.Result child(Cli cli, Options o, String build, Path root, boolean profiled)
      throws Exception {
    Path here = Path.of("").toAbsolutePath();
    String classes = here.resolve("target/classes").toString();
    List<String> cp = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      cp.add(
          Path.of(entry).toAbsolutePath().toString().equals(classes)
              ? root.resolve("target/classes").toString()
              : Path.of(entry).toAbsolutePath().toString());
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("--add-") || arg.startsWith("-Dlog4j2")) {
        cmd.add(arg);
      }
    }
    cmd.add("-Xmx1g");
    cmd.addAll(cli.all("jvm-option"));
    for (String option : cli.all("build-jvm-option")) {
      if (option.startsWith(build + "=")) {
        cmd.add(option.substring(build.length() + 1));
      }
    }
    cmd.addAll(
        List.of(
            "-cp",
            String.join(File.pathSeparator, cp),
            EndToEndBenchmark.class.getName(),
            "job",
            "--build",
            build,
            "--bootstrap",
            o.bootstrap(),
            "--corpus",
            o.corpus().toString(),
            "--emails",
            Integer.toString(o.emails()),
            "--warmup",
            Integer.toString(o.warmup()),
            "--parallelism",
            Integer.toString(o.parallelism()),
            "--partitions",
            Integer.toString(o.partitions()),
            "--broker-pid",
            Long.toString(o.brokerPid()),
            "--scratch",
            o.scratch().resolve(build).toString()));
    if (profiled) {
      cmd.addAll(List.of("--profile", o.profile().toString()));
    }
    Files.createDirectories(o.scratch());
    Path log = o.scratch().resolve("job-" + build + ".log");
    Process p =
        new ProcessBuilder(cmd)
            .directory(root.toFile())
            .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    String result = null;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        if (line.startsWith(RESULT)) {
          result = line.substring(RESULT.length());
        } else {
          Files.writeString(log, line + "\n", java.nio.file.StandardOpenOption.APPEND);
        }
      }
    }
    if (p.waitFor() != 0 || result == null) {
      throw new Cli.Failure("the job run of build " + build + " failed; see " + log);
    }
    return JSON.readValue(result, JobRun.Result.class);
  }

  private static void print(
      String machine,
      Options o,
      List<byte[]> measured,
      StagePass stages,
      ModelAlone.Measured model,
      RawKafka.Measured raw,
      List<JobRun.Result> jobs) {
    String where = shortMachine(machine);
    System.out.println(
        "| what | emails/s | CPU ms per email | machine, load average 1/5/15 min before |");
    System.out.println("|---|---:|---:|---|");
    row(
        String.format(
            Locale.ROOT,
            "(a) model alone, %d threads, the %d model texts the job's parse + PII give",
            o.parallelism(),
            model.emails()),
        model.perSecond(),
        String.format(
            Locale.ROOT, "%.2f (this JVM; JIT %.2f)", model.cpuMsPerEmail(), model.jitMsPerEmail()),
        where + ", load " + model.load());
    row(
        String.format(
            Locale.ROOT,
            "(b) raw Kafka: produce + consume the %d records (%.1f MB), no processing",
            raw.emails(),
            raw.bytes() / 1e6),
        raw.perSecond(),
        String.format(
            Locale.ROOT,
            "%.2f (clients %.2f + broker %.2f)",
            raw.cpuMsPerEmail(),
            raw.clientCpuSeconds() * 1000 / raw.emails(),
            raw.brokerCpuSeconds() * 1000 / raw.emails()),
        where + ", load " + raw.load());
    for (JobRun.Result j : jobs) {
      boolean cluster = j.build().equals("local cluster");
      row(
          String.format(
              Locale.ROOT,
              "(c) job, %s, backlog of %d, rate over emails %d..%d out (first out %.0f s after start)",
              cluster
                  ? "local cluster (JobManager + 1 TaskManager JVMs)"
                  : "MiniCluster, build " + j.build(),
              j.emails(),
              j.emails() - (j.emails() - o.warmup()) / 10 - j.windowEmails(),
              j.emails() - (j.emails() - o.warmup()) / 10,
              j.startupSeconds()),
          j.emailsPerSecond(),
          String.format(
              Locale.ROOT,
              "%.2f (%s; JIT %.2f) + broker %.2f (JIT %.2f)",
              j.cpuMsPerEmail(),
              cluster ? "TaskManager + JobManager" : "job JVM",
              j.jitMsPerEmail(),
              j.brokerCpuMsPerEmail(),
              j.brokerJitMsPerEmail()),
          where + ", load " + j.loadBefore());
    }
    System.out.println();
    System.out.println(
        "(d) ratios. emails/s: wall rates of the rows above; on a shared machine a process's share"
            + " of the cores follows its runnable threads, so also per CPU-second (model CPU per"
            + " email / job CPU per email, job JVMs and broker), and in steady state (JIT"
            + " compiler threads left out of both).");
    for (JobRun.Result j : jobs) {
      String name =
          j.build().equals("local cluster") ? "local cluster" : "MiniCluster " + j.build();
      double jobCpu = j.cpuMsPerEmail() + j.brokerCpuMsPerEmail();
      double jobSteady = steadyMs(j);
      double modelSteady = model.cpuMsPerEmail() - model.jitMsPerEmail();
      System.out.printf(
          Locale.ROOT,
          "(d) %s: ratio job/model-alone = %.2f emails/s, %.2f per CPU-second (%.2f / %.2f ms),"
              + " %.2f steady state (%.2f / %.2f ms); ratio job/raw-Kafka = %.3f emails/s;"
              + " peak RSS %.0f MB%s%n",
          name,
          j.emailsPerSecond() / model.perSecond(),
          model.cpuMsPerEmail() / jobCpu,
          model.cpuMsPerEmail(),
          jobCpu,
          modelSteady / jobSteady,
          modelSteady,
          jobSteady,
          j.emailsPerSecond() / raw.perSecond(),
          j.peakRssMb(),
          Double.isNaN(j.peakHeapMb())
              ? ""
              : String.format(Locale.ROOT, ", heap pools' peaks %.0f MB", j.peakHeapMb()));
    }

    Map<String, List<JobRun.Result>> byBuild = new LinkedHashMap<>();
    jobs.forEach(j -> byBuild.computeIfAbsent(j.build(), b -> new ArrayList<>()).add(j));
    if (byBuild.values().stream().anyMatch(runs -> runs.size() > 1)) {
      System.out.println();
      System.out.println(
          "per build, median of its runs (steady state: job and broker CPU without the JIT):");
      System.out.println(
          "| build | runs | emails/s | CPU ms per email | steady-state CPU ms per email | ratio"
              + " job/model-alone, steady state |");
      System.out.println("|---|---:|---:|---:|---:|---:|");
      double modelSteady = model.cpuMsPerEmail() - model.jitMsPerEmail();
      byBuild.forEach(
          (build, runs) -> {
            double steady = median(runs, EndToEndBenchmark::steadyMs);
            System.out.printf(
                Locale.ROOT,
                "| %s | %d | %.1f | %.2f | %.2f | %.2f |%n",
                build,
                runs.size(),
                median(runs, JobRun.Result::emailsPerSecond),
                median(runs, j -> j.cpuMsPerEmail() + j.brokerCpuMsPerEmail()),
                steady,
                modelSteady / steady);
          });
    }

    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "offline, one thread, the job's operators in Flink's test harness, over the %d measured"
            + " emails (%d dead letters in all):%n",
        measured.size(),
        stages.deadLetters());
    System.out.println("| stage | CPU ms per email |");
    System.out.println("|---|---:|");
    stages
        .cpuNanos()
        .forEach(
            (stage, ns) ->
                System.out.printf(
                    Locale.ROOT, "| %s | %.3f |%n", stage, ns / 1e6 / measured.size()));
    System.out.printf(Locale.ROOT, "| model (a), per model text | %.3f |%n", model.cpuMsPerEmail());

    for (JobRun.Result j : jobs) {
      if (!j.stageMsPerEmail().isEmpty()) {
        System.out.println();
        System.out.println(
            "in the job (MiniCluster, build "
                + j.build()
                + "), CPU profile over the measured part:");
        System.out.println("| stage | CPU ms per email | share |");
        System.out.println("|---|---:|---:|");
        double total = j.stageMsPerEmail().values().stream().mapToDouble(Double::doubleValue).sum();
        j.stageMsPerEmail().entrySet().stream()
            .sorted(Map.Entry.comparingByValue((x, y) -> Double.compare(y, x)))
            .forEach(
                e ->
                    System.out.printf(
                        Locale.ROOT,
                        "| %s | %.3f | %.1f %% |%n",
                        e.getKey(),
                        e.getValue(),
                        100 * e.getValue() / total));
        System.out.printf(Locale.ROOT, "| total sampled | %.3f | |%n", total);
      }
    }
    for (JobRun.Result j : jobs) {
      System.out.println();
      System.out.println(
          "CPU ms per email by thread (group), "
              + (j.build().equals("local cluster")
                  ? "by process, local cluster"
                  : "MiniCluster, build " + j.build())
              + ":");
      j.threadMsPerEmail().entrySet().stream()
          .sorted(Map.Entry.comparingByValue((x, y) -> Double.compare(y, x)))
          .limit(14)
          .forEach(e -> System.out.printf(Locale.ROOT, "  %7.3f  %s%n", e.getValue(), e.getKey()));
    }
  }

  /** Job and broker CPU per email without their JIT compiler threads. */
  private static double steadyMs(JobRun.Result j) {
    return j.cpuMsPerEmail()
        - j.jitMsPerEmail()
        + j.brokerCpuMsPerEmail()
        - j.brokerJitMsPerEmail();
  }

  private static double median(
      List<JobRun.Result> runs, java.util.function.ToDoubleFunction<JobRun.Result> f) {
    double[] v = runs.stream().mapToDouble(f).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static void row(String what, double perSecond, String cpu, String machine) {
    System.out.printf(Locale.ROOT, "| %s | %.1f | %s | %s |%n", what, perSecond, cpu, machine);
  }

  /** "2 cores AMD EPYC 23 GiB Java 17.0.15" from {@link Machine#describe()}. */
  private static String shortMachine(String machine) {
    String[] p = machine.split(", ");
    return p[0] + " " + p[1] + " " + p[2] + " Java " + System.getProperty("java.version");
  }
}
