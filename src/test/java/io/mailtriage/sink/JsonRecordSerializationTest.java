package io.mailtriage.sink;

import io.mailtriage.deadletter.DeadLetter;
import io.mailtriage.deadletter.DeadLetterReason;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class JsonRecordSerializationTest {
  private final JsonRecordSerialization<DeadLetter> serialization =
      new JsonRecordSerialization<>(new DeadLetterRouting("emails.dlq"));

  private ProducerRecord<byte[], byte[]> serialize(Long timestamp) {
    serialization.open(null, null);
    DeadLetter d = DeadLetter.of(DeadLetterReason.EMPTY_MESSAGE, "empty", "ingest", "emails.raw", 0, 7, "00", 0);
    return serialization.serialize(d, null, timestamp);
  }

  @Test
  void keepsAnEventTimestampKafkaAccepts() {
    assertThat(serialize(1_000L).timestamp()).isEqualTo(1_000L);
  }

  @Test
  void leavesAPreEpochTimestampToTheBrokerInsteadOfFailingTheSink() {
    assertThat(serialize(-58_928_241_145_000L).timestamp()).isNull();
  }

  @Test
  void keysDeadLettersByTheirSourceCoordinates() {
    assertThat(new String(serialize(1L).key())).isEqualTo("emails.raw/0/7");
  }
}
