package io.mailtriage.job;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailtriage.tools.FeedMail;
import io.mailtriage.tools.MailInputs;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rescaling on a real local cluster, through the operator scripts: Kafka broker, JobManager and
 * TaskManagers as separate JVMs, in both scaling modes. In reactive mode a TaskManager is added and
 * later removed; with the adaptive scheduler alone the job keeps its parallelism when a TaskManager
 * joins and is rescaled on request (FLIP-291 resource requirements, {@code scripts/rescale.sh}).
 * Real mail goes in throughout; each test proves the job ran at the new parallelism each time, that
 * keyed state came through both restores (a sender's third email within 24 h escalates, its first
 * two having been processed before the rescale), and that committed output holds every input
 * exactly once.
 *
 * <p>Minutes long and process-heavy, so it runs only in the {@code cluster-it} profile:
 * {@code mvn -B -Pcluster-it test}. Everything lives under target/cluster-it (logs in its logs/).
 */
class RescaleClusterIT {
  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static final Path RUN = ROOT.resolve("target/cluster-it");
  private static final String INPUT = "emails.raw";
  private static final String DLQ = "emails.dlq";
  private static final List<String> QUEUES =
      List.of("account", "account-security", "cards", "cash", "exchange", "fraud", "needs-review",
          "payments", "refunds", "top-ups", "transfers");
  // A loaded 2-core CI machine takes minutes to start the JVMs and load the model.
  private static final Duration START = Duration.ofMinutes(10);
  private static final Duration RESCALE = Duration.ofMinutes(5);
  private static final Duration OUTPUT = Duration.ofMinutes(5);

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final Map<String, String> env = new HashMap<>();
  /** Every committed output record seen so far, by the input coordinates it carries. */
  private final Map<String, List<JsonNode>> outputs = new HashMap<>();
  private KafkaConsumer<byte[], byte[]> consumer;
  private String bootstrap;
  private int restPort;

  @BeforeEach
  void prepareRunDirectories() throws Exception {
    deleteRecursively(RUN);
    env.put("MT_FLINK_DIR", RUN.resolve("flink").toString());
    env.put("MT_KAFKA_DIR", RUN.resolve("kafka").toString());
    env.put("MT_LOG_DIR", RUN.resolve("logs").toString());
    restPort = freePort();
    env.put("MT_REST_PORT", Integer.toString(restPort));
    env.put("MT_JM_RPC_PORT", Integer.toString(freePort()));
  }

  /** One TaskManager with two slots: the job starts at parallelism 2 in either mode. */
  private void startCluster(String mode) throws Exception {
    script(START, "scripts/cluster-start.sh", "--taskmanagers", "1", "--mode", mode);
    bootstrap = Files.readString(RUN.resolve("kafka/bootstrap")).trim();
  }

  @AfterEach
  void stopCluster() throws Exception {
    if (consumer != null) {
      consumer.close();
    }
    script(Duration.ofMinutes(3), "scripts/cluster-stop.sh");
  }

  @Test
  void reactiveModeFollowsTaskManagersKeepingStateAndExactlyOnceOutput() throws Exception {
    scaleUpAndDown("reactive",
        () -> script(Duration.ofMinutes(3), "scripts/taskmanager-add.sh"), 4,
        () -> script(Duration.ofMinutes(3), "scripts/taskmanager-remove.sh"), 2);
  }

  @Test
  void adaptiveModeRescalesOnRequestKeepingStateAndExactlyOnceOutput() throws Exception {
    scaleUpAndDown("adaptive",
        () -> {
          script(Duration.ofMinutes(3), "scripts/taskmanager-add.sh");
          // Without reactive mode a new TaskManager's slots stay idle until someone asks for them;
          // 20 s is well past the scheduler's stabilisation and cooldown waits.
          long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
          while (System.nanoTime() < until) {
            assertThat(parallelism()).as("parallelism with a new TaskManager, before any request").isEqualTo(2);
            Thread.sleep(1000);
          }
          script(Duration.ofMinutes(6), "scripts/rescale.sh", "4");
        }, 4,
        () -> script(Duration.ofMinutes(6), "scripts/rescale.sh", "3"), 3);
  }

  /** What scales the job, for {@link #scaleUpAndDown}. */
  private interface Step {
    void run() throws Exception;
  }

  /** Starts a cluster in {@code mode}, then runs the scenario of the class comment with these steps. */
  private void scaleUpAndDown(String mode, Step up, int upTo, Step down, int downTo) throws Exception {
    startCluster(mode);
    openOutputConsumer();
    assertThat(parallelism()).as("one TaskManager, two slots").isEqualTo(2);
    long fed = feed("src/test/resources/corpus/spamassassin");
    String a = "repeat-a-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
    List<String> beforeUp = List.of(send(a, 1), send(a, 2));
    awaitOutputs(beforeUp);

    long addedAt = System.nanoTime();
    up.run();
    awaitParallelism(upTo);
    System.out.printf("%s scale-up: %.1f s from the first script call to every vertex RUNNING at %d%n",
        mode, (System.nanoTime() - addedAt) / 1e9, upTo);

    fed += feed("samples/mail") + feed("samples/odd") + feed("samples/envelopes.jsonl");
    String b = "repeat-b-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
    String thirdOfA = send(a, 3);
    List<String> beforeDown = List.of(send(b, 1), send(b, 2));
    awaitOutputs(List.of(thirdOfA));
    awaitOutputs(beforeDown);
    assertEscalated(thirdOfA, "after scaling up");

    long removedAt = System.nanoTime();
    down.run();
    awaitParallelism(downTo);
    System.out.printf("%s scale-down: %.1f s from the script call to every vertex RUNNING at %d%n",
        mode, (System.nanoTime() - removedAt) / 1e9, downTo);

    fed += feed("samples/broken");
    String thirdOfB = send(b, 3);
    awaitOutputs(List.of(thirdOfB));
    assertEscalated(thirdOfB, "after scaling down");

    long expected = fed + 6;
    awaitUntil(() -> pollOutputs() >= expected, OUTPUT, () -> "got " + outputs.size() + " of " + expected);
    // Duplicates could still be on their way in a transaction a later checkpoint commits: give the
    // job two more checkpoint intervals before counting.
    long settle = System.nanoTime() + Duration.ofSeconds(25).toNanos();
    while (System.nanoTime() < settle) {
      pollOutputs();
    }
    assertThat(outputs).as("every input record came out").hasSize((int) expected);
    assertThat(outputs.values()).as("no input record came out twice").allMatch(list -> list.size() == 1);
  }

