package io.mailtriage.train;

import io.mailtriage.inference.FeatureExtractor;
import io.mailtriage.inference.FeatureSpec;
import io.mailtriage.inference.Features;
import io.mailtriage.inference.HeadTensors;
import io.mailtriage.inference.IdfTable;
import io.mailtriage.inference.IntentModel;
import io.mailtriage.inference.LinearHead;
import io.mailtriage.inference.ModelCard;
import io.mailtriage.inference.NgramFeaturizer;
import io.mailtriage.inference.SentenceEncoder;
import io.mailtriage.tools.Cli;
import io.mailtriage.train.eval.Evaluator;
import io.mailtriage.train.onnx.OnnxHeadWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trains the intent head on a labelled CSV and writes a model directory: {@code intent-head.onnx}
 * and {@code model-card.json}. Deterministic: same data and flags give the same weights and metrics
 * (fixed seed, single-threaded optimisation, one-text-per-run encoder).
 *
 * <p>Recipe: features of all training texts; a stratified slice ({@code --calibration-fraction}) is
 * held out; the head is fitted on the rest, the softmax temperature fitted on the slice; then the
 * head is refitted on all training data (warm-started) and exported with that temperature. With
 * {@code --test}, the exported directory is evaluated through {@link IntentModel}.
 */
public final class TrainModel {

  public static final String HEAD_FILE = "intent-head.onnx";

  /** The cascade's n-gram-only head (--cascade). */
  public static final String NGRAM_HEAD_FILE = "ngram-head.onnx";

  private TrainModel() {}

  static final String USAGE =
      String.join(
          "\n",
          "usage: train-model --train FILE.csv [--test FILE.csv] --out DIR [--buckets N]",
          "                   [--features both|ngrams|embedding] [--l2 X] [--l2-dense X] [--iterations N]",
          "                   [--max-tokens N] [--max-chars N] [--calibration-fraction F] [--seed N]",
          "                   [--augment EMAIL-FORMS.json [--augment-copies N]] [--cache FILE] [--cascade]",
          "                   [--char-min N] [--char-across-words] [--idf] [--support-window N]",
          "Trains the intent head on a labelled CSV (text,label) and writes a model directory.",
          "--max-chars: text budget (the subject and first sentences; 0 = whole text). --augment: also fit",
          "N email renderings of each training text (default 1), as the job's model-text step leaves them.",
          "--cache: keep sentence embeddings in FILE across runs (same encoder, window and budget only).",
          "--cascade: also fit a head on the n-grams alone, which answers without the encoder when its",
          "confidence reaches a threshold chosen on the calibration slice (needs --features both).",
          "--char-min: shortest char n-gram (default 3; the longest is 5). --char-across-words: char",
          "n-grams over the words joined by spaces instead of inside each word. --idf: weight n-grams by",
          "their inverse document frequency among the fitted texts (stored with the model).",
          "--support-window: the served model reads mail its domain head takes for a support request",
          "with this wider encoder window (the fit is unchanged; needs the encoder).");
  static final Cli.Spec OPTIONS =
      Cli.Spec.of(
              "train",
              "test",
              "out",
              "buckets",
              "features",
              "l2",
              "l2-dense",
              "iterations",
              "max-tokens",
              "max-chars",
              "calibration-fraction",
              "seed",
              "augment",
              "augment-copies",
              "cache",
              "char-min",
              "support-window")
          .flags("cascade", "char-across-words", "idf");

  public static void main(String[] argv) {
    Cli.main("train-model", USAGE, OPTIONS, argv, cli -> train(cli, argv));
  }

  /** Runs the command line without leaving the JVM; returns its exit code. */
  public static int run(String... argv) {
    return Cli.run("train-model", USAGE, OPTIONS, argv, cli -> train(cli, argv));
  }

