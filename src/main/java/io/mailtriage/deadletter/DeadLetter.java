package io.mailtriage.deadletter;

/**
 * A record that could not be triaged. It never carries the raw message in clear: only its digest
 * and size, and (once sealed by the PII stage) the payload encrypted under the DLQ key.
 */
public class DeadLetter {
  public static final int SCHEMA_VERSION = 1;

  public int schemaVersion = SCHEMA_VERSION;

  /** A {@link DeadLetterReason} name. */
  public String reason;

  /** Human-readable cause. Written by our code only, never echoing input content. */
  public String message;

  /**
   * Pipeline stage that rejected the record: {@code ingest}, {@code pii}, {@code inference}, ...
   */
  public String stage;

  public String sourceTopic;
  public int sourcePartition;
  public long sourceOffset;
  public String sha256;
  public int size;

  /** Base64 AES-GCM ciphertext of the raw record, or null when not sealed (e.g. too large). */
  public String sealedPayload;

  /** Key version that sealed {@link #sealedPayload}, or null. */
  public String sealedKeyVersion;

  public long deadLetteredAt;

  public DeadLetter() {}

  public static DeadLetter of(
      DeadLetterReason reason,
      String message,
      String stage,
      String topic,
      int partition,
      long offset,
      String sha256,
      int size) {
    DeadLetter d = new DeadLetter();
    d.reason = reason.name();
    d.message = message;
    d.stage = stage;
    d.sourceTopic = topic;
    d.sourcePartition = partition;
    d.sourceOffset = offset;
    d.sha256 = sha256;
    d.size = size;
    d.deadLetteredAt = System.currentTimeMillis();
    return d;
  }

  @Override
  public String toString() {
    return "DeadLetter["
        + reason
        + " "
        + sourceTopic
        + "/"
        + sourcePartition
        + "@"
        + sourceOffset
        + "]";
  }
}
