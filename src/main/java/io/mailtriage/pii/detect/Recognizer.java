package io.mailtriage.pii.detect;

import java.util.List;

/**
 * Finds candidates of one type in a {@link Scan}. Implementations are stateless apart from
 * immutable, precompiled tables, and therefore thread-safe.
 */
abstract class Recognizer {
  private final PiiType type;
  private final List<ContextRule> context;

  /** A recogniser whose candidates no context changes. */
  Recognizer(PiiType type) {
    this(type, List.of());
  }

  /**
   * @param context what context does to this recogniser's candidates, applied by the {@link
   *     ContextEnhancer} after every recogniser ran. Most recognisers add their candidates with the
   *     confidence their own evidence earns and leave context to these rules.
   */
  Recognizer(PiiType type, List<ContextRule> context) {
    this.type = type;
    this.context = List.copyOf(context);
  }

  final PiiType type() {
    return type;
  }

  final List<ContextRule> context() {
    return context;
  }

  abstract void scan(Scan scan);
}
