package io.mailtriage.tools;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mailtriage.config.ConfigLoader;
import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.deadletter.DeadLetter;
import io.mailtriage.ingest.ParseEmailFunction;
import io.mailtriage.keys.DeadLetterSealer;
import io.mailtriage.keys.KeyMaterialException;
import io.mailtriage.keys.MasterKeys;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The authorised dead-letter replay: reads {@code topics.deadLetter}, opens each sealed raw record
 * with the dead-letter key (the master keys of {@code pii.keys}), checks it against the SHA-256 the
 * dead letter recorded, and either shows it or re-publishes it to {@code topics.input}. Every run
 * writes one audit line (who, what, how many) on stderr. Dead letters without a sealed payload (too
 * large to seal, or from a stage that had only tokenized text) are listed as such and skipped.
 */
public final class DlqReplay {
  static final String USAGE =
      String.join(
          "\n",
          "usage: dlq-replay show|replay [--config conf/mailtriage.yaml] [--set key.path=value] [--bootstrap HOST:PORT]",
          "                  [--reason REASON] [--offset TOPIC/PARTITION/OFFSET] [--limit N] [--tenant T]",
          "  show    prints each matching dead letter and its opened raw record (authorised use only:",
          "          the record holds personal data in clear)",
          "  replay  re-publishes the opened raw records to topics.input, with header replay-of=TOPIC/P/O",
          "          (and tenant=T with --tenant: the original Kafka headers are not kept)",
          "--reason and --offset select dead letters; --limit caps how many are handled (default all).",
          "Every run writes an audit line on stderr. Exit 0: all matching letters handled; 1: some could not be opened.");

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private DlqReplay() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    String command = args.length == 0 ? "" : args[0];
    if (command.equals("-h") || command.equals("--help")) {
      out.println(USAGE);
      return Cli.OK;
    }
    boolean replay = command.equals("replay");
    Cli.Body body =
        cli -> {
          if (!replay && !command.equals("show")) {
            throw new Cli.UsageException(
                command.isEmpty() ? "say show or replay" : "unknown command " + command);
          }
          return handle(cli, replay, out, err);
        };
    String[] rest = args.length == 0 ? args : java.util.Arrays.copyOfRange(args, 1, args.length);
    return Cli.run(
        "dlq-replay",
        USAGE,
        Cli.Spec.of("config", "set", "bootstrap", "reason", "offset", "limit", "tenant"),
        rest,
        body);
  }

  private static int handle(Cli cli, boolean replay, PrintStream out, PrintStream err)
      throws Exception {
    List<String> overrides = new ArrayList<>();
    overrides.addAll(cli.all("set"));
    cli.optional("bootstrap").ifPresent(b -> overrides.add("kafka.bootstrapServers=" + b));
    Path configFile = cli.file("config", "conf/mailtriage.yaml");
    MailtriageConfig config = new ConfigLoader().load(configFile, overrides);
    String reason = cli.optional("reason").orElse(null);
    String offset = cli.optional("offset").orElse(null);
    long limit = cli.number("limit", Long.MAX_VALUE, 1);
    DeadLetterSealer sealer;
    try {
      sealer = new DeadLetterSealer(MasterKeys.load(config.pii().keys()));
    } catch (KeyMaterialException e) {
      throw new Cli.Failure(e.getMessage());
    }

    Map<String, Object> kafka = new HashMap<>(config.kafka().properties());
    kafka.put("bootstrap.servers", config.kafka().bootstrapServers());
    List<DeadLetter> letters = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    TopicReader.readAll(
        kafka,
        config.topics().deadLetter(),
        Duration.ofSeconds(60),
        r -> {
          try {
            letters.add(JSON.readValue(r.value(), DeadLetter.class));
          } catch (IOException | RuntimeException e) {
            unreadable.add(r.partition() + "@" + r.offset());
          }
        });

    int handled = 0;
    int failed = 0;
    int unsealed = 0;
    List<ProducerRecord<byte[], byte[]>> toSend = new ArrayList<>();
    for (DeadLetter d : letters) {
      String coordinates = d.sourceTopic + "/" + d.sourcePartition + "/" + d.sourceOffset;
      if ((reason != null && !reason.equals(d.reason))
          || (offset != null && !offset.equals(coordinates))) {
        continue;
      }
      if (handled + failed + unsealed >= limit) {
        break;
      }
      if (d.sealedPayload == null) {
        unsealed++;
        out.println(
            coordinates
                + " "
                + d.reason
                + ": no sealed payload ("
                + d.size
                + " bytes, stage "
                + d.stage
                + ")");
        continue;
      }
      byte[] raw;
      try {
        raw =
            sealer.open(
                Base64.getDecoder().decode(d.sealedPayload),
                ParseEmailFunction.sealContext(d.sourceTopic, d.sourcePartition, d.sourceOffset));
      } catch (KeyMaterialException | IllegalArgumentException e) {
        failed++;
        err.println("dlq-replay: " + coordinates + ": cannot open (" + e.getMessage() + ")");
        continue;
      }
      if (d.sha256 != null && !d.sha256.equals(sha256(raw))) {
        failed++;
        err.println(
            "dlq-replay: " + coordinates + ": opened record does not match the recorded SHA-256");
        continue;
      }
      handled++;
      if (replay) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(config.topics().input(), raw);
        record.headers().add("replay-of", coordinates.getBytes(StandardCharsets.UTF_8));
        cli.optional("tenant")
            .ifPresent(t -> record.headers().add("tenant", t.getBytes(StandardCharsets.UTF_8)));
        toSend.add(record);
        out.println(coordinates + " " + d.reason + ": replayed (" + raw.length + " bytes)");
      } else {
        ObjectNode shown = JSON.valueToTree(d);
        shown.remove("sealedPayload");
        shown.put("raw", new String(raw, StandardCharsets.UTF_8));
        out.println(JSON.writeValueAsString(shown));
      }
    }
    if (!toSend.isEmpty()) {
      Map<String, Object> producer = new HashMap<>(kafka);
      producer.putAll(Producers.idempotent(config.kafka().bootstrapServers()));
      try (KafkaProducer<byte[], byte[]> p = new KafkaProducer<>(producer)) {
        for (ProducerRecord<byte[], byte[]> r : toSend) {
          p.send(r).get();
        }
      }
    }
    for (String u : unreadable) {
      err.println(
          "dlq-replay: "
              + config.topics().deadLetter()
              + " "
              + u
              + ": not a dead letter record; skipped");
    }
    err.println(
        "dlq-replay: audit: action="
            + (replay ? "replay" : "show")
            + " user="
            + System.getProperty("user.name")
            + " topic="
            + config.topics().deadLetter()
            + (replay ? " target=" + config.topics().input() : "")
            + " reason="
            + (reason == null ? "*" : reason)
            + " offset="
            + (offset == null ? "*" : offset)
            + " opened="
            + handled
            + " failed="
            + failed
            + " unsealed="
            + unsealed);
    return failed == 0 ? Cli.OK : Cli.FAILED;
  }

  private static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
