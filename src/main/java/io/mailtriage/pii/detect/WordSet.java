package io.mailtriage.pii.detect;

/**
 * An immutable set of words that can be asked about a range of a char array without first making a
 * String of it. The name recogniser asks it about every word that opens a line or looks like a
 * title, so the String and its hash per question were a visible share of a scan.
 */
final class WordSet {

  /** Open addressing with linear probing; a power-of-two size at most half full. */
  private final String[] table;

  private final int mask;

  private WordSet(String... words) {
    int size = Integer.highestOneBit(Math.max(4, words.length * 2 - 1)) << 1;
    table = new String[size];
    mask = size - 1;
    for (String w : words) {
      if (!contains(w)) {
        char[] c = w.toCharArray();
        int slot = hash(c, 0, c.length) & mask;
        while (table[slot] != null) {
          slot = (slot + 1) & mask;
        }
        table[slot] = w;
      }
    }
  }

  static WordSet of(String... words) {
    return new WordSet(words);
  }

  /**
   * For the occasional String (header names); the hot path asks with {@link #contains(char[], int,
   * int)}.
   */
  boolean contains(String word) {
    return contains(word.toCharArray(), 0, word.length());
  }

  /** Whether the chars {@code [from, to)} of {@code text} spell one of the words exactly. */
  boolean contains(char[] text, int from, int to) {
    for (int slot = hash(text, from, to) & mask; table[slot] != null; slot = (slot + 1) & mask) {
      String w = table[slot];
      if (w.length() == to - from && regionEquals(w, text, from)) {
        return true;
      }
    }
    return false;
  }

  private static boolean regionEquals(String w, char[] text, int from) {
    for (int k = 0; k < w.length(); k++) {
      if (w.charAt(k) != text[from + k]) {
        return false;
      }
    }
    return true;
  }

  private static int hash(char[] text, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + text[i];
    }
    return h ^ (h >>> 16);
  }
}
