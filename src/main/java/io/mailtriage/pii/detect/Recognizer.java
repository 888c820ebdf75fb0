package io.mailtriage.pii.detect;

/**
 * Finds candidates of one type in a {@link Scan}. Implementations are stateless apart from
 * immutable, precompiled tables, and therefore thread-safe.
 */
interface Recognizer {

  PiiType type();

  void scan(Scan scan);
}
