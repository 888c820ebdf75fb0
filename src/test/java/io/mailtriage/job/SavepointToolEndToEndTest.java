package io.mailtriage.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.pii.PiiTokenizeFunction;
import io.mailtriage.priority.SenderEscalationFunction;
import io.mailtriage.testing.EmbeddedKafka;
import io.mailtriage.tools.SavepointTool;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.state.api.OperatorIdentifier;
import org.apache.flink.state.api.SavepointReader;
import org.apache.flink.state.api.functions.KeyedStateReaderFunction;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The savepoint tool on state the real job made: nine emails from six senders in two tenants go
 * through the job on Kafka and a MiniCluster, which is then stopped with a canonical savepoint
 * (without draining: a drain would fire every event-time timer and clear the sender and thread
 * state). Inspect, erase and bootstrap run on that savepoint, and a second job is started from a
 * bootstrapped one.
 */
class SavepointToolEndToEndTest {
  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  @TempDir static Path dir;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Contacts within a day escalate at the third one (conf/priority.yaml). */
  private static final String REPEAT_3 = "repeat_sender:3_in_24h";

  private static final String REPEAT_4 = "repeat_sender:4_in_24h";

  private static EmbeddedKafka kafka;
  private static MailtriageConfig config;
  private static JobSettings settings;
  private static String savepoint;

  /** Subject-line marker of each email → sender token the job gave it. */
  private static final Map<String, String> senderOf = new HashMap<>();

  private static final List<Instant> received = new ArrayList<>();

  @BeforeAll
  static void runTheJobAndStopWithASavepoint() throws Exception {
    kafka = EmbeddedKafka.start();
    // Windows close a second after the input goes quiet instead of 30 s, to keep the test short.
    Path policy = dir.resolve("priority.yaml");
    String text = Files.readString(Path.of("conf/priority.yaml"));
    assertThat(text).contains("idleness: 30s");
    Files.writeString(policy, text.replace("idleness: 30s", "idleness: 1s"));
    config = MailtriageJobEndToEndTest.testConfig(kafka, dir, "priority.policy=" + policy);
    settings = JobSettings.resolve(config);
    MailtriageJobEndToEndTest.createTriageTopics(kafka, settings);

    // Ten minutes ago: event-time timers (a day, a week ahead) cannot fire during the test.
    Instant base = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    List<byte[]> mail = new ArrayList<>();
    String[][] emails = {
      // marker, tenant, sender, in-reply-to marker
      {"alpha", "demo", "alice", null},
      {"bravo", "demo", "alice", null},
      {"charlie", "demo", "alice", null},
      {"delta", "demo", "bob", null},
      {"echo", "demo", "bob", "delta"},
      {"foxtrot", "demo", "carol", null},
      {"golf", "demo", "dave", null},
      {"hotel", "demo", "erin", null},
      {"india", "acme-bank", "frank", null},
    };
    for (int i = 0; i < emails.length; i++) {
      Instant at = base.plusSeconds(20L * i);
      received.add(at);
      String[] e = emails[i];
      mail.add(envelope(e[0], e[1], e[2], at, e[3]));
    }
    kafka.produce(config.topics().input(), mail);

    JobClient job =
        TestJob.on(settings, JobEdges.kafka(config, false))
            .executeAsync("mailtriage-savepoint-source");
    for (JsonNode r :
        awaitTriage(
            Set.of(
                "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
                "india"))) {
      senderOf.put(marker(r), r.get("senderToken").asText());
    }
    String location =
        job.stopWithSavepoint(
                false, dir.resolve("savepoints").toUri().toString(), SavepointFormatType.CANONICAL)
            .get(60, TimeUnit.SECONDS);
    savepoint = Path.of(URI.create(location)).toString();
  }

  @AfterAll
  static void stopKafka() throws Exception {
    kafka.close();
  }

