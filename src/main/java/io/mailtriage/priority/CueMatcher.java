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
 * phrase separated by any run of whitespace. A word is a run of letters, digits and underscores,
 * so "urgent" does not match inside "non-urgently". Hand-written rather than a regular expression:
 * a case-insensitive alternation with word-boundary look-arounds took over 40% of the stage's CPU
 * time in the priority benchmark.
 */
final class CueMatcher implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A cue as written in the policy and its lower-case words. */
  private record Cue(String name, String[] words) implements Serializable {}

  /** Lower-case first word → the cues starting with it, longest phrase first. */
  private final HashMap<String, Cue[]> byFirstWord = new HashMap<>();
  private final int shortestFirstWord;
  private final int longestFirstWord;

  CueMatcher(List<String> cues) {
    HashMap<String, List<Cue>> grouped = new HashMap<>();
    for (String cue : cues) {
      String[] words = cue.trim().toLowerCase(Locale.ROOT).split("\\s+");
      grouped.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Cue(cue, words));
    }
    int shortest = Integer.MAX_VALUE;
    int longest = 0;
    for (var e : grouped.entrySet()) {
      Cue[] sorted = e.getValue().toArray(new Cue[0]);
      Arrays.sort(sorted, Comparator.comparingInt((Cue c) -> -c.words.length));
      byFirstWord.put(e.getKey(), sorted);
      shortest = Math.min(shortest, e.getKey().length());
      longest = Math.max(longest, e.getKey().length());
    }
    this.shortestFirstWord = shortest;
    this.longestFirstWord = longest;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /** Adds to {@code found} the name of each cue in the first {@code limit} chars of text, once each, in order of appearance. */
  void find(String text, int limit, List<String> found) {
    if (text == null || byFirstWord.isEmpty()) {
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
      int length = i - start;
      if (length < shortestFirstWord || length > longestFirstWord) {
        continue;
      }
      Cue[] candidates = byFirstWord.get(text.substring(start, i).toLowerCase(Locale.ROOT));
      if (candidates == null) {
        continue;
      }
      for (Cue cue : candidates) {
        if (restMatches(text, i, end, cue.words)) {
          if (!found.contains(cue.name)) {
            found.add(cue.name);
          }
          break;
        }
      }
    }
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
      if (!text.regionMatches(true, start, words[k], 0, words[k].length()) || i - start != words[k].length()) {
        return false;
      }
    }
    return true;
  }
}
