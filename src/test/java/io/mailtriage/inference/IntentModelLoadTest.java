package io.mailtriage.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    assertThatThrownBy(() -> IntentModel.load(dir))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining(ModelCard.FILE_NAME)
        .hasMessageContaining("missing")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void corruptCardIsNamed() throws Exception {
    Path dir = validDir();
    Files.writeString(
        dir.resolve(ModelCard.FILE_NAME),
        "{\"format\": \"mailtriage-intent-model/1\", \"labels\": [");
    assertThatThrownBy(() -> IntentModel.load(dir))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining(ModelCard.FILE_NAME)
        .hasMessageContaining("not valid JSON")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void missingModelFileIsNamed() throws Exception {
    Path dir = validDir();
    Files.delete(dir.resolve("head.onnx"));
    assertThatThrownBy(() -> IntentModel.load(dir))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("head.onnx")
        .hasMessageContaining("missing");
  }

  @Test
  void modelFileWithFlippedBytesIsRefusedByChecksum() throws Exception {
    Path dir = validDir();
    byte[] b = Files.readAllBytes(dir.resolve("head.onnx"));
    b[b.length / 2] ^= 0x5A;
    Files.write(dir.resolve("head.onnx"), b);
    assertThatThrownBy(() -> IntentModel.load(dir))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("head.onnx")
        .hasMessageContaining("SHA-256");
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
            null)
        .write(dir.resolve(ModelCard.FILE_NAME));
    assertThatThrownBy(() -> IntentModel.load(dir))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("head.onnx")
        .hasMessageContaining("not a loadable ONNX model")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void cardLabelCountDifferentFromModelOutputIsRefused() throws Exception {
    Path dir = tmp.resolve("mismatch");
    TestModels.writeDir(
        dir,
        TestModels.randomHead(64, 5, 1, 1f),
        TestModels.labels(4),
        FeatureSpec.of(true, 64, false, 128));
    assertThatThrownBy(() -> IntentModel.load(dir))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("outputs 5 classes")
        .hasMessageContaining("4 labels");
  }

  @Test
  void bucketCountDifferentFromCardIsRefused() throws Exception {
    Path dir = tmp.resolve("buckets");
    TestModels.writeDir(
        dir,
        TestModels.randomHead(64, 5, 1, 1f),
        TestModels.labels(5),
        FeatureSpec.of(true, 128, false, 128));
    assertThatThrownBy(() -> IntentModel.load(dir))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("bucket count");
  }
}
