package io.mailtriage.bench.inference;

import io.mailtriage.inference.IntentModel;
import io.mailtriage.inference.ModelLocation;
import io.mailtriage.inference.text.ModelText;
import io.mailtriage.tools.Cli;
import io.mailtriage.train.spam.PrepareSpamData;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The served model (intent head and spam head, each text alone, as the job scores) on real mail
 * bodies, two paths side by side in one run: the baseline model directory on the whole readable
 * text (subject plus text parts, what the job fed the model before the model-text step) and the
 * candidate on what the job feeds it now ({@link ModelText}, timed with the model). Rounds
 * alternate between the paths so both meet the same neighbours on a shared machine; the median
 * round of each is reported in emails per CPU-second of the scoring thread (ONNX Runtime runs on it
 * with one intra-op thread).
 */
final class MailModelBenchmark {

  private record Path2(String name, Path dir, UnaryOperator<String> text) {}

  private MailModelBenchmark() {}

  static int run(Cli cli) throws Exception {
    Path mail = cli.directory("mail");
    int n = (int) cli.number("texts", 600, 1);
    int rounds = (int) cli.number("rounds", 3, 1);
    Path baseline = Path.of(cli.optional("baseline").orElse("models/default"));
    Path candidate = Path.of(cli.optional("model").orElse("models/default"));
    for (Path dir : List.of(baseline, candidate)) {
      if (!Files.isDirectory(dir)) {
        throw new Cli.UsageException("no such model directory: " + dir);
      }
    }
    List<String> bodies = readMail(mail, n);
    List<Path2> paths =
        List.of(
            new Path2("baseline", baseline, UnaryOperator.identity()),
            new Path2("candidate", candidate, t -> ModelText.of(t).text()));
    System.out.printf(
        Locale.ROOT,
        "mail: %d real messages from %s, %.0f chars on average%n",
        bodies.size(),
        mail,
        bodies.stream().mapToInt(String::length).average().orElse(0));
    double[][] rates = new double[paths.size()][rounds];
    List<IntentModel[]> models = new ArrayList<>();
    try {
      for (Path2 p : paths) {
        IntentModel intents = IntentModel.load(p.dir());
        Path spamDir = p.dir().resolve(ModelLocation.SPAM_DIR);
        models.add(
            new IntentModel[] {
              intents, Files.isDirectory(spamDir) ? IntentModel.load(spamDir) : null
            });
      }
      ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
      for (int r = -1; r < rounds; r++) {
        for (int i = 0; i < paths.size(); i++) {
          List<String> run =
              r < 0 ? bodies.subList(0, Math.min(100, bodies.size())) : bodies; // round -1 warms up
          long c0 = cpu.getCurrentThreadCpuTime();
          run = run.stream().map(paths.get(i).text()).toList();
          for (IntentModel m : models.get(i)) {
            if (m != null) {
              m.predict(run);
            }
          }
          if (r >= 0) {
            rates[i][r] = run.size() / ((cpu.getCurrentThreadCpuTime() - c0) / 1e9);
          }
        }
      }
    } finally {
      for (IntentModel[] pair : models) {
        for (IntentModel m : pair) {
          if (m != null) {
            m.close();
          }
        }
      }
    }
    String machine = InferenceBenchmark.machine();
    System.out.println("machine: " + machine);
    double base = median(rates[0]);
    for (int i = 0; i < paths.size(); i++) {
      Path2 p = paths.get(i);
      var card = models.get(i)[0].card().features();
      System.out.printf(
          Locale.ROOT,
          "%-9s %-28s maxTokens=%-3d maxChars=%-5d %7.1f emails/CPU-s (median of %d; rounds %s)"
              + "  x%.2f%n",
          p.name(),
          p.dir(),
          card.maxTokens(),
          card.maxChars(),
          median(rates[i]),
          rounds,
          java.util.Arrays.toString(
              java.util.Arrays.stream(rates[i]).map(v -> Math.round(v * 10) / 10.0).toArray()),
          median(rates[i]) / base);
    }
    return Cli.OK;
  }

  /**
   * Subject plus readable text parts of the first {@code n} raw messages under {@code dir}, by path
   * order.
   */
  static List<String> readMail(Path dir, int n) throws IOException, Cli.UsageException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files =
          s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".eml"))
              .sorted()
              .toList();
    }
    if (files.isEmpty()) {
      throw new Cli.UsageException("--mail: no .txt or .eml messages under " + dir);
    }
    // Every k-th file, so ham and spam groups both appear when the corpus is sorted by group.
    int step = Math.max(1, files.size() / n);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < files.size() && out.size() < n; i += step) {
      try (InputStream in = Files.newInputStream(files.get(i))) {
        out.add(PrepareSpamData.readableText(in));
      }
    }
    return out;
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    java.util.Arrays.sort(s);
    return s[s.length / 2];
  }
}
