package io.mailtriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.deadletter.DeadLetterReason;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class SourceRecordDeserializerTest {
  private static final int MAX = 10 * 1024 * 1024;

  private static ConsumerRecord<byte[], byte[]> kafka(byte[] value, RecordHeaders headers) {
    return new ConsumerRecord<>(
        "emails.raw",
        3,
        1234L,
        1_700_000_000_000L,
        TimestampType.CREATE_TIME,
        0,
        value == null ? -1 : value.length,
        null,
        value,
        headers,
        Optional.empty());
  }

  private static List<SourceRecord> deserialize(
      SourceRecordDeserializer d, ConsumerRecord<byte[], byte[]> record) throws Exception {
    List<SourceRecord> out = new ArrayList<>();
    d.deserialize(
        record,
        new Collector<>() {
          @Override
          public void collect(SourceRecord r) {
            out.add(r);
          }

          @Override
          public void close() {}
        });
    return out;
  }

  @Test
  void fillsCoordinatesTenantHeaderSizeAndDigest() throws Exception {
    SourceRecordDeserializer d = new SourceRecordDeserializer(MAX);
    d.open(null);
    byte[] value = "From: a@example.net\n\nhi\n".getBytes(StandardCharsets.UTF_8);
    RecordHeaders headers = new RecordHeaders();
    headers.add("tenant", "acme-bank".getBytes(StandardCharsets.UTF_8));
    SourceRecord r = deserialize(d, kafka(value, headers)).get(0);
    assertThat(r.topic).isEqualTo("emails.raw");
    assertThat(r.partition).isEqualTo(3);
    assertThat(r.offset).isEqualTo(1234L);
    assertThat(r.kafkaTimestamp).isEqualTo(1_700_000_000_000L);
    assertThat(r.tenantHeader).isEqualTo("acme-bank");
    assertThat(r.size).isEqualTo(value.length);
    assertThat(r.sha256).isEqualTo(TestRecords.sha256(value));
    assertThat(r.oversized).isFalse();
    assertThat(r.value).isSameAs(value);

    // The digest instance is reused: a second record must not inherit state from the first.
    SourceRecord again = deserialize(d, kafka(value, new RecordHeaders())).get(0);
    assertThat(again.sha256).isEqualTo(r.sha256);
    assertThat(again.tenantHeader).isNull();
  }

  @Test
  void nullValueBecomesAnEmptyRecord() throws Exception {
    SourceRecord r =
        deserialize(new SourceRecordDeserializer(MAX), kafka(null, new RecordHeaders())).get(0);
    assertThat(r.value).isNull();
    assertThat(r.size).isZero();
    assertThat(r.oversized).isFalse();
    assertThat(TestRecords.parser().parse(r).reason()).isEqualTo(DeadLetterReason.EMPTY_MESSAGE);
  }

  @Test
  void thirtyMegabyteRecordIsDeadLetteredAsTooLargeWithoutKeepingItsBytes() throws Exception {
    SourceRecordDeserializer d = new SourceRecordDeserializer(MAX);
    d.open(null);
    byte[] huge = new byte[30 * 1024 * 1024];
    huge[0] = 'F';
    String expectedSha = TestRecords.sha256(huge);
    WeakReference<byte[]> bytes = new WeakReference<>(huge);

    List<SourceRecord> out = deserialize(d, kafka(huge, new RecordHeaders()));
    huge = null; // the Kafka client drops its batch the same way
    SourceRecord r = out.get(0);
    assertThat(r.oversized).isTrue();
    assertThat(r.value).isNull();
    assertThat(r.size).isEqualTo(30 * 1024 * 1024);
    assertThat(r.sha256).isEqualTo(expectedSha);

    ParseResult result = TestRecords.parser().parse(r);
    assertThat(result.reason()).isEqualTo(DeadLetterReason.TOO_LARGE);

    // Nothing downstream holds the 30 MB: once the record is out of Kafka's hands it can be
    // collected.
    for (int i = 0; i < 10 && bytes.get() != null; i++) {
      System.gc();
      Thread.sleep(20);
    }
    assertThat(bytes.get()).as("30 MB value still reachable from the SourceRecord").isNull();
  }

  @Test
  void producesPojoTypeInformation() {
    assertThat(new SourceRecordDeserializer(MAX).getProducedType())
        .isInstanceOf(PojoTypeInfo.class);
  }
}
