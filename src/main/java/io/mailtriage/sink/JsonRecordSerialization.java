package io.mailtriage.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes records as {@link WireJson} values, routed to topic/key/headers by a {@link
 * RecordRouting}, with the time of writing as their Kafka timestamp.
 */
public class JsonRecordSerialization<T> implements KafkaRecordSerializationSchema<T> {
  private static final long serialVersionUID = 1L;

  private final RecordRouting<T> routing;
  private transient ObjectMapper mapper;

  public JsonRecordSerialization(RecordRouting<T> routing) {
    this.routing = routing;
  }

  @Override
  public void open(
      SerializationSchema.InitializationContext context, KafkaSinkContext sinkContext) {
    mapper = WireJson.newMapper();
  }

  @Override
  public ProducerRecord<byte[], byte[]> serialize(
      T record, KafkaSinkContext context, Long timestamp) {
    byte[] value;
    try {
      value = routing.isTombstone(record) ? null : mapper.writeValueAsBytes(record);
    } catch (JsonProcessingException e) {
      // Our own POJOs always serialize; failing here is a programming error, not bad input.
      throw new IllegalStateException("cannot serialize " + record.getClass().getSimpleName(), e);
    }
    String key = routing.key(record);
    ProducerRecord<byte[], byte[]> out =
        new ProducerRecord<>(
            routing.topic(record),
            null,
            // The time we write it, never the email's own date (that stays in the body): Kafka's
            // time retention judges a segment by its newest record timestamp, so a record stamped
            // with an old Date: (a backlog, a replay, a wrong clock, a spoofed header) would be
            // deleted at the broker's next retention check, seconds after it was committed.
            System.currentTimeMillis(),
            key == null ? null : key.getBytes(StandardCharsets.UTF_8),
            value);
    routing.addHeaders(record, out.headers());
    return out;
  }
}
