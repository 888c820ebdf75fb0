package io.mailtriage.ingest;

/**
 * One record of the input topic as it left Kafka, with the coordinates that identify it. The value
 * is raw mail full of personal data: this type lives in {@code ingest} only and never reaches
 * state.
 *
 * <p>An oversized record keeps its digest and size but not its bytes ({@link #value} is null), so a
 * 30 MB message costs nothing past the Kafka deserializer.
 */
public class SourceRecord {
  public String topic;
  public int partition;
  public long offset;

  /** Kafka record timestamp (ms since epoch). */
  public long kafkaTimestamp;

  /** Tenant named in a Kafka header {@code tenant}, or null. */
  public String tenantHeader;

  /** Raw record value, or null when the record was empty or above the configured size bound. */
  public byte[] value;

  /** Size of the record value in bytes as received (0 for a null value). */
  public int size;

  /** Lower-case hex SHA-256 of the record value as received. */
  public String sha256;

  /** True when {@link #size} exceeded the configured maximum and the bytes were discarded. */
  public boolean oversized;

  public SourceRecord() {}
}
