package io.mailtriage.testing;

import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the tests that run the whole job on real parts: the broker of {@link RealKafka} and a
 * Flink MiniCluster with one TaskManager of two slots (parallelism 2). Each test makes its own
 * random topics, so tests of one class share the broker without seeing each other's records.
 */
public abstract class RealKafkaAndFlink extends RealKafka {
  @RegisterExtension
  protected static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());
}
