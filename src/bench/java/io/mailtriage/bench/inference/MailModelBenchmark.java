package io.mailtriage.bench.inference;

import io.mailtriage.inference.IntentModel;
import io.mailtriage.inference.ModelLocation;
import io.mailtriage.inference.Prediction;
import io.mailtriage.inference.text.ModelText;
import io.mailtriage.tools.Cli;
import io.mailtriage.train.eval.forms.EvalMailTexts;
import io.mailtriage.train.spam.PrepareSpamData;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The served model (intent head, spam head and domain head, each text alone, as the job scores) on
 * mail, several paths side by side in one run:
 *
 * <ul>
 *   <li>{@code baseline} (with {@code --baseline DIR}): that model directory on the whole readable
 *       text, what the job fed the model before the model-text step;
 *   <li>{@code current} (with {@code --current DIR}): that model directory as the job serves it
 *       now, on the model text with its cascade when its card has one, so a candidate meets the
 *       served model in the same run;
 *   <li>{@code full}: {@code --model} on what the job feeds it now ({@link ModelText}, timed with
 *       the model), the full head answering every text;
 *   <li>{@code cascade}: the same, with the model's cascade (its n-gram head answers alone when it
 *       is confident), when the model has one.
 * </ul>
 *
 * Two kinds of mail: real messages ({@code --mail}: subject plus text parts of raw mail) and, with
 * {@code --support}, the email-form set's support mail as the job's PII step hands it on ({@link
 * EvalMailTexts}), where the gold intents also give each path's accuracy. Rounds alternate between
 * the paths so all meet the same neighbours on a shared machine; the median round of each is
 * reported in emails per CPU-second of the scoring thread (ONNX Runtime runs on it with one
 * intra-op thread), with the share of texts the n-gram head answered and the agreement of each path
 * with {@code full}.
 */
final class MailModelBenchmark {

  private record Path2(String name, Path dir, boolean cascade, UnaryOperator<String> text) {}

  /** Texts of one kind of mail; {@code gold} is null when unlabelled. */
  private record Source(String name, List<String> texts, List<String> gold) {}

  private MailModelBenchmark() {}