  @Test
  void inspectCountsWhatTheRunLeftWithoutPrintingTokens() {
    Run run = tool("inspect", "--path", savepoint);

    assertThat(run.code).as(run.err).isZero();
    assertThat(run.out)
        .contains("pii-tokenize wrapped-subject-key: keys=6 perTenant={acme-bank=1, demo=5}")
        .contains("priority-thread-state thread-facts: keys=8 ")
        .contains(" messages=total:9,min:1,max:2 ")
        .contains("lastReceivedAt=" + received.get(0) + ".." + received.get(received.size() - 1))
        .contains(
            "priority-sender-escalation sender-contacts: keys=6 contacts=total:9,min:1,max:3 timers=6")
        .contains("contactTimes=" + received.get(0) + ".." + received.get(received.size() - 1));
    for (String token : senderOf.values()) {
      assertThat(run.out).doesNotContain(token);
    }
  }

  @Test
  void eraseRemovesOneSubjectAndKeepsEveryOtherKeyAsItWas() throws Exception {
    String alice = senderOf.get("alpha");
    String out = dir.resolve("erased").toString();

    Run run =
        tool("erase", "--path", savepoint, "--tenant", "demo", "--subject", alice, "--out", out);

    assertThat(run.code).as(run.err).isZero();
    assertThat(run.out.strip())
        .isEqualTo(
            "erased subject in tenant demo: subject key removed, sender contacts removed; verified 5 subject keys"
                + " and 5 senders unchanged in "
                + out);
    // Read back independently, through the job's own TTL-enabled descriptors: what the job will
    // restore.
    Map<String, String> keysBefore = subjectKeys(savepoint);
    Map<String, String> keysAfter = subjectKeys(out);
    assertThat(keysBefore).containsKey("demo|" + alice).hasSize(6);
    keysBefore.remove("demo|" + alice);
    assertThat(keysAfter).isEqualTo(keysBefore);
    Map<String, List<Long>> sendersBefore = senderContacts(savepoint);
    Map<String, List<Long>> sendersAfter = senderContacts(out);
    assertThat(sendersBefore.get(alice)).hasSize(3);
    sendersBefore.remove(alice);
    assertThat(sendersAfter).isEqualTo(sendersBefore).hasSize(5);
    // The operators the tool did not touch came over: thread state still has all eight threads.
    assertThat(tool("inspect", "--path", out, "--uid", Uids.THREAD_STATE).out)
        .contains("thread-facts: keys=8 ");
  }

