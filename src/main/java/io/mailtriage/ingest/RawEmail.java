package io.mailtriage.ingest;

/**
 * A parsed, validated email with its personal data still in clear. Only {@code ingest} and {@code
 * pii} may reference this type (an ArchUnit test enforces it): the PII tokenization operator is the
 * last place it exists, and it is never put in keyed state.
 */
public class RawEmail {
  /** How the record arrived: {@code json} envelope or raw {@code mime}. */
  public String format;

  /** Message-ID (MIME) or envelope messageId; personal-ish, tokenized by the PII stage. */
  public String messageId;

  public String inReplyTo;

  /** Message-IDs from the References header, oldest first. */
  public String[] references;

  public String tenant;
  public String mailbox;

  /** Event time: when the mail was received (ms since epoch). */
  public long receivedAt;

  /** True when receivedAt was missing or in the future and was replaced by the Kafka timestamp. */
  public boolean receivedAtClamped;

  public Address from;
  public Address[] to;
  public Address[] cc;
  public String subject;

  /** Plain text body; HTML-only mail is converted to text by the parser. */
  public String body;

  /** True when the body was cut to the configured maximum length. */
  public boolean bodyTruncated;

  public AttachmentMeta[] attachments;

  /**
   * The kind of machine-sent mail ({@link AutoSubmitted#KINDS}: {@code auto_reply}, {@code
   * delivery_status}, ...), or null when a person wrote it.
   */
  public String autoSubmitted;

  /** Parser notes that are not failures (e.g. an unknown charset decoded as a fallback). */
  public String[] warnings;

  /**
   * Keyed, irreversible id of the sender as a data subject (set by the PII stage's subject-token
   * operator; empty when the sender cannot be normalised). The PII operator is keyed by it.
   */
  public String subjectToken;

  public String sourceTopic;
  public int sourcePartition;
  public long sourceOffset;
  public String rawSha256;
  public int rawSize;

  public RawEmail() {}

  @Override
  public String toString() {
    // Only coordinates: this object holds personal data and must never be logged whole.
    return "RawEmail[" + sourceTopic + "/" + sourcePartition + "@" + sourceOffset + "]";
  }
}
