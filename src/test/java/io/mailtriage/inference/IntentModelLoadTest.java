package io.mailtriage.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mailtriage.testing.ModelDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken model directory is refused with one line that names the file at fault. */
class IntentModelLoadTest {

  @TempDir Path tmp;

  private Path validDir() throws Exception {
    Path dir = tmp.resolve("m");
    TestModels.writeDir(
        dir,
        TestModels.randomHead(64, 5, 1, 1f),
        TestModels.labels(5),
        FeatureSpec.of(true, 64, false, 128));
    return dir;
  }

  /** Loading {@code dir} fails with one line that names each of {@code named}. */
  private static void assertRefused(Path dir, String... named) {
    assertThatThrownBy(() -> IntentModel.load(dir))
        .isInstanceOf(ModelLoadException.class)
        .satisfies(e -> assertThat(e.getMessage()).contains(named).doesNotContain("\n"));
  }

  @Test
  void validDirectoryLoads() throws Exception {
    try (IntentModel m = IntentModel.load(validDir())) {
      assertThat(m.labels()).hasSize(5);
    }
  }

  @Test
  void missingCardIsNamed() throws Exception {
    Path dir = validDir();
    Files.delete(dir.resolve(ModelCard.FILE_NAME));
    assertRefused(dir, ModelCard.FILE_NAME, "missing");
  }

  @Test
  void corruptCardIsNamed() throws Exception {
    Path dir = validDir();
    Files.writeString(
        dir.resolve(ModelCard.FILE_NAME),
        "{\"format\": \"mailtriage-intent-model/1\", \"labels\": [");
    assertRefused(dir, ModelCard.FILE_NAME, "not valid JSON");
  }

  /** A wider window for support mail means nothing to a model that has no encoder to widen. */
  @Test
  void supportWindowWithoutAnEncoderIsRefused() throws Exception {
    Path dir = validDir();
    Path card = dir.resolve(ModelCard.FILE_NAME);
    com.fasterxml.jackson.databind.node.ObjectNode json =
        (com.fasterxml.jackson.databind.node.ObjectNode) ModelCard.JSON.readTree(card.toFile());
    json.putObject("supportWindow").put("maxTokens", 128).put("inDomain", 0.5);
    Files.writeString(card, ModelCard.JSON.writeValueAsString(json));
    assertRefused(dir, ModelCard.FILE_NAME, "supportWindow needs an encoder");
  }

  @Test
  void missingModelFileIsNamed() throws Exception {
    Path dir = validDir();
    Files.delete(dir.resolve("head.onnx"));
    assertRefused(dir, "head.onnx", "missing");
  }

  @Test
  void modelFileWithFlippedBytesIsRefusedByChecksum() throws Exception {
    Path dir = validDir();
    ModelDirs.flipAByte(dir.resolve("head.onnx"));
    assertRefused(dir, "head.onnx", "SHA-256");
  }

  @Test
  void garbageModelFileIsRefusedByOnnxRuntime() throws Exception {
    // Card checksum matches the garbage, so the ONNX parser itself must reject it.
    Path dir = tmp.resolve("garbage");
    TestModels.writeDir(
        dir,
        TestModels.randomHead(8, 3, 1, 1f),
        TestModels.labels(3),
        FeatureSpec.of(true, 8, false, 128));
    byte[] junk = "this is not an onnx model".getBytes();
    Files.write(dir.resolve("head.onnx"), junk);
    ModelCard c = ModelCard.read(dir.resolve(ModelCard.FILE_NAME));
    new ModelCard(
            c.format(),
            c.createdAt(),
            c.labels(),
            c.headFile(),
            SentenceEncoder.sha256(junk),
            c.inputs(),
            c.outputs(),
            c.features(),
            c.temperature(),
            null,
            null,
            null,
            null,
            null)
        .write(dir.resolve(ModelCard.FILE_NAME));
    assertRefused(dir, "head.onnx", "not a loadable ONNX model");
  }

  @Test
  void cardLabelCountDifferentFromModelOutputIsRefused() throws Exception {
    Path dir = tmp.resolve("mismatch");
    TestModels.writeDir(
        dir,
        TestModels.randomHead(64, 5, 1, 1f),
        TestModels.labels(4),
        FeatureSpec.of(true, 64, false, 128));
    assertRefused(dir, "outputs 5 classes", "4 labels");
  }

  @Test
  void bucketCountDifferentFromCardIsRefused() throws Exception {
    Path dir = tmp.resolve("buckets");
    TestModels.writeDir(
        dir,
        TestModels.randomHead(64, 5, 1, 1f),
        TestModels.labels(5),
        FeatureSpec.of(true, 128, false, 128));
    assertRefused(dir, "bucket count");
  }
}
