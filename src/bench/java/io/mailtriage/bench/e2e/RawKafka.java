package io.mailtriage.bench.e2e;

import io.mailtriage.testing.RunConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Kafka with no processing: the same record values produced to a fresh topic (an idempotent
 * producer with default batching, no key) and consumed back at the same time ({@code
 * read_committed}, as the job's source reads), from the first send to the last record read.
 */
final class RawKafka {
  private RawKafka() {}

  /**
   * @param brokerPid the broker's process, whose CPU is counted with this JVM's; 0 when unknown
   */
  static Measured run(String bootstrap, List<byte[]> values, int partitions, long brokerPid)
      throws Exception {
    String topic = "bench-raw-" + RunConfig.newRunId();
    BenchJobConfig.createTopics(bootstrap, partitions, List.of(topic));
    long bytes = values.stream().mapToLong(v -> v.length).sum();
    try (KafkaConsumer<byte[], byte[]> consumer =
            OutputCounter.consumer(
                bootstrap,
                List.of(topic),
                Map.of(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"));
        KafkaProducer<byte[], byte[]> producer = BenchJobConfig.producer(bootstrap)) {
      // Connections and metadata first, so the timed part is the records' way only.
      producer.partitionsFor(topic);

      String load = Machine.load();
      long cpu0 = CpuClock.process();
      long broker0 = brokerPid > 0 ? CpuClock.ofPid(brokerPid) : 0;
      long t0 = System.nanoTime();
      CompletableFuture<Void> sent =
          CompletableFuture.runAsync(
              () -> {
                for (byte[] v : values) {
                  producer.send(new ProducerRecord<>(topic, v));
                }
                producer.flush();
              });
      long read = 0;
      long deadline = t0 + TimeUnit.MINUTES.toNanos(5);
      while (read < values.size() && System.nanoTime() < deadline) {
        read += consumer.poll(Duration.ofMillis(100)).count();
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      sent.get(1, TimeUnit.MINUTES);
      if (read < values.size()) {
        throw new IllegalStateException("raw Kafka: read " + read + " of " + values.size());
      }
      double brokerCpu = brokerPid > 0 ? (CpuClock.ofPid(brokerPid) - broker0) / 1e9 : Double.NaN;
      return new Measured(
          values.size(), bytes, seconds, (CpuClock.process() - cpu0) / 1e9, brokerCpu, load);
    }
  }

  record Measured(
      int emails,
      long bytes,
      double seconds,
      double clientCpuSeconds,
      double brokerCpuSeconds,
      String load) {
    double perSecond() {
      return emails / seconds;
    }

    double cpuMsPerEmail() {
      return (clientCpuSeconds + (Double.isNaN(brokerCpuSeconds) ? 0 : brokerCpuSeconds))
          * 1000
          / emails;
    }
  }
}
