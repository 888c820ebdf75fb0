package io.mailtriage.job;

import static io.mailtriage.job.MailtriageJobEndToEndTest.createTriageTopics;
import static io.mailtriage.job.MailtriageJobEndToEndTest.testConfig;
import static io.mailtriage.job.MailtriageJobEndToEndTest.triageTopics;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.inference.OnnxModelProvider;
import io.mailtriage.testing.EmbeddedKafka;
import io.mailtriage.testing.ModelDirs;
import io.mailtriage.train.CsvReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.testutils.InMemoryReporter;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hot swap of the served model in a running job: real Kafka, a MiniCluster at parallelism 2, an
 * unbounded email source. A model announced on the control topic takes over without a restart, a
 * model whose checksum does not match is refused while the current one keeps serving, and across
 * both every input record still comes out exactly once.
 *
 * <p>Each batch of mail is produced only once the previous swap (or refusal) has been applied by
 * every inference subtask, read from the operator's own counters, so which model must have scored
 * which record is known, not guessed from timing.
 */
class ModelSwapEndToEndTest {
  private static final int PARALLELISM = TestJob.PARALLELISM;
  private static final int BATCH = 12;
  private static final Duration WAIT = Duration.ofSeconds(45);
  private static final InMemoryReporter METRICS = InMemoryReporter.create();

  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setConfiguration(METRICS.addToConfiguration(new Configuration()))
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(PARALLELISM)
              .build());

  private static EmbeddedKafka kafka;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void startKafka() throws Exception {
    kafka = EmbeddedKafka.start();
  }

  @AfterAll
  static void stopKafka() throws Exception {
    kafka.close();
  }

  @Test
  void anAnnouncedModelTakesOverWithoutRestartAndACorruptOneIsRefused(@TempDir Path dir)
      throws Exception {
    MailtriageConfig config = withShortWindows(testConfig(kafka, dir), dir);
    JobSettings settings = JobSettings.resolve(config);
    createTriageTopics(kafka, settings);
    List<String> outputs = new ArrayList<>(triageTopics(settings));
    outputs.add(config.topics().deadLetter());
    String defaultVersion = settings.defaultModel().version;

    // A separate copy of the bundled model: only its announced version label tells it apart.
    Path v2 = ModelDirs.copyOfDefault(dir.resolve("model-v2"));
    String v2Sha = OnnxModelProvider.sha256(v2.resolve("intent-head.onnx"));
    List<String> texts =
        CsvReader.readLabelled(Path.of("data/banking77/test.csv")).stream()
            .map(CsvReader.Row::text)
            .limit(3L * BATCH)
            .toList();

    JobClient job =
        TestJob.on(settings, JobEdges.kafka(config, false))
            .executeAsync("mailtriage-model-swap-test");
    try {
      Map<String, JsonNode> seen = new HashMap<>();

      kafka.produce(config.topics().input(), envelopes(texts.subList(0, BATCH), 0));
      Set<String> first = newlyCommitted(outputs, BATCH, seen);

      announce(config, "v2", v2.toString(), v2Sha);
      awaitCounter(job.getJobID(), "modelSwapsSucceeded", PARALLELISM);
      kafka.produce(config.topics().input(), envelopes(texts.subList(BATCH, 2 * BATCH), BATCH));
      Set<String> second = newlyCommitted(outputs, 2 * BATCH, seen);

      announce(config, "v3-corrupt", v2.toString(), "0".repeat(64));
      awaitCounter(job.getJobID(), "modelSwapsRefused", PARALLELISM);
      kafka.produce(
          config.topics().input(), envelopes(texts.subList(2 * BATCH, 3 * BATCH), 2 * BATCH));
      Set<String> third = newlyCommitted(outputs, 3 * BATCH, seen);

      assertThat(versions(first, seen)).as("before any announcement").containsOnly(defaultVersion);
      assertThat(versions(second, seen)).as("after v2 was announced").containsOnly("v2");
      assertThat(versions(third, seen))
          .as("after a corrupt v3: v2 keeps serving")
          .containsOnly("v2");
    } finally {
      TestJob.cancel(job);
    }

    Map<String, Integer> emitted = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> r : kafka.consumeAll(outputs, WAIT)) {
      emitted.merge(coordinates(json.readTree(r.value())), 1, Integer::sum);
    }
    assertThat(emitted.values()).as("no input record emitted twice").containsOnly(1);
    assertThat(emitted).as("every input record emitted").hasSize(3 * BATCH);
  }

  /**
   * The shipped policy waits up to a minute (P3 window) plus 30 s of idleness before it releases a
   * quiet queue; shorter windows let each batch come out in about a second.
   */
  private static MailtriageConfig withShortWindows(MailtriageConfig config, Path dir)
      throws Exception {
    String shipped = Files.readString(Path.of(config.priority().policy()));
    String fast =
        shipped
            .replace("P1: 1s\n  P2: 10s\n  P3: 60s", "P1: 200ms\n  P2: 300ms\n  P3: 500ms")
            .replace("outOfOrderness: 5s", "outOfOrderness: 100ms")
            .replace("idleness: 30s", "idleness: 500ms");
    assertThat(fast)
        .as("conf/priority.yaml still has the window lines this test shortens")
        .contains("P3: 500ms", "outOfOrderness: 100ms", "idleness: 500ms");
    Path policy = dir.resolve("priority.yaml");
    Files.writeString(policy, fast);
    return new MailtriageConfig(
        config.kafka(),
        config.topics(),
        config.ingest(),
        config.tenants(),
        config.checkpoint(),
        config.sink(),
        config.pii(),
        config.model(),
        new MailtriageConfig.Priority(policy.toString()),
        config.origin());
  }

  /** JSON envelopes, as a web form would post them, received now so they fall in open windows. */
  private List<byte[]> envelopes(List<String> texts, int firstId) throws Exception {
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      int id = firstId + i;
      ObjectNode e = json.createObjectNode();
      e.put("messageId", "swap-" + id + "@portal.example.com");
      e.put("mailbox", "support@example.com");
      e.put("receivedAt", Instant.now().toString());
      e.putObject("from")
          .put("name", "Customer " + id)
          .put("email", "customer" + id + "@example.org");
      e.putArray("to").addObject().put("name", "Support").put("email", "support@example.com");
      e.put("subject", "Question " + id);
      e.put("text", texts.get(i));
      out.add(json.writeValueAsBytes(e));
    }
    return out;
  }

  private void announce(MailtriageConfig config, String version, String uri, String sha256)
      throws Exception {
    ObjectNode a = json.createObjectNode();
    a.put("version", version);
    a.put("uri", uri);
    a.put("sha256", sha256);
    a.put("announcedAt", System.currentTimeMillis());
    kafka.produce(config.topics().modelControl(), List.of(json.writeValueAsBytes(a)));
  }

  /**
   * Waits until the committed outputs hold {@code total} records; returns the ones not seen before.
   */
  private Set<String> newlyCommitted(List<String> outputs, int total, Map<String, JsonNode> seen)
      throws Exception {
    Set<String> fresh = new HashSet<>();
    for (ConsumerRecord<byte[], byte[]> r : kafka.consume(outputs, total, WAIT)) {
      JsonNode node = json.readTree(r.value());
      String at = coordinates(node);
      if (seen.putIfAbsent(at, node) == null) {
        fresh.add(at);
      }
    }
    return fresh;
  }

  /** Model versions of the given records; a dead letter has none and shows as "dead-lettered". */
  private static List<String> versions(Set<String> records, Map<String, JsonNode> seen) {
    assertThat(records).as("a batch came out").isNotEmpty();
    return records.stream()
        .map(at -> seen.get(at).path("modelVersion").asText("dead-lettered"))
        .toList();
  }

  private static String coordinates(JsonNode node) {
    return node.get("sourcePartition").asInt() + "@" + node.get("sourceOffset").asLong();
  }

  /** Waits until the inference subtasks' counters named {@code name} add up to {@code expected}. */
  private static void awaitCounter(JobID job, String name, long expected)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    long total = 0;
    while (System.nanoTime() < deadline) {
      total =
          METRICS.findMetrics(job, ".*" + name).values().stream()
              .mapToLong(m -> ((Counter) m).getCount())
              .sum();
      if (total >= expected) {
        return;
      }
      Thread.sleep(100);
    }
    assertThat(total).as(name + " across the inference subtasks").isEqualTo(expected);
  }
}
