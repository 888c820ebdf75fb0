package io.mailtriage.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real single-node Kafka 4.2 cluster (KRaft, one combined broker+controller) inside the test JVM,
 * on a random localhost port. It wraps Kafka's own test kit, an internal Kafka API that may change
 * between releases: tests use this class only, so an upgrade touches one file.
 *
 * <p>Start one per test class and give each test its own topics, which keeps tests independent
 * without paying the ~3 s startup per test:
 *
 * <pre>{@code
 * private static EmbeddedKafka kafka;
 *
 * @BeforeAll static void start() throws Exception { kafka = EmbeddedKafka.start(); }
 * @AfterAll static void stop() throws Exception { kafka.close(); }
 *
 * @Test void roundTrip() throws Exception {
 *   String topic = kafka.createTopic("emails", 2);          // e.g. emails-3f9c2a1b
 *   kafka.produce(topic, List.of("hello".getBytes(UTF_8)));
 *   List<ConsumerRecord<byte[], byte[]>> got =
 *       kafka.consume(List.of(topic), 1, Duration.ofSeconds(30));
 * }
 * }</pre>
 *
 * <p>The broker is configured like the demo broker (scripts/lib/kafka.sh): replication factor and
 * min ISR 1 for the internal topics, so consumer groups and transactions work on one node; records
 * up to {@link #MAX_MESSAGE_BYTES}; no delay before a new group's first rebalance; no auto-created
 * topics, so a test that writes to a topic it did not create fails instead of passing by accident.
 */
public final class EmbeddedKafka implements AutoCloseable {
  /**
   * The largest record the broker accepts: room for the 10 MB input bound and a 30 MB test record.
   */
  public static final int MAX_MESSAGE_BYTES = 33_554_432;

  private final KafkaClusterTestKit cluster;
  private final Admin admin;

  private EmbeddedKafka(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
    this.admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
  }

  /** Formats, starts and waits for the cluster; returns once it accepts clients. */
  public static EmbeddedKafka start() throws Exception {
    KafkaClusterTestKit cluster =
        new KafkaClusterTestKit.Builder(
                new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
            // Without these the internal topics want 3 replicas: group consumers and
            // transactional producers would wait forever on a single node.
            .setConfigProp("offsets.topic.replication.factor", "1")
            .setConfigProp("transaction.state.log.replication.factor", "1")
            .setConfigProp("transaction.state.log.min.isr", "1")
            .setConfigProp("group.initial.rebalance.delay.ms", "0")
            .setConfigProp("message.max.bytes", String.valueOf(MAX_MESSAGE_BYTES))
            .setConfigProp("auto.create.topics.enable", "false")
            // Time retention checked every second instead of every 5 minutes: a record whose
            // timestamp is older than its topic's retention.ms is deleted while the test still
            // reads, as it would be on a real broker a little later.
            .setConfigProp("log.retention.check.interval.ms", "1000")
            .build();
    try {
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
    } catch (Exception e) {
      cluster.close();
      throw e;
    }
    return new EmbeddedKafka(cluster);
  }

  /** {@code host:port} for a client's {@code bootstrap.servers}. */
  public String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  /**
   * Creates a topic named {@code prefix-<8 random hex>} and waits until it exists. Random names let
   * tests share one cluster without seeing each other's records.
   */
  public String createTopic(String prefix, int partitions) throws Exception {
    String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    createTopics(partitions, name);
    return name;
  }

  /**
   * Creates topics with exactly these names (for code that derives names, like a triage prefix plus
   * a queue) and waits until all exist. Fails if one already exists.
   */
  public void createTopics(int partitions, String... names)
      throws ExecutionException, InterruptedException, TimeoutException {
    List<NewTopic> topics = new ArrayList<>();
    for (String name : names) {
      topics.add(new NewTopic(name, partitions, (short) 1));
    }
    admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
  }

  /**
   * Sets topic-level configs (e.g. {@code retention.ms}) on existing topics and waits until
   * applied.
   */
  public void setTopicConfig(Map<String, String> settings, String... topics)
      throws ExecutionException, InterruptedException, TimeoutException {
    Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
    for (String topic : topics) {
      List<AlterConfigOp> ops = new ArrayList<>();
      settings.forEach(
          (k, v) -> ops.add(new AlterConfigOp(new ConfigEntry(k, v), AlterConfigOp.OpType.SET)));
      changes.put(new ConfigResource(ConfigResource.Type.TOPIC, topic), ops);
    }
    admin.incrementalAlterConfigs(changes).all().get(30, TimeUnit.SECONDS);
  }

  /**
   * The first offset still in the log of each partition of {@code topics}: above 0 once retention
   * (or a deletion) removed records from the front.
   */
  public Map<TopicPartition, Long> logStartOffsets(Collection<String> topics, Duration timeout) {
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig())) {
      return consumer.beginningOffsets(partitions(consumer, topics, timeout), timeout);
    }
  }

  /**
   * Producer settings for this cluster: byte-array serializers and a request size that admits
   * {@link #MAX_MESSAGE_BYTES}. A fresh map each call, for a test to extend (e.g. with a
   * transactional id).
   */
  public Map<String, Object> producerConfig() {
    Map<String, Object> config = new HashMap<>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_MESSAGE_BYTES);
    config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 2L * MAX_MESSAGE_BYTES);
    return config;
  }

  /**
   * Consumer settings that read only committed records ({@code read_committed}, as the job's
   * downstream readers do), with byte-array deserializers and no group id: add one for {@code
   * subscribe()}, or {@code assign()} partitions as {@link #consume} does. A fresh map each call.
   */
  public Map<String, Object> consumerConfig() {
    Map<String, Object> config = new HashMap<>();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    config.put(
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    return config;
  }

  /** Sends each value as one record (no key), and returns once all are acknowledged. */
  public void produce(String topic, Collection<byte[]> values) throws Exception {
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig())) {
      List<Future<?>> sent = new ArrayList<>();
      for (byte[] value : values) {
        sent.add(producer.send(new ProducerRecord<>(topic, value)));
      }
      for (Future<?> f : sent) {
        f.get(30, TimeUnit.SECONDS);
      }
    }
  }

  /**
   * Reads {@code topics} from the beginning with {@code read_committed} until {@code count} records
   * arrived, and returns them (per partition in offset order). Throws {@link TimeoutException},
   * naming how many arrived, if they do not within {@code timeout}. Records past {@code count} that
   * came in the same poll are returned too, so a test can assert that there are no extras.
   */
  public List<ConsumerRecord<byte[], byte[]>> consume(
      Collection<String> topics, int count, Duration timeout) throws TimeoutException {
    return consume(topics, count, timeout, "read_committed");
  }

  /**
   * As {@link #consume(Collection, int, Duration)}, with the given {@code isolation.level}: {@code
   * read_uncommitted} also sees records of transactions that are still open.
   */
  public List<ConsumerRecord<byte[], byte[]>> consume(
      Collection<String> topics, int count, Duration timeout, String isolationLevel)
      throws TimeoutException {
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<String, Object> config = consumerConfig();
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolationLevel);
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
      List<TopicPartition> partitions = assignFromBeginning(consumer, topics, timeout);
      while (records.size() < count) {
        if (System.nanoTime() > deadline) {
          throw new TimeoutException(
              "got "
                  + records.size()
                  + " of "
                  + count
                  + " records from "
                  + topics
                  + " within "
                  + timeout);
        }
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
    }
    return records;
  }

  /**
   * Reads every committed record of {@code topics} up to their current end (the last stable offset
   * for this read_committed consumer). For checking a finished job's complete output: what is
   * returned is everything there is, so duplicates and extras show.
   */
  public List<ConsumerRecord<byte[], byte[]>> consumeAll(
      Collection<String> topics, Duration timeout) throws TimeoutException {
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig())) {
      List<TopicPartition> partitions = assignFromBeginning(consumer, topics, timeout);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
        if (System.nanoTime() > deadline) {
          throw new TimeoutException("did not reach the end of " + topics + " within " + timeout);
        }
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
    }
    return records;
  }

  /** Assigns every partition of {@code topics} to the consumer, positioned at the beginning. */
  private static List<TopicPartition> assignFromBeginning(
      KafkaConsumer<byte[], byte[]> consumer, Collection<String> topics, Duration timeout) {
    List<TopicPartition> partitions = partitions(consumer, topics, timeout);
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    return partitions;
  }

  private static List<TopicPartition> partitions(
      KafkaConsumer<byte[], byte[]> consumer, Collection<String> topics, Duration timeout) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : topics) {
      for (PartitionInfo p : consumer.partitionsFor(topic, timeout)) {
        partitions.add(new TopicPartition(p.topic(), p.partition()));
      }
    }
    return partitions;
  }

  /** Stops the cluster and deletes its storage. */
  @Override
  public void close() throws Exception {
    admin.close(Duration.ofSeconds(10));
    cluster.close();
  }

  @Override
  public String toString() {
    return "EmbeddedKafka[" + bootstrapServers() + "]";
  }
}