  static int run(Cli cli) throws Exception {
    Path mail = cli.directory("mail");
    int n = (int) cli.number("texts", 600, 1);
    int rounds = (int) cli.number("rounds", 3, 1);
    Path candidate = Path.of(cli.optional("model").orElse("models/default"));
    List<Path2> paths = new ArrayList<>();
    if (cli.optional("baseline").isPresent()) {
      paths.add(
          new Path2(
              "baseline", Path.of(cli.required("baseline")), false, UnaryOperator.identity()));
    }
    UnaryOperator<String> modelText = t -> ModelText.of(t).text();
    if (cli.optional("current").isPresent()) {
      // Cascade on: a card without one is served by its full head, as the job would.
      paths.add(new Path2("current", Path.of(cli.required("current")), true, modelText));
    }
    paths.add(new Path2("full", candidate, false, modelText));
    for (Path2 p : paths) {
      if (!Files.isDirectory(p.dir())) {
        throw new Cli.UsageException("no such model directory: " + p.dir());
      }
    }
    List<Source> sources = new ArrayList<>();
    List<String> bodies = readMail(mail, n);
    sources.add(new Source("real mail", bodies, null));
    System.out.printf(
        Locale.ROOT,
        "real mail: %d messages from %s, %.0f chars on average%n",
        bodies.size(),
        mail,
        bodies.stream().mapToInt(String::length).average().orElse(0));
    if (cli.optional("support").isPresent()) {
      Path set = cli.directory("support");
      List<EvalMailTexts> all =
          EvalMailTexts.read(set, Path.of(cli.optional("config").orElse("conf/mailtriage.yaml")));
      List<EvalMailTexts> some = everyKth(all, n);
      sources.add(
          new Source(
              "support mail",
              some.stream().map(EvalMailTexts::text).toList(),
              some.stream().map(EvalMailTexts::intent).toList()));
      System.out.printf(
          Locale.ROOT,
          "support mail: %d of the %d mails of %s as the job's PII step hands them on,"
              + " %.0f chars on average%n",
          some.size(),
          all.size(),
          set,
          some.stream().mapToInt(m -> m.text().length()).average().orElse(0));
    }
    System.out.println("machine at start: " + InferenceBenchmark.machine());
    List<IntentModel[]> models = new ArrayList<>();
    try {
      for (Path2 p : paths) {
        models.add(load(p.dir(), p.cascade()));
      }
      if (models.get(models.size() - 1)[0].card().cascade() != null) {
        paths.add(new Path2("cascade", candidate, true, modelText));
        models.add(load(candidate, true));
      } else {
        System.out.println("no cascade in " + candidate + "/model-card.json: full path only");
      }
      ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
      for (Source s : sources) {
        double[][] rates = new double[paths.size()][rounds];
        // The model-text step alone, part of every path but the baseline: its share of the cost
        // grows with the rules, and the paths' rates alone do not show it.
        double[] textRates = new double[rounds];
        List<List<Prediction>> answers = new ArrayList<>();
        for (int r = -1; r < rounds; r++) {
          for (int i = 0; i < paths.size(); i++) {
            // Round -1 warms up on the first 100 texts and is not counted.
            List<String> run =
                r < 0 ? s.texts().subList(0, Math.min(100, s.texts().size())) : s.texts();
            long c0 = cpu.getCurrentThreadCpuTime();
            List<String> messages = run;
            run = run.stream().map(paths.get(i).text()).toList();
            List<Prediction> intents =
                IntentModel.predictServed(
                        models.get(i)[0], models.get(i)[1], models.get(i)[2], run, messages)
                    .get(0);
            if (r >= 0) {
              rates[i][r] = run.size() / ((cpu.getCurrentThreadCpuTime() - c0) / 1e9);
            }
            if (r == rounds - 1) {
              answers.add(intents);
            }
          }
          List<String> texts =
              r < 0 ? s.texts().subList(0, Math.min(100, s.texts().size())) : s.texts();
          long c0 = cpu.getCurrentThreadCpuTime();
          texts.forEach(ModelText::of);
          if (r >= 0) {
            textRates[r] = texts.size() / ((cpu.getCurrentThreadCpuTime() - c0) / 1e9);
          }
        }
        report(s, paths, models, rates, answers);
        System.out.printf(
            Locale.ROOT,
            "  model text alone (ModelText.of)  %8.1f texts/CPU-s (median of %d; rounds %s)%n",
            median(textRates),
            rounds,
            Arrays.toString(
                Arrays.stream(textRates).map(v -> Math.round(v * 10) / 10.0).toArray()));
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
    System.out.println("machine at end:   " + InferenceBenchmark.machine());
    return Cli.OK;
  }

  /**
   * The intent head (cascade on or off), the spam head and the domain head of a model directory.
   */
  private static IntentModel[] load(Path dir, boolean cascade) throws Exception {
    IntentModel intents = IntentModel.load(dir, IntentModel.Options.DEFAULT.withCascade(cascade));
    Path spamDir = dir.resolve(ModelLocation.SPAM_DIR);
    Path domainDir = dir.resolve(ModelLocation.DOMAIN_DIR);
    return new IntentModel[] {
      intents,
      Files.isDirectory(spamDir) ? IntentModel.load(spamDir) : null,
      Files.isDirectory(domainDir) ? IntentModel.load(domainDir) : null
    };
  }

  private static void report(
      Source s,
      List<Path2> paths,
      List<IntentModel[]> models,
      double[][] rates,
      List<List<Prediction>> answers) {
    int full = paths.stream().map(Path2::name).toList().indexOf("full");
    double base = median(rates[0]);
    System.out.println(s.name() + ":");
    for (int i = 0; i < paths.size(); i++) {
      Path2 p = paths.get(i);
      var card = models.get(i)[0].card();
      List<Prediction> a = answers.get(i);
      long byNgrams = a.stream().filter(Prediction::ngramsOnly).count();
      long agree = 0;
      long right = 0;
      for (int t = 0; t < a.size(); t++) {
        agree += a.get(t).label().equals(answers.get(full).get(t).label()) ? 1 : 0;
        right += s.gold() != null && a.get(t).label().equals(s.gold().get(t)) ? 1 : 0;
      }
      System.out.printf(
          Locale.ROOT,
          "  %-8s %-24s maxTokens=%-3d support=%-3s maxChars=%-4d %7.1f emails/CPU-s (median of %d;"
              + " rounds %s)"
              + "  x%.2f  n-gram head alone %5.1f%%  same intent as full %5.1f%%%s%n",
          p.name(),
          p.dir(),
          card.features().maxTokens(),
          card.supportWindow() == null ? "-" : card.supportWindow().maxTokens(),
          card.features().maxChars(),
          median(rates[i]),
          rates[i].length,
          Arrays.toString(Arrays.stream(rates[i]).map(v -> Math.round(v * 10) / 10.0).toArray()),
          median(rates[i]) / base,
          100.0 * byNgrams / a.size(),
          100.0 * agree / a.size(),
          s.gold() == null
              ? ""
              : String.format(Locale.ROOT, "  intent correct %5.1f%%", 100.0 * right / a.size()));
    }
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
    List<String> out = new ArrayList<>();
    for (Path f : everyKth(files, n)) {
      try (InputStream in = Files.newInputStream(f)) {
        out.add(PrepareSpamData.readableText(in));
      }
    }
    return out;
  }

  /** Every k-th item, so each group of a sorted collection (ham, spam; each form) appears. */
  private static <T> List<T> everyKth(List<T> all, int n) {
    int step = Math.max(1, all.size() / n);
    List<T> out = new ArrayList<>();
    for (int i = 0; i < all.size() && out.size() < n; i += step) {
      out.add(all.get(i));
    }
    return out;
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
