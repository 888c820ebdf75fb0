package io.mailtriage.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cascade: a model directory whose card names an n-gram head lets it answer alone when it is
 * sure enough, and the full head answers the rest; a directory without one serves as before.
 */
class IntentModelCascadeTest {

  private static final List<String> TEXTS =
      List.of("my card never arrived", "why was I charged twice", "close my account please");

  @TempDir Path tmp;

  /** Full head: a random one over 5 labels; n-gram head: label 3 for every text, at 0.65 or 1. */
  private Path cascadeDir(double threshold, boolean sure) throws Exception {
    Path dir = tmp.resolve("m" + threshold + sure);
    TestModels.writeDir(
        dir,
        TestModels.randomHead(64, 5, 1, 1f),
        TestModels.labels(5),
        FeatureSpec.of(true, 64, false, 128));
    TestModels.addCascade(dir, TestModels.leaningTo(3, sure ? 50 : 2, 64, 5), threshold);
    return dir;
  }

  private static List<Prediction> predict(Path dir, boolean cascade) throws Exception {
    try (IntentModel m = IntentModel.load(dir, IntentModel.Options.DEFAULT.withCascade(cascade))) {
      return m.predict(TEXTS);
    }
  }

  @Test
  void aConfidentNgramHeadAnswersAlone() throws Exception {
    List<Prediction> p = predict(cascadeDir(0.9, true), true);
    assertThat(p)
        .allSatisfy(
            x -> {
              assertThat(x.label()).isEqualTo("intent_3");
              assertThat(x.confidence()).isGreaterThanOrEqualTo(0.9);
              assertThat(x.ngramsOnly()).isTrue();
            });
  }

  @Test
  void belowTheThresholdTheFullHeadAnswersExactlyAsWithoutCascade() throws Exception {
    Path dir = cascadeDir(0.9, false);
    List<Prediction> cascade = predict(dir, true);
    assertThat(cascade).noneMatch(Prediction::ngramsOnly);
    assertThat(cascade).isEqualTo(predict(dir, false));
  }

  @Test
  void turnedOffTheCascadeIsNotEvenLoaded() throws Exception {
    Path dir = cascadeDir(0.9, true);
    Files.delete(dir.resolve("ngram-head.onnx"));
    assertThat(predict(dir, false)).noneMatch(Prediction::ngramsOnly);
  }

  @Test
  void aDirectoryWithoutCascadeIsServedByTheFullHead() throws Exception {
    Path dir = tmp.resolve("plain");
    TestModels.writeDir(
        dir,
        TestModels.randomHead(64, 5, 1, 1f),
        TestModels.labels(5),
        FeatureSpec.of(true, 64, false, 128));
    assertThat(ModelCard.read(dir.resolve(ModelCard.FILE_NAME)).cascade()).isNull();
    List<Prediction> p = predict(dir, true);
    assertThat(p).noneMatch(Prediction::ngramsOnly);
    assertThat(p).isEqualTo(predict(dir, false));
  }

  @Test
  void missingNgramHeadIsNamed() throws Exception {
    Path dir = cascadeDir(0.9, true);
    Files.delete(dir.resolve("ngram-head.onnx"));
    assertThatThrownBy(() -> IntentModel.load(dir))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("ngram-head.onnx")
        .hasMessageContaining("missing");
  }

  @Test
  void ngramHeadWithFlippedBytesIsRefusedByChecksum() throws Exception {
    Path dir = cascadeDir(0.9, true);
    byte[] b = Files.readAllBytes(dir.resolve("ngram-head.onnx"));
    b[b.length / 2] ^= 0x5A;
    Files.write(dir.resolve("ngram-head.onnx"), b);
    assertThatThrownBy(() -> IntentModel.load(dir))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("ngram-head.onnx")
        .hasMessageContaining("SHA-256 differs from the card");
  }

  @Test
  void ngramHeadWithOtherClassesIsRefused() throws Exception {
    Path dir = cascadeDir(0.9, true);
    TestModels.addCascade(dir, TestModels.leaningTo(3, 50, 64, 4), 0.9);
    assertThatThrownBy(() -> IntentModel.load(dir))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("ngram-head.onnx")
        .hasMessageContaining("outputs 4 classes");
  }

  @Test
  void thresholdOutsideZeroToOneIsRefused() throws Exception {
    Path dir = cascadeDir(1.5, true);
    assertThatThrownBy(() -> IntentModel.load(dir))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining(ModelCard.FILE_NAME)
        .hasMessageContaining("threshold");
  }
}
