package io.mailtriage.job;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mailtriage.inference.OnnxModelProvider;
import io.mailtriage.testing.CommittedOutput;
import io.mailtriage.testing.LocalCluster;
import io.mailtriage.testing.ModelDirs;
import io.mailtriage.tools.MailInputs;
import io.mailtriage.tools.Producers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Kills things for real on the local cluster of the operator scripts (Kafka broker, ZooKeeper,
 * JobManager and TaskManager as separate JVMs, JobManager HA on) while mail streams in without a
 * pause, and proves after every fault that a {@code read_committed} consumer finds every input
 * record exactly once across the triage queues and the DLQ (and, where the job writes {@code
 * triage.urgent}, every P0 there at least once).
 *
 * <p>The faults, in one run: TaskManager SIGKILL (half of them right after a checkpoint was
 * triggered, so it dies with the checkpoint in flight), JobManager SIGKILL (the restarted one
 * resumes the job from the latest checkpoint through ZooKeeper), broker stop and restart, broker
 * SIGKILL, checkpoint storage made unwritable for a while, stop-with-savepoint and restore on an
 * upgraded deployment (the job as a jar on new JVMs), model hot swaps and a master-key rotation. It
 * prints the table of docs/reliability.md (also written to target/fault-it/reliability.md).
 *
 * <p>Process-heavy and about 20 minutes long (docs/reliability.md), so it runs in its own profile,
 * the last step of .ci/run: {@code mvn -B -Pfault-it test}. Everything lives under target/fault-it
 * (logs in its logs/).
 */
class ClusterFaultIT {
  private static final Path ROOT = LocalCluster.ROOT;
  private static final String URGENT = "triage.urgent";
  private static final Duration START = Duration.ofMinutes(10);
  private static final Duration SCRIPT = Duration.ofMinutes(5);
  private static final Duration RECOVERY = Duration.ofMinutes(5);

  /** The job checkpoints every 3 s here, so a record is committed within seconds of a recovery. */
  private static final int CHECKPOINT_MS = 3000;

  /** Steady input while faults happen: one record every this many milliseconds. */
  private static final long FEED_EVERY_MS = 150;

  private final ObjectMapper json = new ObjectMapper();
  private LocalCluster cluster;
  private CommittedOutput output;
  private KafkaProducer<byte[], byte[]> producer;
  private Thread feeder;
  private volatile boolean feeding;

  /** Undoes the checkpoint storage freeze in progress, if any. */
  private Thaw thaw;

  /** Every input record acknowledged by the broker, with the fault it is accounted to. */
  private final Map<String, Integer> sent = new ConcurrentHashMap<>();

  /** Inputs sent, not yet seen in the output, when a fault struck: accounted to that fault. */
  private final Map<String, Integer> exposedTo = new ConcurrentHashMap<>();

  private final AtomicInteger currentFault = new AtomicInteger(-1);
  private final AtomicLong sendFailures = new AtomicLong();
  private final List<Fault> faults = new ArrayList<>();

  /**
   * One injected fault: its kind, when it was over, how long until committed output flowed again.
   */
  private static final class Fault {
    final String kind;
    double recoverySeconds;
    String note = "";

    Fault(String kind) {
      this.kind = kind;
    }
  }

  @BeforeEach
  void prepare() throws Exception {
    cluster = new LocalCluster("fault-it");
  }

  @AfterEach
  void stop() throws Exception {
    feeding = false;
    if (feeder != null) {
      feeder.join(30_000);
    }
    if (thaw != null) {
      thaw.run();
    }
    if (producer != null) {
      producer.close(Duration.ofSeconds(10));
    }
    if (output != null) {
      output.close();
    }
    cluster.script(SCRIPT, "scripts/cluster-stop.sh");
  }

