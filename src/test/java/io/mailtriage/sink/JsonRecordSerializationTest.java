package io.mailtriage.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.deadletter.DeadLetter;
import io.mailtriage.deadletter.DeadLetterReason;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class JsonRecordSerializationTest {
  private final JsonRecordSerialization<DeadLetter> serialization =
      new JsonRecordSerialization<>(Routings.deadLetters("emails.dlq"));

  private ProducerRecord<byte[], byte[]> serialize(Long timestamp) {
    serialization.open(null, null);
    DeadLetter d =
        DeadLetter.of(
            DeadLetterReason.EMPTY_MESSAGE, "empty", "ingest", "emails.raw", 0, 7, "00", 0);
    return serialization.serialize(d, null, timestamp);
  }

  @Test
  void stampsTheTimeOfWritingNotTheEventTimeSoRetentionCannotDeleteOldMail() {
    long before = System.currentTimeMillis();
    long fiveYearsAgo = before - 5L * 365 * 24 * 3600 * 1000;
    for (Long eventTime : new Long[] {fiveYearsAgo, -58_928_241_145_000L, null}) {
      assertThat(serialize(eventTime).timestamp()).isBetween(before, System.currentTimeMillis());
    }
  }

  @Test
  void keysDeadLettersByTheirSourceCoordinates() {
    assertThat(new String(serialize(1L).key())).isEqualTo("emails.raw/0/7");
  }

  @Test
  void writesADeletionOnACompactedTopicAsATombstoneUnderItsKey() {
    JsonRecordSerialization<DeadLetter> compacted =
        new JsonRecordSerialization<>(
            Routings.toCompactedTopic("compacted", d -> d.sourceTopic, d -> d.sourceOffset == 7));
    compacted.open(null, null);
    DeadLetter d =
        DeadLetter.of(
            DeadLetterReason.EMPTY_MESSAGE, "empty", "ingest", "emails.raw", 0, 7, "00", 0);
    ProducerRecord<byte[], byte[]> r = compacted.serialize(d, null, 1L);
    assertThat(r.topic()).isEqualTo("compacted");
    assertThat(new String(r.key())).isEqualTo("emails.raw");
    assertThat(r.value()).isNull();
  }
}
