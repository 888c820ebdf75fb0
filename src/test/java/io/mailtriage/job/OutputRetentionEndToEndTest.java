package io.mailtriage.job;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.testing.Envelopes;
import io.mailtriage.testing.RealKafkaAndFlink;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mail dated days and years back must not make the job's output fall to Kafka's time retention.
 * Retention judges a segment by its newest record timestamp, so output stamped with the email's own
 * date would be deleted at the broker's next retention check, moments after it was committed. The
 * whole job runs on the test broker (retention checked every second) into output topics with a
 * one-hour {@code retention.ms}; after a check has provably run, a read_committed consumer still
 * finds every record.
 */
class OutputRetentionEndToEndTest extends RealKafkaAndFlink {
  private static final long HOUR_MS = 3_600_000L;
  private static final Duration READ = Duration.ofSeconds(120);
  private final ObjectMapper json = new ObjectMapper();

  /** What customers write about; each text is sent by several senders at several ages. */
  private static final List<String> TEXTS =
      List.of(
          "I lost my card on the bus, please block it right away.",
          "Someone used my card for payments I never made, this is fraud.",
          "How long does a transfer to another bank usually take?",
          "My top-up from yesterday still has not arrived in my account.",
          "Which exchange rate do you use when I pay in dollars?",
          "The cash machine kept my money but did not give me any notes.",
          "I would like a refund for the duplicate charge on my statement.",
          "How do I change the address registered on my account?");

  /**
   * How far back the mail is dated: hours, days and years, every one past the one-hour retention.
   */
  private static final List<Duration> AGES =
      List.of(
          Duration.ofHours(2),
          Duration.ofHours(36),
          Duration.ofDays(3),
          Duration.ofDays(400),
          Duration.ofDays(5 * 365));

