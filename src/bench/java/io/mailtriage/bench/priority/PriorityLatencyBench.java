package io.mailtriage.bench.priority;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailtriage.config.ConfigLoader;
import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.job.JobEdges;
import io.mailtriage.job.JobSettings;
import io.mailtriage.job.MailtriageJob;
import io.mailtriage.testing.EmbeddedKafka;
import io.mailtriage.tools.Cli;
import io.mailtriage.testing.Envelopes;
import io.mailtriage.testing.TestKeystores;
import io.mailtriage.testing.TriageTopics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Latency of the whole job at a steady load: the real job (unbounded Kafka sources, exactly-once
 * sinks, the bundled model) on an in-process Flink MiniCluster at parallelism 2, against an
 * in-process Kafka broker. A producer sends JSON envelopes at a fixed rate, one in ten a lost, stolen
 * or compromised card (P0 intents in conf/priority.yaml), each with {@code receivedAt} = its send
 * time; a read_committed consumer, like a desk's, takes the triage topics. Every email has its own
 * sender and thread, so no escalation moves a record between levels: P0 is exactly the P0 texts the
 * model reads as such.
 *
 * <p>Reported per level: end to end (consumer's wall clock at receipt − producer's send time), which
 * for every level includes waiting for the checkpoint that commits the sink's transaction; and to
 * the operator's emission ({@code triagedAt − receivedAt}, before the sink). Windows add their length
 * and the watermark delay to P1–P3 by design; P0 is the figure that matters.
 *
 * <p>Usage: {@code PriorityLatencyBench [emailsPerSecond] [seconds] [checkpointIntervalMs]
 * [checkpointMinPauseMs]} (defaults 50, 60 and conf/mailtriage.yaml's checkpoint settings), run from
 * the project root. Emails sent before the first triage record came out, and for at least 10 s, are
 * warm-up and not counted.
 */
public final class PriorityLatencyBench {
  private static final Duration MIN_WARM_UP = Duration.ofSeconds(10);
  /** One in this many emails is a P0 text. */
  private static final int P0_EVERY = 10;
  // The bundled spam head scores some short genuine requests as spam ("I lost my card, please block
  // it." at 0.98), which forces them to P3; these three it does not.
  private static final String[][] P0_TEXTS = {
    {"Lost my card at the airport", "I cannot find my card anywhere, I think I lost it at the airport. Can you freeze it?"},
    {"Card stolen", "Someone stole my bag with my card in it an hour ago. Please stop the card before they use it."},
    {"Compromised card", "I think my card details were copied at a petrol station, there are payments I do not know. Please block the card."},
  };

  private static final String[][] OTHER_TEXTS = {
    {"New card not arrived", "I ordered a new card two weeks ago and it has still not arrived. When will it be delivered?"},
    {"Transfer", "I sent money to my sister on Monday and she has not received it yet."},
    {"Exchange rate", "What exchange rate do you use when I pay in euros?"},
    {"Top up", "My top up by bank transfer is still pending, how long does it take?"},
    {"Charged twice", "The coffee shop charged my card twice for the same purchase yesterday."},
    {"Declined", "My card was declined at the supermarket although I have enough money on the account."},
  };

  private final ObjectMapper json = new ObjectMapper();
  /** Every email sent, by the input coordinates ("partition@offset") its triage record names. */
  private final Map<String, Sent> sent = new ConcurrentHashMap<>();
  /** Every triage record read, by the input coordinates it was made from. */
  private final Map<String, Out> out = new ConcurrentHashMap<>();
  private final AtomicInteger failedSends = new AtomicInteger();
  private volatile boolean stop;

  /** {@code sentAt}: the producer's wall clock just before send, also the email's receivedAt. */
  private record Sent(long sentAt, boolean p0Text, boolean measured) {}

  /** {@code readAt}: the consumer's wall clock when the poll returned it. */
  private record Out(long readAt, String level, long toEmission) {}

  static final String USAGE = String.join("\n",
      "usage: benchmark-priority latency [EMAILS_PER_SECOND] [SECONDS] [CHECKPOINT_INTERVAL_MS] [MIN_PAUSE_MS]",
      "The whole job on a local MiniCluster and Kafka at a steady load; end-to-end latency per level.",
      "Defaults: 50 emails/s for 60 s, checkpoint settings of conf/mailtriage.yaml.");

  // Cli.main exits the JVM: Flink's and Kafka's non-daemon threads would otherwise keep it up.
  public static void main(String[] args) {
    Cli.main("benchmark-priority latency", USAGE, Cli.Spec.of().positional(4), args, cli -> {
      MailtriageConfig defaults = new ConfigLoader().load(Path.of("conf/mailtriage.yaml"), List.of());
      int rate = (int) cli.positionalNumber(0, "EMAILS_PER_SECOND", 50, 1);
      int seconds = (int) cli.positionalNumber(1, "SECONDS", 60, 1);
      long intervalMs = cli.positionalNumber(2, "CHECKPOINT_INTERVAL_MS", defaults.checkpoint().intervalMs(), 100);
      long minPauseMs = cli.positionalNumber(3, "MIN_PAUSE_MS", defaults.checkpoint().minPauseMs(), 0);
      Path dir = Files.createTempDirectory("mailtriage-latency");
      try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
        new PriorityLatencyBench().run(kafka, dir, rate, seconds, intervalMs, minPauseMs);
      }
      return Cli.OK;
    });
  }

  private void run(EmbeddedKafka kafka, Path dir, int rate, int seconds, long intervalMs, long minPauseMs)
      throws Exception {
    MailtriageConfig config = config(kafka, dir, intervalMs, minPauseMs);
    JobSettings settings = JobSettings.resolve(config);
    MailtriageConfig.Topics t = config.topics();
    List<String> triageTopics = TriageTopics.of(settings);
    kafka.createTopics(2, t.input(), t.deadLetter(), t.stats(), t.modelControl(), t.erasure(), t.subjectKeys(), t.audit(), t.urgent());
    kafka.createTopics(2, triageTopics.toArray(String[]::new));

    System.out.printf("machine: %d cores, %s, Java %s, load average at start %s%n",
        Runtime.getRuntime().availableProcessors(), PriorityBench.cpuModel(), System.getProperty("java.version"),
        Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    System.out.printf("load: %d emails/s for %d s (1 in %d a P0 text), job parallelism 2, "
        + "checkpoint interval %d ms, min pause %d ms, exactly-once sinks, model batch %d / %d ms%n",
        rate, seconds, P0_EVERY, intervalMs, minPauseMs, config.model().batchSize(), config.model().maxDelayMs());

    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createLocalEnvironment(2, MailtriageJob.flinkConfiguration(config));
    new MailtriageJob(settings, JobEdges.kafka(config, false)).build(env);
    JobClient job = env.executeAsync("mailtriage-latency");
    Thread consumer = new Thread(() -> consume(kafka, triageTopics), "latency-consumer");
    consumer.start();
    try {
      produce(kafka, t.input(), rate, seconds);
      // P3 waits for a 60 s window and the watermark; give every level time to come out.
      long deadline = System.currentTimeMillis() + 2 * intervalMs + Duration.ofSeconds(120).toMillis();
      while (!allMeasuredOut() && System.currentTimeMillis() < deadline) {
        Thread.sleep(500);
      }
    } finally {
      stop = true;
      consumer.join();
      job.cancel().get();
    }
    report();
  }

  /** conf/mailtriage.yaml on the benchmark's own broker, with keys from a fresh keystore. */
  private static MailtriageConfig config(EmbeddedKafka kafka, Path dir, long intervalMs, long minPauseMs)
      throws Exception {
    MailtriageConfig.Keys keys = TestKeystores.create(dir);
    return new ConfigLoader()
        .load(
            Path.of("conf/mailtriage.yaml"),
            List.of(
                "kafka.bootstrapServers=" + kafka.bootstrapServers(),
                "checkpoint.intervalMs=" + intervalMs,
                "checkpoint.minPauseMs=" + minPauseMs,
                "checkpoint.storage=" + dir.resolve("checkpoints").toUri(),
                "pii.keys={keystore: '" + keys.keystore() + "', keystorePasswordFile: '"
                    + keys.keystorePasswordFile() + "'}"));
  }

  /**
   * Sends at a fixed rate (each send at its slot, not after the previous one, so a slow ack does not
   * lower the rate): warm-up until the first triage record is out and {@link #MIN_WARM_UP} passed,
   * then {@code seconds} of measured load.
   */
  private void produce(EmbeddedKafka kafka, String topic, int rate, int seconds) {
    Map<String, Object> props = kafka.producerConfig();
    props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    SplittableRandom random = new SplittableRandom(7);
    long periodNanos = 1_000_000_000L / rate;
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
      long start = System.nanoTime();
      long measuredFrom = -1;
      for (long i = 0; ; i++) {
        long slot = start + i * periodNanos;
        LockSupport.parkNanos(slot - System.nanoTime());
        boolean measuring = measuredFrom >= 0;
        if (!measuring && !out.isEmpty() && slot - start >= MIN_WARM_UP.toNanos()) {
          measuredFrom = i;
          measuring = true;
        }
        if (measuring && i - measuredFrom >= (long) rate * seconds) {
          break;
        }
        boolean p0 = i % P0_EVERY == 0;
        String[] text = p0 ? P0_TEXTS[random.nextInt(P0_TEXTS.length)] : OTHER_TEXTS[random.nextInt(OTHER_TEXTS.length)];
        long sentAt = System.currentTimeMillis();
        byte[] email = Envelopes.email(
            "bench-" + i + "@mail.example.org", "customer" + i + "@example.org",
            Instant.ofEpochMilli(sentAt), text[0], text[1], null);
        Sent s = new Sent(sentAt, p0, measuring);
        producer.send(new ProducerRecord<>(topic, email), (m, e) -> {
          if (e == null) {
            sent.put(m.partition() + "@" + m.offset(), s);
          } else {
            failedSends.incrementAndGet();
          }
        });
      }
      producer.flush();
    }
  }

  private void consume(EmbeddedKafka kafka, List<String> topics) {
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(kafka.consumerConfig())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : topics) {
        for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
          partitions.add(new TopicPartition(p.topic(), p.partition()));
        }
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      while (!stop) {
        var records = consumer.poll(Duration.ofMillis(20));
        long readAt = System.currentTimeMillis();
        for (ConsumerRecord<byte[], byte[]> r : records) {
          JsonNode node = json.readTree(r.value());
          out.put(
              node.get("sourcePartition").asInt() + "@" + node.get("sourceOffset").asLong(),
              new Out(readAt, node.get("priority").asText(),
                  node.get("triagedAt").asLong() - node.get("receivedAt").asLong()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean allMeasuredOut() {
    return sent.entrySet().stream().allMatch(e -> !e.getValue().measured() || out.containsKey(e.getKey()));
  }

  private void report() {
    Map<String, List<long[]>> byLevel = new TreeMap<>();
    int measured = 0;
    int missing = 0;
    int p0Texts = 0;
    int p0TextsOutP0 = 0;
    for (Map.Entry<String, Sent> e : sent.entrySet()) {
      Sent s = e.getValue();
      if (!s.measured()) {
        continue;
      }
      measured++;
      Out o = out.get(e.getKey());
      if (o == null) {
        missing++;
        continue;
      }
      if (s.p0Text()) {
        p0Texts++;
        p0TextsOutP0 += o.level().equals("P0") ? 1 : 0;
      }
      byLevel.computeIfAbsent(o.level(), k -> new ArrayList<>()).add(new long[] {o.readAt() - s.sentAt(), o.toEmission()});
    }
    System.out.printf("measured emails: %d, not out by the end: %d, failed sends: %d; P0 texts that came out P0: %d of %d%n",
        measured, missing, failedSends.get(), p0TextsOutP0, p0Texts);
    byLevel.forEach((level, values) -> {
      long[] endToEnd = values.stream().mapToLong(v -> v[0]).sorted().toArray();
      long[] emission = values.stream().mapToLong(v -> v[1]).sorted().toArray();
      System.out.printf(
          "%s: %5d records | end to end ms p50 %6d p99 %6d max %6d | to operator emission ms p50 %6d p99 %6d%n",
          level, endToEnd.length, percentile(endToEnd, 50), percentile(endToEnd, 99), endToEnd[endToEnd.length - 1],
          percentile(emission, 50), percentile(emission, 99));
    });
  }

  /** Nearest-rank percentile of sorted values. */
  private static long percentile(long[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
