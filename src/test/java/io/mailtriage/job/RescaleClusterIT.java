package io.mailtriage.job;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mailtriage.testing.CommittedOutput;
import io.mailtriage.testing.LocalCluster;
import io.mailtriage.tools.FeedMail;
import io.mailtriage.tools.MailInputs;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
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
 * <p>Minutes long and process-heavy, so it runs only in the {@code cluster-it} profile: {@code mvn
 * -B -Pcluster-it test}. Everything lives under target/cluster-it (logs in its logs/).
 */
class RescaleClusterIT {
  private static final Path ROOT = LocalCluster.ROOT;
  private static final String INPUT = CommittedOutput.INPUT;
  // A loaded 2-core CI machine takes minutes to start the JVMs and load the model.
  private static final Duration START = Duration.ofMinutes(10);
  private static final Duration RESCALE = Duration.ofMinutes(5);
  private static final Duration OUTPUT = Duration.ofMinutes(5);

  private LocalCluster cluster;
  private CommittedOutput output;

  /** Every committed output record seen so far, by the input coordinates it carries. */
  private Map<String, List<JsonNode>> outputs;

  private String bootstrap;

  @BeforeEach
  void prepareRunDirectories() throws Exception {
    cluster = new LocalCluster("cluster-it");
  }

  /** One TaskManager with two slots: the job starts at parallelism 2 in either mode. */
  private void startCluster(String mode) throws Exception {
    cluster.script(START, "scripts/cluster-start.sh", "--taskmanagers", "1", "--mode", mode);
    bootstrap = cluster.bootstrap();
  }

  @AfterEach
  void stopCluster() throws Exception {
    if (output != null) {
      output.close();
    }
    cluster.script(Duration.ofMinutes(3), "scripts/cluster-stop.sh");
  }

  @Test
  void reactiveModeFollowsTaskManagersKeepingStateAndExactlyOnceOutput() throws Exception {
    scaleUpAndDown(
        "reactive",
        () -> cluster.script(Duration.ofMinutes(3), "scripts/taskmanager-add.sh"),
        4,
        () -> cluster.script(Duration.ofMinutes(3), "scripts/taskmanager-remove.sh"),
        2);
  }

  @Test
  void adaptiveModeRescalesOnRequestKeepingStateAndExactlyOnceOutput() throws Exception {
    scaleUpAndDown(
        "adaptive",
        () -> {
          cluster.script(Duration.ofMinutes(3), "scripts/taskmanager-add.sh");
          // Without reactive mode a new TaskManager's slots stay idle until someone asks for them;
          // 20 s is well past the scheduler's stabilisation and cooldown waits.
          long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
          while (System.nanoTime() < until) {
            assertThat(cluster.parallelism())
                .as("parallelism with a new TaskManager, before any request")
                .isEqualTo(2);
            Thread.sleep(1000);
          }
          cluster.script(Duration.ofMinutes(6), "scripts/rescale.sh", "4");
        },
        4,
        () -> cluster.script(Duration.ofMinutes(6), "scripts/rescale.sh", "3"),
        3);
  }

  /** What scales the job, for {@link #scaleUpAndDown}. */
  private interface Step {
    void run() throws Exception;
  }

  /**
   * Starts a cluster in {@code mode}, then runs the scenario of the class comment with these steps.
   */
  private void scaleUpAndDown(String mode, Step up, int upTo, Step down, int downTo)
      throws Exception {
    startCluster(mode);
    output = new CommittedOutput(bootstrap, List.of());
    outputs = output.records();
    assertThat(cluster.parallelism()).as("one TaskManager, two slots").isEqualTo(2);
    long fed = feed("src/test/resources/corpus/spamassassin");
    String a = "repeat-a-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
    List<String> beforeUp = List.of(send(a, 1), send(a, 2));
    awaitOutputs(beforeUp);

    long addedAt = System.nanoTime();
    up.run();
    cluster.awaitParallelism(upTo, RESCALE);
    System.out.printf(
        "%s scale-up: %.1f s from the first script call to every vertex RUNNING at %d%n",
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
    cluster.awaitParallelism(downTo, RESCALE);
    System.out.printf(
        "%s scale-down: %.1f s from the script call to every vertex RUNNING at %d%n",
        mode, (System.nanoTime() - removedAt) / 1e9, downTo);

    fed += feed("samples/broken");
    String thirdOfB = send(b, 3);
    awaitOutputs(List.of(thirdOfB));
    assertEscalated(thirdOfB, "after scaling down");

    long expected = fed + 6;
    LocalCluster.awaitUntil(
        () -> output.poll() >= expected,
        OUTPUT,
        () -> "got " + outputs.size() + " of " + expected + "; logs in " + cluster.logs());
    // Duplicates could still be on their way in a transaction a later checkpoint commits: give the
    // job two more checkpoint intervals before counting.
    long settle = System.nanoTime() + Duration.ofSeconds(25).toNanos();
    while (System.nanoTime() < settle) {
      output.poll();
    }
    assertThat(outputs).as("every input record came out").hasSize((int) expected);
    assertThat(outputs.values())
        .as("no input record came out twice")
        .allMatch(list -> list.size() == 1);
  }

  /** Feeds a folder or file of real mail with the demo's tool; returns how many records it sent. */
  private long feed(String path) throws Exception {
    FeedMail.Result result =
        FeedMail.feed(
            bootstrap, INPUT, MailInputs.discover(ROOT.resolve(path)), Long.MAX_VALUE, null, null);
    assertThat(result.failed()).as("records of " + path + " refused").isZero();
    return result.records();
  }

  /** Sends one email from {@code sender}, dated now; returns its input coordinates. */
  private String send(String sender, int nth) throws Exception {
    String mail =
        String.join(
            "\r\n",
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
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
            ByteArraySerializer.class.getName(),
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            ByteArraySerializer.class.getName());
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config)) {
      RecordMetadata sent =
          producer
              .send(new ProducerRecord<>(INPUT, mail.getBytes(UTF_8)))
              .get(60, TimeUnit.SECONDS);
      return sent.partition() + "@" + sent.offset();
    }
  }

  private void assertEscalated(String coordinates, String when) {
    JsonNode record = outputs.get(coordinates).get(0);
    assertThat(record.path("reasons").toString())
        .as("third email of one sender escalates " + when + ": " + record)
        .contains("repeat_sender:3_in_");
  }

  private void awaitOutputs(List<String> coordinates) throws InterruptedException {
    LocalCluster.awaitUntil(
        () -> {
          output.poll();
          return outputs.keySet().containsAll(coordinates);
        },
        OUTPUT,
        () -> "inputs " + coordinates + " not in the committed output; logs in " + cluster.logs());
  }
}
