package io.mailtriage.priority;

/**
 * What downstream services read from {@code triage.<queue>}: the output contract, versioned by
 * {@link #SCHEMA_VERSION} and described by docs/schemas/triage-record.v1.json.
 */
public class TriageRecord {
  public static final int SCHEMA_VERSION = 1;

  public int schemaVersion = SCHEMA_VERSION;
  public String emailId;
  public String tenant;
  public String mailbox;
  public String threadToken;

  /** Null (absent on the wire) when the sender is unknown: reason {@code sender_unknown}. */
  public String senderToken;

  /** Tokenized subject. */
  public String subject;

  /** Tokenized start of the body. */
  public String excerpt;

  public String intent;
  public double confidence;
  public String queue;

  /** P0 (act now) .. P3 (low). */
  public String priority;

  /** Higher is more urgent; records of one window are emitted in descending score. */
  public double priorityScore;

  /** What produced the priority, e.g. {@code intent:lost_or_stolen_card}. */
  public String[] reasons;

  public double spamProbability;
  public long receivedAt;
  public long triagedAt;
  public String modelVersion;

  /** True when the record arrived after its window closed and was emitted on its own. */
  public boolean late;

  public String sourceTopic;
  public int sourcePartition;
  public long sourceOffset;

  public TriageRecord() {}
}