  private static int train(Cli cli, String[] argv) throws Exception {
    Path train = cli.file("train");
    Path testFile = cli.optionalFile("test");
    Path out = Path.of(cli.required("out"));
    int buckets = (int) cli.number("buckets", 16384, 1);
    String featureSet = cli.choice("features", "both", "both", "ngrams", "embedding");
    boolean useNgrams = !featureSet.equals("embedding");
    if (!useNgrams) {
      buckets = 1; // the graph keeps its n-gram input; one unused row keeps it well-formed
    }
    double l2 = cli.decimal("l2", 1e-5, 0, Double.MAX_VALUE);
    double l2Dense = cli.decimal("l2-dense", l2, 0, Double.MAX_VALUE);
    int iterations = (int) cli.number("iterations", 300, 1);
    int maxTokens = (int) cli.number("max-tokens", 128, 1);
    int maxChars = (int) cli.number("max-chars", 0, 0);
    Path augment = cli.optionalFile("augment");
    int copies = (int) cli.number("augment-copies", 1, 1);
    double calFraction = cli.decimal("calibration-fraction", 0.1, 0, 0.9);
    long seed = cli.number("seed", 20200501, Long.MIN_VALUE);
    boolean cascade = cli.flag("cascade");
    int charMin = (int) cli.number("char-min", 3, 1);
    if (charMin > 5) {
      throw new Cli.UsageException("--char-min must be 1..5");
    }
    NgramFeaturizer.Options ngramOptions =
        new NgramFeaturizer.Options(charMin, cli.flag("char-across-words"), cli.flag("idf"));
    if (ngramOptions.idf() && !useNgrams) {
      throw new Cli.UsageException("--idf weights n-grams: it needs --features both or ngrams");
    }
    ModelCard.SupportWindow supportWindow = null;
    if (cli.optional("support-window").isPresent()) {
      int wide = (int) cli.number("support-window", maxTokens, 1);
      if (featureSet.equals("ngrams") || wide < maxTokens || wide > 512) {
        throw new Cli.UsageException(
            "--support-window needs the encoder and a window of --max-tokens..512");
      }
      supportWindow = new ModelCard.SupportWindow(wide, 0.5);
    }
    if (cascade && (!featureSet.equals("both") || calFraction == 0)) {
      throw new Cli.UsageException(
          "--cascade needs --features both and a calibration slice (--calibration-fraction > 0)");
    }

    List<CsvReader.Row> rows = trainingRows(train);
    List<String> labels = labels(rows);
    int[] rowYs = labelIndices(rows, labels);
    log("%d training texts, %d labels", rows.size(), labels.size());

    // Texts to fit: each training row as it is (bare queries are what --test and scripts/classify
    // score), plus, with --augment, email renderings of it after the job's model-text step. A
    // rendering remembers its source row, so it is held out exactly when its row is.
    List<String> texts = new ArrayList<>();
    List<Integer> source = new ArrayList<>();
    String augmentation = null;
    for (int i = 0; i < rows.size(); i++) {
      texts.add(rows.get(i).text());
      source.add(i);
    }
    if (augment != null) {
      EmailRenderer renderer = EmailRenderer.load(augment);
      for (int i = 0; i < rows.size(); i++) {
        for (int c = 0; c < copies; c++) {
          texts.add(
              renderer.render(rows.get(i).text(), seed * 1_000_003L + i * 31L + c).modelText());
          source.add(i);
        }
      }
      augmentation =
          String.format(
              "%d email rendering(s) per training text from %s (SHA-256 %s)",
              copies, augment, Evaluator.sha256(augment));
      log(
          "%d email renderings added (%s, %d per text)",
          texts.size() - rows.size(), augment, copies);
    }
    int[] ys = source.stream().mapToInt(i -> rowYs[i]).toArray();
    // The calibration slice's rows are held out together with their renderings.
    boolean[] heldRow = calibrationSlice(rowYs, labels.size(), calFraction, seed);
    boolean[] held = new boolean[texts.size()];
    for (int i = 0; i < held.length; i++) {
      held[i] = heldRow[source.get(i)];
    }

    FeatureSpec spec =
        FeatureSpec.of(useNgrams, buckets, !featureSet.equals("ngrams"), maxTokens)
            .withMaxChars(maxChars)
            .withNgramOptions(ngramOptions, null, null);
    float[] idf = null;
    if (ngramOptions.idf() && useNgrams) {
      // Learned from the fitted texts only, so the calibration slice stays unseen.
      idf = idf(spec, texts, held);
      spec =
          spec.withNgramOptions(
              ngramOptions, IdfTable.FILE_NAME, SentenceEncoder.sha256(IdfTable.bytes(idf)));
    }
    List<Features> xs;
    long t0 = System.nanoTime();
    try (FeatureExtractor fx = new FeatureExtractor(spec, idf, 1, 1)) {
      spec = spec.withEncoderSha256(fx.encoderSha256());
      EmbeddingCache cache =
          cli.optional("cache").isPresent() && spec.useEmbedding()
              ? EmbeddingCache.open(Path.of(cli.required("cache")), spec)
              : null;
      if (cache != null) {
        fx.cacheEmbeddingsIn(cache.embeddings());
      }
      xs = new ArrayList<>(texts.size());
      for (int from = 0; from < texts.size(); from += 256) {
        xs.addAll(fx.extract(texts.subList(from, Math.min(texts.size(), from + 256))));
      }
      if (cache != null) {
        cache.save();
      }
    }
    log("features extracted in %.1f s", (System.nanoTime() - t0) / 1e9);

    List<Features> fitX = new ArrayList<>();
    List<Features> calX = new ArrayList<>();
    List<Integer> fitY = new ArrayList<>();
    List<Integer> calY = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      (held[i] ? calX : fitX).add(xs.get(i));
      (held[i] ? calY : fitY).add(ys[i]);
    }
    int[] calGold = calY.stream().mapToInt(Integer::intValue).toArray();

