package io.mailtriage.pii;

/**
 * A GDPR Art. 17 erasure request from the {@code pii.erasure} topic. It names the data subject by
 * token only (see {@code scripts/subject-token}), never by address, so the request itself carries
 * no personal data.
 */
public class ErasureRequest {
  public String tenant;
  public String subjectToken;

  /** Caller's reference for the audit trail (ticket id). */
  public String requestId;

  public long requestedAt;

  public ErasureRequest() {}

  /** The key that routes a request to the subtask holding the subject's key. */
  public static String subjectKey(ErasureRequest r) {
    return r.tenant + "|" + r.subjectToken;
  }
}
