package io.mailtriage.deadletter;

/** Why a record went to the dead-letter topic. The code is part of the DLQ contract. */
public enum DeadLetterReason {
  /** The record value was null or zero bytes. */
  EMPTY_MESSAGE,
  /** The record value exceeded {@code ingest.maxMessageBytes}; its bytes were discarded unread. */
  TOO_LARGE,
  /** Looked like a JSON envelope but was not valid JSON. */
  MALFORMED_JSON,
  /** A JSON envelope without a required field, or a MIME message without the headers we need. */
  MISSING_FIELD,
  /** A field of the right name with an unusable value (bad date, bad address, wrong type). */
  INVALID_FIELD,
  /** A MIME message that mime4j could not parse into a usable structure. */
  MALFORMED_MIME,
  /** The tenant is not in the configured tenant list and no default applies. */
  UNKNOWN_TENANT,
  /** A stage after parsing failed on this record; the job keeps running. */
  PROCESSING_ERROR
}
