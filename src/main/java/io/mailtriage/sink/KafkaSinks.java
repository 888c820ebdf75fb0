package io.mailtriage.sink;

import io.mailtriage.config.MailtriageConfig;
import java.util.Properties;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.sink.KafkaSinkBuilder;

/**
 * Builds the job's Kafka sinks. Exactly-once sinks make records visible to {@code read_committed}
 * consumers when the checkpoint that covers them completes; each has its own transactional id
 * prefix so their transactions never fence each other. The at-least-once sink writes at once,
 * without a transaction: for the urgent path, whose consumers dedupe.
 */
public final class KafkaSinks {
  /** How long an exactly-once producer waits to fill a batch (unless kafka.properties says). */
  static final long EXACTLY_ONCE_LINGER_MS = 100;

  private KafkaSinks() {}

  public static <T> KafkaSink<T> exactlyOnce(
      MailtriageConfig config, String name, RecordRouting<T> routing) {
    Properties props = clientProperties(config);
    props.setProperty(
        "transaction.timeout.ms", Long.toString(config.sink().transactionTimeoutMs()));
    // A transaction's records are visible at its commit (the checkpoint), which flushes whatever
    // waits, so lingering costs no visible latency; it gathers what each producer sends into one
    // request per interval instead of about one per record, the broker's main cost at our rates.
    props.putIfAbsent("linger.ms", Long.toString(EXACTLY_ONCE_LINGER_MS));
    return builder(config, props, routing)
        .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
        .setTransactionalIdPrefix(config.sink().transactionalIdPrefix() + "-" + name)
        .build();
  }

  /**
   * Visible as soon as the broker has it: no linger, every record sent on its own. Idempotent, so a
   * producer retry does not duplicate; a restart from a checkpoint replays what came after it, so
   * consumers must dedupe (by the key the routing sets).
   */
  public static <T> KafkaSink<T> atLeastOnce(MailtriageConfig config, RecordRouting<T> routing) {
    Properties props = clientProperties(config);
    props.setProperty("linger.ms", "0");
    props.setProperty("acks", "all");
    props.setProperty("enable.idempotence", "true");
    return builder(config, props, routing)
        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
        .build();
  }

  private static Properties clientProperties(MailtriageConfig config) {
    Properties props = new Properties();
    props.putAll(config.kafka().properties());
    return props;
  }

  private static <T> KafkaSinkBuilder<T> builder(
      MailtriageConfig config, Properties props, RecordRouting<T> routing) {
    return KafkaSink.<T>builder()
        .setBootstrapServers(config.kafka().bootstrapServers())
        .setKafkaProducerConfig(props)
        .setRecordSerializer(new JsonRecordSerialization<>(routing));
  }
}
