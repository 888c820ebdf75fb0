package io.mailtriage.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.config.ConfigLoader;
import io.mailtriage.inference.IntentQueues;
import io.mailtriage.inference.ModelCard;
import io.mailtriage.priority.PriorityPolicy;
import io.mailtriage.testing.TriageTopics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The demo's broker does not auto-create topics, so its queue list must be exactly the queues the
 * shipped intent mapping and the priority policy (machine-sent mail) route to; otherwise the job's
 * transactional sink fails on the first email for a missing queue.
 */
class DemoTopicsTest {
  @Test
  void demoCreatesATopicForEveryQueueTheJobCanRouteTo() throws Exception {
    ModelCard card = ModelCard.read(Path.of("models/default", ModelCard.FILE_NAME));
    Set<String> intentQueues =
        IntentQueues.load(Path.of("conf/intents.yaml"), card.labels()).queues();
    Set<String> routed = new TreeSet<>(intentQueues);
    routed.addAll(
        PriorityPolicy.load(Path.of("conf/priority.yaml"), Set.copyOf(card.labels()), intentQueues)
            .autoSubmittedQueues());

    Matcher m =
        Pattern.compile("(?m)^QUEUES=\\(([^)]*)\\)")
            .matcher(Files.readString(Path.of("scripts/demo.sh")));
    assertThat(m.find()).as("QUEUES=(...) in scripts/demo.sh").isTrue();
    Set<String> created = new TreeSet<>(Set.of(m.group(1).trim().split("\\s+")));

    assertThat(created).isEqualTo(routed);
    assertThat(Files.readString(Path.of("scripts/lib/flink.sh")))
        .as("scripts/lib/flink.sh")
        .contains("for queue in " + String.join(" ", created) + ";");
  }

  /** The demo and the local cluster create every single topic the shipped configuration names. */
  @Test
  void demoAndClusterScriptsCreateEveryTopicOfTheConfiguration() throws Exception {
    List<String> topics =
        TriageTopics.named(
            new ConfigLoader().load(Path.of("conf/mailtriage.yaml"), List.of()).topics());
    for (String script : List.of("scripts/demo.sh", "scripts/lib/flink.sh")) {
      String text = Files.readString(Path.of(script));
      assertThat(topics).as(script).allSatisfy(topic -> assertThat(text).contains(topic));
    }
  }
}
