package io.mailtriage.pii.detect;

import java.util.Map;

/**
 * An immutable set of words that can be asked about a range of a char array without first making a
 * String of it. The name recogniser asks it about every word that opens a line or looks like a
 * title, so the String and its hash per question were a visible share of a scan. Each word may
 * carry flags ({@link #flags}), so one look-up answers several questions about it (the name
 * gazetteers: given name, family name, everyday word).
 */
final class WordSet {

  /** Open addressing with linear probing; a power-of-two size at most half full. */
  private final String[] table;

  /**
   * The hash of each slot's word: a probe compares it before touching the word, whose chars lie
   * elsewhere in memory (most probes of a large set end at a different word).
   */
  private final int[] hashes;

  private final int[] flags;

  private final int mask;

  private WordSet(Map<String, Integer> words) {
    int size = Integer.highestOneBit(Math.max(4, words.size() * 2 - 1)) << 1;
    table = new String[size];
    hashes = new int[size];
    flags = new int[size];
    mask = size - 1;
    words.forEach(
        (w, f) -> {
          char[] c = w.toCharArray();
          int h = hash(c, 0, c.length);
          int slot = h & mask;
          while (table[slot] != null && !table[slot].equals(w)) {
            slot = (slot + 1) & mask;
          }
          table[slot] = w;
          hashes[slot] = h;
          flags[slot] |= f;
        });
  }

  static WordSet of(String... words) {
    Map<String, Integer> all = new java.util.HashMap<>();
    for (String w : words) {
      all.put(w, 1);
    }
    return new WordSet(all);
  }

  /** Words with flags (non-zero); a word listed twice gets both flags. */
  static WordSet withFlags(Map<String, Integer> words) {
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
    return flags(text, from, to) != 0;
  }

  /** The flags of the word the chars {@code [from, to)} spell, or 0 when it is none. */
  int flags(char[] text, int from, int to) {
    int h = hash(text, from, to);
    for (int slot = h & mask; table[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == h) {
        String w = table[slot];
        if (w.length() == to - from && regionEquals(w, text, from)) {
          return flags[slot];
        }
      }
    }
    return 0;
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
