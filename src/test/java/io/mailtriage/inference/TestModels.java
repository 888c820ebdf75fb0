package io.mailtriage.inference;

import io.mailtriage.train.onnx.OnnxHeadWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Builds small model directories for tests without running the trainer CLI. */
public final class TestModels {

  public static final Path DEFAULT_MODEL = Path.of("models/default");

  private TestModels() {}

  public static LinearHead randomHead(int buckets, int classes, long seed, float temperature) {
    Random r = new Random(seed);
    float[] sparse = new float[buckets * classes];
    float[] dense = new float[SentenceEncoder.DIM * classes];
    float[] bias = new float[classes];
    for (int i = 0; i < sparse.length; i++) {
      sparse[i] = (float) r.nextGaussian();
    }
    for (int i = 0; i < dense.length; i++) {
      dense[i] = (float) r.nextGaussian();
    }
    for (int i = 0; i < classes; i++) {
      bias[i] = (float) r.nextGaussian() * 0.1f;
    }
    return new LinearHead(buckets, classes, sparse, dense, bias, temperature);
  }

  /** Writes head + card; {@code labels} may deliberately disagree with the head's class count. */
  public static void writeDir(Path dir, LinearHead head, List<String> labels, FeatureSpec spec)
      throws IOException {
    Files.createDirectories(dir);
    byte[] onnx = OnnxHeadWriter.write(head, Map.of("buckets", Integer.toString(head.buckets())));
    Files.write(dir.resolve("head.onnx"), onnx);
    new ModelCard(
            ModelCard.FORMAT,
            "2026-01-01T00:00:00Z",
            labels,
            "head.onnx",
            SentenceEncoder.sha256(onnx),
            Map.of(),
            Map.of(),
            spec,
            head.temperature(),
            null,
            null,
            null,
            null,
            null)
        .write(dir.resolve(ModelCard.FILE_NAME));
  }

  /**
   * Adds a cascade to a directory {@link #writeDir} made: {@code ngramHead} as {@code
   * ngram-head.onnx}, answering alone at or above {@code threshold}.
   */
  public static void addCascade(Path dir, LinearHead ngramHead, double threshold)
      throws IOException, ModelLoadException {
    byte[] onnx =
        OnnxHeadWriter.write(ngramHead, Map.of("buckets", Integer.toString(ngramHead.buckets())));
    Files.write(dir.resolve("ngram-head.onnx"), onnx);
    Path card = dir.resolve(ModelCard.FILE_NAME);
    ModelCard.read(card)
        .withCascade(
            new ModelCard.Cascade(
                "ngram-head.onnx",
                SentenceEncoder.sha256(onnx),
                ngramHead.temperature(),
                threshold,
                "test",
                null,
                null))
        .write(card);
  }

  /**
   * A head that prefers {@code label} whatever the text, by a logit {@code margin} over the others
   * (50: all probability on it; 2 over four others: 0.65).
   */
  public static LinearHead leaningTo(int label, float margin, int buckets, int classes) {
    float[] bias = new float[classes];
    bias[label] = margin;
    return new LinearHead(
        buckets,
        classes,
        new float[buckets * classes],
        new float[SentenceEncoder.DIM * classes],
        bias,
        1f);
  }

  public static List<String> labels(int n) {
    return java.util.stream.IntStream.range(0, n).mapToObj(i -> "intent_" + i).toList();
  }
}
