package io.mailtriage.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mailtriage.inference.FeatureExtractor;
import io.mailtriage.inference.FeatureSpec;
import io.mailtriage.inference.Features;
import io.mailtriage.inference.IntentModel;
import io.mailtriage.inference.LinearHead;
import io.mailtriage.inference.NgramFeaturizer;
import io.mailtriage.inference.Prediction;
import io.mailtriage.inference.SentenceEncoder;
import io.mailtriage.inference.TestModels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exported ONNX head must compute what the Java training-side forward pass computes. */
class OnnxHeadParityTest {

  @TempDir Path tmp;

  @Test
  void trainedHeadOnRealTextsMatchesJavaForwardPass() throws Exception {
    // A small real training run: 6 BANKING77 intents, the full feature path (n-grams + MiniLM).
    List<CsvReader.Row> rows = CsvReader.readLabelled(Path.of("data/banking77/train.csv"));
    Map<String, Integer> index = new TreeMap<>();
    List<String> texts = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    for (CsvReader.Row r : rows) {
      if (index.size() < 6 || index.containsKey(r.label())) {
        int y = index.computeIfAbsent(r.label(), k -> index.size());
        if (ys.stream().filter(v -> v == y).count() < 15) {
          texts.add(r.text());
          ys.add(y);
        }
      }
    }
    List<String> labels =
        new ArrayList<>(
            index.keySet().stream()
                .sorted((a, b) -> Integer.compare(index.get(a), index.get(b)))
                .toList());
    FeatureSpec spec = FeatureSpec.of(true, 1024, true, 128);
    List<Features> xs;
    try (FeatureExtractor fx = new FeatureExtractor(spec, 1, 1)) {
      spec = spec.withEncoderSha256(fx.encoderSha256());
      xs = fx.extract(texts);
    }
    SoftmaxRegression reg = new SoftmaxRegression(1024, labels.size(), 1e-4, 1e-4, 40);
    double[] theta =
        reg.fit(
            xs,
            ys.stream().mapToInt(Integer::intValue).toArray(),
            new double[reg.parameterCount()],
            i -> {});
    LinearHead head = reg.toHead(theta, 0.8f);
    TestModels.writeDir(tmp, head, labels, spec);

    try (IntentModel model = IntentModel.load(tmp)) {
      float[][] onnx = model.scoreFeatures(xs);
      List<Prediction> preds = model.predict(texts);
      for (int i = 0; i < xs.size(); i++) {
        double[] java = head.probabilities(xs.get(i));
        for (int c = 0; c < java.length; c++) {
          assertThat((double) onnx[i][c])
              .as("text %d class %d", i, c)
              .isCloseTo(java[c], within(1e-4));
        }
        int best = argmax(java);
        assertThat(preds.get(i).label()).isEqualTo(labels.get(best));
        assertThat(preds.get(i).confidence()).isCloseTo(java[best], within(1e-4));
      }
    }
  }

  @Test
  void randomHeadMatchesOnRandomSparseAndDenseInputs() throws Exception {
    LinearHead head = TestModels.randomHead(97, 7, 3, 1.7f);
    Path dir = tmp.resolve("random");
    FeatureSpec spec = FeatureSpec.of(true, 97, false, 128);
    TestModels.writeDir(dir, head, TestModels.labels(7), spec);
    java.util.Random r = new java.util.Random(11);
    List<Features> feats = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      int n = r.nextInt(30); // includes 0: a text with no n-grams at all
      int[] ids = r.ints(n, 0, 97).distinct().sorted().toArray();
      float[] vals = new float[ids.length];
      for (int j = 0; j < ids.length; j++) {
        vals[j] = r.nextFloat();
      }
      float[] emb = new float[SentenceEncoder.DIM];
      for (int d = 0; d < emb.length; d++) {
        emb[d] = (float) r.nextGaussian() * 0.05f;
      }
      feats.add(new Features(new NgramFeaturizer.SparseVector(ids, vals), emb, false));
    }
    try (IntentModel model = IntentModel.load(dir)) {
      float[][] onnx = model.scoreFeatures(feats);
      for (int i = 0; i < feats.size(); i++) {
        double[] java = head.probabilities(feats.get(i));
        for (int c = 0; c < java.length; c++) {
          assertThat((double) onnx[i][c]).isCloseTo(java[c], within(1e-4));
        }
        assertThat(argmax(onnx[i])).isEqualTo(argmax(java));
      }
    }
  }

  private static int argmax(double[] v) {
    int b = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i] > v[b]) {
        b = i;
      }
    }
    return b;
  }

  private static int argmax(float[] v) {
    int b = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i] > v[b]) {
        b = i;
      }
    }
    return b;
  }
}