    SoftmaxRegression reg = new SoftmaxRegression(buckets, labels.size(), l2, l2Dense, iterations);
    t0 = System.nanoTime();
    int[] iters = new int[1];
    double[] theta =
        reg.fit(
            fitX,
            fitY.stream().mapToInt(Integer::intValue).toArray(),
            new double[reg.parameterCount()],
            i -> iters[0] = i);
    log(
        "fit on %d texts: %d iterations, %.1f s",
        fitX.size(), iters[0], (System.nanoTime() - t0) / 1e9);

    double temperature = 1.0;
    ModelCard.Calibration calibration = null;
    NgramCascade.Fitted ngramStage = null;
    if (!calX.isEmpty()) {
      LinearHead provisional = reg.toHead(theta, 1f);
      List<double[]> calLogits = calX.stream().map(provisional::logits).toList();
      temperature = TemperatureScaling.fit(calLogits, calGold);
      int correct = 0;
      for (int i = 0; i < calGold.length; i++) {
        correct += argmax(calLogits.get(i)) == calGold[i] ? 1 : 0;
      }
      calibration =
          new ModelCard.Calibration(
              calGold.length,
              (double) correct / calGold.length,
              TemperatureScaling.nll(calLogits, calGold, 1.0),
              TemperatureScaling.nll(calLogits, calGold, temperature),
              TemperatureScaling.ece(calLogits, calGold, 1.0),
              TemperatureScaling.ece(calLogits, calGold, temperature));
      log(
          "calibration slice: accuracy %.4f, T=%.4f, NLL %.4f→%.4f, ECE %.4f→%.4f",
          calibration.accuracy(),
          temperature,
          calibration.nllBefore(),
          calibration.nllAfter(),
          calibration.eceBefore(),
          calibration.eceAfter());
      if (cascade) {
        double t = temperature;
        ngramStage =
            NgramCascade.fit(
                reg,
                fitX,
                fitY.stream().mapToInt(Integer::intValue).toArray(),
                calX,
                calGold,
                calLogits.stream().map(z -> LinearHead.softmax(z, t)).toList(),
                xs,
                ys);
      }
      t0 = System.nanoTime();
      theta = reg.fit(xs, ys, theta, i -> iters[0] = i);
      log(
          "refit on all %d texts: %d iterations, %.1f s",
          xs.size(), iters[0], (System.nanoTime() - t0) / 1e9);
    }
    LinearHead head = reg.toHead(theta, (float) temperature);

