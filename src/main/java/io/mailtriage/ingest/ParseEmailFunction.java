package io.mailtriage.ingest;

import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.sink.DeadLetter;
import io.mailtriage.sink.DeadLetterReason;
import java.util.EnumMap;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The ingest stage: parses each {@link SourceRecord} into a {@link RawEmail}, or emits a
 * {@link DeadLetter} on {@link #DEAD_LETTERS} with the reason. Every input record produces exactly one
 * output on one of the two, so nothing is dropped silently.
 *
 * <p>Metrics: {@code stage=ingest} / {@code recordsParsed}, and {@code stage=ingest} /
 * {@code reason=<R>} / {@code deadLetters} for every {@link DeadLetterReason}, registered up front so
 * dashboards see zeros rather than missing series.
 */
public class ParseEmailFunction extends ProcessFunction<SourceRecord, RawEmail> {
  private static final long serialVersionUID = 1L;

  public static final String STAGE = "ingest";

  public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("ingest-dead-letters") {};

  private final MailtriageConfig.Ingest ingest;
  private final MailtriageConfig.Tenants tenants;

  private transient EmailParser parser;
  private transient Counter parsed;
  private transient Map<DeadLetterReason, Counter> deadLetters;

  public ParseEmailFunction(MailtriageConfig.Ingest ingest, MailtriageConfig.Tenants tenants) {
    this.ingest = ingest;
    this.tenants = tenants;
  }

  @Override
  public void open(OpenContext openContext) {
    parser = new EmailParser(ingest, tenants);
    MetricGroup stage = getRuntimeContext().getMetricGroup().addGroup("stage", STAGE);
    parsed = stage.counter("recordsParsed");
    deadLetters = new EnumMap<>(DeadLetterReason.class);
    for (DeadLetterReason reason : DeadLetterReason.values()) {
      deadLetters.put(reason, stage.addGroup("reason", reason.name()).counter("deadLetters"));
    }
  }

  @Override
  public void processElement(SourceRecord record, Context ctx, Collector<RawEmail> out) {
    ParseResult result = parser.parse(record);
    if (result.isOk()) {
      RawEmail email = result.email();
      email.sourceTopic = record.topic;
      email.sourcePartition = record.partition;
      email.sourceOffset = record.offset;
      email.rawSha256 = record.sha256;
      email.rawSize = record.size;
      parsed.inc();
      out.collect(email);
      return;
    }
    deadLetters.get(result.reason()).inc();
    ctx.output(
        DEAD_LETTERS,
        DeadLetter.of(
            result.reason(),
            result.message(),
            STAGE,
            record.topic,
            record.partition,
            record.offset,
            record.sha256,
            record.size));
  }
}
