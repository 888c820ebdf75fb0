package io.mailtriage.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailtriage.sink.WireJson;
import java.io.IOException;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads JSON control messages ({@code models.control}, {@code pii.erasure}) into a POJO. A message
 * that does not parse is skipped with a warning and a counter: a typo by an operator must not
 * restart-loop the job, and control topics carry no personal data worth dead-lettering.
 */
public class ControlRecordDeserializer<T> implements KafkaRecordDeserializationSchema<T> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ControlRecordDeserializer.class);

  private final Class<T> type;
  private transient ObjectMapper mapper;
  private transient Counter rejected;

  public ControlRecordDeserializer(Class<T> type) {
    this.type = type;
  }

  @Override
  public void open(DeserializationSchema.InitializationContext context) {
    mapper = WireJson.newMapper();
    rejected = context.getMetricGroup().counter("controlMessagesRejected");
  }

  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<T> out) {
    if (record.value() == null) {
      return; // a tombstone on a compacted control topic: nothing to act on
    }
    try {
      out.collect(mapper.readValue(record.value(), type));
    } catch (IOException e) {
      rejected.inc();
      LOG.warn(
          "skipping unreadable {} message at {}/{}@{}",
          type.getSimpleName(),
          record.topic(),
          record.partition(),
          record.offset());
    }
  }

  @Override
  public TypeInformation<T> getProducedType() {
    return TypeInformation.of(type);
  }
}
