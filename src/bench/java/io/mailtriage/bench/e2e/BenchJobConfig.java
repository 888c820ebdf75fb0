package io.mailtriage.bench.e2e;

import io.mailtriage.config.ConfigLoader;
import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.job.JobSettings;
import io.mailtriage.testing.RunConfig;
import io.mailtriage.testing.TestKeystores;
import io.mailtriage.testing.TriageTopics;
import io.mailtriage.tools.Producers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * The production configuration ({@code conf/mailtriage.yaml}) on a run's own topics of a given
 * broker, with a fresh keystore: only names, addresses and keys differ from what a deployment runs.
 */
final class BenchJobConfig {
  private BenchJobConfig() {}

  /**
   * @param run suffix of every topic and of the consumer group, so runs on one broker never meet;
   *     null keeps the production names (the local cluster's job uses them)
   */
  static JobSettings settings(String bootstrap, String run, Path scratch) throws Exception {
    Path dir = Files.createTempDirectory(Files.createDirectories(scratch), "run-");
    MailtriageConfig.Keys keys = TestKeystores.create(dir);
    List<String> overrides =
        RunConfig.overrides(bootstrap, run == null ? "" : run, keys, dir.resolve("checkpoints"));
    if (run == null) {
      // Only the address, keys and checkpoints of the run; the names stay the production ones.
      overrides.removeIf(o -> o.startsWith("topics.") || o.startsWith("kafka.consumerGroup="));
    }
    return JobSettings.resolve(new ConfigLoader().load(Path.of("conf/mailtriage.yaml"), overrides));
  }

  /** The topics the job's sinks write and a reader counts: every triage queue and the DLQ. */
  static List<String> outputTopics(JobSettings settings) throws Exception {
    List<String> out = new ArrayList<>(TriageTopics.of(settings));
    out.add(settings.config().topics().deadLetter());
    return out;
  }

  /** Creates every topic the job reads or writes, {@code partitions} each. */
  static void createTopics(String bootstrap, JobSettings settings, int partitions)
      throws Exception {
    List<String> names = new ArrayList<>(TriageTopics.named(settings.config().topics()));
    names.addAll(TriageTopics.of(settings));
    createTopics(bootstrap, partitions, names);
  }

  /**
   * Creates the topics and returns once every partition has a leader: a producer that writes to a
   * partition before that gets NOT_LEADER_OR_FOLLOWER, and its retries were seen to end in a
   * minutes long loop of OUT_OF_ORDER_SEQUENCE_NUMBER on a busy machine.
   */
  static void createTopics(String bootstrap, int partitions, List<String> names) throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      admin
          .createTopics(names.stream().map(n -> new NewTopic(n, partitions, (short) 1)).toList())
          .all()
          .get(60, TimeUnit.SECONDS);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!admin
          .describeTopics(names)
          .allTopicNames()
          .get(60, TimeUnit.SECONDS)
          .values()
          .stream()
          .allMatch(t -> t.partitions().stream().allMatch(p -> p.leader() != null))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("topics without a leader after 60 s: " + names);
        }
        Thread.sleep(200);
      }
    }
  }

  /** An idempotent byte-array producer ({@link Producers}) with room for any mail accepted. */
  static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
    Map<String, Object> config = Producers.idempotent(bootstrap);
    config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 33_554_432);
    return new KafkaProducer<>(config);
  }

  /**
   * Sends every value as one record, without a key, and returns once all are acknowledged; fails if
   * one is not, since a run then waits for output that can never come.
   */
  static void produce(String bootstrap, String topic, List<byte[]> values) throws Exception {
    List<Future<RecordMetadata>> sent = new ArrayList<>(values.size());
    Map<String, Object> config = Producers.idempotent(bootstrap);
    config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 33_554_432);
    // One request in flight: on a fresh topic the first ones can come back NOT_LEADER_OR_FOLLOWER
    // even after every partition has a leader, and with several in flight the retries were seen
    // to end in minutes of OUT_OF_ORDER_SEQUENCE_NUMBER and expired records.
    config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config)) {
      for (byte[] v : values) {
        sent.add(producer.send(new ProducerRecord<>(topic, v)));
      }
      producer.flush();
      for (Future<RecordMetadata> f : sent) {
        f.get(2, TimeUnit.MINUTES);
      }
    }
  }
}
