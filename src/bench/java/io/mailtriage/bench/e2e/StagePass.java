package io.mailtriage.bench.e2e;

import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.inference.text.ModelText;
import io.mailtriage.ingest.ParseEmailFunction;
import io.mailtriage.ingest.RawEmail;
import io.mailtriage.ingest.SourceRecord;
import io.mailtriage.ingest.SourceRecordDeserializer;
import io.mailtriage.pii.ErasureRequest;
import io.mailtriage.pii.PiiTokenizeFunction;
import io.mailtriage.pii.SubjectTokenFunction;
import io.mailtriage.pii.TokenizedEmail;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

/**
 * The job's own stages before the model, run offline on one thread over the benchmark's mail: the
 * source's deserializer, the parse, subject-token and PII operators (in Flink's test harnesses, the
 * operator code the job runs) and the model-text step of the inference operator. Yields what the
 * model reads for each email, exactly as the job would hand it over, and the CPU each stage took.
 *
 * <p>The first {@code warmup} emails pass every stage untimed, so the JIT has compiled the code the
 * timed ones run.
 *
 * @param modelTexts one per email that reached the model (dead letters do not), warm-up included
 * @param messages the whole tokenized message of each model text, by index (the spam head's text)
 * @param cpuNanos CPU of the calling thread per stage over the timed emails, in pipeline order
 * @param deadLetters emails the parser or the PII operator dead-lettered
 */
record StagePass(
    List<String> modelTexts, List<String> messages, Map<String, Long> cpuNanos, int deadLetters) {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  static StagePass run(MailtriageConfig config, List<byte[]> values, String topic, int warmup)
      throws Exception {
    Map<String, Long> cpu = new LinkedHashMap<>();

    SourceRecordDeserializer deserializer =
        new SourceRecordDeserializer(config.ingest().maxMessageBytes());
    List<SourceRecord> records = new ArrayList<>(values.size());
    long now = System.currentTimeMillis();
    List<Integer> indexes = java.util.stream.IntStream.range(0, values.size()).boxed().toList();
    timed(
        cpu,
        "source deserializer (SHA-256)",
        indexes,
        warmup,
        i ->
            records.add(
                deserializer.toSourceRecord(
                    new ConsumerRecord<>(
                        topic,
                        i % 4,
                        i / 4,
                        now,
                        TimestampType.CREATE_TIME,
                        0,
                        values.get(i).length,
                        (byte[]) null,
                        values.get(i),
                        new RecordHeaders(),
                        Optional.empty()))));

    List<RawEmail> parsed;
    int dead;
    try (var h =
        new OneInputStreamOperatorTestHarness<SourceRecord, RawEmail>(
            new ProcessOperator<>(
                new ParseEmailFunction(config.ingest(), config.tenants(), config.pii().keys())))) {
      h.open();
      timed(cpu, "parse & validate", records, warmup, r -> h.processElement(new StreamRecord<>(r)));
      parsed = h.extractOutputValues();
      dead = sideCount(h.getSideOutput(ParseEmailFunction.DEAD_LETTERS));
    }

    List<RawEmail> withSubject;
    try (var h =
        new OneInputStreamOperatorTestHarness<RawEmail, RawEmail>(
            new ProcessOperator<>(
                new SubjectTokenFunction(config.pii().keys(), config.tenants())))) {
      h.open();
      timed(cpu, "subject token", parsed, warmup, e -> h.processElement(new StreamRecord<>(e)));
      withSubject = h.extractOutputValues();
    }

    List<TokenizedEmail> tokenized;
    try (var h =
        new KeyedTwoInputStreamOperatorTestHarness<
            String, RawEmail, ErasureRequest, TokenizedEmail>(
            new KeyedCoProcessOperator<>(new PiiTokenizeFunction(config.pii(), config.tenants())),
            SubjectTokenFunction::subjectKey,
            ErasureRequest::subjectKey,
            Types.STRING)) {
      h.open();
      timed(
          cpu,
          "PII detection & tokenization",
          withSubject,
          warmup,
          e -> h.processElement1(new StreamRecord<>(e)));
      tokenized = h.extractOutputValues();
      dead += sideCount(h.getSideOutput(PiiTokenizeFunction.DEAD_LETTERS));
    }

    List<String> texts = new ArrayList<>(tokenized.size());
    timed(
        cpu,
        "model text (ModelText)",
        tokenized,
        warmup,
        e -> texts.add(ModelText.of(e.modelText).text()));
    return new StagePass(texts, tokenized.stream().map(e -> e.modelText).toList(), cpu, dead);
  }

  /** One step of a stage on an item; it may throw what the operator under test throws. */
  private interface Step<T> {
    void accept(T item) throws Exception;
  }

  /** Runs {@code step} on every item; records the CPU of the items from index {@code warmup} on. */
  private static <T> void timed(
      Map<String, Long> cpu, String stage, List<T> items, int warmup, Step<T> step)
      throws Exception {
    long from = CPU.getCurrentThreadCpuTime();
    for (int i = 0; i < items.size(); i++) {
      if (i == warmup) {
        from = CPU.getCurrentThreadCpuTime();
      }
      step.accept(items.get(i));
    }
    cpu.put(stage, CPU.getCurrentThreadCpuTime() - from);
  }

  private static int sideCount(java.util.Collection<?> side) {
    return side == null ? 0 : side.size();
  }
}
