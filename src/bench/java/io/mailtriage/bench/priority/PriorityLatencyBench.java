package io.mailtriage.bench.priority;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailtriage.config.ConfigLoader;
import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.job.JobEdges;
import io.mailtriage.job.JobSettings;
import io.mailtriage.job.MailtriageJob;
import io.mailtriage.priority.PriorityPolicy;
import io.mailtriage.testing.EmbeddedKafka;
import io.mailtriage.testing.Envelopes;
import io.mailtriage.testing.SupportTexts;
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
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Latency of the whole job at a steady load, the old settings and the new side by side in one run:
 * the real job (unbounded Kafka sources, exactly-once queue sinks, the at-least-once urgent sink,
 * the bundled model) on an in-process Flink MiniCluster at parallelism 2, against an in-process
 * Kafka broker. A producer sends JSON envelopes at a fixed rate, one in ten a lost, stolen or
 * compromised card (P0 intents in conf/priority.yaml), each with {@code receivedAt} = its send time
 * and each from its own sender on its own thread, so no escalation moves a record between levels.
 * The input topic stamps records with the broker's append time.
 *
 * <p>Per variant it prints: P0 from input append to visible on {@code triage.urgent} (a consumer's
 * wall clock when the record arrives), P0 from input append to visible on its queue topic
 * (read_committed: after the checkpoint), and per level the operator's emission ({@code triagedAt −
 * receivedAt}) against the target window + out-of-orderness + 1 s at p99.
 *
 * <p>Variants, each a fresh job on fresh topics: the old settings (Flink's 100 ms network buffer
 * timeout, windows that wait for the watermark alone), then each change added in turn. With {@code
 * max} as the rate, the new settings' maximum rate is measured first (a burst of P0 emails, drained
 * as fast as the job goes) and every variant runs at half of it.
 *
 * <p>With {@code max:P,Q,...} (percentages) only the current settings run, once per share of their
 * maximum rate, each a fresh job: how latency grows with load.
 *
 * <p>Usage: {@code PriorityLatencyBench [emailsPerSecond|max|max:P,Q,...] [seconds]
 * [checkpointIntervalMs] [checkpointMinPauseMs]} (defaults max, 30 and conf/mailtriage.yaml's
 * checkpoint settings), run from the project root. Emails sent before the first triage record came
 * out, and for at least 10 s, are warm-up and not counted; so are the emails of the burst.
 */
public final class PriorityLatencyBench {
  private static final Duration MIN_WARM_UP = Duration.ofSeconds(10);

  /** One in this many emails is a P0 text. */
  private static final int P0_EVERY = 10;

  /** Emails in the burst that measures the maximum rate. */
  private static final int BURST = 1500;

  /**
   * One configuration of the job: the network buffer timeout and whether windows have a wait bound.
   */
  private record Variant(String name, long bufferTimeoutMs, boolean windowWaitBound) {}

  private static final List<Variant> VARIANTS =
      List.of(
          new Variant("old: 100 ms network buffers, windows wait for the watermark", 100, false),
          new Variant("before: 5 ms network buffers + watermarks.maxWindowWait", 5, true),
          new Variant(
              "new: every record sent at once (buffer timeout "
                  + MailtriageJob.NETWORK_BUFFER_TIMEOUT_MS
                  + " ms) + watermarks.maxWindowWait",
              MailtriageJob.NETWORK_BUFFER_TIMEOUT_MS,
              true));

  /**
   * {@code appendAt}: the broker's append time; {@code sentAt}: the producer's clock, also
   * receivedAt.
   */
  private record Sent(long appendAt, long sentAt, boolean p0Text, boolean measured) {}

  /** {@code readAt}: a consumer's wall clock when the poll returned the record. */
  private record Out(long readAt, String level, long toEmission) {}

  private final ObjectMapper json = new ObjectMapper();
  private final Path dir;
  private final EmbeddedKafka kafka;
  private final long intervalMs;
  private final long minPauseMs;

  /** The current settings' maximum rate, emails/s, once a burst has measured it. */
  private Double maxRate;