  @Test
  void everyInputComesOutExactlyOnceThroughTwentyFaults() throws Exception {
    cluster.script(
        START,
        "scripts/cluster-start.sh",
        "--taskmanagers",
        "1",
        "--ha",
        // A killed TaskManager is noticed in seconds rather than after the 50 s default; restarts
        // back off at most 10 s (the default grows to a minute and takes an hour to reset, which
        // would make the later faults of one run measure the backoff instead of the recovery).
        "--conf",
        "heartbeat.interval=2s",
        "--conf",
        "heartbeat.timeout=20s",
        // A killed JobManager's leadership ends with its ZooKeeper session: 10 s instead of 60 s.
        "--conf",
        "high-availability.zookeeper.client.session-timeout=10000",
        // Checkpoint statistics fresh on every REST call (cached for 3 s by default), so that a
        // kill
        // "during a checkpoint" sees the one in progress.
        "--conf",
        "rest.cache.checkpoint-statistics.timeout=50ms",
        "--conf",
        "restart-strategy.type=exponential-delay",
        "--conf",
        "restart-strategy.exponential-delay.max-backoff=10s",
        "--conf",
        "restart-strategy.exponential-delay.reset-backoff-threshold=1min",
        "--",
        "--set",
        "checkpoint.intervalMs=" + CHECKPOINT_MS,
        "--set",
        "checkpoint.minPauseMs=1000");
    String bootstrap = cluster.bootstrap();
    producer = new KafkaProducer<>(producerConfig(bootstrap));
    boolean urgent = topicExists(bootstrap, URGENT);
    output = new CommittedOutput(bootstrap, urgent ? List.of(URGENT) : List.of());
    startFeeding(inputs());
    probe(null);

    // The faults that change the deployment first: the rest then run on the upgraded one.
    savepointAndUpgrade();
    swapModel("fault-v2");
    rotateKeys();
    for (int round = 0; round < 4; round++) {
      killTaskManager(round % 2 == 1);
      killTaskManager(round % 2 == 0);
      if (round < 3) {
        killJobManager(round == 1);
      }
    }
    stopBroker(false);
    stopBroker(false);
    stopBroker(true);
    freezeCheckpointStorage();
    freezeCheckpointStorage();
    swapModel("fault-v3");

    feeding = false;
    feeder.join(60_000);
    producer.flush();
    LocalCluster.awaitUntil(() -> allOut(sent.keySet()), RECOVERY, this::missingSummary);
    // Duplicates could still be on their way in a transaction a later checkpoint commits.
    long settle = System.nanoTime() + Duration.ofMillis(4L * CHECKPOINT_MS).toNanos();
    while (System.nanoTime() < settle) {
      output.poll();
    }
    String table = report(urgent);
    System.out.println(table);
    Files.writeString(cluster.run().resolve("reliability.md"), table);

    assertThat(faults).hasSizeGreaterThanOrEqualTo(20);
    assertThat(sendFailures.get()).as("inputs the broker refused").isZero();
    Map<String, List<JsonNode>> out = output.records();
    assertThat(sent.keySet()).as("every input came out").allMatch(out::containsKey);
    assertThat(out.keySet()).as("no output without an input").allMatch(sent::containsKey);
    assertThat(out.values()).as("no input came out twice").allMatch(list -> list.size() == 1);
    if (urgent) {
      assertThat(p0Missing()).as("every P0 on " + URGENT + " at least once").isEmpty();
    }
  }

  // ---- the faults ----

  private void killTaskManager(boolean duringCheckpoint) throws Exception {
    Fault f =
        begin(
            duringCheckpoint
                ? "TaskManager SIGKILL during a checkpoint"
                : "TaskManager SIGKILL mid-stream");
    long pid = cluster.pid("taskmanager-" + liveTaskManager());
    long inFlight = duringCheckpoint ? awaitCheckpointInFlight() : -1;
    long at = System.nanoTime();
    kill(pid);
    cluster.script(SCRIPT, "scripts/taskmanager-add.sh");
    recovered(f, at, null);
    if (duringCheckpoint) {
      f.note = checkpointFate(inFlight);
    }
  }

  private void killJobManager(boolean duringCheckpoint) throws Exception {
    Fault f =
        begin(duringCheckpoint ? "JobManager SIGKILL during a checkpoint" : "JobManager SIGKILL");
    long pid = cluster.pid("jobmanager");
    if (duringCheckpoint) {
      f.note =
          awaitCheckpointInFlight() < 0 ? "no checkpoint seen in flight" : "a checkpoint in flight";
    }
    long at = System.nanoTime();
    kill(pid);
    // With HA the new JobManager takes the job and its latest checkpoint from ZooKeeper.
    cluster.script(SCRIPT, "scripts/jobmanager-start.sh");
    recovered(f, at, null);
  }

