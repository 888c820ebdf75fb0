package io.mailtriage.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Produces a folder of mail (or one file) to the input topic, one record per message or JSON Lines
 * envelope, values byte for byte as on disk. The rules for which files count are in {@link
 * MailInputs}.
 */
public final class FeedMail {
  private static final String USAGE =
      String.join(
          "\n",
          "Usage: FeedMail --bootstrap HOST:PORT --topic emails.raw --input PATH [--limit N]"
              + " [--tenant T] [--manifest FILE]",
          "PATH is a folder, searched recursively, or one file:",
          "  .eml/.txt and extensionless files that start with a mail header: one record each,"
              + " bytes unchanged",
          "  .jsonl: one record per non-blank line",
          "--limit N   stop after N records (default: all)",
          "--tenant T  add the Kafka header tenant=T to every record",
          "--manifest FILE  write where each record went: partition, offset and source (the file,"
              + " or file#n for",
          "            the n-th record of a .jsonl file), tab-separated, one line per record",
          "Prints one line: fed N records (size) to TOPIC ... rec/s.",
          "Exit codes: 0 all records acknowledged, 1 no mail found or a send failed, 2 bad"
              + " arguments.");

  /** Large enough for a 30 MB test record; the broker's message.max.bytes is set to match. */
  static final int MAX_REQUEST_BYTES = 33_554_432;

  /** What one feed did. {@code firstError} is null when every record was acknowledged. */
  public record Result(long records, long bytes, long failed, String firstError, long millis) {
    public double recordsPerSecond() {
      return millis == 0 ? records : records * 1000.0 / millis;
    }
  }

  private FeedMail() {}

  public static void main(String[] args) {
    Cli.main(
        "FeedMail",
        USAGE,
        Set.of("bootstrap", "topic", "input", "limit", "tenant", "manifest"),
        args,
        FeedMail::run);
  }

  private static int run(Cli cli) throws Exception {
    String bootstrap = cli.required("bootstrap");
    String topic = cli.required("topic");
    Path input = Path.of(cli.required("input"));
    long limit = cli.number("limit", Long.MAX_VALUE, 1);
    String tenant = cli.optional("tenant").orElse(null);
    Path manifest = cli.optional("manifest").map(Path::of).orElse(null);

    List<MailInputs.Input> inputs = MailInputs.discover(input);
    if (inputs.isEmpty()) {
      throw new Cli.Failure(
          "no mail under "
              + input
              + " (looked for .eml, .txt, .jsonl and extensionless mail files)");
    }
    Result result = feed(bootstrap, topic, inputs, limit, tenant, manifest);
    System.out.printf(
        Locale.ROOT,
        "fed %d records (%s) to %s in %.1f s: %.0f rec/s%n",
        result.records(),
        size(result.bytes()),
        topic,
        result.millis() / 1000.0,
        result.recordsPerSecond());
    if (result.failed() > 0) {
      throw new Cli.Failure(
          result.failed() + " records were not acknowledged; first error: " + result.firstError());
    }
    return Cli.OK;
  }

  private static String size(long bytes) {
    if (bytes < 1_000) {
      return bytes + " bytes";
    }
    return bytes < 1_000_000
        ? String.format(Locale.ROOT, "%.1f KB", bytes / 1e3)
        : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }

  /**
   * Sends every record, waits until all are acknowledged or failed, and reports. With a {@code
   * manifest} file, writes where each acknowledged record landed, so outputs that name their source
   * partition and offset can be matched to the input file.
   */
  public static Result feed(
      String bootstrap,
      String topic,
      List<MailInputs.Input> inputs,
      long limit,
      String tenant,
      Path manifest)
      throws Exception {
    AtomicLong failed = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>();
    AtomicLong bytes = new AtomicLong();
    requireTopic(bootstrap, topic);
    long start = System.nanoTime();
    long records = 0;
    try (Producer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig(bootstrap));
        Writer where = manifest == null ? Writer.nullWriter() : Files.newBufferedWriter(manifest)) {
      for (MailInputs.Input input : inputs) {
        if (records >= limit) {
          break;
        }
        AtomicLong nth = new AtomicLong();
        records +=
            MailInputs.forEachRecord(
                List.of(input),
                limit - records,
                value -> {
                  String source =
                      input.kind() == MailInputs.Kind.RAW
                          ? input.path().toString()
                          : input.path() + "#" + nth.incrementAndGet();
                  RecordHeaders headers = new RecordHeaders();
                  if (tenant != null) {
                    headers.add("tenant", tenant.getBytes(StandardCharsets.UTF_8));
                  }
                  bytes.addAndGet(value.length);
                  // No timestamp: the producer stamps the send time. The mail's Date: would make
                  // old mail fall to time retention before the job reads it.
                  producer.send(
                      new ProducerRecord<byte[], byte[]>(
                          topic, null, (byte[]) null, value, headers),
                      (metadata, error) -> {
                        if (error != null) {
                          failed.incrementAndGet();
                          firstError.compareAndSet(null, Cli.describe(error));
                        } else {
                          manifestLine(
                              where,
                              metadata.partition() + "\t" + metadata.offset() + "\t" + source);
                        }
                      });
                });
      }
      producer.flush();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new Result(records, bytes.get(), failed.get(), firstError.get(), millis);
  }

  /**
   * Callbacks run on the producer's I/O thread, one at a time, but not on the thread that closes
   * the writer.
   */
  private static void manifestLine(Writer where, String line) {
    synchronized (where) {
      try {
        where.write(line);
        where.write('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Fails once, clearly, when the topic is missing: the demo broker does not auto-create topics,
   * and a producer would instead wait out its metadata timeout on every record. The admin API
   * answers "unknown topic" at once.
   */
  private static void requireTopic(String bootstrap, String topic) throws Exception {
    Map<String, Object> config =
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
            30_000);
    try (Admin admin = Admin.create(config)) {
      admin.describeTopics(List.of(topic)).allTopicNames().get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof TimeoutException) {
        throw new Cli.Failure("no answer from Kafka at " + bootstrap + " within 30 s");
      }
      throw new Cli.Failure("topic " + topic + " is not available: " + Cli.describe(e));
    }
  }

  private static Map<String, Object> producerConfig(String bootstrap) {
    Map<String, Object> config = Producers.idempotent(bootstrap);
    // Measured here: linger 20 ms and 256 KB batches nearly double throughput over defaults.
    config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    config.put(ProducerConfig.BATCH_SIZE_CONFIG, 262_144);
    config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_REQUEST_BYTES);
    // The buffer must hold the largest record or send() can never accept it.
    config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 2L * MAX_REQUEST_BYTES);
    // Bounds how long send() waits for buffer space when the broker falls behind.
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
    return config;
  }
}
