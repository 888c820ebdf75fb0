package io.mailtriage.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.priority.PriorityPolicy;
import io.mailtriage.testing.EmbeddedKafka;
import io.mailtriage.testing.Envelopes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Priority escalation through the whole job on real parts: a KRaft Kafka broker, the job on a Flink
 * MiniCluster with exactly-once sinks, the bundled model. One run carries two conversations, and a
 * read_committed consumer reads what the desks would read; each triage record is matched to its
 * input by sourcePartition/sourceOffset.
 *
 * <ul>
 *   <li>A customer writes the same complaint again and again within an hour: from the policy's
 *       {@code escalation.sender.contacts}-th email on, each carries {@code repeat_sender:...} and
 *       one level more.
 *   <li>A customer reports a lost card, then replies only "any update??": the reply keeps the
 *       original's intent, queue and level ({@code thread_intent:...}).
 *   <li>A web-form relay sends the same words again and again without a From: each is triaged with
 *       {@code sender_unknown}, never dead-lettered and never escalated as a repeat sender.
 * </ul>
 */
class EscalationEndToEndTest {
  private static final String LOST_CARD = "lost_or_stolen_card";

  /** Time between two emails of the repeat sender: all of them fall within one hour. */
  private static final Duration SPACING = Duration.ofMinutes(15);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static EmbeddedKafka kafka;
  private static PriorityPolicy policy;

  /** Input coordinates ("partition@offset") of the repeat sender's emails, oldest first. */
  private static final List<String> repeatSender = new ArrayList<>();

  /** Input coordinates of the emails that name no sender. */
  private static final List<String> withoutSender = new ArrayList<>();

  private static String lostCardRequest;
  private static String updateQuestion;
  private static int inputs;

  /** Every committed triage record, by the input coordinates it was made from. */
  private static final Map<String, String> triaged = new HashMap<>();