  private void stopBroker(boolean sigkill) throws Exception {
    Fault f = begin(sigkill ? "Kafka broker SIGKILL, restart" : "Kafka broker stop, restart");
    if (sigkill) {
      kill(cluster.pid("kafka"));
    } else {
      cluster.script(SCRIPT, "scripts/kafka-stop.sh");
    }
    Thread.sleep(10_000);
    long at = System.nanoTime();
    cluster.script(SCRIPT, "scripts/kafka-start.sh", "--resume");
    f.note = "down 10 s";
    recovered(f, at, null);
  }

  /**
   * Makes the job's checkpoint directory unwritable for 15 s: no checkpoint can create its chk-N
   * directory, so checkpoints fail and the job fails over, restoring from the last checkpoint it
   * did complete, until the directory is writable again.
   */
  private void freezeCheckpointStorage() throws Exception {
    Fault f = begin("checkpoint storage unwritable for 15 s");
    Path dir = cluster.run().resolve("flink/checkpoints").resolve(cluster.jobId());
    long failedBefore = checkpointCounts().path("failed").asLong();
    String how = freeze(dir);
    Thread.sleep(15_000);
    thaw.run();
    thaw = null;
    long at = System.nanoTime();
    long failedAfter = checkpointCounts().path("failed").asLong();
    // A failover can start the JobManager's checkpoint statistics afresh.
    f.note =
        (failedAfter >= failedBefore
                ? (failedAfter - failedBefore) + " checkpoint(s) failed"
                : failedAfter + " checkpoint(s) failed since the statistics restarted")
            + " ("
            + how
            + ")";
    recovered(f, at, null);
  }

  /** Undoes one way of making a directory unwritable. */
  private interface Thaw {
    void run() throws Exception;
  }

