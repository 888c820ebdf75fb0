package io.mailtriage.ingest;

import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.deadletter.DeadLetter;
import io.mailtriage.deadletter.DeadLetterReason;
import io.mailtriage.keys.DeadLetterSealer;
import io.mailtriage.keys.MasterKeys;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The ingest stage: parses each {@link SourceRecord} into a {@link RawEmail}, or emits a {@link
 * DeadLetter} on {@link #DEAD_LETTERS} with the reason. Every input record produces exactly one
 * output on one of the two, so nothing is dropped silently. A dead letter carries the raw record
 * only sealed (AES-GCM under the DLQ key, bound to its source coordinates), for an authorised
 * replay.
 *
 * <p>Metrics: {@code stage=ingest} / {@code recordsParsed}, and {@code stage=ingest} / {@code
 * reason=<R>} / {@code deadLetters} for every {@link DeadLetterReason}, registered up front so
 * dashboards see zeros rather than missing series.
 */
public class ParseEmailFunction extends ProcessFunction<SourceRecord, RawEmail> {
  private static final long serialVersionUID = 1L;

  public static final String STAGE = "ingest";

  public static final OutputTag<DeadLetter> DEAD_LETTERS =
      new OutputTag<>("ingest-dead-letters") {};

  private final MailtriageConfig.Ingest ingest;
  private final MailtriageConfig.Tenants tenants;
  private final MailtriageConfig.Keys keys;

  private transient EmailParser parser;
  private transient DeadLetterSealer sealer;
  private transient String sealerVersion;
  private transient Counter parsed;
  private transient Map<DeadLetterReason, Counter> deadLetters;

  public ParseEmailFunction(
      MailtriageConfig.Ingest ingest,
      MailtriageConfig.Tenants tenants,
      MailtriageConfig.Keys keys) {
    this.ingest = ingest;
    this.tenants = tenants;
    this.keys = keys;
  }

  /** Authenticated context of a sealed payload: it only opens as the record it was taken from. */
  public static byte[] sealContext(String topic, int partition, long offset) {
    return (topic + "/" + partition + "/" + offset).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void open(OpenContext openContext) {
    parser = new EmailParser(ingest, tenants);
    var ring = MasterKeys.load(keys);
    sealer = new DeadLetterSealer(ring);
    sealerVersion = "k" + ring.currentVersion();
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
    DeadLetter dead =
        DeadLetter.of(
            result.reason(),
            result.message(),
            STAGE,
            record.topic,
            record.partition,
            record.offset,
            record.sha256,
            record.size);
    if (record.value != null && record.value.length > 0) {
      byte[] sealed =
          sealer.seal(record.value, sealContext(record.topic, record.partition, record.offset));
      dead.sealedPayload = Base64.getEncoder().encodeToString(sealed);
      dead.sealedKeyVersion = sealerVersion;
    }
    ctx.output(DEAD_LETTERS, dead);
  }
}
