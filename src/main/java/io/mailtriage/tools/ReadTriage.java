package io.mailtriage.tools;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads everything the job committed to the triage topics, the dead-letter topic, the stats and the
 * urgent topic until every input email is accounted for, then prints {@link TriageSummary}. It
 * reads with {@code read_committed}, as downstream services must: records of a transaction the job
 * has not committed (or aborted after a failure) are never counted.
 */
public final class ReadTriage {
  private static final String USAGE =
      String.join(
          "\n",
          "Usage: ReadTriage --bootstrap HOST:PORT --expect N [--timeout-s 600]",
          "                  [--topics-prefix triage.] [--dlq emails.dlq] [--stats triage.stats]"
              + " [--urgent triage.urgent]",
          "                  [--records FILE]",
          "Reads all <prefix>* topics, the DLQ, the stats and the urgent topic from the beginning"
              + " (read_committed)",
          "until N records arrived across triage topics and the DLQ (stats do not count), then"
              + " prints",
          "a summary: per topic, per dead-letter reason, priorities, urgent records, duplicates,"
              + " missing, throughput,",
          "and a sample triage record of each priority. --records FILE writes every triage record"
              + " read,",
          "one JSON object a line, as it was on its topic.",
          "Exit codes: 0 every email came out exactly once and every P0 also on the urgent topic,",
          "1 missing/duplicate/unidentified records or a P0 not on the urgent topic,"
              + " or Kafka unreachable,",
          "2 bad arguments.");

  private static final Duration POLL = Duration.ofMillis(500);

  private ReadTriage() {}

  public static void main(String[] args) {
    Cli.main(
        "ReadTriage",
        USAGE,
        Set.of(
            "bootstrap",
            "topics-prefix",
            "dlq",
            "stats",
            "urgent",
            "expect",
            "timeout-s",
            "records"),
        args,
        ReadTriage::run);
  }

  private static int run(Cli cli) throws Exception {
    String bootstrap = cli.required("bootstrap");
    String prefix = cli.optional("topics-prefix").orElse("triage.");
    String dlq = cli.optional("dlq").orElse("emails.dlq");
    String stats = cli.optional("stats").orElse("triage.stats");
    String urgent = cli.optional("urgent").orElse("triage.urgent");
    cli.required("expect");
    long expect = cli.number("expect", 0, 0);
    Duration timeout = Duration.ofSeconds(cli.number("timeout-s", 600, 1));

    Path recordsFile = cli.optional("records").map(Path::of).orElse(null);

    TriageSummary summary = new TriageSummary(expect, prefix, dlq, stats, urgent);
    long start = System.nanoTime();
    boolean complete;
    if (recordsFile == null) {
      complete = read(bootstrap, prefix, dlq, stats, urgent, summary, timeout, r -> {});
    } else {
      try (OutputStream records = new BufferedOutputStream(Files.newOutputStream(recordsFile))) {
        complete =
            read(
                bootstrap,
                prefix,
                dlq,
                stats,
                urgent,
                summary,
                timeout,
                r -> writeLine(records, r.value()));
      }
    }
    long wallMillis = (System.nanoTime() - start) / 1_000_000;
    if (!complete) {
      System.out.println(
          "timed out after "
              + timeout.toSeconds()
              + " s with "
              + summary.seen()
              + " of "
              + expect
              + " records");
    }
    System.out.print(summary.render(wallMillis));
    return summary.ok() ? Cli.OK : Cli.FAILED;
  }

  /**
   * Feeds {@code summary} until it has seen {@code expected} records or the timeout passes; returns
   * whether it got there. After the last expected record it drains what is already committed, so a
   * duplicate that arrived in the same transaction is still counted. Each triage record (not dead
   * letters, stats or urgent copies) is also handed to {@code triageRecords}.
   */
  static boolean read(
      String bootstrap,
      String prefix,
      String dlq,
      String stats,
      String urgent,
      TriageSummary summary,
      Duration timeout,
      Consumer<ConsumerRecord<byte[], byte[]>> triageRecords) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Pattern topics =
        Pattern.compile(
            Pattern.quote(prefix)
                + ".*|"
                + Pattern.quote(dlq)
                + "|"
                + Pattern.quote(stats)
                + "|"
                + Pattern.quote(urgent));
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig(bootstrap))) {
      consumer.subscribe(topics);
      boolean reached = false;
      while (System.nanoTime() < deadline) {
        ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
        for (ConsumerRecord<byte[], byte[]> r : records) {
          if (summary.add(r.topic(), r.timestamp(), r.value())) {
            triageRecords.accept(r);
          }
        }
        if (reached && records.isEmpty()) {
          return true;
        }
        reached = summary.seen() >= summary.expected();
      }
      return reached;
    }
  }

  /**
   * Appends a record's value as one line (the job writes compact JSON, one object without line
   * breaks).
   */
  private static void writeLine(OutputStream out, byte[] value) {
    if (value == null) {
      return;
    }
    try {
      out.write(value);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> consumerConfig(String bootstrap) {
    return Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
        bootstrap,
        // A fresh group each run, so "from the beginning" holds however often the demo is read.
        ConsumerConfig.GROUP_ID_CONFIG,
        "read-triage-" + UUID.randomUUID(),
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
        "earliest",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
        false,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
        "read_committed",
        // Triage topics can appear after the reader starts; look for new matches every 2 s, not 5
        // min.
        ConsumerConfig.METADATA_MAX_AGE_CONFIG,
        2000,
        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
        ByteArrayDeserializer.class.getName(),
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
        ByteArrayDeserializer.class.getName());
  }
}
