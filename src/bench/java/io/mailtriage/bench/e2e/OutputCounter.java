package io.mailtriage.bench.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Counts the records a job writes to its output topics, by the time the job wrote them: the sinks
 * stamp every record with the wall clock at serialization, so a rate computed from record
 * timestamps does not depend on when this consumer happens to poll. Read {@code read_uncommitted},
 * a record counts when the transactional sink sends it, not when the checkpoint later commits it
 * (on a run without failures each one counted is also committed); read {@code read_committed}, it
 * counts after the commit, and work redone after a restart counts once. This is the throughput
 * figure the REST metrics could not give reliably: it is read on the output itself.
 */
final class OutputCounter implements AutoCloseable {
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final List<Long> timestamps = new ArrayList<>();

  /**
   * Counts every record the topics hold and get.
   *
   * @param committedOnly read {@code read_committed}: a record counts once its transaction commits,
   *     and records of aborted transactions (work redone after a restart) never
   */
  OutputCounter(String bootstrap, Collection<String> topics, boolean committedOnly) {
    consumer =
        consumer(
            bootstrap,
            topics,
            Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                committedOnly ? "read_committed" : "read_uncommitted",
                // Few, large fetches: the broker serves the job on the same cores, and the rate
                // comes from record timestamps, so polling late costs no precision.
                ConsumerConfig.FETCH_MIN_BYTES_CONFIG,
                1 << 20,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
                500));
  }

  /**
   * A byte-array consumer without a group, assigned every partition of {@code topics} at their
   * beginning, with {@code settings} added.
   */
  static KafkaConsumer<byte[], byte[]> consumer(
      String bootstrap, Collection<String> topics, Map<String, Object> settings) {
    Map<String, Object> config = new HashMap<>(settings);
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(config);
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : topics) {
      for (PartitionInfo p : c.partitionsFor(topic, Duration.ofSeconds(30))) {
        partitions.add(new TopicPartition(p.topic(), p.partition()));
      }
    }
    c.assign(partitions);
    c.seekToBeginning(partitions);
    // Seeks are lazy: resolve the offsets now, not at the first (timed) poll.
    partitions.forEach(c::position);
    return c;
  }

  /** Records seen so far. */
  int count() {
    return timestamps.size();
  }

  /**
   * Polls until {@code target} records have been seen or {@code timeout} passes; calls {@code
   * atThreshold} with the count the moment each of {@code thresholds} (ascending) is first reached.
   * Returns the count reached.
   */
  int await(long target, Duration timeout, long[] thresholds, LongConsumer atThreshold) {
    long deadline = System.nanoTime() + timeout.toNanos();
    int next = 0;
    while (count() < target && System.nanoTime() < deadline) {
      poll();
      while (next < thresholds.length && count() >= thresholds[next]) {
        atThreshold.accept(count());
        next++;
      }
    }
    return count();
  }

  /** Polls for {@code duration}. */
  void pollFor(Duration duration) {
    long end = System.nanoTime() + duration.toNanos();
    while (System.nanoTime() < end) {
      poll();
    }
  }

  /** Write times (epoch ms) of the records seen so far, in the order they were read. */
  List<Long> timestamps() {
    return timestamps;
  }

  /** Records seen whose write time lies in [fromMs, toMs). */
  long writtenBetween(long fromMs, long toMs) {
    return timestamps.stream().filter(t -> t >= fromMs && t < toMs).count();
  }

  private void poll() {
    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
      timestamps.add(r.timestamp());
    }
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(5));
  }
}
