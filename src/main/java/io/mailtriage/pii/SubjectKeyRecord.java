package io.mailtriage.pii;

/**
 * A data subject's key, wrapped under the tenant key, as published to the compacted {@code
 * pii.subject-keys} topic for the re-identification tool. {@link #wrappedKey} null means the
 * subject was erased: the sink writes a tombstone, and compaction removes every earlier copy.
 */
public class SubjectKeyRecord {
  public String tenant;
  public String subjectToken;

  /** Base64 of the AES-GCM-wrapped subject key, or null for an erasure tombstone. */
  public String wrappedKey;

  /** Master key version that wrapped it. */
  public String keyVersion;

  public long createdAt;

  public SubjectKeyRecord() {}
}
