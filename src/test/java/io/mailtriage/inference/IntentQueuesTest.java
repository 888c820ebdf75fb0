package io.mailtriage.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailtriage.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
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
        new Prediction(Prediction.Status.OK, "lost_or_stolen_card", 0.9, List.of(), false, false);
    assertThat(q.route(stolen).queue()).isEqualTo("fraud");
    assertThat(q.route(stolen).urgency()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void lowConfidenceAndEmptyGoToReview() throws Exception {
    IntentQueues q = IntentQueues.load(Path.of("conf/intents.yaml"), bankingLabels());
    Prediction unsure =
        new Prediction(Prediction.Status.OK, "compromised_card", 0.3, List.of(), false, false);
    assertThat(q.route(unsure).queue()).isEqualTo("needs-review");
    assertThat(q.route(unsure).urgency()).isEqualTo(0.95); // still seen first within review
    assertThat(q.route(Prediction.emptyText()).queue()).isEqualTo("needs-review");
  }

  /** Writes {@code yaml} to a file and loads it for a model with {@code labels}. */
  private ThrowingCallable loading(String yaml, String... labels) throws Exception {
    Path f = tmp.resolve("i.yaml");
    Files.writeString(f, yaml);
    return () -> IntentQueues.load(f, List.of(labels));
  }

  private String file() {
    return tmp.resolve("i.yaml").toString();
  }

  @Test
  void unknownIntentIsNamed() throws Exception {
    assertThatThrownBy(
            loading(
                "intents:\n  a: {queue: q, urgency: 0.1}\n  b_typo: {queue: q, urgency: 0.2}\n",
                "a"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(file() + ": intents.b_typo: unknown intent (not a label of the model)");
  }

  @Test
  void unmappedModelIntentIsNamed() throws Exception {
    assertThatThrownBy(loading("intents:\n  a: {queue: q, urgency: 0.1}\n", "a", "refund"))
        .hasMessage(file() + ": intents: model intent(s) without a queue: refund");
  }

  @Test
  void urgencyOutOfRangeIsNamedWithItsValue() throws Exception {
    assertThatThrownBy(loading("intents:\n  a: {queue: q, urgency: 3}\n", "a"))
        .hasMessage(file() + ": intents.a.urgency: expected a number between 0 and 1, got 3");
  }

  @Test
  void wrongTypeIsNamedWithItsValue() throws Exception {
    assertThatThrownBy(
            loading("lowConfidenceThreshold: half\nintents:\n  a: {queue: q, urgency: 0.1}\n", "a"))
        .hasMessage(
            file() + ": lowConfidenceThreshold: expected a number between 0 and 1, got \"half\"");
    assertThatThrownBy(loading("intents:\n  a: [q, 0.1]\n", "a"))
        .hasMessage(file() + ": intents.a: expected a mapping, got a list");
  }

  @Test
  void missingKeyIsNamed() throws Exception {
    assertThatThrownBy(loading("intents:\n  a: {urgency: 0.1}\n", "a"))
        .hasMessage(file() + ": intents.a.queue: missing");
    assertThatThrownBy(loading("reviewQueue: needs-review\n", "a"))
        .hasMessage(file() + ": intents: missing");
  }

  @Test
  void unknownKeyIsNamed() throws Exception {
    assertThatThrownBy(loading("intents:\n  a: {queue: q, urgency: 0.1, priority: high}\n", "a"))
        .hasMessage(file() + ": intents.a.priority: unknown key");
    assertThatThrownBy(
            loading("lowConfidence: 0.5\nintents:\n  a: {queue: q, urgency: 0.1}\n", "a"))
        .hasMessage(file() + ": lowConfidence: unknown key");
  }

  @Test
  void shippedTextIsNamedByTheFileItCameFrom() throws Exception {
    assertThatThrownBy(() -> IntentQueues.parse("intents: {}\n", "conf/intents.yaml", List.of("a")))
        .hasMessage("conf/intents.yaml: intents: model intent(s) without a queue: a");
  }
}
