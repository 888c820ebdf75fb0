package io.mailtriage.tools.savepoint;

import com.fasterxml.jackson.databind.JsonNode;
import io.mailtriage.config.ConfigException;
import io.mailtriage.config.ConfigSection;
import io.mailtriage.priority.PriorityPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.hashmap.HashMapStateBackend;
import org.apache.flink.state.api.OperatorTransformation;
import org.apache.flink.state.api.SavepointWriter;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Builds a savepoint holding only {@code priority-sender-escalation} state: each sender's recent
 * contact times, from a CSV of {@code senderToken,timestamp}. A job started from it counts those
 * contacts, so a sender who already wrote twice today (in a system the job replaces, or before a
 * state loss) escalates on the next email instead of two emails later. VIP senders are not state
 * (they are {@code vip.senders} in the priority policy), which is why this seeds contact history.
 *
 * <p>The state is what {@code SenderEscalationFunction} itself would hold: per sender at most
 * {@code escalation.sender.maxTracked} times, none at or before {@code newest - within}, sorted,
 * with the event-time timer at {@code newest + within} that clears them.
 */
public final class Bootstrap {
  private Bootstrap() {}

  /**
   * The job's default maximum parallelism for its parallelism (it sets none); a restore keeps it.
   */
  public static final int DEFAULT_MAX_PARALLELISM = 128;

  /**
   * Per sender, from a CSV: header {@code senderToken,timestamp} optional, '#' comments, ISO-8601
   * or epoch ms.
   */
  public static List<SenderEntry> readContacts(Path csv, long withinMs, int maxTracked, long now)
      throws BadInputException {
    List<String> lines;
    try {
      lines = Files.readAllLines(csv);
    } catch (IOException e) {
      throw new BadInputException("cannot read " + csv + ": " + e.getClass().getSimpleName());
    }
    Map<String, List<Long>> bySender = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()
          || line.startsWith("#")
          || (i == 0 && line.equalsIgnoreCase("senderToken,timestamp"))) {
        continue;
      }
      String[] fields = line.split(",", -1);
      if (fields.length != 2 || fields[0].isBlank()) {
        throw new BadInputException(csv + ":" + (i + 1) + ": expected senderToken,timestamp");
      }
      bySender
          .computeIfAbsent(fields[0].strip(), s -> new ArrayList<>())
          .add(timestamp(fields[1].strip(), csv, i + 1));
    }
    List<SenderEntry> entries = new ArrayList<>();
    bySender.forEach(
        (sender, times) -> entries.add(entry(sender, times, withinMs, maxTracked, now)));
    return entries;
  }

  private static long timestamp(String text, Path csv, int line) throws BadInputException {
    try {
      return text.chars().allMatch(Character::isDigit) && !text.isEmpty()
          ? Long.parseLong(text)
          : Instant.parse(text).toEpochMilli();
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new BadInputException(
          csv + ":" + line + ": timestamp must be ISO-8601 (2026-03-01T09:00:00Z) or epoch ms");
    }
  }

  /** The state the operator keeps for these contact times; the TTL clock starts at {@code now}. */
  static SenderEntry entry(
      String sender, List<Long> times, long withinMs, int maxTracked, long now) {
    long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
    long newest = sorted[sorted.length - 1];
    int from = 0;
    while (sorted[from] <= newest - withinMs) {
      from++;
    }
    from = Math.max(from, sorted.length - maxTracked);
    SenderEntry e = new SenderEntry();
    e.senderToken = sender;
    e.contacts = Arrays.copyOfRange(sorted, from, sorted.length);
    e.lastAccess = new long[e.contacts.length];
    Arrays.fill(e.lastAccess, now);
    e.eventTimers = new long[] {newest + withinMs};
    return e;
  }

  /** Writes the savepoint; returns the number of senders and contact times in it. */
  public static long[] write(
      StreamExecutionEnvironment env, List<SenderEntry> senders, int maxParallelism, String out)
      throws Exception {
    SavepointWriter.newSavepoint(env, new HashMapStateBackend(), maxParallelism)
        .withOperator(
            JobState.SENDER_ESCALATION,
            OperatorTransformation.bootstrapWith(
                    env.fromData(senders, TypeInformation.of(SenderEntry.class)))
                .keyBy(e -> e.senderToken, Types.STRING)
                .transform(new StateWriters.Senders()))
        .write(out);
    env.execute("savepoint-tool bootstrap");
    return new long[] {senders.size(), senders.stream().mapToLong(e -> e.contacts.length).sum()};
  }

  /**
   * The priority policy, for {@code escalation.sender}. The job checks the intents and queues it
   * names against the model at submission; here they are taken as declared, so the tool needs no
   * model to read the two settings it uses.
   */
  public static PriorityPolicy policy(Path file) throws BadInputException {
    try {
      JsonNode root = ConfigSection.readTree(file);
      Set<String> intents = new HashSet<>();
      root.path("intents").fieldNames().forEachRemaining(intents::add);
      root.path("escalation")
          .path("thread")
          .path("genericIntents")
          .forEach(n -> intents.add(n.asText()));
      Set<String> queues = new HashSet<>();
      root.path("queues").fieldNames().forEachRemaining(queues::add);
      queues.add(root.path("fallbackQueue").asText());
      return PriorityPolicy.read(
          ConfigSection.of(root, file.toString(), ConfigSection.Values.QUOTED), intents, queues);
    } catch (ConfigException e) {
      throw new BadInputException(e.getMessage());
    }
  }
}
