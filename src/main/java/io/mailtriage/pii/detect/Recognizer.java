package io.mailtriage.pii.detect;

/**
 * Finds candidates of one type in a {@link Scan}. Implementations are stateless apart from
 * immutable, precompiled tables, and therefore thread-safe.
 */
interface Recognizer {

  PiiType type();

  void scan(Scan scan);

  /**
   * What context does to this recogniser's candidates, applied by the {@link ContextEnhancer} after
   * every recogniser ran. Most recognisers add their candidates with the confidence their own
   * evidence earns and leave context to these rules.
   */
  default java.util.List<ContextRule> context() {
    return java.util.List.of();
  }
}