  @BeforeAll
  static void runTheJobOverBothConversations(@TempDir Path dir) throws Exception {
    kafka = EmbeddedKafka.start();
    MailtriageConfig config = MailtriageJobEndToEndTest.testConfig(kafka, dir);
    JobSettings settings = JobSettings.resolve(config);
    MailtriageJobEndToEndTest.createTriageTopics(kafka, settings);
    policy = settings.policy();

    Instant start = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(kafka.producerConfig())) {
      String topic = config.topics().input();
      // The same words every time, so the model scores every email alike and only the repeat
      // differs.
      for (int i = 0; i < policy.senderContacts() + 1; i++) {
        repeatSender.add(
            send(
                producer,
                topic,
                Envelopes.email(
                    "card-" + i + "@mail.example.org",
                    "dana.whitfield@example.org",
                    start.plus(SPACING.multipliedBy(i)),
                    "New card not arrived",
                    "I ordered a new card two weeks ago and it has still not arrived. When will it be delivered?",
                    null)));
      }
      // A lost-card report: P0 however the spam head scores it, as long as the intent model is sure
      // of
      // it (spam.spareIntentsAbove).
      lostCardRequest =
          send(
              producer,
              topic,
              Envelopes.email(
                  "lost-1@mail.example.net",
                  "omar.haddad@example.net",
                  start,
                  "Card at the airport",
                  "I cannot find my card anywhere, I think I lost it at the airport. Can you freeze it?",
                  null));
      updateQuestion =
          send(
              producer,
              topic,
              Envelopes.email(
                  "lost-2@mail.example.net",
                  "omar.haddad@example.net",
                  start.plus(Duration.ofMinutes(20)),
                  "Re: Card at the airport",
                  "any update??",
                  "lost-1@mail.example.net"));
      // A web-form relay: no From at all, the same words again and again. Each is triaged (not
      // dead-lettered) with an unknown sender, and never counts as a repeat sender.
      for (int i = 0; i < policy.senderContacts() + 1; i++) {
        String mime =
            "To: "
                + Envelopes.SUPPORT_MAILBOX
                + "\r\nSubject: Contact form\r\nMessage-ID: <form-"
                + i
                + "@forms.example.org>\r\nDate: "
                + DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    start.plus(SPACING.multipliedBy(i)).atOffset(ZoneOffset.UTC))
                + "\r\n\r\nI ordered a new card two weeks ago and it has still not arrived. When will it be delivered?\r\n";
        withoutSender.add(send(producer, topic, mime.getBytes(StandardCharsets.UTF_8)));
      }
    }
    inputs = repeatSender.size() + 2 + withoutSender.size();

    run(settings);

    for (ConsumerRecord<byte[], byte[]> r :
        kafka.consumeAll(
            MailtriageJobEndToEndTest.triageTopics(settings), Duration.ofSeconds(60))) {
      JsonNode node = JSON.readTree(r.value());
      String coordinates =
          node.get("sourcePartition").asInt() + "@" + node.get("sourceOffset").asLong();
      assertThat(triaged.put(coordinates, new String(r.value(), StandardCharsets.UTF_8)))
          .as("one triage record per input: " + coordinates)
          .isNull();
    }
  }

  @AfterAll
  static void stopKafka() throws Exception {
    kafka.close();
  }

  /**
   * Sends one email to partition 0 and waits for it, so the input's offsets are the order written
   * here: sender and thread state count in the order emails arrive.
   */
  private static String send(KafkaProducer<byte[], byte[]> producer, String topic, byte[] email)
      throws Exception {
    RecordMetadata m =
        producer.send(new ProducerRecord<>(topic, 0, null, email)).get(30, TimeUnit.SECONDS);
    return m.partition() + "@" + m.offset();
  }

  /**
   * Runs the job with bounded sources until the input is consumed, at parallelism 1: the repeat
   * sender's emails are on four threads, and at parallelism 2 the inference subtasks of those
   * threads would race to the sender operator, which counts contacts in arrival order.
   */
  private static void run(JobSettings settings) throws Exception {
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createLocalEnvironment(
            1, MailtriageJob.flinkConfiguration(settings.config()));
    new MailtriageJob(settings, JobEdges.kafka(settings.config(), true)).build(env);
    env.execute("mailtriage-escalation-test");
  }

  @Test
  void escalatesEveryContactFromTheConfiguredCountOnWithinAnHour() throws Exception {
    int contacts = policy.senderContacts();
    assertThat(SPACING.multipliedBy(contacts).toMillis())
        .as("the emails fall within one escalation period")
        .isLessThan(policy.senderWithinMs())
        .isLessThanOrEqualTo(Duration.ofHours(1).toMillis());
    JsonNode first = record(repeatSender.get(0));
    assertThat(level(first))
        .as("the complaint alone leaves room to escalate")
        .isGreaterThan(PriorityPolicy.P0);

    for (int i = 0; i < repeatSender.size(); i++) {
      JsonNode r = record(repeatSender.get(i));
      assertThat(r.get("intent").asText()).isEqualTo(first.get("intent").asText());
      if (i + 1 < contacts) {
        assertThat(reasons(r))
            .as("email %d", i + 1)
            .noneMatch(reason -> reason.startsWith("repeat_sender:"));
        assertThat(level(r)).as("email %d", i + 1).isEqualTo(level(first));
      } else {
        assertThat(reasons(r))
            .as("email %d", i + 1)
            .contains(
                "repeat_sender:"
                    + (i + 1)
                    + "_in_"
                    + PriorityPolicy.formatDuration(policy.senderWithinMs()));
        assertThat(level(r))
            .as("email %d is one level more urgent", i + 1)
            .isEqualTo(level(first) - 1);
      }
    }
  }

  @Test
  void mailWithoutASenderIsTriagedWithAnUnknownSenderAndNeverEscalatedBySender() throws Exception {
    int level = level(record(withoutSender.get(0)));
    for (String coordinates : withoutSender) {
      JsonNode r = record(coordinates);
      assertThat(reasons(r))
          .as(coordinates)
          .contains("sender_unknown")
          .noneMatch(reason -> reason.startsWith("repeat_sender:"));
      assertThat(r.has("senderToken")).as(coordinates).isFalse();
      assertThat(level(r)).as(coordinates).isEqualTo(level);
    }
  }

  @Test
  void replyAskingOnlyForAnUpdateKeepsTheOriginalIntentQueueAndLevel() throws Exception {
    JsonNode request = record(lostCardRequest);
    JsonNode reply = record(updateQuestion);
    assertThat(reasons(request)).as("the model read the request").contains("intent:" + LOST_CARD);

    String context = "request " + request + "\nreply " + reply;
    assertThat(reply.get("threadToken").asText())
        .as(context)
        .isEqualTo(request.get("threadToken").asText());
    assertThat(reply.get("intent").asText()).as(context).isEqualTo(LOST_CARD);
    assertThat(reply.get("queue").asText()).as(context).isEqualTo(request.get("queue").asText());
    assertThat(reply.get("priority").asText())
        .as(context)
        .isEqualTo(request.get("priority").asText());
    assertThat(reasons(reply)).as(context).contains("thread_intent:" + LOST_CARD);
  }

  @Test
  void everyCommittedTriageRecordMatchesThePublishedSchema() throws Exception {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(Files.readString(Path.of("docs/schemas/triage-record.v1.json")));
    assertThat(triaged).as("every input triaged").hasSize(inputs);
    triaged.forEach(
        (coordinates, json) ->
            assertThat(schema.validate(json, InputFormat.JSON)).as(coordinates).isEmpty());
  }

  private static JsonNode record(String coordinates) throws Exception {
    String json = triaged.get(coordinates);
    assertThat(json).as("triage record of input " + coordinates).isNotNull();
    return JSON.readTree(json);
  }

  private static int level(JsonNode record) {
    return Integer.parseInt(record.get("priority").asText().substring(1));
  }

  private static List<String> reasons(JsonNode record) {
    List<String> out = new ArrayList<>();
    record.get("reasons").forEach(n -> out.add(n.asText()));
    return out;
  }
}
