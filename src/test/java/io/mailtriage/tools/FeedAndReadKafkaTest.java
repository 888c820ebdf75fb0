package io.mailtriage.tools;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mailtriage.testing.EmbeddedKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FeedMail and ReadTriage against a real broker: what the demo does, minus the job. */
class FeedAndReadKafkaTest {
  private static EmbeddedKafka kafka;

  @TempDir Path dir;

  @BeforeAll
  static void startKafka() throws Exception {
    kafka = EmbeddedKafka.start();
  }

  @AfterAll
  static void stopKafka() throws Exception {
    kafka.close();
  }

  @Test
  void feedsEveryMessageUnchangedWithTheTenantHeaderStampedWithTheSendTimeAndSaysWhereEachWent()
      throws Exception {
    // Dated years back: the record's timestamp must still be when it was sent, or time retention
    // would delete old mail before the job reads it.
    byte[] mail =
        "From: a@example.com\r\nSubject: lost card\r\nDate: Tue, 01 Mar 2016 09:00:00 +0000\r\n\r\nhelp\r\n"
            .getBytes(UTF_8);
    // Above the job's 10 MB bound, below the broker's limit: it must arrive so the job can reject
    // it.
    byte[] huge = new byte[30 * 1024 * 1024];
    Arrays.fill(huge, (byte) 'x');
    Files.write(dir.resolve("a.eml"), mail);
    Files.write(dir.resolve("huge.eml"), huge);
    Files.writeString(dir.resolve("b.jsonl"), "{\"n\":1}\n\n{\"n\":2}\n");
    String topic = kafka.createTopic("emails", 2);
    long before = System.currentTimeMillis();

    Path manifest = Files.createTempFile("manifest", ".tsv");
    FeedMail.Result result =
        FeedMail.feed(
            kafka.bootstrapServers(),
            topic,
            MailInputs.discover(dir),
            Long.MAX_VALUE,
            "acme-bank",
            manifest);

    assertThat(result.records()).isEqualTo(4);
    assertThat(result.failed()).isZero();
    List<ConsumerRecord<byte[], byte[]>> got =
        kafka.consume(List.of(topic), 4, Duration.ofSeconds(60));
    assertThat(got).hasSize(4);
    assertThat(got)
        .extracting(r -> new String(r.headers().lastHeader("tenant").value(), UTF_8))
        .containsOnly("acme-bank");
    assertThat(got).allSatisfy(r -> assertThat(r.timestamp()).isGreaterThanOrEqualTo(before));
    assertThat(
            got.stream()
                .map(ConsumerRecord::value)
                .map(v -> v.length == huge.length ? "huge" : new String(v, UTF_8)))
        .containsExactlyInAnyOrder("huge", new String(mail, UTF_8), "{\"n\":1}", "{\"n\":2}");

    // The manifest names each record's source, where it landed on the topic.
    Map<String, String> where = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> r : got) {
      where.put(
          r.partition() + "\t" + r.offset(),
          r.value().length == huge.length ? "huge" : new String(r.value(), UTF_8));
    }
    List<String> lines = Files.readAllLines(manifest);
    assertThat(lines).hasSize(4);
    for (String line : lines) {
      String[] f = line.split("\t");
      String source = f[2];
      String value = where.get(f[0] + "\t" + f[1]);
      if (source.endsWith("b.jsonl#1")) {
        assertThat(value).isEqualTo("{\"n\":1}");
      } else if (source.endsWith("b.jsonl#2")) {
        assertThat(value).isEqualTo("{\"n\":2}");
      } else if (source.endsWith("huge.eml")) {
        assertThat(value).isEqualTo("huge");
      } else {
        assertThat(source).endsWith("a.eml");
        assertThat(value).isEqualTo(new String(mail, UTF_8));
      }
    }
    Files.delete(manifest);
  }

  @Test
  void aMissingTopicFailsOnceWithItsName() throws Exception {
    Files.write(dir.resolve("a.eml"), "Subject: x\r\n\r\n".getBytes(UTF_8));
    String topic = "never-created-" + UUID.randomUUID();

    assertThatThrownBy(
            () ->
                FeedMail.feed(
                    kafka.bootstrapServers(), topic, MailInputs.discover(dir), 1, null, null))
        .isInstanceOf(Cli.Failure.class)
        .hasMessageContaining(topic);
  }

  /**
   * Feeds three emails, plays the job by writing one committed output record per email (two triage
   * records, one dead letter) plus an aborted transaction that repeats one of them, and checks that
   * ReadTriage finds every email exactly once: the aborted record must be invisible. The two P0s
   * are also on the urgent topic, one of them twice (at-least-once): it counts no email, and its
   * name, under the triage prefix, is not taken for a queue.
   */
  @Test
  void readTriageCountsCommittedOutputOnly() throws Exception {
    Files.writeString(dir.resolve("in.jsonl"), "{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n");
    String input = kafka.createTopic("emails", 1);
    FeedMail.feed(
        kafka.bootstrapServers(), input, MailInputs.discover(dir), Long.MAX_VALUE, null, null);
    String prefix = "triage-" + UUID.randomUUID().toString().substring(0, 8) + ".";
    String dlq = prefix + "dlq";
    String stats = prefix + "stats";
    String urgent = prefix + "urgent";
    kafka.createTopics(2, prefix + "cards", prefix + "fraud", dlq, stats, urgent);
    try (KafkaProducer<byte[], byte[]> atLeastOnce = new KafkaProducer<>(kafka.producerConfig())) {
      for (long offset : new long[] {0, 1, 0}) {
        atLeastOnce.send(record(urgent, triage(input, offset)));
      }
    }

    Map<String, Object> config = new HashMap<>(kafka.producerConfig());
    config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "fake-job-" + UUID.randomUUID());
    try (KafkaProducer<byte[], byte[]> job = new KafkaProducer<>(config)) {
      job.initTransactions();
      job.beginTransaction();
      job.send(record(prefix + "cards", triage(input, 0)));
      job.send(record(prefix + "fraud", triage(input, 1)));
      job.send(record(dlq, "{\"reason\":\"MALFORMED_JSON\"," + source(input, 2) + "}"));
      job.send(record(stats, "{\"window\":0}"));
      job.commitTransaction();
      job.beginTransaction();
      job.send(record(prefix + "cards", triage(input, 0)));
      job.abortTransaction();
    }

    TriageSummary summary = new TriageSummary(3, prefix, dlq, stats, urgent);
    List<String> topicsRead = new ArrayList<>();
    boolean complete =
        ReadTriage.read(
            kafka.bootstrapServers(),
            prefix,
            dlq,
            stats,
            urgent,
            summary,
            Duration.ofSeconds(60),
            r -> topicsRead.add(r.topic()));

    assertThat(complete).isTrue();
    assertThat(summary.duplicates()).isZero();
    assertThat(summary.missing()).isZero();
    assertThat(summary.ok()).isTrue();
    assertThat(summary.render(0))
        .containsPattern("  " + prefix.replace(".", "\\.") + "cards +1\n")
        .containsPattern("  MALFORMED_JSON +1\n")
        .containsPattern("stats records +1\n")
        .containsPattern("urgent records +3\n")
        .containsPattern("  P0 not on urgent +0\n")
        .doesNotContain(urgent);
    // The cards and fraud topics are read side by side, so either P0 record may come first.
    assertThat(summary.render(0))
        .containsAnyOf(
            "  P0            " + triage(input, 0) + "\n",
            "  P0            " + triage(input, 1) + "\n");
    assertThat(topicsRead)
        .as("the triage records only")
        .containsExactlyInAnyOrder(prefix + "cards", prefix + "fraud");
  }

  private static ProducerRecord<byte[], byte[]> record(String topic, String json) {
    return new ProducerRecord<>(topic, json.getBytes(UTF_8));
  }

  private static String triage(String input, long offset) {
    return "{\"emailId\":\"e-"
        + offset
        + "\",\"queue\":\"cards\",\"intent\":\"lost_or_stolen_card\",\"priority\":\"P0\","
        + source(input, offset)
        + "}";
  }

  private static String source(String input, long offset) {
    return "\"sourceTopic\":\"" + input + "\",\"sourcePartition\":0,\"sourceOffset\":" + offset;
  }
}
