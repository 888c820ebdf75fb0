package io.mailtriage.train.eval;

import io.mailtriage.inference.IntentModel;
import io.mailtriage.inference.ModelCard;
import io.mailtriage.inference.ModelLoadException;
import io.mailtriage.inference.Prediction;
import io.mailtriage.tools.Cli;
import io.mailtriage.train.CsvReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Prints accuracy and macro-F1 of a model directory on a labelled CSV, and, when the directory
 * holds a spam head ({@code spam/}) and {@code --spam-test} names its test CSV, spam/ham accuracy.
 */
public final class EvaluateModel {

  /** Sub-directory of a model directory holding the optional spam/ham head. */
  public static final String SPAM_DIR = "spam";

  private EvaluateModel() {}

  static final String USAGE =
      String.join(
          "\n",
          "usage: evaluate-model --model DIR --test FILE.csv [--spam-test FILE.csv] [--support-ham FILE.csv]",
          "                      [--spam-threshold P]",
          "Accuracy and macro-F1 of a model directory on a labelled CSV (text,label); with --spam-test,",
          "also the spam/ham head in DIR/spam, and per gold label how much it flags at p(spam) >= P",
          "(default 0.9, the policy's spam.threshold): spam recall, and false flags on --support-ham.");

  /**
   * Per gold label (ham, spam) of a CSV of whole messages: how many the spam head puts at or above
   * the policy's spam threshold when it reads what the job gives it (the whole message, not its
   * model text), i.e. spam recall and false flags as the priority stage sees them.
   */
  static void flagRates(IntentModel spam, Path csv, double threshold) throws Exception {
    List<CsvReader.Row> rows = CsvReader.readLabelled(csv);
    List<Prediction> p = spam.predict(rows.stream().map(CsvReader.Row::text).toList());
    Map<String, int[]> byLabel = new TreeMap<>();
    for (int i = 0; i < rows.size(); i++) {
      int[] c = byLabel.computeIfAbsent(rows.get(i).label(), k -> new int[2]);
      c[0]++;
      c[1] += p.get(i).probability("spam") >= threshold ? 1 : 0;
    }
    byLabel.forEach(
        (label, c) ->
            System.out.printf(
                "spam    %s: gold %s, %d of %d (%.2f%%) flagged at p(spam) >= %s on the message%n",
                csv, label, c[1], c[0], 100.0 * c[1] / c[0], threshold));
  }

  public static void main(String[] argv) {
    Cli.main(
        "evaluate-model",
        USAGE,
        Set.of("model", "test", "spam-test", "support-ham", "spam-threshold"),
        argv,
        EvaluateModel::evaluate);
  }

  private static int evaluate(Cli cli) throws Exception {
    Path dir = cli.directory("model");
    Path testFile = cli.file("test");
    Path spamTest = cli.optionalFile("spam-test");
    Path supportHam = cli.optionalFile("support-ham");
    double threshold = cli.decimal("spam-threshold", 0.9, 0, 1);
    long t0 = System.nanoTime();
    try (IntentModel model = IntentModel.load(dir)) {
      ModelCard.Evaluation e = Evaluator.evaluate(model, testFile);
      System.out.printf(
          "intent  examples=%d accuracy=%.4f macroF1=%.4f truncated=%d empty=%d (%.1f s)%n",
          e.examples(),
          e.accuracy(),
          e.macroF1(),
          e.truncated(),
          e.empty(),
          (System.nanoTime() - t0) / 1e9);
      ModelCard.Cascade cascade = model.card().cascade();
      if (cascade != null) {
        ModelCard.CascadeFigures c = Evaluator.cascade(dir, testFile);
        System.out.printf(
            "cascade threshold=%.4f: full head alone %.4f, cascade %.4f, same intent %.4f,"
                + " n-gram head alone %.1f%%%n",
            cascade.threshold(),
            c.fullAccuracy(),
            c.cascadeAccuracy(),
            c.agreement(),
            100 * c.ngramShare());
      }
      Path spamDir = dir.resolve(SPAM_DIR);
      if (Files.exists(spamDir.resolve(ModelCard.FILE_NAME))) {
        if (spamTest != null) {
          try (IntentModel spam = IntentModel.load(spamDir)) {
            ModelCard.Evaluation s = Evaluator.evaluate(spam, spamTest);
            System.out.printf(
                "spam    examples=%d accuracy=%.4f macroF1=%.4f truncated=%d%n",
                s.examples(), s.accuracy(), s.macroF1(), s.truncated());
            flagRates(spam, spamTest, threshold);
            if (supportHam != null) {
              flagRates(spam, supportHam, threshold);
            }
          }
        } else {
          System.out.println(
              "spam    head present; pass --spam-test FILE.csv (scripts/prepare-spam-data) to score it");
        }
      }
    } catch (ModelLoadException e) {
      throw new Cli.UsageException(
          "--model: " + e.getMessage().lines().findFirst().orElse("not a model"));
    }
    return Cli.OK;
  }
}
