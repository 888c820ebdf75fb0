package io.mailtriage.pii;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.config.ConfigLoader;
import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.ingest.Address;
import io.mailtriage.ingest.RawEmail;
import io.mailtriage.testing.TestKeystores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tokenization operator in Flink's harness: a subject's first mail creates and publishes its
 * wrapped data key (one keyed state entry), and an erasure leaves nothing behind: no state, no
 * timers, a tombstone for the published copy and an audit record.
 */
class PiiTokenizeFunctionTest {
  @TempDir Path dir;

  private KeyedTwoInputStreamOperatorTestHarness<String, RawEmail, ErasureRequest, TokenizedEmail>
      harness() throws Exception {
    MailtriageConfig config = new ConfigLoader().load(Path.of("conf/mailtriage.yaml"), List.of());
    MailtriageConfig.Keys keys = TestKeystores.create(dir);
    MailtriageConfig.Pii pii =
        new MailtriageConfig.Pii(
            keys,
            config.pii().modes(),
            config.pii().keepLast4(),
            config.pii().thresholds(),
            config.pii().subjectKeyTtlDays());
    var h =
        new KeyedTwoInputStreamOperatorTestHarness<>(
            new KeyedCoProcessOperator<>(new PiiTokenizeFunction(pii, config.tenants())),
            SubjectTokenFunction::subjectKey,
            ErasureRequest::subjectKey,
            Types.STRING);
    h.open();
    return h;
  }

  private static RawEmail mail(String subjectToken, long offset) {
    RawEmail raw = new RawEmail();
    raw.format = "mime";
    raw.messageId = "<m" + offset + "@example.org>";
    raw.tenant = "demo";
    raw.from = new Address("Ann Lee", "ann.lee@example.org");
    raw.to = new Address[0];
    raw.cc = new Address[0];
    raw.subject = "Card lost";
    raw.body = "Please block my card 4111 1111 1111 1111, call me on +1 415 555 0100.";
    raw.attachments = new io.mailtriage.ingest.AttachmentMeta[0];
    raw.warnings = new String[0];
    raw.subjectToken = subjectToken;
    raw.sourceTopic = "emails.raw";
    raw.sourceOffset = offset;
    raw.rawSha256 = "00";
    return raw;
  }

  private static ErasureRequest erasure(String subjectToken) {
    ErasureRequest r = new ErasureRequest();
    r.tenant = "demo";
    r.subjectToken = subjectToken;
    r.requestId = "TICKET-1";
    r.requestedAt = 1L;
    return r;
  }

  private static <T> List<T> side(
      KeyedTwoInputStreamOperatorTestHarness<String, RawEmail, ErasureRequest, TokenizedEmail> h,
      org.apache.flink.util.OutputTag<T> tag) {
    List<T> out = new ArrayList<>();
    if (h.getSideOutput(tag) != null) {
      h.getSideOutput(tag).forEach(r -> out.add(r.getValue()));
    }
    return out;
  }

  @Test
  void anErasureLeavesNoStateAndNoTimersBehind() throws Exception {
    try (var h = harness()) {
      h.processElement1(new StreamRecord<>(mail("subject-a", 1), 1_000L));
      h.processElement1(new StreamRecord<>(mail("subject-a", 2), 2_000L));
      assertThat(h.numKeyedStateEntries()).isEqualTo(1);
      assertThat(side(h, PiiTokenizeFunction.SUBJECT_KEYS))
          .as("published once, on first contact")
          .hasSize(1)
          .allSatisfy(k -> assertThat(k.wrappedKey).isNotNull());
      assertThat(h.extractOutputValues())
          .hasSize(2)
          .allSatisfy(
              e ->
                  assertThat(e.body)
                      .doesNotContain("4111 1111 1111 1111")
                      .doesNotContain("555 0100"));

      h.processElement2(new StreamRecord<>(erasure("subject-a"), 3_000L));

      assertThat(h.numKeyedStateEntries()).isZero();
      assertThat(h.numEventTimeTimers()).isZero();
      assertThat(h.numProcessingTimeTimers()).isZero();
      assertThat(side(h, PiiTokenizeFunction.SUBJECT_KEYS))
          .hasSize(2)
          .last()
          .satisfies(t -> assertThat(t.wrappedKey).as("tombstone").isNull());
      assertThat(side(h, PiiTokenizeFunction.AUDIT))
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.keyFound).isTrue();
                assertThat(a.requestId).isEqualTo("TICKET-1");
              });
    }
  }

  @Test
  void marksMailFromAServicesSendingAddressButNotAPersons() throws Exception {
    try (var h = harness()) {
      RawEmail relayed = mail("subject-v", 1);
      relayed.from = new Address("Phone system", "no-reply@calls.example.org");
      h.processElement1(new StreamRecord<>(relayed, 1_000L));
      h.processElement1(new StreamRecord<>(mail("subject-a", 2), 2_000L));
      assertThat(h.extractOutputValues())
          .extracting(e -> e.serviceSender)
          .containsExactly(true, false);
    }
  }

  @Test
  void anErasureOfAnUnknownSubjectIsAuditedAndStoresNothing() throws Exception {
    try (var h = harness()) {
      h.processElement2(new StreamRecord<>(erasure("never-seen"), 1_000L));
      assertThat(h.numKeyedStateEntries()).isZero();
      assertThat(h.numEventTimeTimers()).isZero();
      assertThat(h.numProcessingTimeTimers()).isZero();
      assertThat(side(h, PiiTokenizeFunction.AUDIT))
          .singleElement()
          .satisfies(a -> assertThat(a.keyFound).isFalse());
    }
  }
}
