package io.mailtriage.job;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.testing.Envelopes;
import io.mailtriage.testing.RealKafkaAndFlink;
import io.mailtriage.testing.SupportTexts;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The urgent contract, read the way its consumers read it. Every P0 record is on the urgent topic
 * at once, long before the checkpoint that commits the queue topics (none completes during the
 * first phase: the interval is five minutes), keyed and headed by its emailId; after the job drains
 * and stops with a savepoint, the exactly-once queue topics hold every email once, and every P0
 * among them is on the urgent topic at least once under the same emailId.
 */
class UrgentTopicEndToEndTest extends RealKafkaAndFlink {
  private static final Duration READ = Duration.ofSeconds(120);

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyP0IsOnTheUrgentTopicBeforeTheCheckpointAndAtLeastOnceAfter(@TempDir Path dir)
      throws Exception {
    // Flink starts the first checkpoint at a random time between the minimum pause and the
    // interval; with the pause equal to the interval it comes at five minutes, not at some random
    // moment of this test's first phase.
    MailtriageConfig config =
        MailtriageJobEndToEndTest.testConfig(
            kafka, dir, "checkpoint.intervalMs=300000", "checkpoint.minPauseMs=300000");
    JobSettings settings = JobSettings.resolve(config);
    MailtriageJobEndToEndTest.createTriageTopics(kafka, settings);
    List<String> queues = MailtriageJobEndToEndTest.triageTopics(settings);
    String urgent = config.topics().urgent();

    List<byte[]> inputs = new ArrayList<>();
    int p0Inputs = 0;
    for (int round = 0; round < 3; round++) {
      for (List<SupportTexts.Text> texts : List.of(SupportTexts.P0, SupportTexts.OTHER)) {
        for (SupportTexts.Text text : texts) {
          int n = inputs.size();
          inputs.add(
              Envelopes.email(
                  "urgent-" + n + "@mail.example.org",
                  "customer" + n + "@example.org",
                  Instant.now(),
                  text.subject(),
                  text.body(),
                  null));
          p0Inputs += texts == SupportTexts.P0 ? 1 : 0;
        }
      }
    }
    kafka.produce(config.topics().input(), inputs);

    JobClient job =
        TestJob.on(settings, JobEdges.kafka(config, false)).executeAsync("mailtriage-urgent-test");
    List<ConsumerRecord<byte[], byte[]>> early;
    try {
      early = kafka.consume(List.of(urgent), p0Inputs, READ, "read_uncommitted");
      assertThat(kafka.consumeAll(queues, READ))
          .as("no checkpoint has committed the queue topics yet")
          .isEmpty();
      assertThat(kafka.consume(List.of(urgent), p0Inputs, READ))
          .as("no transaction: read_committed consumers see the urgent records at once too")
          .hasSameSizeAs(early);
    } finally {
      // Drain: the end of event time closes the windows, so every email reaches its queue topic.
      job.stopWithSavepoint(
              true, dir.resolve("savepoints").toUri().toString(), SavepointFormatType.CANONICAL)
          .get();
    }

    Map<String, Integer> onUrgent = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> r : kafka.consumeAll(List.of(urgent), READ)) {
      JsonNode body = json.readTree(r.value());
      String emailId = body.get("emailId").asText();
      assertThat(body.get("priority").asText()).isEqualTo("P0");
      assertThat(new String(r.key(), UTF_8)).as("keyed by emailId").isEqualTo(emailId);
      assertThat(new String(r.headers().lastHeader("emailId").value(), UTF_8)).isEqualTo(emailId);
      onUrgent.merge(emailId, 1, Integer::sum);
    }
    List<ConsumerRecord<byte[], byte[]>> truth = kafka.consumeAll(queues, READ);
    assertThat(truth)
        .extracting(ConsumerRecord::topic)
        .as("the queue topics hold every email once")
        .hasSize(inputs.size());
    Set<String> p0InQueues = new HashSet<>();
    for (ConsumerRecord<byte[], byte[]> r : truth) {
      JsonNode body = json.readTree(r.value());
      if (body.get("priority").asText().equals("P0")) {
        p0InQueues.add(body.get("emailId").asText());
      }
    }
    assertThat(p0InQueues).as("the model read every P0 text as P0").hasSize(p0Inputs);
    assertThat(onUrgent.keySet())
        .as("every P0 on the urgent topic, and nothing else")
        .isEqualTo(p0InQueues);
  }
}
