package io.mailtriage.pii.detect;

/**
 * What the words around a candidate do to its confidence, declared by the recogniser that found it
 * and applied by the one {@link ContextEnhancer}. A rule fires when one of its words (lower-case
 * ASCII; words of four or more chars also match as prefixes, "phone" in "phones", shorter ones only
 * as whole words, so "v" does not match "VPN") starts at a word boundary within {@code before}
 * chars before the candidate or {@code after} chars after it, or, for a rule that counts
 * signatures, when the candidate lies on a short line of a signature block. It then moves a
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
 * <p>Immutable; rules are constants of their recognisers.
 */
final class ContextRule {

  /** Context words, grouped by first char (all ASCII). */
  private final String[][] byFirst = new String[128][];

  private final boolean hasWords;

  /** Chars searched before the candidate (the start of its chain, see {@link ContextEnhancer}). */
  final int before;

  /** Chars searched after the candidate. */
  final int after;

  /** Whether a signature block counts as this context. */
  final boolean signatures;

  /**
   * Whether the words count only in the candidate's own sentence, which a line break ends too: a
   * job title such as "Accounts Payable" on the line above a signature's number says nothing about
   * the number, and "version" caps a dotted quad in "updated to version 10.0.0.1", not in "since
   * the last update. My IP is 203.0.113.42".
   */
  final boolean sameSentence;

  /** The rule leaves candidates below this confidence alone: how far it lowers the bar. */
  final double atLeast;

  private final double shift;
  private final double floor;
  private final double ceiling;

  private ContextRule(
      String[] words,
      int before,
      int after,
      boolean signatures,
      boolean sameSentence,
      double atLeast,
      double shift,
      double floor,
      double ceiling) {
    if (before < 0 || after < 0 || floor > ceiling) {
      throw new IllegalArgumentException("bad context rule for " + String.join(",", words));
    }
    for (String w : words) {
      char c = w.isEmpty() ? 128 : w.charAt(0);
      if (c >= 128) {
        throw new IllegalArgumentException("context words start with an ASCII char: " + w);
      }
      String[] old = byFirst[c];
      String[] grown = old == null ? new String[1] : java.util.Arrays.copyOf(old, old.length + 1);
      grown[grown.length - 1] = w;
      byFirst[c] = grown;
    }
    this.hasWords = words.length > 0;
    this.before = before;
    this.after = after;
    this.signatures = signatures;
    this.sameSentence = sameSentence;
    this.atLeast = atLeast;
    this.shift = shift;
    this.floor = floor;
    this.ceiling = ceiling;
  }

  /**
   * Words for the number of a thing or a transaction rather than of a person: before a digit group
   * they say it is no phone number or SSN ("order 112-4567890", "Ticket ID: 219-09-9991").
   */
  static final String[] OTHER_NUMBERS = {
    "order",
    "invoice",
    "ticket",
    "ref",
    "reference",
    "case",
    "tracking",
    "po",
    "serial",
    "sku",
    "receipt",
    "lot",
    "build",
    "version",
    "flight",
    // A courier's numbers: "Consignment no. 0803 5550 1442", "AWB 7741 2290 5513".
    "consignment",
    "waybill",
    "awb",
    "shipment"
  };

  /** {@code words} followed by {@code more}, for a rule that adds words to a shared list. */
  static String[] plus(String[] words, String... more) {
    String[] all = java.util.Arrays.copyOf(words, words.length + more.length);
    System.arraycopy(more, 0, all, words.length, more.length);
    return all;
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

  /** Lowers the confidence by {@code by} when one of the words is in the candidate's sentence. */
  static ContextRule lower(int before, double by, String... words) {
    return new ContextRule(words, before, 0, false, true, 0.0, -by, 0.0, 1.0);
  }

  /**
   * Caps the confidence at {@code ceiling} when one of the words is in the candidate's sentence.
   */
  static ContextRule cap(int before, double ceiling, String... words) {
    return new ContextRule(words, before, 0, false, true, 0.0, 0.0, 0.0, ceiling);
  }

  /**
   * Whether one of the words starts at a word boundary in {@code [from, to)} and ends by {@code to}
   * (see the class comment for prefixes). One pass over the range: each char is tested against the
   * first chars of the words, and only the words with that first char are compared.
   */
  boolean occursIn(Scan s, int from, int to) {
    if (!hasWords) {
      return false;
    }
    char[] lower = s.lower;
    for (int i = Math.max(0, from); i < to; i++) {
      char c = lower[i];
      String[] candidates = c < 128 ? byFirst[c] : null;
      if (candidates == null || s.isWordChar(i - 1)) {
        continue;
      }
      for (String w : candidates) {
        if (i + w.length() <= to
            && s.regionEquals(i, w)
            && (w.length() >= 4 || !s.isAsciiLetter(i + w.length()))) {
          return true;
        }
      }
    }
    return false;
  }

  double apply(double confidence) {
    if (confidence < atLeast) {
      return confidence;
    }
    return Math.min(ceiling, Math.max(floor, confidence + shift));
  }
}