  /**
   * Makes {@code dir} unwritable in the first way this machine allows and says which: the immutable
   * flag (root on ext4 and the like; root ignores permission bits, not this flag), read-only
   * permission bits (a user other than root), or, where neither binds (root without the capability
   * to set the flag, or a file system without it), the directory moved aside and a plain file put
   * in its place.
   */
  private String freeze(Path dir) throws Exception {
    if (exec("chattr", "+i", dir.toString()) == 0) {
      thaw = () -> assertThat(exec("chattr", "-i", dir.toString())).as("chattr -i " + dir).isZero();
      return "immutable flag";
    }
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dir);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
    if (!canCreateIn(dir)) {
      thaw = () -> Files.setPosixFilePermissions(dir, permissions);
      return "read-only directory";
    }
    Files.setPosixFilePermissions(dir, permissions);
    Path aside = dir.resolveSibling(dir.getFileName() + ".aside");
    Files.move(dir, aside, StandardCopyOption.ATOMIC_MOVE);
    Files.createFile(dir);
    thaw =
        () -> {
          Files.delete(dir);
          Files.move(aside, dir, StandardCopyOption.ATOMIC_MOVE);
        };
    return "directory replaced by a file";
  }

  private static boolean canCreateIn(Path dir) {
    try {
      Files.delete(Files.createDirectory(dir.resolve(".probe-" + System.nanoTime())));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The command's exit status; -1 where it is not installed. */
  private static int exec(String... command) throws InterruptedException {
    try {
      return new ProcessBuilder(command).inheritIO().start().waitFor();
    } catch (IOException notInstalled) {
      return -1;
    }
  }

  /**
   * Stops the job with a savepoint (the application cluster's JobManager exits with it), then
   * starts a new deployment from it: the job's classes as a jar instead of target/classes, on a new
   * JobManager and a new TaskManager.
   */
  private void savepointAndUpgrade() throws Exception {
    Fault f = begin("stop with savepoint, new jar, restore");
    Path savepoints = Files.createDirectories(cluster.run().resolve("savepoints-upgrade"));
    cluster.post(
        "/jobs/" + cluster.jobId() + "/stop",
        "{\"drain\":false,\"targetDirectory\":\"file://" + savepoints + "\"}");
    LocalCluster.awaitUntil(
        () -> hasSavepoint(savepoints), SCRIPT, () -> "no savepoint in " + savepoints);
    // The application cluster's JobManager should exit once its job has finished; with HA on its
    // shutdown was seen to hang for minutes after "Shutting ... down with application status
    // SUCCEEDED", so it gets a minute, then a SIGTERM, as an operator would.
    ProcessHandle jm = ProcessHandle.of(cluster.pid("jobmanager")).orElseThrow();
    try {
      jm.onExit().get(60, TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      jm.destroy();
      jm.onExit().get(60, TimeUnit.SECONDS);
      f.note = "JobManager stopped by SIGTERM after the job finished; ";
    }
    Path savepoint = latestSavepoint(savepoints);
    long at = System.nanoTime();
    cluster.env("MT_JOB_JAR", jobJar().toString());
    cluster.script(SCRIPT, "scripts/taskmanager-remove.sh");
    // The new JobManager waits for slots and the new TaskManager needs a JobManager to join: start
    // both, the script that waits for the job in the background.
    CompletableFuture<Void> jobManager =
        CompletableFuture.runAsync(
            () -> {
              try {
                cluster.script(
                    START, "scripts/jobmanager-start.sh", "--from-savepoint", savepoint.toString());
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    LocalCluster.awaitUntil(() -> alive("jobmanager"), SCRIPT, () -> "no new JobManager");
    cluster.script(SCRIPT, "scripts/taskmanager-add.sh");
    jobManager.get(START.toSeconds(), TimeUnit.SECONDS);
    f.note += "restored " + savepoint.getFileName();
    recovered(f, at, null);
  }

  /**
   * Announces a copy of the bundled model under a new version; recovered once new mail carries it.
   */
  private void swapModel(String version) throws Exception {
    Fault f = begin("model hot swap");
    Path dir = ModelDirs.copyOfDefault(cluster.run().resolve("models").resolve(version));
    ObjectNode a = json.createObjectNode();
    a.put("version", version);
    a.put("uri", dir.toString());
    a.put("sha256", OnnxModelProvider.sha256(dir.resolve("intent-head.onnx")));
    a.put("announcedAt", System.currentTimeMillis());
    long at = System.nanoTime();
    producer
        .send(new ProducerRecord<>("models.control", json.writeValueAsBytes(a)))
        .get(60, TimeUnit.SECONDS);
    recovered(f, at, record -> version.equals(record.path("modelVersion").asText()));
  }

  /**
   * Adds master key k2 and rolls the TaskManager onto it (stop, start: the operators load the key
   * ring in open()). Recovered once new mail is tokenized under k2.
   */
  private void rotateKeys() throws Exception {
    Fault f = begin("master key rotation (k1 to k2)");
    Path keys = cluster.run().resolve("flink/master-keys");
    byte[] k2 = new byte[32];
    new java.security.SecureRandom().nextBytes(k2);
    Files.writeString(
        keys,
        "k1:"
            + Files.readString(keys).trim()
            + ",k2:"
            + Base64.getEncoder().encodeToString(k2)
            + "\n");
    long at = System.nanoTime();
    cluster.script(SCRIPT, "scripts/taskmanager-remove.sh");
    cluster.script(SCRIPT, "scripts/taskmanager-add.sh");
    recovered(f, at, record -> record.toString().contains(":k2:"));
  }

  // ---- bookkeeping ----

  /** Starts accounting to a new fault the inputs in flight now and the ones sent until the next. */
  private Fault begin(String kind) {
    output.poll();
    Fault f = new Fault(kind);
    faults.add(f);
    int index = faults.size() - 1;
    currentFault.set(index);
    for (String coordinates : sent.keySet()) {
      if (!output.records().containsKey(coordinates)) {
        exposedTo.putIfAbsent(coordinates, index);
      }
    }
    progress(String.format(Locale.ROOT, "fault %d: %s", index + 1, kind));
    return f;
  }

  /**
   * Waits until a record sent now comes out committed (and, if given, shows {@code sign}), then
   * until every input sent so far has come out; the first wait is the fault's recovery time.
   */
  private void recovered(Fault f, long since, java.util.function.Predicate<JsonNode> sign)
      throws Exception {
    String probe = probe(sign);
    f.recoverySeconds = (System.nanoTime() - since) / 1e9;
    Set<String> sentSoFar = new HashSet<>(sent.keySet());
    sentSoFar.remove(probe);
    LocalCluster.awaitUntil(() -> allOut(sentSoFar), RECOVERY, this::missingSummary);
    progress(String.format(Locale.ROOT, "  recovered in %.1f s %s", f.recoverySeconds, f.note));
  }

  /** Sends one fresh email and waits until it is committed; returns its coordinates. */
  private String probe(java.util.function.Predicate<JsonNode> sign) throws Exception {
    long deadline = System.nanoTime() + RECOVERY.toNanos();
    while (true) {
      String at = send(probeMail());
      LocalCluster.awaitUntil(
          () -> allOut(Set.of(at)),
          RECOVERY,
          () -> "probe " + at + " not committed; logs in " + cluster.logs());
      if (sign == null || sign.test(output.records().get(at).get(0))) {
        return at;
      }
      // Sent before the change took effect everywhere (e.g. on a subtask still loading the model).
      assertThat(System.nanoTime())
          .as("output never showed the change; logs in " + cluster.logs())
          .isLessThan(deadline);
      Thread.sleep(1000);
    }
  }

  /**
   * Prints a line and appends it to target/fault-it/progress.log, readable while the run goes on.
   */
  private void progress(String line) {
    System.out.println(line);
    try {
      Files.writeString(
          cluster.run().resolve("progress.log"),
          java.time.LocalTime.now() + " " + line + "\n",
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private boolean allOut(Set<String> coordinates) {
    output.poll();
    return output.records().keySet().containsAll(coordinates);
  }

  private String missingSummary() {
    List<String> missing =
        sent.keySet().stream().filter(c -> !output.records().containsKey(c)).sorted().toList();
    return missing.size()
        + " inputs not in the committed output (e.g. "
        + missing.stream().limit(5).toList()
        + "); logs in "
        + cluster.logs();
  }

  private String report(boolean urgent) {
    Map<String, List<Integer>> byKind = new LinkedHashMap<>();
    for (int i = 0; i < faults.size(); i++) {
      byKind.computeIfAbsent(faults.get(i).kind, k -> new ArrayList<>()).add(i);
    }
    Map<Integer, int[]> damage = new LinkedHashMap<>(); // fault index -> {lost, duplicated}
    for (Map.Entry<String, Integer> e : sent.entrySet()) {
      int fault = exposedTo.getOrDefault(e.getKey(), e.getValue());
      if (fault < 0) {
        continue;
      }
      int copies = output.records().getOrDefault(e.getKey(), List.of()).size();
      int[] d = damage.computeIfAbsent(fault, k -> new int[2]);
      d[0] += copies == 0 ? 1 : 0;
      d[1] += Math.max(0, copies - 1);
    }
    StringBuilder s = new StringBuilder();
    s.append("| fault | count | lost | duplicated | recovery time (s), median / max | notes |\n");
    s.append("| --- | ---: | ---: | ---: | ---: | --- |\n");
    int lost = 0;
    int dup = 0;
    for (Map.Entry<String, List<Integer>> kind : byKind.entrySet()) {
      int l = 0;
      int d = 0;
      List<Double> times = new ArrayList<>();
      Set<String> notes = new java.util.TreeSet<>();
      for (int i : kind.getValue()) {
        int[] x = damage.getOrDefault(i, new int[2]);
        l += x[0];
        d += x[1];
        times.add(faults.get(i).recoverySeconds);
        if (!faults.get(i).note.isEmpty()) {
          notes.add(faults.get(i).note);
        }
      }
      times.sort(Comparator.naturalOrder());
      lost += l;
      dup += d;
      s.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %d | %.1f / %.1f | %s |%n",
              kind.getKey(),
              kind.getValue().size(),
              l,
              d,
              times.get(times.size() / 2),
              times.get(times.size() - 1),
              String.join("; ", notes)));
    }
    s.append(
        String.format(
            Locale.ROOT,
            "| **all** | **%d** | **%d** | **%d** | | %d inputs, %d outputs |%n",
            faults.size(),
            lost,
            dup,
            sent.size(),
            output.records().values().stream().mapToInt(List::size).sum()));
    long p0 =
        output.records().values().stream()
            .flatMap(List::stream)
            .filter(r -> "P0".equals(r.path("priority").asText()))
            .count();
    s.append(
        urgent
            ? String.format(
                Locale.ROOT,
                "%nP0 records: %d; missing on %s: %d%n",
                p0,
                URGENT,
                p0Missing().size())
            : String.format(
                Locale.ROOT, "%nP0 records: %d (the job writes no %s topic)%n", p0, URGENT));
    return s.toString();
  }

  private List<String> p0Missing() {
    List<String> missing = new ArrayList<>();
    output
        .records()
        .forEach(
            (at, records) -> {
              if (records.stream().anyMatch(r -> "P0".equals(r.path("priority").asText()))
                  && !output.extra().containsKey(at)) {
                missing.add(at);
              }
            });
    return missing;
  }

  // ---- input ----

  /** The test corpus and the samples (good, odd and broken mail), plus urgent mail of our own. */
  private List<byte[]> inputs() throws Exception {
    List<byte[]> values = new ArrayList<>();
    for (String path :
        List.of(
            "src/test/resources/corpus/spamassassin",
            "samples/mail",
            "samples/odd",
            "samples/broken",
            "samples/envelopes.jsonl")) {
      MailInputs.forEachRecord(
          MailInputs.discover(ROOT.resolve(path)), Long.MAX_VALUE, values::add);
    }
    String[] urgent = {
      "My card was stolen an hour ago and someone is using it right now. Please block it immediately!",
      "URGENT: I lost my wallet with my debit card, block the card asap, there are payments I did not make.",
      "Someone has compromised my card, I see fraudulent transactions in another country. Freeze it now.",
    };
    List<byte[]> mixed = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      mixed.add(values.get(i));
      if (i % 10 == 0) {
        mixed.add(
            mail("customer" + i + "@example.org", "Card stolen", urgent[i % urgent.length])
                .getBytes(UTF_8));
      }
    }
    return mixed;
  }

  private void startFeeding(List<byte[]> values) {
    feeding = true;
    feeder =
        new Thread(
            () -> {
              for (int i = 0; feeding; i++) {
                int fault = currentFault.get();
                producer.send(
                    new ProducerRecord<>(CommittedOutput.INPUT, values.get(i % values.size())),
                    (meta, error) -> {
                      if (error != null) {
                        sendFailures.incrementAndGet();
                      } else {
                        sent.put(meta.partition() + "@" + meta.offset(), fault);
                      }
                    });
                try {
                  Thread.sleep(FEED_EVERY_MS);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "fault-it-feeder");
    feeder.setDaemon(true);
    feeder.start();
  }

  private String send(String mail) throws Exception {
    int fault = currentFault.get();
    RecordMetadata meta =
        producer
            .send(new ProducerRecord<>(CommittedOutput.INPUT, mail.getBytes(UTF_8)))
            .get(3, TimeUnit.MINUTES);
    String at = meta.partition() + "@" + meta.offset();
    sent.put(at, fault);
    return at;
  }

  /**
   * A fresh email with personal data in the subject, so its record shows the key version in use,
   * and urgent (P0 leaves at once; a windowed level would add its window and watermark wait to the
   * recovery time).
   */
  private static String probeMail() {
    return mail(
        "probe-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
        "Card stolen: call me back on +44 20 7946 0958 or write to sam.probe@example.org",
        "My card was stolen this morning, please block it immediately. Thanks, Sam");
  }

  private static String mail(String from, String subject, String body) {
    return String.join(
        "\r\n",
        "From: Customer <" + from + ">",
        "To: Example Bank Support <support@example.com>",
        "Subject: " + subject,
        "Date: " + ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME),
        "Message-ID: <" + UUID.randomUUID() + "@example.org>",
        "Content-Type: text/plain; charset=utf-8",
        "",
        body,
        "");
  }

  private static Map<String, Object> producerConfig(String bootstrap) {
    Map<String, Object> config = Producers.idempotent(bootstrap);
    // Longer than any broker outage here, so no input is given up while the broker is away.
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000);
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 300_000);
    return config;
  }

  private static boolean topicExists(String bootstrap, String topic) throws Exception {
    try (var admin =
        org.apache.kafka.clients.admin.Admin.create(
            Map.of(
                org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap))) {
      return admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic);
    }
  }

  // ---- the cluster ----

  private String liveTaskManager() throws IOException {
    try (Stream<Path> files = Files.list(cluster.run().resolve("flink"))) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        String name = p.getFileName().toString();
        if (name.startsWith("taskmanager-tm")
            && name.endsWith(".pid")
            && alive(name.substring(0, name.length() - 4))) {
          return name.substring("taskmanager-".length(), name.length() - 4);
        }
      }
    }
    throw new AssertionError("no live TaskManager");
  }

  private boolean alive(String name) {
    try {
      return ProcessHandle.of(cluster.pid(name)).map(ProcessHandle::isAlive).orElse(false);
    } catch (IOException | NumberFormatException e) {
      return false;
    }
  }

  /** SIGKILL (destroyForcibly on Linux) to one process the scripts started and recorded. */
  private static void kill(long pid) throws InterruptedException {
    ProcessHandle p =
        ProcessHandle.of(pid)
            .orElseThrow(() -> new AssertionError("pid " + pid + " is not running"));
    p.destroyForcibly();
    p.onExit().orTimeout(30, TimeUnit.SECONDS).join();
  }

  /**
   * Waits (up to 60 s) until the newest checkpoint is in progress and returns its id, or -1. Polled
   * rather than triggered: on a loaded machine the REST answer to a trigger came after the
   * checkpoint had already completed.
   */
  private long awaitCheckpointInFlight() throws Exception {
    String job = cluster.jobId();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode newest = cluster.rest("/jobs/" + job + "/checkpoints").path("history").path(0);
      if (newest.path("status").asText().equals("IN_PROGRESS")) {
        return newest.path("id").asLong();
      }
      Thread.sleep(50);
    }
    return -1;
  }

  /**
   * What became of the checkpoint that was in flight at the kill, from the JobManager's history.
   */
  private String checkpointFate(long id) {
    if (id < 0) {
      return "no checkpoint seen in flight";
    }
    try {
      JsonNode details = cluster.rest("/jobs/" + cluster.jobId() + "/checkpoints/details/" + id);
      return "checkpoint in flight at the kill: " + details.path("status").asText();
    } catch (Exception | AssertionError e) {
      return "checkpoint in flight at the kill: outcome not in the history";
    }
  }

  private JsonNode checkpointCounts() throws Exception {
    return cluster.rest("/jobs/" + cluster.jobId() + "/checkpoints").path("counts");
  }

  private static boolean hasSavepoint(Path dir) {
    try {
      latestSavepoint(dir);
      return true;
    } catch (IOException | AssertionError e) {
      return false;
    }
  }

  private static Path latestSavepoint(Path dir) throws IOException {
    try (Stream<Path> found = Files.list(dir)) {
      return found
          .filter(p -> Files.exists(p.resolve("_metadata")))
          .max(Comparator.comparing(p -> p.toFile().lastModified()))
          .orElseThrow(() -> new AssertionError("no savepoint in " + dir));
    }
  }

  /** The job's classes and resources as one jar, the artifact an upgrade ships. */
  private Path jobJar() throws Exception {
    Path jar = cluster.run().resolve("upgrade/mailtriage-job.jar");
    Files.createDirectories(jar.getParent());
    Path tool = Path.of(System.getProperty("java.home"), "bin", "jar");
    Process p =
        new ProcessBuilder(
                tool.toString(),
                "--create",
                "--file",
                jar.toString(),
                "-C",
                ROOT.resolve("target/classes").toString(),
                ".")
            .inheritIO()
            .start();
    assertThat(p.waitFor()).as("jar --create").isZero();
    return jar;
  }
}
