package io.mailtriage.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailtriage.inference.FeatureSpec;
import io.mailtriage.inference.IntentModel;
import io.mailtriage.inference.IntentQueues;
import io.mailtriage.inference.TestModels;
import io.mailtriage.tools.Cli;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyTest {

  @Test
  void badLinesBecomeErrorObjectsAndGoodLinesAreRouted() throws Exception {
    ObjectMapper json = new ObjectMapper();
    try (IntentModel model = IntentModel.load(TestModels.DEFAULT_MODEL)) {
      IntentQueues queues = IntentQueues.load(Path.of("conf/intents.yaml"), model.labels());
      List<String> out =
          Classify.classifyLines(
              model,
              queues,
              List.of(
                  "{\"id\": 1, \"text\": \"my card was stolen\"}",
                  "not json",
                  "{\"id\": \"b\"}",
                  "{\"id\": 3, \"text\": \"\"}",
                  "[1,2]"));
      assertThat(out).hasSize(5);
      JsonNode ok = json.readTree(out.get(0));
      assertThat(ok.get("id").asInt()).isEqualTo(1);
      assertThat(ok.get("label").asText()).isEqualTo("lost_or_stolen_card");
      assertThat(ok.get("queue").asText()).isEqualTo("fraud");
      assertThat(ok.get("confidence").asDouble()).isBetween(0.5, 1.0);
      assertThat(json.readTree(out.get(1)).get("error").asText()).contains("JSON");
      assertThat(json.readTree(out.get(2)).get("id").asText()).isEqualTo("b");
      assertThat(json.readTree(out.get(2)).get("error").asText()).contains("text");
      assertThat(json.readTree(out.get(3)).get("queue").asText()).isEqualTo("needs-review");
      assertThat(json.readTree(out.get(4)).has("error")).isTrue();
    }
  }

  @Test
  void aModelWhoseLabelsNoMappingCoversRoutesEachTextToTheQueueNamedByItsLabel(@TempDir Path tmp)
      throws Exception {
    Path dir = tmp.resolve("model");
    TestModels.writeDir(
        dir,
        TestModels.randomHead(64, 3, 7, 1f),
        List.of("billing", "bug", "praise"),
        FeatureSpec.of(true, 64, false, 128));
    try (IntentModel model = IntentModel.load(dir)) {
      IntentQueues queues = Classify.queues(null, model.labels());
      assertThat(queues).isNull();
      JsonNode r =
          new ObjectMapper()
              .readTree(
                  Classify.classifyLines(
                          model, queues, List.of("{\"id\": 1, \"text\": \"the app crashes\"}"))
                      .get(0));
      assertThat(r.get("queue").asText())
          .isEqualTo(r.get("label").asText())
          .isIn("billing", "bug", "praise");
      assertThat(r.has("urgency")).isFalse();
    }
  }

  @Test
  void anIntentsFileNamedOnTheCommandLineMustCoverTheModel() {
    assertThatThrownBy(
            () -> Classify.queues(Path.of("conf/intents.yaml"), List.of("billing", "bug")))
        .isInstanceOf(Cli.UsageException.class)
        .hasMessage(
            "--intents: conf/intents.yaml: intents.lost_or_stolen_card: unknown intent (not a label"
                + " of the model)");
  }
}
