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
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;

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

  static void createTopics(String bootstrap, int partitions, List<String> names) throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      admin
          .createTopics(names.stream().map(n -> new NewTopic(n, partitions, (short) 1)).toList())
          .all()
          .get(60, TimeUnit.SECONDS);
    }
  }

  /** An idempotent byte-array producer ({@link Producers}) with room for any mail accepted. */
  static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
    Map<String, Object> config = Producers.idempotent(bootstrap);
    config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 33_554_432);
    return new KafkaProducer<>(config);
  }
}
