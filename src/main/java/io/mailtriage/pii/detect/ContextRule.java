package io.mailtriage.pii.detect;

/**
 * What the words around a candidate do to its confidence, declared by the recogniser that found it
 * and applied by the one {@link ContextEnhancer}. A rule fires when one of its words (lower-case
 * ASCII; words of four or more chars also match as prefixes, "phone" in "phones") starts within
 * {@code before} chars before the candidate or {@code after} chars after it, or, for a rule that
 * counts signatures, when the candidate lies on a short line of a signature block. It then moves a
 * confidence {@code c} of at least {@code atLeast} to {@code min(ceiling, max(floor, c + shift))}:
 *
 * <ul>
 *   <li>raise: a positive shift ("card" before a Luhn-valid number);
 *   <li>lower the bar: a floor above the type's threshold, so a candidate whose own evidence is
 *       weaker (a phone number the metadata only calls possible, or only phone-shaped; nine bare
 *       digits for an SSN) is reported when the context vouches for it;
 *   <li>lower: a negative shift or a ceiling below the threshold ("order" before a digit group,
 *       "version" before a dotted quad).
 * </ul>
 *
 * @param words context words
 * @param before chars searched before the candidate (the start of a chain of candidates of the
 *     same type, see {@link ContextEnhancer})
 * @param after chars searched after the candidate
 * @param signatures whether a signature block counts as this context
 * @param sameLine whether the words count only on the candidate's own line (a job title such as
 *     "Accounts Payable" on the line above a signature's number says nothing about the number)
 * @param atLeast the rule leaves candidates below this confidence alone: how far it lowers the bar
 */
record ContextRule(String[] words, int before, int after, boolean signatures, boolean sameLine, double atLeast,
    double shift, double floor, double ceiling) {

  ContextRule {
    words = words.clone();
    if (before < 0 || after < 0 || floor > ceiling) {
      throw new IllegalArgumentException("bad context rule for " + String.join(",", words));
    }
  }

  /** Raises the confidence by {@code shift}, to at least {@code floor}. */
  static ContextRule raise(int before, int after, double shift, double floor, String... words) {
    return new ContextRule(words, before, after, false, false, 0.0, shift, floor, 1.0);
  }

  /**
   * Lifts a candidate that lies in a signature block, on a short line, to at least {@code floor},
   * if its own evidence earned at least {@code atLeast}.
   */
  static ContextRule inSignatures(double atLeast, double floor) {
    return new ContextRule(new String[0], 0, 0, true, false, atLeast, 0.0, floor, 1.0);
  }

  /** Lowers the confidence by {@code by} when one of the words is on the candidate's line. */
  static ContextRule lower(int before, double by, String... words) {
    return new ContextRule(words, before, 0, false, true, 0.0, -by, 0.0, 1.0);
  }

  /** Caps the confidence at {@code ceiling}. */
  static ContextRule cap(int before, double ceiling, String... words) {
    return new ContextRule(words, before, 0, false, false, 0.0, 0.0, 0.0, ceiling);
  }

  double apply(double confidence) {
    if (confidence < atLeast) {
      return confidence;
    }
    return Math.min(ceiling, Math.max(floor, confidence + shift));
  }
}
