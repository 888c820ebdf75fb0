package io.mailtriage.tools;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Kafka producer settings shared by the tools that write raw records. */
public final class Producers {
  private Producers() {}

  /**
   * A producer of byte-array records that lands each one once: idempotence keeps a retried batch
   * from landing twice, so "sent N" means N records in Kafka. A fresh map, for the caller to
   * extend.
   */
  public static Map<String, Object> idempotent(String bootstrap) {
    Map<String, Object> config = new HashMap<>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    return config;
  }
}