    Files.createDirectories(out);
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("buckets", Integer.toString(buckets));
    meta.put("classes", Integer.toString(labels.size()));
    meta.put("feature_spec", spec.ngramSpec());
    byte[] onnx = OnnxHeadWriter.write(head, meta);
    Files.write(out.resolve(HEAD_FILE), onnx);
    Files.deleteIfExists(out.resolve(IdfTable.FILE_NAME));
    if (idf != null) {
      Files.write(out.resolve(IdfTable.FILE_NAME), IdfTable.bytes(idf));
    }
    ModelCard.Cascade cascadeCard = null;
    Files.deleteIfExists(out.resolve(NGRAM_HEAD_FILE));
    if (ngramStage != null) {
      byte[] ngramOnnx = OnnxHeadWriter.write(ngramStage.head(), meta);
      Files.write(out.resolve(NGRAM_HEAD_FILE), ngramOnnx);
      cascadeCard =
          new ModelCard.Cascade(
              NGRAM_HEAD_FILE,
              SentenceEncoder.sha256(ngramOnnx),
              ngramStage.head().temperature(),
              ngramStage.threshold(),
              CascadeThreshold.RULE,
              ngramStage.calibration(),
              null);
    }

    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put(
        HeadTensors.INPUT_IDS,
        "INT64 [batch, L]: hashed n-gram bucket ids (0..buckets-1), right-padded");
    inputs.put(HeadTensors.INPUT_WEIGHTS, "FLOAT [batch, L]: n-gram weights, 0 at padding");
    inputs.put(
        HeadTensors.INPUT_EMBEDDING,
        "FLOAT [batch, "
            + SentenceEncoder.DIM
            + "]: encoder embedding"
            + (spec.useEmbedding() ? "" : " (unused: feed zeros)"));
    String method =
        "multinomial logistic regression on "
            + switch (featureSet) {
              case "both" -> "hashed n-grams ⊕ MiniLM embedding";
              case "ngrams" -> "hashed n-grams";
              default -> "MiniLM embedding";
            }
            + "; temperature fitted on a stratified held-out slice, then refitted on all training data";
    ModelCard card =
        new ModelCard(
            ModelCard.FORMAT,
            Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
            labels,
            HEAD_FILE,
            SentenceEncoder.sha256(onnx),
            inputs,
            Map.of(
                HeadTensors.OUTPUT,
                "FLOAT [batch, " + labels.size() + "]: calibrated probabilities in labels order"),
            spec,
            temperature,
            new ModelCard.Training(
                train.toString(),
                Evaluator.sha256(train),
                texts.size(),
                calGold.length,
                method,
                "L-BFGS (m=10, Armijo backtracking), full batch, single-threaded",
                l2,
                l2Dense,
                iters[0],
                seed,
                "scripts/train-model " + String.join(" ", argv),
                augmentation),
            calibration,
            null,
            cascadeCard,
            supportWindow);
    card.write(out.resolve(ModelCard.FILE_NAME));
    log("wrote %s (%d bytes) and %s", out.resolve(HEAD_FILE), onnx.length, ModelCard.FILE_NAME);

