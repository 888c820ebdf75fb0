package io.mailtriage.config;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The job's settings, parsed once from conf/mailtriage.yaml (plus CLI overrides) by {@link
 * ConfigLoader} and validated before anything starts. Immutable; operators receive the sections
 * they need. Each section reads and checks itself ({@code read}); what only another package
 * understands (PII type names, the model, the policy file) is checked there, with {@link #invalid}.
 *
 * @param origin where the settings were read from, for the one line a problem is reported in
 */
public record MailtriageConfig(
    Kafka kafka,
    Topics topics,
    Ingest ingest,
    Tenants tenants,
    Checkpoint checkpoint,
    Sink sink,
    Pii pii,
    Model model,
    Priority priority,
    String origin)
    implements Serializable {

  /** Reads every section of the file's top-level mapping; cross-section rules last. */
  static MailtriageConfig read(ConfigSection root) {
    MailtriageConfig c =
        new MailtriageConfig(
            Kafka.read(root.section("kafka")),
            Topics.read(root.section("topics")),
            Ingest.read(root.section("ingest")),
            Tenants.read(root.section("tenants")),
            Checkpoint.read(root.section("checkpoint")),
            Sink.read(root.section("sink")),
            Pii.read(root.section("pii")),
            Model.read(root.section("model")),
            Priority.read(root.section("priority")),
            root.origin());
    root.done();
    // A transaction spans one checkpoint interval plus the time to complete the checkpoint; if it
    // times out first, the broker aborts it and the records are lost.
    long minTimeout = c.checkpoint().intervalMs() + c.checkpoint().timeoutMs();
    if (c.sink().transactionTimeoutMs() < minTimeout) {
      throw root.section("sink")
          .invalid(
              "transactionTimeoutMs",
              "must be >= checkpoint.intervalMs + checkpoint.timeoutMs (" + minTimeout + ")");
    }
    return c;
  }

  /** A problem with a key of these settings, found where the key is used, to throw. */
  public ConfigException invalid(String key, String problem) {
    return new ConfigException(origin, key, problem);
  }

  /**
   * Connection to the brokers. {@code properties} go to every client unchanged (security, SASL).
   */
  public record Kafka(String bootstrapServers, String consumerGroup, Map<String, String> properties)
      implements Serializable {
    private static final Pattern HOST_PORT = Pattern.compile("[^\\s:,]+:\\d{1,5}");

    /**
     * Client properties the job derives from its own keys. A pass-through value would be overridden
     * without a word (the sources and sinks set these last), so it is refused instead.
     */
    private static final Map<String, String> JOB_OWNED_CLIENT_PROPERTIES =
        Map.of(
            "bootstrap.servers", "kafka.bootstrapServers",
            "group.id", "kafka.consumerGroup",
            "transaction.timeout.ms", "sink.transactionTimeoutMs",
            "transactional.id", "sink.transactionalIdPrefix");

    static Kafka read(ConfigSection s) {
      String servers = s.text("bootstrapServers");
      for (String server : servers.split(",")) {
        if (!HOST_PORT.matcher(server.trim()).matches()) {
          throw s.invalid("bootstrapServers", "expected host:port[,host:port...]");
        }
      }
      String group = s.text("consumerGroup");
      ConfigSection properties = s.section("properties");
      Map<String, String> passThrough = new HashMap<>();
      for (String name : properties.keys()) {
        if (!properties.has(name)) {
          throw properties.invalid(name, "must have a value");
        }
        String owner = JOB_OWNED_CLIENT_PROPERTIES.get(name);
        if (owner != null) {
          throw properties.invalid(
              name, "the job sets it from " + owner + "; set that key instead");
        }
        passThrough.put(name, properties.value(name));
      }
      Kafka kafka = new Kafka(servers, group, Map.copyOf(passThrough));
      s.done();
      return kafka;
    }
  }

  public record Topics(
      String input,
      String deadLetter,
      String triagePrefix,
      String stats,
      String modelControl,
      String erasure,
      String subjectKeys,
      String audit,
      String urgent)
      implements Serializable {
    private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

    /** The topic a queue's records go to. */
    public String triageTopic(String queue) {
      return triagePrefix + queue;
    }

    static Topics read(ConfigSection s) {
      Topics topics =
          new Topics(
              topic(s, "input"),
              topic(s, "deadLetter"),
              // A prefix is a valid topic name once a queue is appended.
              topic(s, "triagePrefix", "x"),
              topic(s, "stats"),
              topic(s, "modelControl"),
              topic(s, "erasure"),
              topic(s, "subjectKeys"),
              topic(s, "audit"),
              topic(s, "urgent"));
      s.done();
      return topics;
    }

    private static String topic(ConfigSection s, String key) {
      return topic(s, key, "");
    }

    private static String topic(ConfigSection s, String key, String suffix) {
      String name = s.text(key);
      if (!TOPIC.matcher(name + suffix).matches()) {
        throw s.invalid(key, "not a valid Kafka topic name");
      }
      return name;
    }
  }

  /**
   * Input bounds: records above maxMessageBytes are dead-lettered unread; bodies are cut at
   * maxBodyChars.
   */
  public record Ingest(int maxMessageBytes, int maxBodyChars, long maxFutureSkewMs)
      implements Serializable {
    static Ingest read(ConfigSection s) {
      Ingest ingest =
          new Ingest(
              s.positiveInt("maxMessageBytes"),
              s.positiveInt("maxBodyChars"),
              atLeastZero(s, "maxFutureSkewMs"));
      s.done();
      return ingest;
    }
  }

  /**
   * Known tenants. A record whose tenant is not listed is dead-lettered, unless {@code
   * defaultTenant} is set, in which case mail without any tenant (raw MIME with no tenant header)
   * is assigned to it.
   */
  public record Tenants(String defaultTenant, List<Tenant> known) implements Serializable {
    public Optional<Tenant> find(String id) {
      return known.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    static Tenants read(ConfigSection s) {
      List<ConfigSection> entries = s.sections("known");
      if (entries.isEmpty()) {
        throw s.invalid("known", "must list at least one tenant");
      }
      Set<String> ids = new HashSet<>();
      List<Tenant> known =
          entries.stream()
              .map(
                  entry -> {
                    Tenant t = Tenant.read(entry);
                    if (!ids.add(t.id())) {
                      throw entry.invalid("id", "duplicate tenant '" + t.id() + "'");
                    }
                    return t;
                  })
              .toList();
      String defaultTenant = s.optionalText("defaultTenant");
      if (defaultTenant != null && !ids.contains(defaultTenant)) {
        throw s.invalid("defaultTenant", "'" + defaultTenant + "' is not in tenants.known");
      }
      s.done();
      return new Tenants(defaultTenant, known);
    }
  }

  /**
   * A tenant: its id, its country (the phone region national numbers are read in first), the
   * support mailboxes it owns, and optionally the further regions its customers write national
   * phone numbers in ({@code null}: the PII detector's broad default list).
   */
  public record Tenant(
      String id, String phoneRegion, List<String> mailboxes, List<String> phoneRegions)
      implements Serializable {
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}");

    public Tenant(String id, String phoneRegion, List<String> mailboxes) {
      this(id, phoneRegion, mailboxes, null);
    }

    static Tenant read(ConfigSection s) {
      String id = s.text("id");
      String region = s.text("phoneRegion", "");
      if (!REGION.matcher(region).matches()) {
        throw s.invalid("phoneRegion", "expected an ISO 3166 alpha-2 code such as US");
      }
      List<String> regions = s.optionalTexts("phoneRegions");
      if (regions != null) {
        for (int r = 0; r < regions.size(); r++) {
          String other = regions.get(r);
          if (!REGION.matcher(other).matches()
              || !PhoneNumberUtil.getInstance().getSupportedRegions().contains(other)) {
            throw s.invalid(
                "phoneRegions[" + r + "]",
                "expected a region with a telephone numbering plan, as an ISO 3166 alpha-2 code such as GB");
          }
        }
        regions = List.copyOf(regions);
      }
      Tenant tenant = new Tenant(id, region, List.copyOf(s.texts("mailboxes")), regions);
      s.done();
      return tenant;
    }
  }

  /**
   * Checkpointing. Kafka transactions stay open from one checkpoint to the next, so the transaction
   * timeout must exceed the interval (validated) and stay below the broker's
   * transaction.max.timeout.ms (15 min by default).
   */
  public record Checkpoint(long intervalMs, long timeoutMs, long minPauseMs, String storage)
      implements Serializable {
    static Checkpoint read(ConfigSection s) {
      long interval = s.longInteger("intervalMs");
      if (interval < 100) {
        throw s.invalid("intervalMs", "must be >= 100");
      }
      long timeout = s.longInteger("timeoutMs");
      if (timeout <= 0) {
        throw s.invalid("timeoutMs", "must be > 0");
      }
      Checkpoint cp =
          new Checkpoint(interval, timeout, atLeastZero(s, "minPauseMs"), s.text("storage"));
      s.done();
      return cp;
    }
  }

  /** Kafka sink settings; each sink appends its own suffix to the transactional id prefix. */
  public record Sink(String transactionalIdPrefix, long transactionTimeoutMs)
      implements Serializable {
    static Sink read(ConfigSection s) {
      Sink sink = new Sink(s.text("transactionalIdPrefix"), s.longInteger("transactionTimeoutMs"));
      s.done();
      return sink;
    }
  }

  /**
   * PII detection and tokenization. Key material is named here, never held: operators load it in
   * {@code open()} on the TaskManager from exactly one source. Type names and modes are checked by
   * the pii package, which owns them.
   */
  public record Pii(
      Keys keys,
      Map<String, String> modes,
      List<String> keepLast4,
      Map<String, Double> thresholds,
      long subjectKeyTtlDays)
      implements Serializable {
    static Pii read(ConfigSection s) {
      Pii pii =
          new Pii(
              Keys.read(s.section("keys")),
              Map.copyOf(s.textMap("modes")),
              List.copyOf(s.texts("keepLast4")),
              Map.copyOf(s.numberMap("thresholds")),
              s.longInteger("subjectKeyTtlDays"));
      if (pii.subjectKeyTtlDays() <= 0) {
        throw s.invalid("subjectKeyTtlDays", "must be > 0");
      }
      s.done();
      return pii;
    }
  }

  /**
   * Where the master keys come from: an environment variable holding {@code k1:BASE64,k2:BASE64},
   * or a PKCS#12 keystore whose password is in an environment variable or a file.
   */
  public record Keys(
      String env, String keystore, String keystorePasswordEnv, String keystorePasswordFile)
      implements Serializable {
    static Keys read(ConfigSection s) {
      Keys keys =
          new Keys(
              s.optionalText("env"),
              s.optionalText("keystore"),
              s.optionalText("keystorePasswordEnv"),
              s.optionalText("keystorePasswordFile"));
      if ((keys.env() == null) == (keys.keystore() == null)) {
        throw s.invalid("set exactly one of env or keystore");
      }
      if (keys.keystore() != null
          && (keys.keystorePasswordEnv() == null) == (keys.keystorePasswordFile() == null)) {
        throw s.invalid(
            "keystore", "set exactly one of keystorePasswordEnv or keystorePasswordFile");
      }
      s.done();
      return keys;
    }
  }

  /** The triage model and how it is served. */
  public record Model(
      String dir, String intents, int batchSize, long maxDelayMs, int intraOpThreads)
      implements Serializable {
    static Model read(ConfigSection s) {
      String dir = s.text("dir");
      String intents = s.text("intents");
      int batchSize = s.integer("batchSize");
      if (batchSize < 1 || batchSize > 1024) {
        throw s.invalid("batchSize", "must be between 1 and 1024");
      }
      Model model =
          new Model(
              dir,
              intents,
              batchSize,
              atLeastZero(s, "maxDelayMs"),
              s.positiveInt("intraOpThreads"));
      s.done();
      return model;
    }
  }

  /** The priority policy file (conf/priority.yaml). */
  public record Priority(String policy) implements Serializable {
    static Priority read(ConfigSection s) {
      Priority priority = new Priority(s.text("policy"));
      s.done();
      return priority;
    }
  }

  private static long atLeastZero(ConfigSection s, String key) {
    long value = s.longInteger(key);
    if (value < 0) {
      throw s.invalid(key, "must be >= 0");
    }
    return value;
  }
}
