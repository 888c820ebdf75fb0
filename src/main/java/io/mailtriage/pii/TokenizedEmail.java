package io.mailtriage.pii;

/**
 * An email after PII tokenization: every personal value is replaced by a keyed token. This is the
 * only email type allowed past the tokenization operator, into state, checkpoints and outputs.
 */
public class TokenizedEmail {
  /**
   * Keyed token of the Message-ID (or envelope id): stable per email, joinable, not reversible
   * here.
   */
  public String emailId;

  public String tenant;

  /** The tenant's own support mailbox (a business address, not a data subject). */
  public String mailbox;

  /**
   * Deterministic token of the normalised sender address; null when the mail named no usable
   * sender.
   */
  public String senderToken;

  /**
   * Keyed token of the thread root (References / In-Reply-To / Message-ID, else subject + sender).
   */
  public String threadToken;

  /** Subject with PII replaced by tokens. */
  public String subject;

  /** Body with PII replaced by tokens. */
  public String body;

  /**
   * Subject (first line) and body with PII replaced by type placeholders ({@code <EMAIL>}). The
   * model reads the new message of it (inference's {@code ModelText}), not the whole.
   */
  public String modelText;

  /** PII entity types found, one entry per finding (for metrics and audit; no values). */
  public String[] piiTypes;

  public long receivedAt;
  public boolean receivedAtClamped;

  /** Wall-clock time the record was parsed, for end-to-end latency. */
  public long ingestedAt;

  public int attachmentCount;

  /**
   * The kind of machine-sent mail the parser found ({@code auto_reply}, {@code auto_generated},
   * {@code delivery_status}, {@code read_receipt}), or null when a person wrote it. The priority
   * stage never pages it nor counts it as a contact.
   */
  public String autoSubmitted;

  /**
   * The sender's address is a service's that sends other people's messages on (a voicemail system's
   * {@code no-reply@}: {@code ingest.ServiceSenders}): its mails are no repeat contacts.
   */
  public boolean serviceSender;

  public String sourceTopic;
  public int sourcePartition;
  public long sourceOffset;

  public TokenizedEmail() {}

  @Override
  public String toString() {
    return "TokenizedEmail["
        + emailId
        + " "
        + sourceTopic
        + "/"
        + sourcePartition
        + "@"
        + sourceOffset
        + "]";
  }
}