    if (testFile != null) {
      Path test = testFile;
      t0 = System.nanoTime();
      try (IntentModel model = IntentModel.load(out)) {
        ModelCard.Evaluation e = Evaluator.evaluate(model, test);
        card = card.withEvaluation(e);
        log(
            "test %s: accuracy %.4f, macro-F1 %.4f (%d texts, %.1f s)",
            test, e.accuracy(), e.macroF1(), e.examples(), (System.nanoTime() - t0) / 1e9);
      }
      if (cascadeCard != null) {
        ModelCard.CascadeFigures c = Evaluator.cascade(out, test);
        card = card.withCascade(cascadeCard.withEvaluation(c));
        log(
            "test %s: full head alone %.4f, cascade %.4f, agreement %.4f, answered by n-grams %.1f%%",
            test, c.fullAccuracy(), c.cascadeAccuracy(), c.agreement(), 100 * c.ngramShare());
      }
      card.write(out.resolve(ModelCard.FILE_NAME));
    }
    return Cli.OK;
  }

  /**
   * Inverse document frequency per bucket among the texts not {@code held} out, as the spec's
   * n-grams (without idf) see them.
   */
  static float[] idf(FeatureSpec spec, List<String> texts, boolean[] held) {
    NgramFeaturizer.Options options = spec.ngramOptions().orElseThrow();
    NgramFeaturizer plain =
        new NgramFeaturizer(
            spec.buckets(),
            new NgramFeaturizer.Options(options.charMin(), options.charAcrossWords(), false),
            null);
    int[] df = new int[spec.buckets()];
    int docs = 0;
    for (int i = 0; i < texts.size(); i++) {
      if (!held[i]) {
        docs++;
        for (int id :
            plain.featurize(FeatureExtractor.budget(texts.get(i), spec.maxChars())).ids()) {
          df[id]++;
        }
      }
    }
    return IdfTable.fromDocumentFrequencies(df, docs);
  }

  /** The rows of a training file the trainer fits, with a note on stderr for each it skips. */
  public static List<CsvReader.Row> trainingRows(Path train) throws Cli.UsageException {
    List<CsvReader.Row> rows = new ArrayList<>();
    for (CsvReader.Row r : CsvReader.readOrRefuse(train)) {
      if (r.text().isBlank() || r.label().isEmpty()) {
        System.err.println(train + ":" + r.line() + ": skipped (blank text or label)");
      } else {
        rows.add(r);
      }
    }
    return rows;
  }

  /** The rows' labels, sorted: the model's label order. */
  public static List<String> labels(List<CsvReader.Row> rows) {
    return List.copyOf(new TreeSet<>(rows.stream().map(CsvReader.Row::label).toList()));
  }

  /** Each row's index in {@code labels}. */
  public static int[] labelIndices(List<CsvReader.Row> rows, List<String> labels) {
    Map<String, Integer> index = new TreeMap<>();
    for (int i = 0; i < labels.size(); i++) {
      index.put(labels.get(i), i);
    }
    return rows.stream().mapToInt(r -> index.get(r.label())).toArray();
  }

  /**
   * The stratified calibration slice ({@code --calibration-fraction}, {@code --seed}): per label, a
   * seeded shuffle of its rows, the first ceil(f·n) held out (none of a label with a single row).
   */
  public static boolean[] calibrationSlice(
      int[] rowYs, int labelCount, double fraction, long seed) {
    boolean[] heldRow = new boolean[rowYs.length];
    Random rnd = new Random(seed);
    for (int c = 0; c < labelCount; c++) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < rowYs.length; i++) {
        if (rowYs[i] == c) {
          members.add(i);
        }
      }
      Collections.shuffle(members, rnd);
      int take = (int) Math.ceil(fraction * members.size());
      for (int i = 0; i < take && members.size() - take > 0; i++) {
        heldRow[members.get(i)] = true;
      }
    }
    return heldRow;
  }

  static int argmax(double[] v) {
    int best = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i] > v[best]) {
        best = i;
      }
    }
    return best;
  }

  private static void log(String fmt, Object... args) {
    System.err.printf(fmt + "%n", args);
  }
}
