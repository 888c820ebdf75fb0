package io.mailtriage.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Tallies what the job wrote for a known number of input emails and renders the end-of-demo
 * summary. Kept free of Kafka so the arithmetic (duplicates, missing, per-reason counts) is tested
 * on its own; {@link ReadTriage} feeds it records from the topics.
 *
 * <p>Every input email must come out exactly once, either as a triage record or as a dead letter.
 * Both carry the input coordinates {@code sourceTopic/sourcePartition/sourceOffset}, which identify
 * the email: a coordinate seen twice is a duplicate, an email never seen is missing.
 *
 * <p>The urgent topic is at-least-once: its records are not counted as emails. Every P0 of the
 * queue topics must be on it at least once (matched by {@code emailId}; repeats are what consumers
 * dedupe).
 */
public final class TriageSummary {
  private final long expected;
  private final String triagePrefix;
  private final String deadLetterTopic;
  private final String statsTopic;
  private final String urgentTopic;
  private final ObjectMapper json = new ObjectMapper();

  private final Map<String, Long> perTriageTopic = new TreeMap<>();
  private final Map<String, Long> perReason = new TreeMap<>();
  private final Map<String, Long> perPriority = new TreeMap<>();
  private final Set<String> sources = new HashSet<>();
  private final Set<String> p0EmailIds = new HashSet<>();
  private final Set<String> urgentEmailIds = new HashSet<>();
  private long urgent;

  /**
   * The first triage record of each priority, and of needs-review, exactly as a consumer reads it.
   */
  private final Map<String, String> samples = new TreeMap<>();

  private long triage;
  private long deadLetters;
  private long stats;
  private long duplicates;

  /**
   * Records that are not JSON or lack the source coordinates, so they cannot be matched to input.
   */
  private long unidentified;

  private long firstTimestamp = Long.MAX_VALUE;
  private long lastTimestamp = Long.MIN_VALUE;

  public TriageSummary(
      long expected,
      String triagePrefix,
      String deadLetterTopic,
      String statsTopic,
      String urgentTopic) {
    this.expected = expected;
    this.triagePrefix = triagePrefix;
    this.deadLetterTopic = deadLetterTopic;
    this.statsTopic = statsTopic;
    this.urgentTopic = urgentTopic;
  }

  /**
   * Counts one record read from {@code topic}; records of unrelated topics are ignored. Returns
   * whether it was a triage record (not a dead letter, stats or urgent copy).
   */
  public boolean add(String topic, long timestamp, byte[] value) {
    boolean isDeadLetter = topic.equals(deadLetterTopic);
    if (topic.equals(statsTopic)) {
      stats++;
      return false;
    }
    if (topic.equals(urgentTopic)) {
      urgent++;
      JsonNode node = parse(value);
      if (node != null && node.hasNonNull("emailId")) {
        urgentEmailIds.add(node.get("emailId").asText());
      }
      return false;
    }
    if (!isDeadLetter && !topic.startsWith(triagePrefix)) {
      return false;
    }
    if (isDeadLetter) {
      deadLetters++;
    } else {
      triage++;
      perTriageTopic.merge(topic, 1L, Long::sum);
    }
    JsonNode node = parse(value);
    // The record's Kafka timestamp is when the sink wrote it, which for the exactly-once topics
    // bunches up at commits; the pace of the job shows in when it triaged or dead-lettered each
    // one.
    long processedAt = timestamp;
    if (node != null && node.hasNonNull(isDeadLetter ? "deadLetteredAt" : "triagedAt")) {
      processedAt = node.get(isDeadLetter ? "deadLetteredAt" : "triagedAt").asLong();
    }
    firstTimestamp = Math.min(firstTimestamp, processedAt);
    lastTimestamp = Math.max(lastTimestamp, processedAt);
    if (node == null) {
      unidentified++;
      return !isDeadLetter;
    }
    if (isDeadLetter) {
      perReason.merge(text(node, "reason"), 1L, Long::sum);
    } else {
      perPriority.merge(text(node, "priority"), 1L, Long::sum);
      if ("P0".equals(text(node, "priority"))) {
        p0EmailIds.add(text(node, "emailId"));
      }
      String kind =
          "needs-review".equals(text(node, "queue")) ? "needs-review" : text(node, "priority");
      samples.putIfAbsent(kind, new String(value, StandardCharsets.UTF_8));
    }
    JsonNode sourceTopic = node.get("sourceTopic");
    JsonNode partition = node.get("sourcePartition");
    JsonNode offset = node.get("sourceOffset");
    if (sourceTopic == null || partition == null || offset == null) {
      unidentified++;
    } else if (!sources.add(
        sourceTopic.asText() + "/" + partition.asInt() + "/" + offset.asLong())) {
      duplicates++;
    }
    return !isDeadLetter;
  }

