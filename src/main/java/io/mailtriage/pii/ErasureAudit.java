package io.mailtriage.pii;

/**
 * The audit trail of an erasure on {@code pii.audit}: what was erased, when, and whether a key
 * existed.
 */
public class ErasureAudit {
  public String tenant;
  public String subjectToken;
  public String requestId;
  public long requestedAt;
  public long erasedAt;

  /** False when no key was held for the subject (nothing to erase in this job's state). */
  public boolean keyFound;

  public ErasureAudit() {}
}
