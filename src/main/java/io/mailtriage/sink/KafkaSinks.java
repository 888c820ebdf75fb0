package io.mailtriage.sink;

import io.mailtriage.config.MailtriageConfig;
import java.util.Properties;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;

/**
 * Builds the job's exactly-once Kafka sinks. Records become visible to {@code read_committed}
 * consumers when the checkpoint that covers them completes; each sink has its own transactional id
 * prefix so their transactions never fence each other.
 */
public final class KafkaSinks {
  private KafkaSinks() {}

  public static <T> KafkaSink<T> exactlyOnce(
      MailtriageConfig config, String name, RecordRouting<T> routing) {
    Properties props = new Properties();
    props.putAll(config.kafka().properties());
    props.setProperty("transaction.timeout.ms", Long.toString(config.sink().transactionTimeoutMs()));
    return KafkaSink.<T>builder()
        .setBootstrapServers(config.kafka().bootstrapServers())
        .setKafkaProducerConfig(props)
        .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
        .setTransactionalIdPrefix(config.sink().transactionalIdPrefix() + "-" + name)
        .setRecordSerializer(new JsonRecordSerialization<>(routing))
        .build();
  }
}
