package io.mailtriage.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mailtriage.config.ConfigException;
import io.mailtriage.config.ConfigLoader;
import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.testing.ModelDirs;
import io.mailtriage.testing.TestKeystores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model directory that cannot serve stops the job at submission with one line naming {@code
 * model.dir}, instead of failing every inference subtask at open and restart-looping.
 */
class JobSettingsModelTest {
  @TempDir Path dir;

  private MailtriageConfig configWithModel(Path model) throws Exception {
    MailtriageConfig.Keys keys = TestKeystores.create(dir);
    return new ConfigLoader()
        .load(
            Path.of("conf/mailtriage.yaml"),
            List.of("model.dir=" + model, TestKeystores.override(keys)));
  }

  private Path copyOfDefaultModel() throws Exception {
    return ModelDirs.copyOfDefault(dir.resolve("model"));
  }

  private void assertRefusedNaming(Path model, String problem) throws Exception {
    MailtriageConfig config = configWithModel(model);
    assertThatThrownBy(() -> JobSettings.resolve(config))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("conf/mailtriage.yaml: model.dir: ")
        .hasMessageContaining(problem)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void anIntactCopyOfTheDefaultModelIsAccepted() throws Exception {
    JobSettings settings = JobSettings.resolve(configWithModel(copyOfDefaultModel()));
    assertThat(settings.defaultModel().version).startsWith("intent-");
  }

  @Test
  void aMissingDirectoryIsRefused() throws Exception {
    assertRefusedNaming(dir.resolve("no-such-model"), "not found");
  }

  @Test
  void aMissingCardIsRefused() throws Exception {
    Path model = copyOfDefaultModel();
    Files.delete(model.resolve("model-card.json"));
    assertRefusedNaming(model, "model card missing");
  }

  @Test
  void aMissingModelFileIsRefused() throws Exception {
    Path model = copyOfDefaultModel();
    Files.delete(model.resolve("intent-head.onnx"));
    assertRefusedNaming(model, "intent-head.onnx");
  }

  @Test
  void aModelFileWithFlippedBytesIsRefusedByTheCardChecksum() throws Exception {
    Path model = copyOfDefaultModel();
    ModelDirs.flipAByte(model.resolve("intent-head.onnx"));
    assertRefusedNaming(model, "SHA-256 differs from the card");
  }

  @Test
  void aDomainHeadWithoutTheSupportLabelIsRefusedAtSubmission() throws Exception {
    // Every inference subtask would refuse it at open: submission must say so first.
    Path model = copyOfDefaultModel();
    for (String file : new String[] {"model-card.json", "intent-head.onnx"}) {
      Files.copy(
          model.resolve("spam").resolve(file),
          model.resolve("domain").resolve(file),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    assertRefusedNaming(model, "has no 'support' label");
  }

  @Test
  void aCardWhoseLabelsDoNotMatchTheModelOutputIsRefused() throws Exception {
    Path model = copyOfDefaultModel();
    Path cardFile = model.resolve("model-card.json");
    ObjectMapper json = new ObjectMapper();
    ObjectNode card = (ObjectNode) json.readTree(cardFile.toFile());
    ArrayNode labels = (ArrayNode) card.get("labels");
    labels.remove(labels.size() - 1);
    json.writeValue(cardFile.toFile(), card);
    assertRefusedNaming(model, "model outputs 77 classes but model-card.json lists 76 labels");
  }
}
