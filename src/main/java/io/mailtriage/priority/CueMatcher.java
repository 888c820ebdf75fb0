package io.mailtriage.priority;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * Finds the policy's urgency cues in tokenized text: whole words, case-insensitive, the words of a
 * phrase separated by any run of whitespace. A word is a run of letters, digits and underscores, so
 * "urgent" does not match inside "non-urgently". Hand-written rather than a regular expression: a
 * case-insensitive alternation with word-boundary look-arounds took over 40% of the stage's CPU
 * time in the priority benchmark.
 */
final class CueMatcher implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A cue as written in the policy and its lower-case words. */
  private record Cue(String name, String[] words) implements Serializable {}

  /**
   * Cues grouped by first word, looked up without allocating: {@code firstWordHashes} is sorted and
   * holds the hash of each lower-case first word (as {@link #lowerCaseHash} computes it); {@code
   * byFirstWord[i]} are the cues whose first word has hash {@code firstWordHashes[i]}, longest
   * phrase first. A hash hit is confirmed by comparing the text.
   */
  private final int[] firstWordHashes;

  private final Cue[][] byFirstWord;

  CueMatcher(List<String> cues) {
    HashMap<Integer, List<Cue>> grouped = new HashMap<>();
    for (String cue : cues) {
      String[] words = cue.trim().toLowerCase(Locale.ROOT).split("\\s+");
      grouped
          .computeIfAbsent(lowerCaseHash(words[0], 0, words[0].length()), h -> new ArrayList<>())
          .add(new Cue(cue, words));
    }
    firstWordHashes = grouped.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    byFirstWord = new Cue[firstWordHashes.length][];
    for (int i = 0; i < firstWordHashes.length; i++) {
      Cue[] sorted = grouped.get(firstWordHashes[i]).toArray(new Cue[0]);
      Arrays.sort(sorted, Comparator.comparingInt((Cue c) -> -c.words.length));
      byFirstWord[i] = sorted;
    }
  }

  private static int lowerCaseHash(String text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + Character.toLowerCase(text.charAt(i));
    }
    return h;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /**
   * Adds to {@code found} the name of each cue in the first {@code limit} chars of text, once each,
   * in order of appearance.
   */
  void find(String text, int limit, List<String> found) {
    if (text == null || firstWordHashes.length == 0) {
      return;
    }
    int end = Math.min(text.length(), limit);
    int i = 0;
    while (i < end) {
      while (i < end && !isWordChar(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < end && isWordChar(text.charAt(i))) {
        i++;
      }
      int slot = Arrays.binarySearch(firstWordHashes, lowerCaseHash(text, start, i));
      if (slot < 0) {
        continue;
      }
      for (Cue cue : byFirstWord[slot]) {
        if (wordAt(text, start, i, cue.words[0]) && restMatches(text, i, end, cue.words)) {
          if (!found.contains(cue.name)) {
            found.add(cue.name);
          }
          break;
        }
      }
    }
  }

  private static boolean wordAt(String text, int start, int end, String word) {
    return end - start == word.length() && text.regionMatches(true, start, word, 0, word.length());
  }

  /** Whether words[1..] follow position {@code from}, each after at least one whitespace char. */
  private static boolean restMatches(String text, int from, int end, String[] words) {
    int i = from;
    for (int k = 1; k < words.length; k++) {
      int gap = i;
      while (i < end && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i == gap) {
        return false;
      }
      int start = i;
      while (i < end && isWordChar(text.charAt(i))) {
        i++;
      }
      if (!wordAt(text, start, i, words[k])) {
        return false;
      }
    }
    return true;
  }
}
