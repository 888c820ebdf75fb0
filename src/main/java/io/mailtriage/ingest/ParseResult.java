package io.mailtriage.ingest;

import io.mailtriage.deadletter.DeadLetterReason;

/**
 * What {@link EmailParser} made of one record: a parsed email, or the reason it is dead-lettered
 * and a message written by the parser (never input content, so it is safe to log and publish).
 */
public final class ParseResult {
  private final RawEmail email;
  private final DeadLetterReason reason;
  private final String message;

  private ParseResult(RawEmail email, DeadLetterReason reason, String message) {
    this.email = email;
    this.reason = reason;
    this.message = message;
  }

  public static ParseResult ok(RawEmail email) {
    return new ParseResult(email, null, null);
  }

  public static ParseResult failure(DeadLetterReason reason, String message) {
    return new ParseResult(null, reason, message);
  }

  public boolean isOk() {
    return email != null;
  }

  /** The parsed email, or null on failure. */
  public RawEmail email() {
    return email;
  }

  /** The dead-letter reason, or null on success. */
  public DeadLetterReason reason() {
    return reason;
  }

  /** Safe description of the failure, or null on success. */
  public String message() {
    return message;
  }

  @Override
  public String toString() {
    return isOk() ? "ParseResult[ok]" : "ParseResult[" + reason + ": " + message + "]";
  }
}