  private PriorityLatencyBench(Path dir, EmbeddedKafka kafka, long intervalMs, long minPauseMs) {
    this.dir = dir;
    this.kafka = kafka;
    this.intervalMs = intervalMs;
    this.minPauseMs = minPauseMs;
  }

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("mailtriage-latency");
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      MailtriageConfig defaults =
          new ConfigLoader().load(Path.of("conf/mailtriage.yaml"), List.of());
      String rateArg = args.length > 0 ? args[0] : "max";
      int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
      long intervalMs =
          args.length > 2 ? Long.parseLong(args[2]) : defaults.checkpoint().intervalMs();
      long minPauseMs =
          args.length > 3 ? Long.parseLong(args[3]) : defaults.checkpoint().minPauseMs();
      System.out.printf(
          "machine: %d cores, %s, Java %s, load average at start %s%n",
          Runtime.getRuntime().availableProcessors(),
          PriorityBench.cpuModel(),
          System.getProperty("java.version"),
          loadAverage());
      PriorityLatencyBench bench = new PriorityLatencyBench(dir, kafka, intervalMs, minPauseMs);
      if (rateArg.startsWith("max:")) {
        Variant current = VARIANTS.get(VARIANTS.size() - 1);
        for (String percent : rateArg.substring("max:".length()).split(",")) {
          bench.run(current, null, Integer.parseInt(percent.trim()) / 100.0, seconds);
        }
      } else {
        Integer rate = rateArg.equals("max") ? null : Integer.valueOf(rateArg);
        // The new settings first: with "max" their run measures the rate the others run at too.
        List<Variant> order = new ArrayList<>(VARIANTS);
        order.add(0, order.remove(order.size() - 1));
        for (Variant v : order) {
          bench.run(v, rate, 0.5, seconds);
        }
      }
    }
    // Flink's and Kafka's non-daemon threads would otherwise keep the JVM up after the report.
    System.exit(0);
  }

  private static String loadAverage() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
  }

  /**
   * One job run of a variant at {@code rate}, or when it is null at {@code shareOfMax} of the
   * maximum rate, which the first such run measures with a burst before its load.
   */
  private void run(Variant variant, Integer rate, double shareOfMax, int seconds) throws Exception {
    Run run = new Run(config(variant));
    System.out.printf("%n== %s (load average %s)%n", variant.name(), loadAverage());
    Configuration flink = MailtriageJob.flinkConfiguration(run.config);
    flink.set(ExecutionOptions.BUFFER_TIMEOUT, Duration.ofMillis(variant.bufferTimeoutMs()));
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2, flink);
    new MailtriageJob(run.settings, JobEdges.kafka(run.config, false)).build(env);
    JobClient job = env.executeAsync("mailtriage-latency");
    Thread queues = run.reader(run.queueTopics, "read_committed", run.out);
    Thread urgent =
        run.reader(List.of(run.config.topics().urgent()), "read_uncommitted", run.urgent);
    try (KafkaProducer<byte[], byte[]> producer = run.producer()) {
      run.warmUp(producer);
      if (rate == null) {
        if (maxRate == null) {
          maxRate = run.burst(producer);
          System.out.printf(
              "maximum rate: %.0f emails/s (%d P0 emails sent at once, drained through"
                  + " triage.urgent)%n",
              maxRate, BURST);
        }
        rate = Math.max(1, (int) (maxRate * shareOfMax));
        System.out.printf(
            "this run: %.0f %% of the maximum rate, %d emails/s%n", 100 * shareOfMax, rate);
      }
      System.out.printf(
          "load: %d emails/s for %d s (1 in %d a P0 text), parallelism 2, checkpoint interval %d ms,"
              + " min pause %d ms, model batch %d / %d ms, network buffer timeout %d ms, maxWindowWait %d ms%n",
          rate,
          seconds,
          P0_EVERY,
          intervalMs,
          minPauseMs,
          run.config.model().batchSize(),
          run.config.model().maxDelayMs(),
          variant.bufferTimeoutMs(),
          run.settings.policy().maxWindowWaitMs());
      run.produce(producer, rate, seconds, true);
      // P3 waits for a 60 s window and the watermark (idleness 30 s without the bound).
      long deadline =
          System.currentTimeMillis() + 2 * intervalMs + Duration.ofSeconds(150).toMillis();
      while (!run.allMeasuredOut() && System.currentTimeMillis() < deadline) {
        Thread.sleep(500);
      }
    } finally {
      run.stop = true;
      queues.join();
      urgent.join();
      job.cancel().get();
    }
    run.report();
  }

  /** conf/mailtriage.yaml on fresh topics of the benchmark's broker, keys from a fresh keystore. */
  private MailtriageConfig config(Variant variant) throws Exception {
    String id = UUID.randomUUID().toString().substring(0, 8);
    Path runDir = Files.createDirectories(dir.resolve(id));
    MailtriageConfig.Keys keys = TestKeystores.create(runDir);
    String policy = Files.readString(Path.of("conf/priority.yaml"));
    if (!variant.windowWaitBound()) {
      policy = policy.replaceFirst("(?m)^  maxWindowWait: .*$", "  maxWindowWait: 0s");
    }
    Path policyFile = runDir.resolve("priority.yaml");
    Files.writeString(policyFile, policy);
    return new ConfigLoader()
        .load(
            Path.of("conf/mailtriage.yaml"),
            List.of(
                "kafka.bootstrapServers=" + kafka.bootstrapServers(),
                "kafka.consumerGroup=latency-" + id,
                "topics.input=emails-raw-" + id,
                "topics.deadLetter=emails-dlq-" + id,
                "topics.triagePrefix=triage-" + id + ".",
                "topics.stats=triage-stats-" + id,
                "topics.urgent=triage-urgent-" + id,
                "topics.modelControl=models-control-" + id,
                "topics.erasure=pii-erasure-" + id,
                "topics.subjectKeys=pii-subject-keys-" + id,
                "topics.audit=pii-audit-" + id,
                "sink.transactionalIdPrefix=latency-" + id,
                "priority.policy=" + policyFile,
                "checkpoint.intervalMs=" + intervalMs,
                "checkpoint.minPauseMs=" + minPauseMs,
                "checkpoint.storage=" + runDir.resolve("checkpoints").toUri(),
                "pii.keys={keystore: '"
                    + keys.keystore()
                    + "', keystorePasswordFile: '"
                    + keys.keystorePasswordFile()
                    + "'}"));
  }

  /** One job run's topics, what was sent and what came out. */
  private final class Run {
    final MailtriageConfig config;
    final JobSettings settings;
    final List<String> queueTopics;

    /** Every email sent, by the input coordinates ("partition@offset") its triage record names. */
    final Map<String, Sent> sent = new ConcurrentHashMap<>();

    /** First sight of each email on the queue topics, by input coordinates. */
    final Map<String, Out> out = new ConcurrentHashMap<>();

    /** First sight of each email on the urgent topic, by input coordinates. */
    final Map<String, Out> urgent = new ConcurrentHashMap<>();

    final AtomicInteger failedSends = new AtomicInteger();
    final AtomicLong sequence = new AtomicLong();
    volatile boolean stop;

    Run(MailtriageConfig config) throws Exception {
      this.config = config;
      this.settings = JobSettings.resolve(config);
      this.queueTopics = TriageTopics.of(settings);
      kafka.createTopics(2, TriageTopics.named(config.topics()).toArray(String[]::new));
      kafka.createTopics(2, queueTopics.toArray(String[]::new));
      kafka.setTopicConfig(
          Map.of("message.timestamp.type", "LogAppendTime"), config.topics().input());
    }

    KafkaProducer<byte[], byte[]> producer() {
      Map<String, Object> props = kafka.producerConfig();
      props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
      return new KafkaProducer<>(props);
    }

    /** Sends one email; {@code p0} picks a P0 text. */
    void send(
        KafkaProducer<byte[], byte[]> producer,
        boolean p0,
        boolean measured,
        SplittableRandom random) {
      long i = sequence.getAndIncrement();
      List<SupportTexts.Text> texts = p0 ? SupportTexts.P0 : SupportTexts.OTHER;
      SupportTexts.Text text = texts.get(random.nextInt(texts.size()));
      long sentAt = System.currentTimeMillis();
      byte[] email =
          Envelopes.email(
              "bench-" + i + "@mail.example.org",
              "customer" + i + "@example.org",
              Instant.ofEpochMilli(sentAt),
              text.subject(),
              text.body(),
              null);
      producer.send(
          new ProducerRecord<>(config.topics().input(), email),
          (m, e) -> {
            if (e == null) {
              sent.put(
                  m.partition() + "@" + m.offset(), new Sent(m.timestamp(), sentAt, p0, measured));
            } else {
              failedSends.incrementAndGet();
            }
          });
    }

    /**
     * Unmeasured load at a low rate until the first triage record is out and MIN_WARM_UP passed.
     */
    void warmUp(KafkaProducer<byte[], byte[]> producer) {
      SplittableRandom random = new SplittableRandom(3);
      long start = System.nanoTime();
      for (long i = 0; out.isEmpty() || System.nanoTime() - start < MIN_WARM_UP.toNanos(); i++) {
        LockSupport.parkNanos(start + i * 100_000_000L - System.nanoTime());
        send(producer, i % P0_EVERY == 0, false, random);
      }
    }

    /** Sends {@link #BURST} P0 emails at once; the rate at which they reach triage.urgent. */
    double burst(KafkaProducer<byte[], byte[]> producer) throws InterruptedException {
      SplittableRandom random = new SplittableRandom(5);
      int before = urgent.size();
      long start = System.currentTimeMillis();
      for (int i = 0; i < BURST; i++) {
        send(producer, true, false, random);
      }
      producer.flush();
      long deadline = start + Duration.ofMinutes(5).toMillis();
      while (urgent.size() < before + BURST && System.currentTimeMillis() < deadline) {
        Thread.sleep(20);
      }
      long last = urgent.values().stream().mapToLong(Out::readAt).max().orElse(start);
      // Let the windows of the warm-up drain before the measured load starts.
      Thread.sleep(Duration.ofSeconds(5).toMillis());
      return (urgent.size() - before) * 1000.0 / Math.max(1, last - start);
    }

    /**
     * Sends at a fixed rate (each send at its slot, not after the previous one, so a slow ack does
     * not lower the rate) for {@code seconds}.
     */
    void produce(KafkaProducer<byte[], byte[]> producer, int rate, int seconds, boolean measured) {
      SplittableRandom random = new SplittableRandom(7);
      long periodNanos = 1_000_000_000L / rate;
      long start = System.nanoTime();
      for (long i = 0; i < (long) rate * seconds; i++) {
        LockSupport.parkNanos(start + i * periodNanos - System.nanoTime());
        send(producer, i % P0_EVERY == 0, measured, random);
      }
      producer.flush();
    }

    /**
     * A thread that keeps the first sight of each email on {@code topics}, by input coordinates.
     */
    Thread reader(List<String> topics, String isolation, Map<String, Out> into) {
      Thread t = new Thread(() -> read(topics, isolation, into), "latency-reader");
      t.start();
      return t;
    }

    private void read(List<String> topics, String isolation, Map<String, Out> into) {
      Map<String, Object> props = kafka.consumerConfig();
      props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
      try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
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
            into.putIfAbsent(
                node.get("sourcePartition").asInt() + "@" + node.get("sourceOffset").asLong(),
                new Out(
                    readAt,
                    node.get("priority").asText(),
                    node.get("triagedAt").asLong() - node.get("receivedAt").asLong()));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    boolean allMeasuredOut() {
      return sent.entrySet().stream()
          .allMatch(e -> !e.getValue().measured() || out.containsKey(e.getKey()));
    }

    void report() {
      PriorityPolicy policy = settings.policy();
      List<Long> urgentVisible = new ArrayList<>();
      List<Long> queueVisible = new ArrayList<>();
      List<List<Long>> emission = new ArrayList<>();
      for (int level = 0; level < PriorityPolicy.LEVELS; level++) {
        emission.add(new ArrayList<>());
      }
      int measured = 0;
      int missing = 0;
      int p0Texts = 0;
      int p0TextsOutP0 = 0;
      int p0NotUrgent = 0;
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
        int level = Integer.parseInt(o.level().substring(1));
        emission.get(level).add(o.toEmission());
        if (level == PriorityPolicy.P0) {
          queueVisible.add(o.readAt() - s.appendAt());
          Out u = urgent.get(e.getKey());
          if (u == null) {
            p0NotUrgent++;
          } else {
            urgentVisible.add(u.readAt() - s.appendAt());
          }
        }
      }
      System.out.printf(
          "measured emails: %d, not out by the end: %d, failed sends: %d; P0 texts that came out P0:"
              + " %d of %d; P0 never on triage.urgent: %d%n",
          measured, missing, failedSends.get(), p0TextsOutP0, p0Texts, p0NotUrgent);
      System.out.printf(
          "P0 input append -> visible on triage.urgent ms    %s  (target p99 <= 250)%n",
          percentiles(urgentVisible));
      System.out.printf(
          "P0 input append -> visible on its queue topic ms  %s  (read_committed, after the checkpoint)%n",
          percentiles(queueVisible));
      for (int level = 0; level < PriorityPolicy.LEVELS; level++) {
        List<Long> values = emission.get(level);
        String target = "";
        if (level > 0) {
          long limit = policy.windowMs(level) + policy.outOfOrdernessMs() + 1000;
          long p99 = values.isEmpty() ? 0 : percentile(sorted(values), 99);
          target =
              String.format("  (target p99 <= %d: %s)", limit, p99 <= limit ? "met" : "MISSED");
        }
        System.out.printf(
            "P%d operator emission (triagedAt - receivedAt) ms  %s%s%n",
            level, percentiles(values), target);
      }
    }
  }

  private static long[] sorted(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).sorted().toArray();
  }

  private static String percentiles(List<Long> values) {
    if (values.isEmpty()) {
      return "n=0";
    }
    long[] v = sorted(values);
    return String.format(
        "n=%5d p50 %6d p99 %6d max %6d",
        v.length, percentile(v, 50), percentile(v, 99), v[v.length - 1]);
  }

  /** Nearest-rank percentile of sorted values. */
  private static long percentile(long[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
