package io.mailtriage.priority;

import io.mailtriage.config.ConfigException;
import io.mailtriage.config.ConfigSection;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

  /**
   * The kinds of machine-sent mail the parse stage tells apart ({@code
   * TokenizedEmail.autoSubmitted}; the parser's {@code ingest.AutoSubmitted.KINDS}, which this
   * package may not reference: a test holds the two lists equal). The policy names a queue and a
   * level for each.
   */
  public static final List<String> AUTO_SUBMITTED_KINDS =
      List.of("auto_reply", "auto_generated", "delivery_status", "read_receipt");

  private static final Pattern LEVEL = Pattern.compile("P[0-3]");

  /** A queue name that makes a valid topic name once the triage prefix is put before it. */
  private static final Pattern QUEUE = Pattern.compile("[a-zA-Z0-9._-]{1,200}");

  private static final Pattern CUE = Pattern.compile("[\\p{L}\\p{N}_]+(\\s+[\\p{L}\\p{N}_]+)*");

  private final Set<String> knownQueues;
  private final int defaultLevel;
  private final String fallbackQueue;
  private final Map<String, Integer> queueLevels;
  private final Map<String, Integer> intentLevels;
  private final double lowConfidence;
  private final double urgentAbove;
  private final double urgentConfidence;
  private final double possibleP0Probability;
  private final double possibleP0TopThree;
  private final double possibleP0InDomain;
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
  private final Map<String, String> autoSubmittedQueues;
  private final Map<String, Integer> autoSubmittedLevels;

  /** Window length per level; index 0 (P0) is unused because P0 is never windowed. */
  private final long[] windowMs;

  private final long outOfOrdernessMs;
  private final long idlenessMs;
  private final long maxWindowWaitMs;

  private PriorityPolicy(ConfigSection r, Set<String> knownIntents, Set<String> knownQueues) {
    this.knownQueues = Set.copyOf(knownQueues);
    this.defaultLevel = level(r, "defaultLevel");
    this.fallbackQueue = r.text("fallbackQueue");
    if (!knownQueues.contains(fallbackQueue)) {
      throw r.invalid("fallbackQueue", "unknown queue '" + fallbackQueue + "'");
    }
    this.queueLevels = levelMap(r.section("queues"), knownQueues, "unknown queue");
    this.intentLevels = levelMap(r.section("intents"), knownIntents, "unknown intent");

    ConfigSection model = r.section("model");
    this.lowConfidence = model.probability("lowConfidence");
    this.urgentAbove = model.probability("urgentAbove");
    this.urgentConfidence = model.probability("urgentConfidence");
    ConfigSection possible = model.section("possibleP0");
    this.possibleP0Probability = possible.probability("probability");
    this.possibleP0TopThree = possible.probability("topThree");
    this.possibleP0InDomain = possible.probability("inDomain");
    possible.done();
    model.done();

    ConfigSection cues = r.section("cues");
    this.cueWords = List.copyOf(cues.texts("words"));
    for (int i = 0; i < cueWords.size(); i++) {
      if (!CUE.matcher(cueWords.get(i)).matches()) {
        throw cues.invalid(
            "words[" + i + "]", "only letters, digits, '_' and spaces between words");
      }
    }
    this.cueScanChars = cues.positiveInt("scanChars");
    cues.done();

    ConfigSection vip = r.section("vip");
    this.vipTenants = Set.copyOf(vip.texts("tenants"));
    this.vipSenders = Set.copyOf(vip.texts("senders"));
    vip.done();

    ConfigSection spam = r.section("spam");
    this.spamThreshold = spam.probability("threshold");
    this.spareIntentsAbove = spam.probability("spareIntentsAbove");
    spam.done();

    ConfigSection esc = r.section("escalation");
    this.maxEscalationLevels = esc.positiveInt("maxLevels");
    ConfigSection sender = esc.section("sender");
    this.senderContacts = sender.positiveInt("contacts");
    if (senderContacts < 2) {
      throw sender.invalid("contacts", "must be >= 2 (one contact is not a repeat)");
    }
    this.senderWithinMs = sender.duration("within");
    this.senderMaxTracked = sender.positiveInt("maxTracked");
    if (senderMaxTracked < senderContacts) {
      throw sender.invalid("maxTracked", "must be >= escalation.sender.contacts");
    }
    sender.done();
    ConfigSection thread = esc.section("thread");
    this.threadFollowUps = thread.positiveInt("followUps");
    this.threadOpenForMs = thread.duration("openFor");
    List<String> generic = thread.texts("genericIntents");
    for (int i = 0; i < generic.size(); i++) {
      if (!knownIntents.contains(generic.get(i))) {
        throw thread.invalid(
            "genericIntents[" + i + "]", "unknown intent '" + generic.get(i) + "'");
      }
    }
    this.genericIntents = Set.copyOf(generic);
    thread.done();
    esc.done();

    ConfigSection auto = r.section("autoSubmitted");
    Map<String, String> autoQueues = new HashMap<>();
    Map<String, Integer> autoLevels = new HashMap<>();
    for (String kind : AUTO_SUBMITTED_KINDS) {
      ConfigSection k = auto.section(kind);
      autoQueues.put(kind, k.text("queue", QUEUE, "a queue name (letters, digits, '.', '_', '-')"));
      int level = level(k, "level");
      if (level == P0) {
        throw k.invalid("level", "must be P1, P2 or P3: machine-sent mail is never paged");
      }
      autoLevels.put(kind, level);
      k.done();
    }
    auto.done();
    this.autoSubmittedQueues = Map.copyOf(autoQueues);
    this.autoSubmittedLevels = Map.copyOf(autoLevels);

    ConfigSection windows = r.section("windows");
    this.windowMs = new long[LEVELS];
    for (int level = 1; level < LEVELS; level++) {
      windowMs[level] = windows.duration("P" + level);
    }
    windows.done();

    ConfigSection wm = r.section("watermarks");
    this.outOfOrdernessMs = wm.durationOrZero("outOfOrderness");
    this.idlenessMs = wm.duration("idleness");
    this.maxWindowWaitMs = wm.durationOrZero("maxWindowWait");
    wm.done();
    r.done();
  }

  /**
   * Reads and validates a policy file. {@code knownIntents} are the model's labels and {@code
   * knownQueues} the queues of conf/intents.yaml (with {@code needs-review}); every intent or queue
   * the policy names must be one of them, but for the queues of machine-sent mail ({@code
   * autoSubmitted}), which are the policy's own.
   *
   * @throws ConfigException with a one-line message naming the file and the offending entry
   */
  public static PriorityPolicy load(Path file, Set<String> knownIntents, Set<String> knownQueues) {
    return read(ConfigSection.load(file, ConfigSection.Values.QUOTED), knownIntents, knownQueues);
  }

  /** Validates policy YAML given as text; {@code origin} names it in errors. */
  public static PriorityPolicy parse(
      String yaml, String origin, Set<String> knownIntents, Set<String> knownQueues) {
    return read(
        ConfigSection.parse(yaml, origin, ConfigSection.Values.QUOTED), knownIntents, knownQueues);
  }

  /** Reads a policy from the top-level mapping of its file. */
  public static PriorityPolicy read(
      ConfigSection root, Set<String> knownIntents, Set<String> knownQueues) {
    return new PriorityPolicy(root, knownIntents, knownQueues);
  }

  private static Map<String, Integer> levelMap(
      ConfigSection levels, Set<String> known, String unknown) {
    Map<String, Integer> out = new HashMap<>();
    for (String name : levels.keys()) {
      if (!known.contains(name)) {
        throw levels.invalid(name, unknown);
      }
      out.put(name, level(levels, name));
    }
    return Map.copyOf(out);
  }

  private static int level(ConfigSection section, String key) {
    return section.text(key, LEVEL, "a level P0, P1, P2 or P3").charAt(1) - '0';
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

  /**
   * Model urgency escalates only when the model's confidence in the intent the urgency belongs to
   * is at least this (0: whatever the confidence).
   */
  public double urgentConfidence() {
    return urgentConfidence;
  }

  /**
   * Probability at or above which an intent the policy raises to P0, among the model's top three
   * answers, makes a record P0 even when the model picked another intent or is unsure (1 turns the
   * rule off) ...
   */
  public double possibleP0Probability() {
    return possibleP0Probability;
  }

  /** ... when the top three answers together hold at least this probability ... */
  public double possibleP0TopThree() {
    return possibleP0TopThree;
  }

  /**
   * ... and the model's domain head gives the email at least this probability of being a support
   * request (0 turns the gate off; a model without a domain head passes every email).
   */
  public double possibleP0InDomain() {
    return possibleP0InDomain;
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

  /** The queue of a kind of machine-sent mail ({@link #AUTO_SUBMITTED_KINDS}). */
  public String autoSubmittedQueue(String kind) {
    return autoSubmittedQueues.get(kind);
  }

  /** The level of a kind of machine-sent mail: P1..P3, never P0. */
  public int autoSubmittedLevel(String kind) {
    return autoSubmittedLevels.get(kind);
  }

  /**
   * The queues machine-sent mail goes to: queues of their own (a topic each), beside those of
   * conf/intents.yaml.
   */
  public Set<String> autoSubmittedQueues() {
    return new TreeSet<>(autoSubmittedQueues.values());
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
