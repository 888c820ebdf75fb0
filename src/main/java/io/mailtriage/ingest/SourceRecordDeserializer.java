package io.mailtriage.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Turns a Kafka record of the input topic into a {@link SourceRecord}. It never fails: every record
 * becomes exactly one SourceRecord, and deciding whether it is usable is the parser's job, so a bad
 * record is dead-lettered with a reason instead of failing the source.
 *
 * <p>Records above {@code ingest.maxMessageBytes} keep only digest and size: the bytes are not
 * handed on, so they are garbage as soon as the Kafka client lets go of its batch.
 */
public class SourceRecordDeserializer implements KafkaRecordDeserializationSchema<SourceRecord> {
  private static final long serialVersionUID = 1L;

  /** Kafka header that names the tenant; set by the producer or connector feeding the topic. */
  public static final String TENANT_HEADER = "tenant";

  private final int maxMessageBytes;
  private transient MessageDigest sha256;

  public SourceRecordDeserializer(int maxMessageBytes) {
    this.maxMessageBytes = maxMessageBytes;
  }

  @Override
  public void open(DeserializationSchema.InitializationContext context) {
    sha256 = newDigest();
  }

  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<SourceRecord> out) {
    out.collect(toSourceRecord(record));
  }

  /** The conversion itself, usable without a Flink source (tests, tools feeding sample files). */
  public SourceRecord toSourceRecord(ConsumerRecord<byte[], byte[]> record) {
    if (sha256 == null) {
      // open() is the normal path; this covers use outside a source.
      sha256 = newDigest();
    }
    SourceRecord r = new SourceRecord();
    r.topic = record.topic();
    r.partition = record.partition();
    r.offset = record.offset();
    r.kafkaTimestamp = record.timestamp();
    Header tenant = record.headers().lastHeader(TENANT_HEADER);
    if (tenant != null && tenant.value() != null) {
      r.tenantHeader = new String(tenant.value(), StandardCharsets.UTF_8);
    }
    byte[] value = record.value();
    r.size = value == null ? 0 : value.length;
    // MessageDigest.digest resets the instance, so it is ready for the next record.
    r.sha256 = HexFormat.of().formatHex(sha256.digest(value == null ? new byte[0] : value));
    r.oversized = r.size > maxMessageBytes;
    r.value = r.oversized ? null : value;
    return r;
  }

  @Override
  public TypeInformation<SourceRecord> getProducedType() {
    return TypeInformation.of(SourceRecord.class);
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
