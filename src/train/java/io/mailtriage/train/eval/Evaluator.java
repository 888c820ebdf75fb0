package io.mailtriage.train.eval;

import ai.onnxruntime.OrtException;
import io.mailtriage.inference.IntentModel;
import io.mailtriage.inference.ModelCard;
import io.mailtriage.inference.ModelLoadException;
import io.mailtriage.inference.Prediction;
import io.mailtriage.inference.SentenceEncoder;
import io.mailtriage.train.CsvReader;
import io.mailtriage.train.Metrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Scores a labelled CSV through {@link IntentModel#predict}, the path production uses. */
public final class Evaluator {

  private Evaluator() {}

  public static ModelCard.Evaluation evaluate(IntentModel model, Path csv)
      throws IOException, OrtException {
    List<CsvReader.Row> rows = CsvReader.readLabelled(csv);
    List<String> labels = model.labels();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      index.put(labels.get(i), i);
    }
    // A gold label the model does not know gets one extra class id, so it counts as an error.
    int unknown = labels.size();
    int[] gold = rows.stream().mapToInt(r -> index.getOrDefault(r.label(), unknown)).toArray();
    List<Prediction> preds = model.predict(rows.stream().map(CsvReader.Row::text).toList());
    int[] predicted = new int[rows.size()];
    int truncated = 0;
    int empty = 0;
    for (int i = 0; i < preds.size(); i++) {
      Prediction p = preds.get(i);
      predicted[i] = p.ok() ? index.get(p.label()) : -1;
      truncated += p.truncated() ? 1 : 0;
      empty += p.ok() ? 0 : 1;
    }
    Metrics m = Metrics.of(gold, predicted, labels.size() + 1);
    return new ModelCard.Evaluation(
        csv.toString(), sha256(csv), m.examples(), m.accuracy(), m.macroF1(), truncated, empty);
  }

  /**
   * The model directory's cascade against its full head alone on a labelled CSV, both through
   * {@link IntentModel#predict}.
   */
  public static ModelCard.CascadeFigures cascade(Path dir, Path csv)
      throws IOException, OrtException, ModelLoadException {
    List<CsvReader.Row> rows = CsvReader.readLabelled(csv);
    List<String> texts = rows.stream().map(CsvReader.Row::text).toList();
    List<Prediction> full;
    List<Prediction> cascade;
    try (IntentModel m = IntentModel.load(dir, IntentModel.Options.DEFAULT.withCascade(false))) {
      full = m.predict(texts);
    }
    try (IntentModel m = IntentModel.load(dir)) {
      cascade = m.predict(texts);
    }
    int fullRight = 0;
    int cascadeRight = 0;
    int agree = 0;
    int byNgrams = 0;
    for (int i = 0; i < rows.size(); i++) {
      String gold = rows.get(i).label();
      Prediction f = full.get(i);
      Prediction c = cascade.get(i);
      fullRight += f.ok() && f.label().equals(gold) ? 1 : 0;
      cascadeRight += c.ok() && c.label().equals(gold) ? 1 : 0;
      agree += f.label().equals(c.label()) ? 1 : 0;
      byNgrams += c.ngramsOnly() ? 1 : 0;
    }
    double n = rows.size();
    return new ModelCard.CascadeFigures(
        rows.size(), fullRight / n, cascadeRight / n, agree / n, byNgrams / n);
  }

  public static String sha256(Path file) throws IOException {
    return SentenceEncoder.sha256(Files.readAllBytes(file));
  }
}
