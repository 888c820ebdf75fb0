package io.mailtriage.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntentQueuesTest {

  @TempDir Path tmp;

  private static List<String> bankingLabels() throws Exception {
    return List.of(
        new ObjectMapper()
            .readValue(Path.of("data/banking77/categories.json").toFile(), String[].class));
  }

  @Test
  void shippedMappingCoversEveryBankingIntent() throws Exception {
    IntentQueues q = IntentQueues.load(Path.of("conf/intents.yaml"), bankingLabels());
    Prediction stolen =
        new Prediction(Prediction.Status.OK, "lost_or_stolen_card", 0.9, List.of(), false);
    assertThat(q.route(stolen).queue()).isEqualTo("fraud");
    assertThat(q.route(stolen).urgency()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void lowConfidenceAndEmptyGoToReview() throws Exception {
    IntentQueues q = IntentQueues.load(Path.of("conf/intents.yaml"), bankingLabels());
    Prediction unsure =
        new Prediction(Prediction.Status.OK, "compromised_card", 0.3, List.of(), false);
    assertThat(q.route(unsure).queue()).isEqualTo("needs-review");
    assertThat(q.route(unsure).urgency()).isEqualTo(0.95); // still seen first within review
    assertThat(q.route(Prediction.emptyText()).queue()).isEqualTo("needs-review");
  }

  @Test
  void unknownIntentIsNamed() throws Exception {
    Path f = tmp.resolve("i.yaml");
    Files.writeString(
        f, "intents:\n  a: {queue: q, urgency: 0.1}\n  b_typo: {queue: q, urgency: 0.2}\n");
    assertThatThrownBy(() -> IntentQueues.load(f, List.of("a")))
        .hasMessageContaining("b_typo")
        .hasMessageContaining("unknown intent");
  }

  @Test
  void unmappedModelIntentIsNamed() throws Exception {
    Path f = tmp.resolve("i.yaml");
    Files.writeString(f, "intents:\n  a: {queue: q, urgency: 0.1}\n");
    assertThatThrownBy(() -> IntentQueues.load(f, List.of("a", "refund")))
        .hasMessageContaining("refund")
        .hasMessageContaining("without a queue");
  }

  @Test
  void urgencyOutOfRangeIsRefused() throws Exception {
    Path f = tmp.resolve("i.yaml");
    Files.writeString(f, "intents:\n  a: {queue: q, urgency: 3}\n");
    assertThatThrownBy(() -> IntentQueues.load(f, List.of("a"))).hasMessageContaining("urgency");
  }
}
