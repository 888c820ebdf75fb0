package io.mailtriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.deadletter.DeadLetter;
import io.mailtriage.pii.ErasureRequest;
import io.mailtriage.pii.PiiTokenizeFunction;
import io.mailtriage.pii.SubjectTokenFunction;
import io.mailtriage.pii.TokenizedEmail;
import io.mailtriage.testing.Bounded;
import io.mailtriage.testing.TestKeystores;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.statistics.Statistics;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

/**
 * Fuzzes the input path up to the privacy boundary with the real operators: Kafka record → {@link
 * SourceRecordDeserializer} → {@link ParseEmailFunction} → {@link SubjectTokenFunction} → {@link
 * PiiTokenizeFunction}. Inputs are real mail from the test corpus and samples, mutated at the byte
 * and the MIME level; generated MIME with huge, many and deeply nested headers and parts; JSON
 * envelopes whose fields have the wrong type, size or depth; and plain random bytes.
 *
 * <p>Properties: no exception or Error escapes any stage, no step takes longer than {@link #LIMIT},
 * and every record comes out exactly once: as a tokenized email, or as a dead letter with a reason
 * and a message. The default run is small ({@code jqwik.tries.default} in
 * junit-platform.properties); {@code mvn -Pfuzz test} runs the long one (docs/input-contract.md).
 */
class BadInputFuzzTest {
  /** Generous for a 2-core machine shared with builds; a linear parser needs a fraction of it. */
  private static final Duration LIMIT = Duration.ofSeconds(10);

  private static final List<byte[]> CORPUS = corpus();

  private final Bounded bounded = new Bounded();
  private Path keyDir;
  private Pipeline pipeline;
  private long offset;

  @Property
  void everyMutatedRealMailIsTriagedOrDeadLetteredWithAReason(
      @ForAll("mutatedMail") byte[] value, @ForAll Random r) {
    processedExactlyOnce(record(value, r));
  }

  @Property
  void everyGeneratedMimeShapeIsTriagedOrDeadLetteredWithAReason(
      @ForAll("mimeShapes") byte[] value, @ForAll Random r) {
    processedExactlyOnce(record(value, r));
  }

  @Property
  void everyEnvelopeWithWrongTypesIsTriagedOrDeadLetteredWithAReason(
      @ForAll("envelopes") byte[] value, @ForAll Random r) {
    processedExactlyOnce(record(value, r));
  }

  @Property
  void randomBytesAreTriagedOrDeadLetteredWithAReason(
      @ForAll("randomBytes") byte[] value, @ForAll Random r) {
    processedExactlyOnce(record(value, r));
  }

  @Provide
  Arbitrary<byte[]> mutatedMail() {
    return Arbitraries.randoms()
        .map(r -> MimeMutations.mutate(CORPUS.get(r.nextInt(CORPUS.size())), CORPUS, r));
  }

  @Provide
  Arbitrary<byte[]> mimeShapes() {
    return Arbitraries.randoms().map(MimeShapes::any);
  }

  @Provide
  Arbitrary<byte[]> envelopes() {
    return Arbitraries.randoms().map(EnvelopeShapes::any);
  }

  @Provide
  Arbitrary<byte[]> randomBytes() {
    Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
    // A leading brace sends the bytes down the JSON path, anything else down the MIME path.
    return Arbitraries.oneOf(
        bytes, bytes.map(b -> concat("{".getBytes(StandardCharsets.US_ASCII), b)));
  }

