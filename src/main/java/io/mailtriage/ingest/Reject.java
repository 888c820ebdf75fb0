package io.mailtriage.ingest;

import io.mailtriage.deadletter.DeadLetterReason;

/**
 * Internal signal of {@link EmailParser}: the record is dead-lettered for this reason. The message
 * is written by the parser and never contains input content. No stack trace: it is control flow,
 * taken for every bad record, and the trace would say nothing about the input.
 */
final class Reject extends Exception {
  private static final long serialVersionUID = 1L;

  final DeadLetterReason reason;

  Reject(DeadLetterReason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }
}
