package io.mailtriage.priority;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The priority policy from conf/priority.yaml: base levels, escalation rules, windows and watermark
 * settings. Immutable once loaded; it travels inside the operators (Java-serialized with the job
 * graph), never through Flink's type serializers, so its collections are not subject to {@code
 * pipeline.generic-types: false}.
 */
public final class PriorityPolicy implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Number of levels, P0..P3. */
  public static final int LEVELS = 4;

  public static final int P0 = 0;
  public static final int P3 = 3;

  private static final Pattern DURATION = Pattern.compile("(\\d{1,12})(ms|s|m|h|d)");
  private static final Pattern LEVEL = Pattern.compile("P[0-3]");
  private static final Pattern CUE = Pattern.compile("[\\p{L}\\p{N}_]+(\\s+[\\p{L}\\p{N}_]+)*");

  private final Set<String> knownQueues;
  private final int defaultLevel;
  private final String fallbackQueue;
  private final Map<String, Integer> queueLevels;
  private final Map<String, Integer> intentLevels;
  private final double lowConfidence;
  private final double urgentAbove;
  private final List<String> cueWords;
  private final int cueScanChars;
  private final Set<String> vipTenants;
  private final Set<String> vipSenders;
  private final double spamThreshold;
  private final double spareIntentsAbove;
  private final int maxEscalationLevels;
  private final int senderContacts;
  private final long senderWithinMs;
  private final int senderMaxTracked;
  private final int threadFollowUps;
  private final long threadOpenForMs;
  private final Set<String> genericIntents;

  /** Window length per level; index 0 (P0) is unused because P0 is never windowed. */
  private final long[] windowMs;

  private final long outOfOrdernessMs;
  private final long idlenessMs;
  private final long maxWindowWaitMs;

  private PriorityPolicy(Reader r, Set<String> knownIntents, Set<String> knownQueues) {
    this.knownQueues = Set.copyOf(knownQueues);
    this.defaultLevel = r.level("defaultLevel");
    this.fallbackQueue = r.text("fallbackQueue");
    if (!knownQueues.contains(fallbackQueue)) {
      throw new PolicyException("fallbackQueue", "unknown queue '" + fallbackQueue + "'");
    }
    this.queueLevels = levelMap(r, "queues", knownQueues, "unknown queue");
    this.intentLevels = levelMap(r, "intents", knownIntents, "unknown intent");

    Reader model = r.section("model");
    this.lowConfidence = model.probability("lowConfidence");
    this.urgentAbove = model.probability("urgentAbove");
    model.done();

    Reader cues = r.section("cues");
    this.cueWords = List.copyOf(cues.words("words"));
    for (int i = 0; i < cueWords.size(); i++) {
      if (!CUE.matcher(cueWords.get(i)).matches()) {
        throw new PolicyException(
            "cues.words[" + i + "]", "only letters, digits, '_' and spaces between words");
      }
    }
    this.cueScanChars = cues.positiveInt("scanChars");
    cues.done();

    Reader vip = r.section("vip");
    this.vipTenants = Set.copyOf(vip.words("tenants"));
    this.vipSenders = Set.copyOf(vip.words("senders"));
    vip.done();

    Reader spam = r.section("spam");
    this.spamThreshold = spam.probability("threshold");
    this.spareIntentsAbove = spam.probability("spareIntentsAbove");
    spam.done();

    Reader esc = r.section("escalation");
    this.maxEscalationLevels = esc.positiveInt("maxLevels");
    Reader sender = esc.section("sender");
    this.senderContacts = sender.positiveInt("contacts");
    if (senderContacts < 2) {
      throw new PolicyException(
          "escalation.sender.contacts", "must be >= 2 (one contact is not a repeat)");
    }
    this.senderWithinMs = sender.duration("within");
    this.senderMaxTracked = sender.positiveInt("maxTracked");
    if (senderMaxTracked < senderContacts) {
      throw new PolicyException(
          "escalation.sender.maxTracked", "must be >= escalation.sender.contacts");
    }
    sender.done();
    Reader thread = esc.section("thread");
    this.threadFollowUps = thread.positiveInt("followUps");
    this.threadOpenForMs = thread.duration("openFor");
    List<String> generic = thread.words("genericIntents");
    for (int i = 0; i < generic.size(); i++) {
      if (!knownIntents.contains(generic.get(i))) {
        throw new PolicyException(
            "escalation.thread.genericIntents[" + i + "]",
            "unknown intent '" + generic.get(i) + "'");
      }
    }
    this.genericIntents = Set.copyOf(generic);
    thread.done();
    esc.done();

    Reader windows = r.section("windows");
    this.windowMs = new long[LEVELS];
    for (int level = 1; level < LEVELS; level++) {
      windowMs[level] = windows.duration("P" + level);
    }
    windows.done();

    Reader wm = r.section("watermarks");
    this.outOfOrdernessMs = wm.durationOrZero("outOfOrderness");
    this.idlenessMs = wm.duration("idleness");
    this.maxWindowWaitMs = wm.durationOrZero("maxWindowWait");
    wm.done();
    r.done();
  }

  /**
   * Reads and validates a policy file. {@code knownIntents} are the model's labels and {@code
   * knownQueues} the queues of conf/intents.yaml (with {@code needs-review}); every intent or queue
   * the policy names must be one of them.
   *
   * @throws PolicyException with a one-line message naming the offending entry
   */
  public static PriorityPolicy load(Path file, Set<String> knownIntents, Set<String> knownQueues) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new PolicyException(file.toString(), "file not found");
    } catch (IOException e) {
      throw new PolicyException(file.toString(), "cannot read: " + e.getMessage());
    }
    return parse(text, file.toString(), knownIntents, knownQueues);
  }

  /**
   * Validates policy YAML given as text; {@code origin} names it in errors about the whole
   * document.
   */
  public static PriorityPolicy parse(
      String yaml, String origin, Set<String> knownIntents, Set<String> knownQueues) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new PolicyException(
          origin, "not valid YAML (line " + e.getLocation().getLineNr() + ")");
    }
    if (!(root instanceof ObjectNode obj)) {
      throw new PolicyException(origin, "must be a YAML mapping");
    }
    return new PriorityPolicy(new Reader(obj, ""), knownIntents, knownQueues);
  }

  private static Map<String, Integer> levelMap(
      Reader r, String key, Set<String> known, String unknown) {
    ObjectNode node = r.mapping(key);
    Map<String, Integer> levels = new HashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String entry = key + "." + e.getKey();
      if (!known.contains(e.getKey())) {
        throw new PolicyException(entry, unknown);
      }
      levels.put(e.getKey(), parseLevel(e.getValue(), entry));
    }
    return Map.copyOf(levels);
  }

  private static int parseLevel(JsonNode value, String entry) {
    if (value == null || !value.isTextual() || !LEVEL.matcher(value.asText()).matches()) {
      throw new PolicyException(entry, "expected a level P0, P1, P2 or P3");
    }
    return value.asText().charAt(1) - '0';
  }

  /** Walks one YAML mapping, remembering its path for messages and refusing keys nobody read. */
  private static final class Reader {
    private final ObjectNode node;
    private final String path;
    private final Set<String> read = new LinkedHashSet<>();

    Reader(ObjectNode node, String path) {
      this.node = node;
      this.path = path;
    }

    private String at(String key) {
      return path.isEmpty() ? key : path + "." + key;
    }

    private JsonNode required(String key) {
      read.add(key);
      JsonNode v = node.get(key);
      if (v == null || v.isNull()) {
        throw new PolicyException(at(key), "missing");
      }
      return v;
    }

    ObjectNode mapping(String key) {
      JsonNode v = required(key);
      if (!(v instanceof ObjectNode obj)) {
        throw new PolicyException(at(key), "must be a mapping");
      }
      return obj;
    }

    Reader section(String key) {
      return new Reader(mapping(key), at(key));
    }

    String text(String key) {
      JsonNode v = required(key);
      if (!v.isTextual() || v.asText().isBlank()) {
        throw new PolicyException(at(key), "expected a non-empty string");
      }
      return v.asText();
    }

    int level(String key) {
      return parseLevel(required(key), at(key));
    }

    double probability(String key) {
      JsonNode v = required(key);
      if (!v.isNumber() || v.asDouble() < 0 || v.asDouble() > 1) {
        throw new PolicyException(at(key), "expected a number between 0 and 1");
      }
      return v.asDouble();
    }

    int positiveInt(String key) {
      JsonNode v = required(key);
      if (!v.isInt() || v.asInt() <= 0) {
        throw new PolicyException(at(key), "expected a whole number > 0");
      }
      return v.asInt();
    }

    List<String> words(String key) {
      JsonNode v = required(key);
      if (!v.isArray()) {
        throw new PolicyException(at(key), "expected a list");
      }
      List<String> out = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        JsonNode w = v.get(i);
        if (!w.isTextual() || w.asText().isBlank()) {
          throw new PolicyException(at(key) + "[" + i + "]", "expected a non-empty string");
        }
        out.add(w.asText().trim());
      }
      return out;
    }

    long duration(String key) {
      long ms = durationOrZero(key);
      if (ms == 0) {
        throw new PolicyException(at(key), "must be longer than 0");
      }
      return ms;
    }

    long durationOrZero(String key) {
      JsonNode v = required(key);
      Matcher m = DURATION.matcher(v.asText());
      if (!v.isTextual() || !m.matches()) {
        throw new PolicyException(at(key), "expected a duration such as 500ms, 10s, 5m, 24h or 7d");
      }
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> n;
        case "s" -> n * 1000L;
        case "m" -> n * 60_000L;
        case "h" -> n * 3_600_000L;
        default -> n * 86_400_000L;
      };
    }

    /** Fails on the first key of this mapping that no rule read (most often a typo). */
    void done() {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!read.contains(key)) {
          throw new PolicyException(at(key), "unknown key");
        }
      }
    }
  }

  /** Formats a duration the way the policy file writes it (largest exact unit), for reasons. */
  public static String formatDuration(long ms) {
    if (ms % 3_600_000L == 0) {
      return ms / 3_600_000L + "h";
    }
    if (ms % 60_000L == 0) {
      return ms / 60_000L + "m";
    }
    if (ms % 1000L == 0) {
      return ms / 1000L + "s";
    }
    return ms + "ms";
  }

  private static final String[] LEVEL_NAMES = {"P0", "P1", "P2", "P3"};

  public static String levelName(int level) {
    return LEVEL_NAMES[level];
  }

  public boolean isKnownQueue(String queue) {
    return queue != null && knownQueues.contains(queue);
  }

  /** The queue's base level, or {@code defaultLevel} for a queue the policy does not list. */
  public int queueLevel(String queue) {
    return queueLevels.getOrDefault(queue, defaultLevel);
  }

  /** The intent's override level, or -1 when the intent has none. */
  public int intentLevel(String intent) {
    Integer level = intent == null ? null : intentLevels.get(intent);
    return level == null ? -1 : level;
  }

  public String fallbackQueue() {
    return fallbackQueue;
  }

  public double lowConfidence() {
    return lowConfidence;
  }

  public double urgentAbove() {
    return urgentAbove;
  }

  public List<String> cueWords() {
    return Collections.unmodifiableList(cueWords);
  }

  public int cueScanChars() {
    return cueScanChars;
  }

  public boolean isVipTenant(String tenant) {
    return tenant != null && vipTenants.contains(tenant);
  }

  public boolean isVipSender(String senderToken) {
    return senderToken != null && vipSenders.contains(senderToken);
  }

  public double spamThreshold() {
    return spamThreshold;
  }

  /** Intent confidence at or above which the spam head alone never demotes a record. */
  public double spareIntentsAbove() {
    return spareIntentsAbove;
  }

  /**
   * Whether a record is treated as spam: the spam head is sure and the intent model is not
   * confident that this is a customer's request. A support email that merely reads like a
   * newsletter to the spam head ("please block my card") keeps its level when the intent model
   * recognises the request.
   */
  public boolean isSpam(double spamProbability, double intentConfidence) {
    return spamProbability >= spamThreshold && intentConfidence < spareIntentsAbove;
  }

  public int maxEscalationLevels() {
    return maxEscalationLevels;
  }

  public int senderContacts() {
    return senderContacts;
  }

  public long senderWithinMs() {
    return senderWithinMs;
  }

  public int senderMaxTracked() {
    return senderMaxTracked;
  }

  public int threadFollowUps() {
    return threadFollowUps;
  }

  public long threadOpenForMs() {
    return threadOpenForMs;
  }

  public boolean isGenericIntent(String intent) {
    return intent != null && genericIntents.contains(intent);
  }

  /** Window length of P1..P3 in ms. */
  public long windowMs(int level) {
    if (level <= P0 || level > P3) {
      throw new IllegalArgumentException("no window for level " + level);
    }
    return windowMs[level];
  }

  public long outOfOrdernessMs() {
    return outOfOrdernessMs;
  }

  public long idlenessMs() {
    return idlenessMs;
  }

  /**
   * How long (processing time) a window may wait for the watermark once its end has come in real
   * time; 0 means no bound: windows wait for the watermark alone.
   */
  public long maxWindowWaitMs() {
    return maxWindowWaitMs;
  }
}