  @Test
  void bootstrappedContactsMakeTheRestoredJobEscalateOnTheFirstEmail() throws Exception {
    String erin = senderOf.get("hotel");
    Instant at = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    Path csv = dir.resolve("contacts.csv");
    Files.writeString(
        csv,
        "senderToken,timestamp\n"
            + erin
            + ","
            + at.minus(2, ChronoUnit.HOURS)
            + "\n"
            + erin
            + ","
            + at.minus(1, ChronoUnit.HOURS).toEpochMilli()
            + "\n"
            // Two days old: outside the day that counts, so not kept.
            + erin
            + ","
            + at.minus(2, ChronoUnit.DAYS)
            + "\n");
    String out = dir.resolve("bootstrapped").toString();

    Run run =
        tool(
            "bootstrap",
            "--sender-contacts",
            csv.toString(),
            "--out",
            out,
            "--policy",
            "conf/priority.yaml");

    assertThat(run.code).as(run.err).isZero();
    assertThat(run.out.strip())
        .isEqualTo(
            "bootstrapped priority-sender-escalation: 1 senders, 2 contact times (within 24h) in "
                + out);
    assertThat(senderContacts(out))
        .containsExactly(
            Map.entry(
                erin,
                List.of(
                    at.minus(2, ChronoUnit.HOURS).toEpochMilli(),
                    at.minus(1, ChronoUnit.HOURS).toEpochMilli())));
    Run inspected = tool("inspect", "--path", out);
    assertThat(inspected.code).as(inspected.err).isZero();
    assertThat(inspected.out)
        .contains("pii-tokenize: no state")
        .contains("priority-thread-state: no state")
        .contains(
            "priority-sender-escalation sender-contacts: keys=1 contacts=total:2,min:2,max:2 timers=1 ");
    Run missing = tool("inspect", "--path", out, "--uid", Uids.PII_TOKENIZE);
    assertThat(missing.code).isEqualTo(2);
    assertThat(missing.err.strip())
        .isEqualTo("savepoint-tool: " + out + " has no state for operator uid pii-tokenize");

    // Erin wrote once before; with the two seeded contacts this email is her third within a day.
    JobClient job =
        TestJob.on(settings, JobEdges.kafka(config, false), out)
            .executeAsync("mailtriage-from-bootstrap");
    try {
      kafka.produce(
          config.topics().input(), List.of(envelope("juliett", "demo", "erin", at, null)));
      JsonNode record =
          awaitTriage(Set.of("juliett")).stream()
              .filter(r -> marker(r).equals("juliett"))
              .findFirst()
              .orElseThrow();
      assertThat(record.get("senderToken").asText()).isEqualTo(erin);
      List<String> reasons = new ArrayList<>();
      record.get("reasons").forEach(n -> reasons.add(n.asText()));
      // Without the seeded contacts this email would count at most 2 (it and "hotel") and not
      // escalate. A bootstrapped savepoint has no source state, so the job starts at the group's
      // committed offsets; when the first job's last offset commit did not land, "hotel" is read
      // again and counts too (4).
      assertThat(reasons).containsAnyOf(REPEAT_3, REPEAT_4);
    } finally {
      job.cancel().get(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void badInputIsOneLineAndExitTwo() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("not-a-savepoint"));
    Files.writeString(empty.resolve("notes.txt"), "hello");
    Path badCsv = dir.resolve("bad.csv");
    Files.writeString(badCsv, "sender-1,2026-03-01T09:00:00Z\nsender-2,yesterday\n");

    assertBad(tool("inspect", "--path", dir.resolve("nowhere").toString()), "no such directory: ");
    assertBad(
        tool("inspect", "--path", empty.toString()),
        "is not a savepoint or retained checkpoint directory");
    assertBad(
        tool("inspect", "--path", savepoint, "--uid", "priority-windowz"),
        "unknown uid priority-windowz");
    assertBad(
        tool(
            "erase", "--path", savepoint, "--tenant", "demo", "--out", dir.resolve("x").toString()),
        "--subject is required");
    assertBad(
        tool(
            "erase",
            "--path",
            savepoint,
            "--tenant",
            "demo",
            "--subject",
            "s",
            "--out",
            empty.toString()),
        "output directory is not empty");
    assertBad(
        tool(
            "bootstrap",
            "--sender-contacts",
            badCsv.toString(),
            "--out",
            dir.resolve("y").toString()),
        "bad.csv:2: timestamp must be");
  }

  private static void assertBad(Run run, String message) {
    assertThat(run.code).as(run.out + run.err).isEqualTo(2);
    assertThat(run.err.lines())
        .singleElement()
        .asString()
        .startsWith("savepoint-tool: ")
        .contains(message);
  }

  private record Run(int code, String out, String err) {}

  private static Run tool(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        SavepointTool.run(
            args,
            StreamExecutionEnvironment.getExecutionEnvironment(),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static byte[] envelope(
      String marker, String tenant, String sender, Instant at, String inReplyTo) {
    String domain = tenant.equals("demo") ? "example.com" : "acme-bank.example";
    ObjectNode e = JSON.createObjectNode();
    e.put("messageId", marker + "@savepoint.test");
    e.put("tenant", tenant);
    e.put("mailbox", (tenant.equals("demo") ? "support@" : "help@") + domain);
    e.put("receivedAt", at.toString());
    e.putObject("from").put("name", "Customer").put("email", sender + "@customers.test");
    e.putArray("to").addObject().put("name", "Support").put("email", e.get("mailbox").asText());
    e.put("subject", "Question about my card " + marker);
    e.put(
        "text", "Hello, my card payment did not go through yesterday. Could you check it? Thanks");
    if (inReplyTo != null) {
      e.putArray("headers")
          .addObject()
          .put("name", "In-Reply-To")
          .put("value", "<" + inReplyTo + "@savepoint.test>");
    }
    return e.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String marker(JsonNode triage) {
    String subject = triage.get("subject").asText();
    return subject.substring(subject.lastIndexOf(' ') + 1);
  }

  /** Polls the committed triage output until an email with each marker is there. */
  private static List<JsonNode> awaitTriage(Set<String> markers) throws Exception {
    List<String> topics = MailtriageJobEndToEndTest.triageTopics(settings);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (true) {
      List<JsonNode> records = new ArrayList<>();
      for (ConsumerRecord<byte[], byte[]> r : kafka.consumeAll(topics, Duration.ofSeconds(30))) {
        records.add(JSON.readTree(r.value()));
      }
      if (records.stream()
          .map(SavepointToolEndToEndTest::marker)
          .collect(java.util.stream.Collectors.toSet())
          .containsAll(markers)) {
        return records;
      }
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("triage output lacks some of " + markers + " after 90 s");
      }
      Thread.sleep(300);
    }
  }

  /** "tenant|token" → wrapped key (hex), read as the job declares the state. */
  private static Map<String, String> subjectKeys(String path) throws Exception {
    Map<String, String> keys = new TreeMap<>();
    SavepointReader.read(StreamExecutionEnvironment.getExecutionEnvironment(), path)
        .readKeyedState(
            OperatorIdentifier.forUid(Uids.PII_TOKENIZE),
            new JobSubjectKeys(),
            Types.STRING,
            Types.TUPLE(Types.STRING, Types.STRING))
        .executeAndCollect("read subject keys")
        .forEachRemaining(t -> keys.put(t.f0, t.f1));
    return keys;
  }

  /** Sender token → contact times, read as the job declares the state. */
  private static Map<String, List<Long>> senderContacts(String path) throws Exception {
    Map<String, List<Long>> senders = new TreeMap<>();
    SavepointReader.read(StreamExecutionEnvironment.getExecutionEnvironment(), path)
        .readKeyedState(
            OperatorIdentifier.forUid(Uids.SENDER_ESCALATION),
            new JobSenderContacts(),
            Types.STRING,
            Types.TUPLE(Types.STRING, Types.LIST(Types.LONG)))
        .executeAndCollect("read sender contacts")
        .forEachRemaining(t -> senders.put(t.f0, t.f1));
    return senders;
  }

  /**
   * TTL as the operators enable it; only "enabled" matters for the serializer, not the duration.
   */
  private static StateTtlConfig ttl() {
    return StateTtlConfig.newBuilder(Duration.ofDays(365)).build();
  }

  static final class JobSubjectKeys
      extends KeyedStateReaderFunction<String, Tuple2<String, String>> {
    private static final long serialVersionUID = 1L;
    private transient ValueState<byte[]> state;

    @Override
    public void open(OpenContext context) {
      ValueStateDescriptor<byte[]> d =
          new ValueStateDescriptor<>(
              PiiTokenizeFunction.SUBJECT_KEY_STATE,
              PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO);
      d.enableTimeToLive(ttl());
      state = getRuntimeContext().getState(d);
    }

    @Override
    public void readKey(String key, Context ctx, Collector<Tuple2<String, String>> out)
        throws Exception {
      out.collect(Tuple2.of(key, java.util.HexFormat.of().formatHex(state.value())));
    }
  }

  static final class JobSenderContacts
      extends KeyedStateReaderFunction<String, Tuple2<String, List<Long>>> {
    private static final long serialVersionUID = 1L;
    private transient ListState<Long> state;

    @Override
    public void open(OpenContext context) {
      ListStateDescriptor<Long> d =
          new ListStateDescriptor<>(SenderEscalationFunction.CONTACTS_STATE, Types.LONG);
      d.enableTimeToLive(ttl());
      state = getRuntimeContext().getListState(d);
    }

    @Override
    public void readKey(String key, Context ctx, Collector<Tuple2<String, List<Long>>> out)
        throws Exception {
      List<Long> times = new ArrayList<>();
      state.get().forEach(times::add);
      out.collect(Tuple2.of(key, times));
    }
  }
}