  public long expected() {
    return expected;
  }

  /** Triage records plus dead letters: the records that answer for input emails. */
  public long seen() {
    return triage + deadLetters;
  }

  public long duplicates() {
    return duplicates;
  }

  public long missing() {
    return Math.max(0, expected - sources.size());
  }

  public long unidentified() {
    return unidentified;
  }

  /** P0 records of the queue topics whose emailId never came on the urgent topic. */
  public long p0NotUrgent() {
    return p0EmailIds.stream().filter(id -> !urgentEmailIds.contains(id)).count();
  }

  /**
   * True when every email came out exactly once, every output record was identifiable, and every P0
   * was also on the urgent topic.
   */
  public boolean ok() {
    return missing() == 0 && duplicates == 0 && unidentified == 0 && p0NotUrgent() == 0;
  }

  /** The summary as printed at the end of the demo; {@code wallMillis} is how long reading took. */
  public String render(long wallMillis) {
    StringBuilder out = new StringBuilder();
    line(out, "emails in", expected);
    line(out, "triage records", triage);
    perTriageTopic.forEach((topic, n) -> line(out, "  " + topic, n));
    line(out, "dead letters", deadLetters);
    perReason.forEach((reason, n) -> line(out, "  " + reason, n));
    StringBuilder priorities = new StringBuilder();
    perPriority.forEach(
        (p, n) ->
            priorities
                .append(priorities.length() == 0 ? "" : "  ")
                .append(p)
                .append('=')
                .append(n));
    out.append(
        String.format(
            Locale.ROOT, "%-28s %s%n", "priorities", priorities.length() == 0 ? "-" : priorities));
    line(out, "stats records", stats);
    line(out, "urgent records", urgent);
    line(out, "  P0 not on urgent", p0NotUrgent());
    line(out, "duplicates", duplicates);
    line(out, "missing", missing());
    line(out, "unidentified", unidentified);
    out.append(String.format(Locale.ROOT, "%-28s %s%n", "throughput", throughput(wallMillis)));
    out.append(String.format(Locale.ROOT, "%-28s %s%n", "result", ok() ? "OK" : "FAILED"));
    if (!samples.isEmpty()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%nsample triage records (the first of each priority and of needs-review, as a consumer reads them):%n"));
      samples.forEach(
          (kind, record) -> out.append(String.format(Locale.ROOT, "  %-13s %s%n", kind, record)));
    }
    return out.toString();
  }

  /**
   * Records per second between the first and last output record's processing time ({@code
   * triagedAt} / {@code deadLetteredAt}: the job's own pace, startup excluded), and the reader's
   * wall time (what the person waited).
   */
  private String throughput(long wallMillis) {
    long n = seen();
    String wall = String.format(Locale.ROOT, "wall %.1f s", wallMillis / 1000.0);
    if (n < 2 || lastTimestamp <= firstTimestamp) {
      return "n/a (" + wall + ")";
    }
    double spanSeconds = (lastTimestamp - firstTimestamp) / 1000.0;
    return String.format(
        Locale.ROOT,
        "%.1f rec/s over %.1f s of processing (%s)",
        n / spanSeconds,
        spanSeconds,
        wall);
  }

  private static void line(StringBuilder out, String label, long n) {
    out.append(String.format(Locale.ROOT, "%-28s %8d%n", label, n));
  }

  private JsonNode parse(byte[] value) {
    if (value == null) {
      return null;
    }
    try {
      JsonNode node = json.readTree(value);
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "(none)" : v.asText();
  }
}
