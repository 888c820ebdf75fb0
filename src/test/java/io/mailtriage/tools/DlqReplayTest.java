package io.mailtriage.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.deadletter.DeadLetter;
import io.mailtriage.deadletter.DeadLetterReason;
import io.mailtriage.ingest.ParseEmailFunction;
import io.mailtriage.keys.DeadLetterSealer;
import io.mailtriage.keys.MasterKeys;
import io.mailtriage.testing.RealKafka;
import io.mailtriage.testing.TestKeystores;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dead letters sealed as the job seals them, on a real broker, shown and replayed by the tool. */
class DlqReplayTest extends RealKafka {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private static DeadLetter sealed(
      DeadLetterSealer sealer, byte[] raw, long offset, String sha256) {
    DeadLetter d =
        DeadLetter.of(
            DeadLetterReason.MALFORMED_MIME,
            "unparsable",
            "ingest",
            "emails.raw",
            0,
            offset,
            sha256,
            raw.length);
    d.sealedPayload =
        Base64.getEncoder()
            .encodeToString(
                sealer.seal(raw, ParseEmailFunction.sealContext("emails.raw", 0, offset)));
    d.sealedKeyVersion = "k1";
    return d;
  }

  private int tool(MailtriageConfig.Keys keys, String dlq, String input, String... args) {
    List<String> all = new java.util.ArrayList<>(List.of(args));
    all.addAll(
        List.of(
            "--bootstrap",
            kafka.bootstrapServers(),
            "--set",
            "topics.deadLetter=" + dlq,
            "--set",
            "topics.input=" + input,
            "--set",
            TestKeystores.override(keys)));
    return DlqReplay.run(
        all.toArray(String[]::new),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void showsOpenedLettersAndReplaysThemToTheInputTopicWithAnAuditLine() throws Exception {
    MailtriageConfig.Keys keys = TestKeystores.create(dir);
    DeadLetterSealer sealer = new DeadLetterSealer(MasterKeys.load(keys));
    byte[] raw = "From: ann@example.org\r\nSubject: hello\r\n\r\n".getBytes(StandardCharsets.UTF_8);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
    DeadLetter unsealed =
        DeadLetter.of(
            DeadLetterReason.TOO_LARGE,
            "too large",
            "ingest",
            "emails.raw",
            0,
            9,
            "00",
            40_000_000);
    String dlq = kafka.createTopic("dlq", 1);
    String input = kafka.createTopic("raw", 1);
    kafka.produce(
        dlq,
        List.of(
            JSON.writeValueAsBytes(sealed(sealer, raw, 7, sha)), JSON.writeValueAsBytes(unsealed)));

    assertThat(tool(keys, dlq, input, "show")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("ann@example.org")
        .contains("emails.raw/0/9 TOO_LARGE: no sealed payload");
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("audit: action=show")
        .contains("opened=1 failed=0 unsealed=1");

    err.reset();
    assertThat(tool(keys, dlq, input, "replay", "--reason", "MALFORMED_MIME")).isZero();
    List<ConsumerRecord<byte[], byte[]>> replayed =
        kafka.consume(List.of(input), 1, Duration.ofSeconds(30));
    assertThat(replayed).hasSize(1);
    assertThat(replayed.get(0).value()).isEqualTo(raw);
    assertThat(
            new String(
                replayed.get(0).headers().lastHeader("replay-of").value(), StandardCharsets.UTF_8))
        .isEqualTo("emails.raw/0/7");
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("action=replay")
        .contains("target=" + input)
        .contains("opened=1")
        .doesNotContain("ann@example.org");
  }

  @Test
  void aLetterThatDoesNotOpenOrMatchItsDigestFailsWithoutBeingReplayed() throws Exception {
    MailtriageConfig.Keys keys = TestKeystores.create(dir);
    DeadLetterSealer sealer = new DeadLetterSealer(MasterKeys.load(keys));
    byte[] raw = "Subject: x\r\n\r\nbody".getBytes(StandardCharsets.UTF_8);
    DeadLetter moved = sealed(sealer, raw, 3, null);
    moved.sourceOffset = 4; // the seal is bound to its source coordinates
    DeadLetter wrongDigest = sealed(sealer, raw, 5, "ab".repeat(32));
    String dlq = kafka.createTopic("dlq", 1);
    String input = kafka.createTopic("raw", 1);
    kafka.produce(dlq, List.of(JSON.writeValueAsBytes(moved), JSON.writeValueAsBytes(wrongDigest)));

    assertThat(tool(keys, dlq, input, "replay")).isEqualTo(Cli.FAILED);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("emails.raw/0/4: cannot open")
        .contains("emails.raw/0/5: opened record does not match")
        .contains("opened=0 failed=2");
    assertThat(kafka.consumeAll(List.of(input), Duration.ofSeconds(10))).isEmpty();
  }
}