  private static byte[] mime(
      String messageId, String from, Instant date, String subject, String text) {
    String header = DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atOffset(ZoneOffset.UTC));
    return ("From: "
            + from
            + "\r\nTo: "
            + Envelopes.SUPPORT_MAILBOX
            + "\r\nSubject: "
            + subject
            + "\r\nDate: "
            + header
            + "\r\nMessage-ID: <"
            + messageId
            + ">\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\n\r\n"
            + text
            + "\r\n")
        .getBytes(UTF_8);
  }

  @Test
  void recordsOfOldMailOutliveTheBrokersRetentionCheck(@TempDir Path dir) throws Exception {
    long testStart = System.currentTimeMillis();
    // Checkpoints 3 s apart keep records uncommitted for a while, as the 10 s default does: that is
    // when a retention check found a segment holding only old-stamped records and deleted it.
    MailtriageConfig config =
        MailtriageJobEndToEndTest.testConfig(kafka, dir, "checkpoint.intervalMs=3000");
    JobSettings settings = JobSettings.resolve(config);
    MailtriageJobEndToEndTest.createTriageTopics(kafka, settings);
    MailtriageConfig.Topics t = config.topics();
    List<String> triage = MailtriageJobEndToEndTest.triageTopics(settings);
    List<String> outputs = new ArrayList<>(triage);
    outputs.addAll(List.of(t.deadLetter(), t.stats(), t.subjectKeys(), t.audit(), t.urgent()));
    String canary = kafka.createTopic("retention-canary", 1);
    Map<String, String> shortRetention = Map.of("retention.ms", Long.toString(HOUR_MS));
    kafka.setTopicConfig(shortRetention, outputs.toArray(String[]::new));
    kafka.setTopicConfig(shortRetention, canary);

    // Input is stamped with the time it is sent, as the feeders do; only the mail's date is old.
    List<byte[]> inputs = new ArrayList<>();
    Set<String> senders = new HashSet<>();
    int n = 0;
    for (Duration age : AGES) {
      for (String text : TEXTS) {
        Instant date = Instant.ofEpochMilli(testStart).minus(age);
        String from = "customer" + (n % 7) + "@retention.example";
        senders.add(from);
        String id = "retention-" + n + "@retention.example";
        inputs.add(
            n % 2 == 0
                ? Envelopes.email(id, from, date, "Help, please", text, null)
                : mime(id, from, date, "Help, please", text));
        n++;
      }
    }
    int triageable = inputs.size();
    inputs.add(new byte[0]); // a dead letter
    kafka.produce(t.input(), inputs);
    kafka.produce(
        t.erasure(),
        List.of(
            ("{\"tenant\":\"demo\",\"subjectToken\":\"sdet-unknown\",\"requestId\":\"ticket-9\",\"requestedAt\":"
                    + testStart
                    + "}")
                .getBytes(UTF_8)));

    MailtriageJobEndToEndTest.runToEnd(settings);
    List<String> perEmail = new ArrayList<>(triage);
    perEmail.add(t.deadLetter());
    kafka.consume(perEmail, inputs.size(), READ);

    // Proof that a retention check ran after the job's last commit: a record stamped two days back,
    // as the job used to stamp old mail, written now, must be deleted from the canary topic.
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(kafka.producerConfig())) {
      long twoDaysAgo = System.currentTimeMillis() - 48 * HOUR_MS;
      producer
          .send(new ProducerRecord<>(canary, 0, twoDaysAgo, null, "old".getBytes(UTF_8)))
          .get(30, TimeUnit.SECONDS);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (kafka.logStartOffsets(List.of(canary), READ).values().stream().allMatch(o -> o == 0)) {
      assertThat(System.nanoTime())
          .as("the broker's retention check deleted the canary")
          .isLessThan(deadline);
      Thread.sleep(200);
    }

    Map<String, Integer> perInput = new HashMap<>();
    int triaged = 0;
    int deadLetters = 0;
    int statsCount = 0;
    int subjectKeys = 0;
    int audits = 0;
    Map<String, Long> oldestStamp = new HashMap<>();
    Set<String> p0 = new HashSet<>();
    Set<String> urgent = new HashSet<>();
    for (ConsumerRecord<byte[], byte[]> r : kafka.consumeAll(outputs, READ)) {
      oldestStamp.merge(r.topic(), r.timestamp(), Math::min);
      JsonNode body = r.value() == null ? null : json.readTree(r.value());
      if (triage.contains(r.topic())) {
        triaged++;
        assertThat(body.get("receivedAt").asLong())
            .as("the mail's own date stays in the body")
            .isLessThan(testStart - HOUR_MS);
        perInput.merge(
            body.get("sourcePartition").asInt() + "@" + body.get("sourceOffset").asLong(),
            1,
            Integer::sum);
        if (body.get("priority").asText().equals("P0")) {
          p0.add(body.get("emailId").asText());
        }
      } else if (r.topic().equals(t.urgent())) {
        urgent.add(body.get("emailId").asText());
      } else if (r.topic().equals(t.deadLetter())) {
        deadLetters++;
        perInput.merge(
            body.get("sourcePartition").asInt() + "@" + body.get("sourceOffset").asLong(),
            1,
            Integer::sum);
      } else if (r.topic().equals(t.stats())) {
        statsCount +=
            body.get("countP0").asInt()
                + body.get("countP1").asInt()
                + body.get("countP2").asInt()
                + body.get("countP3").asInt();
      } else if (r.topic().equals(t.subjectKeys())) {
        subjectKeys++;
      } else {
        audits++;
      }
    }
    assertThat(triaged).as("every old-dated email still in a triage topic").isEqualTo(triageable);
    assertThat(deadLetters).isEqualTo(1);
    assertThat(perInput)
        .hasSize(inputs.size())
        .allSatisfy((coordinates, count) -> assertThat(count).isEqualTo(1));
    assertThat(statsCount).as("the stats still count every triaged email").isEqualTo(triageable);
    assertThat(subjectKeys)
        .as("one key per sender plus the erasure's tombstone")
        .isEqualTo(senders.size() + 1);
    assertThat(audits).isEqualTo(1);
    assertThat(urgent).as("every P0 still on the urgent topic").isEqualTo(p0).isNotEmpty();
    assertThat(oldestStamp)
        .as("every Kafka timestamp is when the job wrote the record")
        .allSatisfy(
            (topic, oldest) -> assertThat(oldest).as(topic).isGreaterThanOrEqualTo(testStart));
    assertThat(kafka.logStartOffsets(outputs, READ))
        .as("retention deleted nothing from the job's output topics")
        .allSatisfy((partition, start) -> assertThat(start).as(partition.toString()).isZero());
  }
}
