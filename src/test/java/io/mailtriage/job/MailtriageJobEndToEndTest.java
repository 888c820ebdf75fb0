package io.mailtriage.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailtriage.config.ConfigLoader;
import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.testing.EmbeddedKafka;
import io.mailtriage.testing.RealKafkaAndFlink;
import io.mailtriage.testing.RunConfig;
import io.mailtriage.testing.TestKeystores;
import io.mailtriage.testing.TriageTopics;
import io.mailtriage.tools.MailInputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job on real parts: a KRaft Kafka broker, a Flink MiniCluster at parallelism 2 with
 * checkpointing, the bundled model. A few hundred real emails (the SpamAssassin subset, the bundled
 * samples, broken and odd inputs) go in; a read_committed consumer proves every input record comes
 * out exactly once, in a triage topic or in the dead-letter topic.
 */
class MailtriageJobEndToEndTest extends RealKafkaAndFlink {
  private final ObjectMapper json = new ObjectMapper();

  /**
   * A configuration on random topics of the test broker, with keys from a fresh keystore; {@code
   * extra} overrides come last, so they win.
   */
  static MailtriageConfig testConfig(EmbeddedKafka kafka, Path dir, String... extra)
      throws Exception {
    List<String> overrides =
        RunConfig.overrides(
            kafka.bootstrapServers(),
            RunConfig.newRunId(),
            TestKeystores.create(dir),
            dir.resolve("checkpoints"));
    overrides.addAll(List.of("checkpoint.intervalMs=500", "checkpoint.minPauseMs=0"));
    overrides.addAll(List.of(extra));
    MailtriageConfig config = new ConfigLoader().load(Path.of("conf/mailtriage.yaml"), overrides);
    kafka.createTopics(2, TriageTopics.named(config.topics()).toArray(String[]::new));
    return config;
  }

  static void createTriageTopics(EmbeddedKafka kafka, JobSettings settings) throws Exception {
    kafka.createTopics(2, triageTopics(settings).toArray(String[]::new));
  }

  static List<String> triageTopics(JobSettings settings) throws Exception {
    return TriageTopics.of(settings);
  }

  /** Runs the job with bounded sources until it has consumed everything produced so far. */
  static void runToEnd(JobSettings settings) throws Exception {
    TestJob.on(settings, JobEdges.kafka(settings.config(), true)).execute("mailtriage-test");
  }

  @Test
  void everyInputRecordComesOutExactlyOnceInATriageTopicOrTheDeadLetterTopic(@TempDir Path dir)
      throws Exception {
    MailtriageConfig config = testConfig(kafka, dir);
    JobSettings settings = JobSettings.resolve(config);
    createTriageTopics(kafka, settings);

    List<byte[]> inputs = new ArrayList<>();
    for (String root :
        List.of(
            "src/test/resources/corpus/spamassassin",
            "samples/mail",
            "samples/odd",
            "samples/envelopes.jsonl")) {
      MailInputs.forEachRecord(MailInputs.discover(Path.of(root)), Long.MAX_VALUE, inputs::add);
    }
    // Every broken sample is fed as is; its name says the dead-letter reason it must get.
    Map<String, Integer> expectedReasons = new HashMap<>();
    try (var broken = Files.list(Path.of("samples/broken"))) {
      for (Path file : broken.sorted().toList()) {
        inputs.add(Files.readAllBytes(file));
        expectedReasons.merge(file.getFileName().toString().split("--")[0], 1, Integer::sum);
      }
    }
    assertThat(inputs).hasSizeGreaterThan(250);
    kafka.produce(config.topics().input(), inputs);

    runToEnd(settings);

    List<String> outputs = new ArrayList<>(triageTopics(settings));
    outputs.add(config.topics().deadLetter());
    // Commits of the final transactions can trail the job's end: wait until every record is
    // visible, then read everything there is, so duplicates would show too.
    kafka.consume(outputs, inputs.size(), Duration.ofSeconds(180));
    List<ConsumerRecord<byte[], byte[]>> records =
        kafka.consumeAll(outputs, Duration.ofSeconds(60));

    Map<String, Integer> seen = new HashMap<>();
    Map<String, Integer> reasons = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> r : records) {
      JsonNode node = json.readTree(r.value());
      String coordinates =
          node.get("sourcePartition").asInt() + "@" + node.get("sourceOffset").asLong();
      seen.merge(coordinates, 1, Integer::sum);
      if (r.topic().equals(config.topics().deadLetter())) {
        reasons.merge(node.get("reason").asText(), 1, Integer::sum);
      }
    }
    assertThat(seen.values()).as("no input record emitted twice").containsOnly(1);
    assertThat(seen).as("every input record emitted").hasSize(inputs.size());
    expectedReasons.forEach(
        (reason, count) ->
            assertThat(reasons.getOrDefault(reason, 0))
                .as("dead letters " + reason)
                .isGreaterThanOrEqualTo(count));
    int expected = expectedReasons.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(reasons.values().stream().mapToInt(Integer::intValue).sum())
        .as(
            "besides the broken samples, at most a couple of real messages are dead-lettered: "
                + reasons)
        .isBetween(expected, expected + 2);
  }
}