  @AfterProperty
  void close() throws Exception {
    if (pipeline != null) {
      bounded.call(
          LIMIT,
          "closing the harnesses",
          () -> {
            pipeline.close();
            return null;
          });
    }
    bounded.close();
    if (keyDir != null) {
      try (Stream<Path> files = Files.list(keyDir)) {
        for (Path p : files.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(keyDir);
    }
  }

  private void processedExactlyOnce(ConsumerRecord<byte[], byte[]> record) {
    String what =
        "record of " + (record.value() == null ? "null" : record.value().length + " bytes");
    Outcome out = bounded.call(LIMIT, what, () -> pipeline().process(record));
    assertThat(out.emails.size() + out.deadLetters.size())
        .as(what + " comes out exactly once")
        .isEqualTo(1);
    Statistics.collect(
        out.emails.isEmpty() ? "dead letter " + out.deadLetters.get(0).reason : "tokenized");
    for (DeadLetter d : out.deadLetters) {
      assertThat(d.reason).as("dead-letter reason").isNotNull();
      assertThat(d.message).as("dead-letter message").isNotBlank();
      assertThat(d.sourceOffset).isEqualTo(record.offset());
    }
    for (TokenizedEmail e : out.emails) {
      assertThat(e.emailId).isNotBlank();
      assertThat(e.body).isNotNull();
      assertThat(e.sourceOffset).isEqualTo(record.offset());
    }
  }

  private ConsumerRecord<byte[], byte[]> record(byte[] value, Random r) {
    RecordHeaders headers = new RecordHeaders();
    switch (r.nextInt(6)) {
      case 0 ->
          headers.add(
              SourceRecordDeserializer.TENANT_HEADER, "acme-bank".getBytes(StandardCharsets.UTF_8));
      case 1 ->
          headers.add(
              SourceRecordDeserializer.TENANT_HEADER, new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF});
      case 2 -> headers.add(SourceRecordDeserializer.TENANT_HEADER, null);
      case 3 ->
          headers.add(
              SourceRecordDeserializer.TENANT_HEADER,
              "x".repeat(r.nextInt(10_000)).getBytes(StandardCharsets.UTF_8));
      default -> {}
    }
    // Timestamps the broker accepts: none (-1), the epoch, long ago, now.
    long[] timestamps = {-1, 0, 86_400_000L, TestRecords.KAFKA_TS, System.currentTimeMillis()};
    byte[] v = r.nextInt(200) == 0 ? null : value;
    return new ConsumerRecord<>(
        "emails.raw",
        r.nextInt(4),
        offset++,
        timestamps[r.nextInt(timestamps.length)],
        TimestampType.CREATE_TIME,
        -1,
        v == null ? -1 : v.length,
        null,
        v,
        headers,
        Optional.empty());
  }

  private Pipeline pipeline() throws Exception {
    if (pipeline == null) {
      keyDir = Files.createTempDirectory("fuzz-keys");
      pipeline = new Pipeline(TestKeystores.create(keyDir));
    }
    return pipeline;
  }

  private record Outcome(List<TokenizedEmail> emails, List<DeadLetter> deadLetters) {}

  /**
   * The operators of the job's input path, each in a Flink test harness, fed one record at a time.
   */
  private static final class Pipeline {
    private final SourceRecordDeserializer deserializer =
        new SourceRecordDeserializer(TestRecords.INGEST.maxMessageBytes());
    private final OneInputStreamOperatorTestHarness<SourceRecord, RawEmail> parse;
    private final OneInputStreamOperatorTestHarness<RawEmail, RawEmail> subject;
    private final KeyedTwoInputStreamOperatorTestHarness<
            String, RawEmail, ErasureRequest, TokenizedEmail>
        pii;

    Pipeline(MailtriageConfig.Keys keys) throws Exception {
      parse =
          ProcessFunctionTestHarnesses.forProcessFunction(
              new ParseEmailFunction(TestRecords.INGEST, TestRecords.TENANTS, keys));
      subject =
          ProcessFunctionTestHarnesses.forProcessFunction(
              new SubjectTokenFunction(keys, TestRecords.TENANTS));
      pii =
          new KeyedTwoInputStreamOperatorTestHarness<>(
              new KeyedCoProcessOperator<>(
                  new PiiTokenizeFunction(
                      new MailtriageConfig.Pii(keys, Map.of(), List.of(), Map.of(), 30),
                      TestRecords.TENANTS)),
              SubjectTokenFunction::subjectKey,
              ErasureRequest::subjectKey,
              Types.STRING);
      pii.open();
    }

    Outcome process(ConsumerRecord<byte[], byte[]> record) throws Exception {
      List<TokenizedEmail> emails = new ArrayList<>();
      List<DeadLetter> dead = new ArrayList<>();
      SourceRecord source = deserializer.toSourceRecord(record);
      parse.processElement(source, 0);
      dead.addAll(drain(parse.getSideOutput(ParseEmailFunction.DEAD_LETTERS)));
      for (RawEmail raw : Pipeline.<RawEmail>drainValues(parse.getOutput())) {
        subject.processElement(raw, 0);
        for (RawEmail keyed : Pipeline.<RawEmail>drainValues(subject.getOutput())) {
          pii.processElement1(keyed, 0);
        }
      }
      emails.addAll(Pipeline.<TokenizedEmail>drainValues(pii.getOutput()));
      dead.addAll(drain(pii.getSideOutput(PiiTokenizeFunction.DEAD_LETTERS)));
      // Subject keys and audit records are side effects of a tokenized email; not counted.
      drain(pii.getSideOutput(PiiTokenizeFunction.SUBJECT_KEYS));
      return new Outcome(emails, dead);
    }

    void close() throws Exception {
      parse.close();
      subject.close();
      pii.close();
    }

    private static <T> List<T> drain(java.util.Queue<StreamRecord<T>> queue) {
      List<T> out = new ArrayList<>();
      if (queue != null) {
        for (StreamRecord<T> r; (r = queue.poll()) != null; ) {
          out.add(r.getValue());
        }
      }
      return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> drainValues(java.util.Queue<Object> queue) {
      List<T> out = new ArrayList<>();
      for (Object o; (o = queue.poll()) != null; ) {
        if (o instanceof StreamRecord<?> r) {
          out.add((T) r.getValue());
        }
      }
      return out;
    }
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** Every message of the test corpus and the samples, as bytes. */
  private static List<byte[]> corpus() {
    List<byte[]> out = new ArrayList<>();
    for (Path dir :
        List.of(Path.of("src/test/resources/corpus/spamassassin"), Path.of("samples"))) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p :
            files
                .filter(Files::isRegularFile)
                .filter(p -> !p.toString().endsWith(".md"))
                .sorted()
                .toList()) {
          out.add(Files.readAllBytes(p));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(out);
  }
}
