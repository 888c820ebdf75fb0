package io.mailtriage.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.keys.MasterKeys;
import io.mailtriage.testing.RealKafkaAndFlink;
import io.mailtriage.tools.Reidentification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crypto-shredding on the real pipeline: a customer's tokens re-identify with the published subject
 * key until an erasure request; from then on they never do again, not even after the job restarts
 * from a checkpoint and the same customer writes again.
 */
class ErasureEndToEndTest extends RealKafkaAndFlink {
  private static final String EMAIL = "ines.okafor@erasure.example";
  private static final String CARD = "4556737586899855";
  private final ObjectMapper json = new ObjectMapper();

  private static byte[] mail(String id, String text) {
    return ("{\"messageId\":\""
            + id
            + "\",\"tenant\":\"demo\",\"receivedAt\":\"2026-11-25T10:00:00Z\","
            + "\"from\":{\"name\":\"Ines Okafor\",\"email\":\""
            + EMAIL
            + "\"},\"subject\":\"Card problem\","
            + "\"text\":\""
            + text
            + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private JobClient start(JobSettings settings, String restoreFrom) throws Exception {
    return TestJob.on(settings, JobEdges.kafka(settings.config(), false), restoreFrom)
        .executeAsync("mailtriage-erasure-test");
  }

  private Reidentification reidentification(MailtriageConfig config) {
    Map<String, Object> consumer = new HashMap<>(kafka.consumerConfig());
    return new Reidentification(
        MasterKeys.load(config.pii().keys()),
        Reidentification.readSubjectKeys(
            consumer, config.topics().subjectKeys(), Duration.ofSeconds(30)));
  }

  private List<JsonNode> triageRecords(JobSettings settings, int count) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r :
        kafka.consume(
            MailtriageJobEndToEndTest.triageTopics(settings), count, Duration.ofSeconds(120))) {
      out.add(json.readTree(r.value()));
    }
    out.sort(Comparator.comparingLong(n -> n.get("sourceOffset").asLong()));
    return out;
  }

  @Test
  void tokensReidentifyBeforeErasureAndNeverAfterEvenAcrossARestore(@TempDir Path dir)
      throws Exception {
    MailtriageConfig config = MailtriageJobEndToEndTest.testConfig(kafka, dir);
    JobSettings settings = JobSettings.resolve(config);
    MailtriageJobEndToEndTest.createTriageTopics(kafka, settings);
    String input = config.topics().input();
    // One partition's worth of ordering is enough: all mail of this test goes to the input topic in
    // turn.
    kafka.produce(
        input, List.of(mail("erase-1", "My card " + CARD + " was stolen, reply to " + EMAIL)));

    JobClient first = start(settings, null);
    JsonNode before;
    try {
      before = triageRecords(settings, 1).get(0);
      String tenant = before.get("tenant").asText();
      Reidentification.Result revealed =
          reidentification(config).reveal(tenant, before.get("excerpt").asText());
      assertThat(revealed.refusals()).isEmpty();
      assertThat(revealed.text()).contains(EMAIL).contains(CARD);

      String request =
          "{\"tenant\":\""
              + tenant
              + "\",\"subjectToken\":\""
              + before.get("senderToken").asText()
              + "\",\"requestId\":\"ticket-17\",\"requestedAt\":1764064800000}";
      kafka.produce(config.topics().erasure(), List.of(request.getBytes(StandardCharsets.UTF_8)));
      JsonNode audit =
          json.readTree(
              kafka
                  .consume(List.of(config.topics().audit()), 1, Duration.ofSeconds(120))
                  .get(0)
                  .value());
      assertThat(audit.get("requestId").asText()).isEqualTo("ticket-17");
      assertThat(audit.get("keyFound").asBoolean()).as("the subject had a key to erase").isTrue();
    } finally {
      TestJob.cancel(first);
    }

    String tenant = before.get("tenant").asText();
    String oldExcerpt = before.get("excerpt").asText();
    Reidentification.Result afterErasure = reidentification(config).reveal(tenant, oldExcerpt);
    assertThat(afterErasure.refusals()).isNotEmpty().allMatch(r -> r.contains("erased"));
    assertThat(afterErasure.text()).doesNotContain(EMAIL).doesNotContain(CARD);

    // Restart from the checkpoint retained on cancellation (taken after the erasure was committed);
    // the same customer writes again and gets a new key, which must not open the old tokens.
    JobClient second =
        start(
            settings,
            latestCheckpoint(Path.of(java.net.URI.create(config.checkpoint().storage()))));
    try {
      kafka.produce(input, List.of(mail("erase-2", "Any news about card " + CARD + "?")));
      List<JsonNode> records = triageRecords(settings, 2);
      JsonNode after = records.get(records.size() - 1);
      Reidentification reid = reidentification(config);
      assertThat(reid.reveal(tenant, after.get("excerpt").asText()).text()).contains(CARD);
      Reidentification.Result old = reid.reveal(tenant, oldExcerpt);
      assertThat(old.refusals()).as("old tokens stay shredded after the restore").isNotEmpty();
      assertThat(old.text()).doesNotContain(EMAIL).doesNotContain(CARD);
    } finally {
      TestJob.cancel(second);
    }
  }

  private static String latestCheckpoint(Path storage) throws Exception {
    try (Stream<Path> walk = Files.walk(storage)) {
      return walk.filter(p -> p.getFileName().toString().equals("_metadata"))
          .map(Path::getParent)
          .max(
              Comparator.comparingLong(
                  p -> Long.parseLong(p.getFileName().toString().substring("chk-".length()))))
          .orElseThrow(() -> new AssertionError("no retained checkpoint under " + storage))
          .toString();
    }
  }
}
