package io.mailtriage.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailtriage.config.ConfigLoader;
import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.deadletter.DeadLetter;
import io.mailtriage.priority.TriageRecord;
import io.mailtriage.testing.Envelopes;
import io.mailtriage.testing.InMemoryEdges;
import io.mailtriage.testing.SupportTexts;
import io.mailtriage.testing.TestKeystores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's wiring, tested as apache/flink-training tests its exercises: {@link MailtriageJob}
 * takes its sources and sinks from outside ({@link JobEdges}), so here they are in memory and the
 * exact production graph runs once on a MiniCluster at parallelism 2, without Kafka, with the
 * bundled model. Each test reads what reached the sinks. The Kafka ends themselves (transactions,
 * read_committed, restarts) are proven by the *EndToEndTest classes.
 */
class MailtriageJobGraphTest {
  @TempDir static Path dir;

  private static InMemoryEdges edges;
  private static long cardNotArrived;
  private static long cardStolen;
  private static long truncatedJson;
  private static long bounceOfAStolenCardReply;
  private static final List<Long> PLANTED = new ArrayList<>();

  @BeforeAll
  static void runTheJobOverInMemoryInput() throws Exception {
    MailtriageConfig config =
        new ConfigLoader()
            .load(
                Path.of("conf/mailtriage.yaml"),
                List.of(
                    "checkpoint.storage=" + dir.resolve("checkpoints").toUri(),
                    TestKeystores.override(TestKeystores.create(dir))));
    JobSettings settings = JobSettings.resolve(config);
    edges = new InMemoryEdges(config.ingest().maxMessageBytes());

    cardNotArrived = edges.email(mail(SupportTexts.CARD_NOT_ARRIVED));
    cardStolen = edges.email(mail(SupportTexts.CARD_STOLEN));
    truncatedJson =
        edges.email(Files.readAllBytes(Path.of("samples/broken/MALFORMED_JSON--truncated.json")));
    bounceOfAStolenCardReply =
        edges.email(
            Files.readAllBytes(
                Path.of("src/test/resources/automated/bounce-of-lost-card-reply.eml")));
    for (byte[] planted : PrivacyLeakTest.plantedMail()) {
      PLANTED.add(edges.email(planted));
    }

    TestJob.on(settings, edges.edges()).execute("mailtriage-graph-test");
  }

  @AfterAll
  static void forgetTheOutput() {
    edges.close();
  }

  private static byte[] mail(SupportTexts.Text text) {
    return Envelopes.email(
        text.subject().replace(' ', '-') + "@mail.example.org",
        "customer@example.org",
        Instant.now(),
        text.subject(),
        text.body(),
        null);
  }

  private static Map<Long, TriageRecord> byOffset(List<TriageRecord> records) {
    return records.stream().collect(Collectors.toMap(r -> r.sourceOffset, Function.identity()));
  }

  @Test
  void aPlainMailComesOutOnceOnItsQueue() {
    TriageRecord record = byOffset(edges.triage()).get(cardNotArrived);
    assertThat(record).isNotNull();
    assertThat(record.queue).isEqualTo("cards");
    assertThat(record.intent).isEqualTo("card_arrival");
    assertThat(record.priority).isNotEqualTo("P0");
    assertThat(edges.urgent()).extracting(r -> r.sourceOffset).doesNotContain(cardNotArrived);
  }

  @Test
  void aP0ComesOutOnTheUrgentSinkAndOnItsQueue() {
    TriageRecord urgent = byOffset(edges.urgent()).get(cardStolen);
    assertThat(urgent).isNotNull();
    assertThat(urgent.priority).isEqualTo("P0");
    assertThat(urgent.queue).isEqualTo("fraud");
    assertThat(byOffset(edges.triage()).get(cardStolen).priority).isEqualTo("P0");
    assertThat(edges.urgent()).extracting(r -> r.priority).containsOnly("P0");
  }

  @Test
  void aBounceQuotingAStolenCardComesOutUnpagedOnItsQueueWithItsReason() {
    TriageRecord record = byOffset(edges.triage()).get(bounceOfAStolenCardReply);
    assertThat(record).isNotNull();
    assertThat(record.priority).isEqualTo("P3");
    assertThat(record.queue).isEqualTo("delivery-failures");
    assertThat(record.reasons).containsExactly("auto_submitted:delivery_status");
    assertThat(edges.urgent())
        .extracting(r -> r.sourceOffset)
        .doesNotContain(bounceOfAStolenCardReply);
    // Tokenized like any mail: the address it could not deliver to is a token.
    assertThat(record.excerpt).contains("EMAIL").doesNotContain("margaret.okafor@example.net");
  }

  @Test
  void aMalformedMailComesOutOnTheDeadLetterSinkWithItsReasonSealed() {
    List<DeadLetter> letters =
        edges.deadLetters().stream().filter(d -> d.sourceOffset == truncatedJson).toList();
    assertThat(letters).hasSize(1);
    DeadLetter letter = letters.get(0);
    assertThat(letter.reason).isEqualTo("MALFORMED_JSON");
    assertThat(letter.stage).isNotBlank();
    assertThat(letter.sealedPayload).isNotBlank();
    assertThat(byOffset(edges.triage())).doesNotContainKey(truncatedJson);
  }

  @Test
  void everyInputComesOutExactlyOnceInTheTriageOrDeadLetterSink() {
    List<Long> out = new ArrayList<>();
    edges.triage().forEach(r -> out.add(r.sourceOffset));
    edges.deadLetters().forEach(d -> out.add(d.sourceOffset));
    List<Long> in =
        new ArrayList<>(
            List.of(cardNotArrived, cardStolen, truncatedJson, bounceOfAStolenCardReply));
    in.addAll(PLANTED);
    assertThat(out).containsExactlyInAnyOrderElementsOf(in);
  }

  @Test
  void everyTriageRecordIsCountedInTheStats() {
    assertThat(
            edges.stats().stream()
                .mapToInt(s -> s.countP0 + s.countP1 + s.countP2 + s.countP3)
                .sum())
        .isEqualTo(edges.triage().size());
  }

  @Test
  void noSinkReceivesPersonalDataInClear() throws Exception {
    ObjectMapper json = new ObjectMapper();
    Set<String> needles = PrivacyLeakTest.needles();
    List<String> hits = new ArrayList<>();
    int scanned = 0;
    for (Map.Entry<String, List<Object>> sink : edges.all().entrySet()) {
      for (Object record : sink.getValue()) {
        scanned++;
        String text = new String(json.writeValueAsBytes(record), StandardCharsets.UTF_8);
        for (String needle : needles) {
          if (text.contains(needle)) {
            hits.add(needle + " in " + sink.getKey());
          }
        }
      }
    }
    assertThat(scanned).as("records scanned").isGreaterThan(PLANTED.size());
    assertThat(hits).as("planted personal data in clear").isEmpty();
  }
}
