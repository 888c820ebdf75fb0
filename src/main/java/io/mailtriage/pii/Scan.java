package io.mailtriage.pii;

import java.util.ArrayList;
import java.util.List;

/**
 * State of one detection run: the normalised text, an ASCII-lower-cased copy for context-word
 * look-ups, the hints, and the raw candidates (in normalised coordinates). Thread-confined:
 * one instance per {@link PiiDetector#detect} call.
 */
final class Scan {

  final NormalizedText norm;
  final char[] text;
  final char[] lower;
  final int length;
  final DetectionHints hints;
  final PiiSettings settings;
  final List<Finding> candidates = new ArrayList<>();
  /** Spans already taken by checksum-validated findings; later, costlier recognisers skip them. */
  private final java.util.BitSet validated = new java.util.BitSet();
  private int[][] keywordHits;

  Scan(NormalizedText norm, DetectionHints hints, PiiSettings settings) {
    this.norm = norm;
    this.text = norm.chars;
    this.length = norm.length;
    this.hints = hints;
    this.settings = settings;
    this.lower = new char[length];
    for (int i = 0; i < length; i++) {
      char c = text[i];
      lower[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
  }

  /** Records a candidate in normalised coordinates; confidence is clamped to [0,1]. */
  void add(PiiType type, int start, int end, double confidence) {
    if (end > start && settings.isEnabled(type)) {
      candidates.add(new Finding(type, start, end, Math.max(0.0, Math.min(1.0, confidence))));
      if ((type == PiiType.CREDIT_CARD || type == PiiType.IBAN) && confidence >= settings.threshold(type)) {
        validated.set(start, end);
      }
    }
  }

  /** Whether every char in [start, end) lies inside a validated card or IBAN candidate. */
  boolean validatedSpan(int start, int end) {
    return validated.nextClearBit(start) >= end;
  }

  char at(int i) {
    return i >= 0 && i < length ? text[i] : ' ';
  }

  boolean isDigit(int i) {
    char c = at(i);
    return c >= '0' && c <= '9';
  }

  boolean isAsciiLetter(int i) {
    char c = at(i);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Letter, digit or underscore, including non-ASCII letters: a "word" character. */
  boolean isWordChar(int i) {
    char c = at(i);
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
    return Character.isLetterOrDigit(c);
  }

  /**
   * Whether any of {@code words} (lower-case ASCII) occurs within the {@code window} chars
   * before {@code pos}, starting at a word boundary. Words of four or more chars match as
   * prefixes ("version" in "versions"); shorter ones ("v", "os", "ip") only as whole words,
   * so "VPN" or "logs" do not count as version context.
   */
  boolean contextBefore(int pos, int window, String... words) {
    int from = Math.max(0, pos - window);
    return containsWord(from, pos, words);
  }

  boolean containsWord(int from, int to, String... words) {
    for (String w : words) {
      int last = to - w.length();
      char first = w.charAt(0);
      for (int i = from; i <= last; i++) {
        if (lower[i] == first && !isWordChar(i - 1) && regionEquals(i, w)
            && (w.length() >= 4 || !isAsciiLetter(i + w.length()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the lower-cased text at {@code i} equals {@code word} (lower-case ASCII). */
  boolean regionEquals(int i, String word) {
    if (i < 0 || i + word.length() > length) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (lower[i + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Next index at or after {@code from} where lower-case {@code word} starts, or -1. */
  int indexOf(String word, int from) {
    return indexOf(word, from, length);
  }

  /** As {@link #indexOf(String, int)}, for an occurrence that ends by {@code to}. */
  int indexOf(String word, int from, int to) {
    char first = word.charAt(0);
    int last = Math.min(length, to) - word.length();
    for (int i = Math.max(0, from); i <= last; i++) {
      if (lower[i] == first && regionEquals(i, word)) {
        return i;
      }
    }
    return -1;
  }

  /** (start, end) pairs of the group's keyword occurrences, computed once per scan. */
  int[] hits(Keywords group) {
    if (keywordHits == null) {
      keywordHits = Keywords.find(this);
    }
    return keywordHits[group.ordinal()];
  }

  CharSequence window(int start, int end) {
    return java.nio.CharBuffer.wrap(text, start, end - start);
  }
}
