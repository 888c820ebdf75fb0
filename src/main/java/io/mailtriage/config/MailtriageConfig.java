package io.mailtriage.config;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The job's settings, parsed once from conf/mailtriage.yaml (plus CLI overrides) by {@link
 * ConfigLoader} and validated before anything starts. Immutable; operators receive the sections
 * they need.
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
    Priority priority)
    implements Serializable {

  /**
   * Connection to the brokers. {@code properties} go to every client unchanged (security, SASL).
   */
  public record Kafka(String bootstrapServers, String consumerGroup, Map<String, String> properties)
      implements Serializable {}

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
    /** The topic a queue's records go to. */
    public String triageTopic(String queue) {
      return triagePrefix + queue;
    }
  }

  /**
   * Input bounds: records above maxMessageBytes are dead-lettered unread; bodies are cut at
   * maxBodyChars.
   */
  public record Ingest(int maxMessageBytes, int maxBodyChars, long maxFutureSkewMs)
      implements Serializable {}

  /**
   * Known tenants. A record whose tenant is not listed is dead-lettered, unless {@code
   * defaultTenant} is set, in which case mail without any tenant (raw MIME with no tenant header)
   * is assigned to it.
   */
  public record Tenants(String defaultTenant, List<Tenant> known) implements Serializable {
    public Optional<Tenant> find(String id) {
      return known.stream().filter(t -> t.id().equals(id)).findFirst();
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
    public Tenant(String id, String phoneRegion, List<String> mailboxes) {
      this(id, phoneRegion, mailboxes, null);
    }
  }

  /**
   * Checkpointing. Kafka transactions stay open from one checkpoint to the next, so the transaction
   * timeout must exceed the interval (validated) and stay below the broker's
   * transaction.max.timeout.ms (15 min by default).
   */
  public record Checkpoint(long intervalMs, long timeoutMs, long minPauseMs, String storage)
      implements Serializable {}

  /** Kafka sink settings; each sink appends its own suffix to the transactional id prefix. */
  public record Sink(String transactionalIdPrefix, long transactionTimeoutMs)
      implements Serializable {}

  /**
   * PII detection and tokenization. Key material is named here, never held: operators load it in
   * {@code open()} on the TaskManager from exactly one source.
   */
  public record Pii(
      Keys keys,
      Map<String, String> modes,
      List<String> keepLast4,
      Map<String, Double> thresholds,
      long subjectKeyTtlDays)
      implements Serializable {}

  /**
   * Where the master keys come from: an environment variable holding {@code k1:BASE64,k2:BASE64},
   * or a PKCS#12 keystore whose password is in an environment variable or a file.
   */
  public record Keys(
      String env, String keystore, String keystorePasswordEnv, String keystorePasswordFile)
      implements Serializable {}

  /** The triage model and how it is served. */
  public record Model(
      String dir, String intents, int batchSize, long maxDelayMs, int intraOpThreads)
      implements Serializable {}

  /** The priority policy file (conf/priority.yaml). */
  public record Priority(String policy) implements Serializable {}
}
