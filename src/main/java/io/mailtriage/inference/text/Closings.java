package io.mailtriage.inference.text;

import java.util.Locale;
import java.util.Set;

/**
 * A letter's close in any writer's wording: "With friendly greetings", "Kind greetings", "A
 * greeting", "With respect", "Thanks and regards", "Thanking you", as writers whose English is a
 * second language render their own language's close. A list of closes never knows them all, so a
 * close is read by its shape: a few words that end in a word of greeting, regard or thanks, the
 * others only such words or the small words and praise that go with them.
 */
final class Closings {
  private Closings() {}

  /** How many words a close may hold. */
  private static final int WORDS = 5;

  /** The words a close ends in. */
  private static final Set<String> CLOSE =
      Set.of(
          "greetings",
          "greeting",
          "regards",
          "regard",
          "wishes",
          "respect",
          "respects",
          "salutations",
          "compliments",
          "thanks",
          "gratitude",
          "love");

  /** The other words of a close: small words and the praise that goes with a greeting. */
  private static final Set<String> WITH =
      Set.of(
          "with",
          "and",
          "a",
          "my",
          "our",
          "all",
          "the",
          "best",
          "kind",
          "kindest",
          "warm",
          "warmest",
          "friendly",
          "sincere",
          "sincerest",
          "many",
          "much",
          "heartfelt",
          "hearty",
          "cordial",
          "cordially",
          "respectful",
          "deep",
          "deepest",
          "high",
          "highest",
          "good",
          "great",
          "greatest",
          "affectionate",
          "yours",
          "thanks",
          "regards",
          "greetings",
          "respect",
          "sunny",
          "sincerely",
          "faithfully",
          "respectfully");

  /** Thanks given as a close: "Thanking you", "Thanking you in advance". */
  private static final java.util.regex.Pattern THANKING =
      java.util.regex.Pattern.compile("^thanking you( (very much|in advance|again|kindly))?$");

  /**
   * Whether a line (its trailing punctuation aside) is a close: "Kind greetings", "Thanks and
   * regards,", "With respect", "Thanking you,".
   */
  static boolean isClosing(String line) {
    String t = line.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s,.!:;\\-–—]+$", "");
    if (THANKING.matcher(t).matches()) {
      return true;
    }
    String[] words = t.split("\\s+");
    if (words.length > WORDS || !CLOSE.contains(words[words.length - 1])) {
      return false;
    }
    for (int i = 0; i < words.length - 1; i++) {
      if (!WITH.contains(words[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a word, or the word it is inflected from ("thanking", "waiting", "informations"), is in
   * {@code words}: lists of courtesy words hold the stems, and writers inflect them in any way.
   */
  static boolean holds(Set<String> words, String w) {
    if (words.contains(w)) {
      return true;
    }
    for (String ending : ENDINGS) {
      if (w.length() > ending.length() + 2 && w.endsWith(ending)) {
        String stem = w.substring(0, w.length() - ending.length());
        if (words.contains(stem) || words.contains(stem + "e")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The endings an inflected courtesy word may carry. */
  private static final String[] ENDINGS = {"ing", "ed", "s", "ful"};
}
