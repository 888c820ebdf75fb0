package io.mailtriage.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the tests that need a real KRaft Kafka broker for the test class (and no Flink). Each
 * test makes its own random topics, so tests of one class share the broker without seeing each
 * other's records.
 */
public abstract class RealKafka {
  protected static EmbeddedKafka kafka;

  @BeforeAll
  static void startKafka() throws Exception {
    kafka = EmbeddedKafka.start();
  }

  @AfterAll
  static void stopKafka() throws Exception {
    kafka.close();
  }
}
