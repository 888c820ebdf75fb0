package io.mailtriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.deadletter.DeadLetter;
import io.mailtriage.keys.DeadLetterSealer;
import io.mailtriage.keys.MasterKeys;
import io.mailtriage.sink.WireJson;
import io.mailtriage.testing.TestKeystores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// The harness's close() may throw InterruptedException; try-with-resources here has nothing to
// handle.
@SuppressWarnings("try")
class ParseEmailFunctionTest {
  private MailtriageConfig.Keys keys;

  @BeforeEach
  void keys(@TempDir Path dir) {
    keys = TestKeystores.create(dir);
  }

  @Test
  void goodMailGoesToMainOutputAndBadInputToDeadLettersWithoutContent() throws Exception {
    List<SourceRecord> good = new ArrayList<>();
    List<SourceRecord> bad = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("samples/mail"))) {
      files.sorted().forEach(p -> good.add(TestRecords.file(p)));
    }
    try (Stream<Path> files = Files.list(Path.of("samples/broken"))) {
      files.sorted().forEach(p -> bad.add(TestRecords.file(p)));
    }
    long offset = 0;
    try (OneInputStreamOperatorTestHarness<SourceRecord, RawEmail> harness =
        ProcessFunctionTestHarnesses.forProcessFunction(
            new ParseEmailFunction(TestRecords.INGEST, TestRecords.TENANTS, keys))) {
      for (SourceRecord r : concat(good, bad)) {
        r.offset = offset++;
        harness.processElement(r, r.kafkaTimestamp);
      }

      List<RawEmail> parsed = harness.extractOutputValues();
      List<DeadLetter> dead =
          harness.getSideOutput(ParseEmailFunction.DEAD_LETTERS).stream()
              .map(StreamRecord::getValue)
              .toList();
      assertThat(parsed).hasSize(good.size());
      assertThat(dead).hasSize(bad.size());

      RawEmail first = parsed.get(0);
      assertThat(first.sourceTopic).isEqualTo("emails.raw");
      assertThat(first.sourceOffset).isZero();
      assertThat(first.rawSha256).isEqualTo(good.get(0).sha256);
      assertThat(first.rawSize).isEqualTo(good.get(0).size);

      ObjectMapper json = WireJson.newMapper();
      for (int i = 0; i < dead.size(); i++) {
        DeadLetter d = dead.get(i);
        SourceRecord source = bad.get(i);
        assertThat(d.stage).isEqualTo("ingest");
        assertThat(d.sourceOffset).isEqualTo(good.size() + i);
        assertThat(d.sha256).isEqualTo(source.sha256);
        assertThat(d.size).isEqualTo(source.size);
        if (source.value == null || source.value.length == 0) {
          assertThat(d.sealedPayload).as("nothing to seal").isNull();
        } else {
          byte[] opened =
              new DeadLetterSealer(MasterKeys.load(keys))
                  .open(
                      Base64.getDecoder().decode(d.sealedPayload),
                      ParseEmailFunction.sealContext(
                          d.sourceTopic, d.sourcePartition, d.sourceOffset));
          assertThat(opened)
              .as("sealed payload replays to the original bytes")
              .isEqualTo(source.value);
        }
        String wire = json.writeValueAsString(d);
        assertThat(wire)
            .doesNotContain("@example")
            .doesNotContain("4111111111111111")
            .doesNotContain("close my account")
            .doesNotContain("Ann Lee")
            .doesNotContain("Sam Doe")
            .doesNotContain("globex")
            .doesNotContain("initech");
      }
    }
  }

  @Test
  void everyRecordYieldsExactlyOneOutput() throws Exception {
    try (OneInputStreamOperatorTestHarness<SourceRecord, RawEmail> harness =
        ProcessFunctionTestHarnesses.forProcessFunction(
            new ParseEmailFunction(TestRecords.INGEST, TestRecords.TENANTS, keys))) {
      byte[][] inputs = {
        null,
        new byte[0],
        "{".getBytes(),
        "garbage".getBytes(),
        new byte[] {(byte) 0xFF, (byte) 0xFE}
      };
      for (byte[] in : inputs) {
        harness.processElement(TestRecords.record(in), 0);
      }
      assertThat(
              harness.extractOutputValues().size()
                  + harness.getSideOutput(ParseEmailFunction.DEAD_LETTERS).size())
          .isEqualTo(inputs.length);
    }
  }

  private static List<SourceRecord> concat(List<SourceRecord> a, List<SourceRecord> b) {
    List<SourceRecord> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
