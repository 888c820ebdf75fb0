package io.mailtriage.ingest;

/**
 * The JSON envelope form of an input record, bound by Jackson; see
 * docs/schemas/email-envelope.v1.json for the contract and docs/input-contract.md for how each
 * field is used. Only the parser sees this type: it is turned into a {@link RawEmail} at once and
 * never travels between operators.
 *
 * <p>Required: {@code messageId} and a non-blank {@code text} or {@code html}. Every other field
 * may be absent or null; mail without a usable {@code from.email} is triaged with an unknown
 * sender.
 */
public class EmailEnvelope {
  public String messageId;
  public String tenant;

  /** The support mailbox the mail was delivered to; also used to resolve the tenant. */
  public String mailbox;

  /** ISO-8601 date-time with offset, e.g. {@code 2026-03-02T09:15:00Z}. */
  public String receivedAt;

  public Party from;
  public Party[] to;
  public Party[] cc;
  public String subject;
  public String text;
  public String html;

  /**
   * Original mail headers; In-Reply-To and References are used for threading, the headers that mark
   * machine-sent mail ({@link AutoSubmitted}) to tell it from a person's.
   */
  public Header[] headers;

  public Attachment[] attachments;

  public EmailEnvelope() {}

  /** A sender or recipient. */
  public static class Party {
    public String name;
    public String email;

    public Party() {}

    @Override
    public String toString() {
      return "Party[redacted]";
    }
  }

  /** One original header line, name and unfolded value. */
  public static class Header {
    public String name;
    public String value;

    public Header() {}

    @Override
    public String toString() {
      return "Header[" + name + "]";
    }
  }

  /** Declared attachment metadata; envelopes never carry attachment content. */
  public static class Attachment {
    public String filename;
    public String contentType;
    public Long size;

    public Attachment() {}

    @Override
    public String toString() {
      return "Attachment[redacted]";
    }
  }

  @Override
  public String toString() {
    // Holds personal data in clear: never print field values.
    return "EmailEnvelope[redacted]";
  }
}