  /** Feeds a folder or file of real mail with the demo's tool; returns how many records it sent. */
  private long feed(String path) throws Exception {
    FeedMail.Result result =
        FeedMail.feed(bootstrap, INPUT, MailInputs.discover(ROOT.resolve(path)), Long.MAX_VALUE, null, null);
    assertThat(result.failed()).as("records of " + path + " refused").isZero();
    return result.records();
  }

  /** Sends one email from {@code sender}, dated now; returns its input coordinates. */
  private String send(String sender, int nth) throws Exception {
    String mail =
        String.join("\r\n",
            "From: Repeat Customer <" + sender + ">",
            "To: Example Bank Support <support@example.com>",
            "Subject: Card payment declined again (" + nth + ")",
            "Date: " + ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME),
            "Message-ID: <" + UUID.randomUUID() + "@example.org>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "",
            "Hello, my card payment at the supermarket was declined again today although my balance",
            "is fine. This is message number " + nth + " about it. Please check my card.",
            "");
    Map<String, Object> config =
        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config)) {
      RecordMetadata sent = producer.send(new ProducerRecord<>(INPUT, mail.getBytes(UTF_8))).get(60, TimeUnit.SECONDS);
      return sent.partition() + "@" + sent.offset();
    }
  }

  private void assertEscalated(String coordinates, String when) {
    JsonNode record = outputs.get(coordinates).get(0);
    assertThat(record.path("reasons").toString())
        .as("third email of one sender escalates " + when + ": " + record)
        .contains("repeat_sender:3_in_");
  }

  /** A read_committed consumer on every triage topic and the DLQ, from the beginning. */
  private void openOutputConsumer() {
    consumer =
        new KafkaConsumer<>(
            Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
    List<TopicPartition> partitions = new ArrayList<>();
    List<String> topics = new ArrayList<>(QUEUES.stream().map(q -> "triage." + q).toList());
    topics.add(DLQ);
    for (String topic : topics) {
      for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
        partitions.add(new TopicPartition(p.topic(), p.partition()));
      }
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  /** Reads what is committed now into {@link #outputs}; returns how many inputs have come out. */
  private int pollOutputs() {
    try {
      for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
        JsonNode node = json.readTree(r.value());
        assertThat(node.path("sourceTopic").asText()).isEqualTo(INPUT);
        String coordinates = node.path("sourcePartition").asInt() + "@" + node.path("sourceOffset").asLong();
        outputs.computeIfAbsent(coordinates, k -> new ArrayList<>()).add(node);
      }
    } catch (IOException e) {
      throw new AssertionError("output record is not JSON", e);
    }
    return outputs.size();
  }

  private void awaitOutputs(List<String> coordinates) throws InterruptedException {
    awaitUntil(
        () -> {
          pollOutputs();
          return outputs.keySet().containsAll(coordinates);
        },
        OUTPUT,
        () -> "inputs " + coordinates + " not in the committed output");
  }

  /** The job's vertex parallelism once all vertices run at the same one; -1 otherwise. */
  private int parallelism() throws Exception {
    JsonNode jobs = rest("/jobs").path("jobs");
    if (jobs.isEmpty()) {
      return -1;
    }
    JsonNode job = rest("/jobs/" + jobs.get(0).path("id").asText());
    if (!job.path("state").asText().equals("RUNNING")) {
      return -1;
    }
    int parallelism = -1;
    for (JsonNode vertex : job.path("vertices")) {
      int p = vertex.path("parallelism").asInt();
      if (!vertex.path("status").asText().equals("RUNNING") || (parallelism != -1 && p != parallelism)) {
        return -1;
      }
      parallelism = p;
    }
    return parallelism;
  }

  private void awaitParallelism(int wanted) throws InterruptedException {
    awaitUntil(
        () -> {
          try {
            return parallelism() == wanted;
          } catch (Exception e) {
            return false; // the REST endpoint is briefly unavailable while the job restarts
          }
        },
        RESCALE,
        () -> "job not RUNNING at parallelism " + wanted);
  }

  private JsonNode rest(String path) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + restPort + path))
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static void awaitUntil(BooleanSupplier done, Duration timeout, java.util.function.Supplier<String> why)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(why.get() + " within " + timeout + "; logs in " + RUN.resolve("logs"));
      }
      Thread.sleep(500);
    }
  }

  /** Runs one of the operator scripts with this test's run directories; fails on a non-zero exit. */
  private void script(Duration timeout, String... command) throws Exception {
    Files.createDirectories(RUN.resolve("logs"));
    File log = RUN.resolve("logs/scripts.log").toFile();
    ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
    builder.environment().putAll(env);
    builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
    Process process = builder.start();
    if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      process.destroy();
      throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout);
    }
    assertThat(process.exitValue()).as(String.join(" ", command) + " (see " + log + ")").isZero();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
