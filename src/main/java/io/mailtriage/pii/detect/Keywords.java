package io.mailtriage.pii.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Context keywords that trigger the context-dependent recognisers (date of birth, medical,
 * passport, driving licence, postcode, password, quote attributions). All are found in a single
 * pass over the word starts of the text instead of one search per keyword. Immutable, thread-safe.
 */
enum Keywords {
  BIRTH(
      "born",
      "dob",
      "d.o.b",
      "date of birth",
      "birth date",
      "birthdate",
      "birthday",
      "geboren",
      "geburtsdatum",
      "date de naissance"),
  MEDICAL(
      "mrn",
      "medical record",
      "patient id",
      "patient number",
      "patient no",
      "member id",
      "member number",
      "health plan",
      "insurance id",
      "insurance number",
      "policy number",
      "policy no",
      "medicare",
      "medicaid",
      "subscriber id",
      "health insurance",
      "nhs number",
      "nhs no",
      "nhs"),
  PASSPORT("passport", "reisepass", "passeport"),
  DRIVER(
      "driver's license",
      "driver’s license",
      "drivers license",
      "driver license",
      "driver's licence",
      "drivers licence",
      "driving licence",
      "driving license",
      "licence number",
      "license number",
      "license no",
      "licence no",
      "dl#",
      "dl no",
      "dl number",
      "führerschein"),
  POSTCODE("zip", "zip code", "zipcode", "postcode", "post code", "postal code", "plz"),
  PASSWORD("password", "passwd", "pwd", "passcode", "pin code", "kennwort", "passwort"),
  /** Verbs of a quote attribution line ("Jane Doe wrote:"); PersonRecognizer checks the colon. */
  ATTRIBUTION(
      "wrote", "writes", "said", "says", "mentioned", "posted", "escribió", "schrieb", "a écrit");

  private final String[] words;

  Keywords(String... words) {
    this.words = words;
  }

  /** Keywords grouped by first char, longest first, for the single-pass matcher. */
  private static final String[][] BY_FIRST = new String[128][];

  private static final Keywords[][] GROUP_BY_FIRST = new Keywords[128][];

  /**
   * Whether some keyword starts with this first char and (the low 7 bits of) this second char: most
   * words fail this one table look-up and never reach the candidate loop.
   */
  private static final boolean[][] FIRST_TWO = new boolean[128][128];

  static {
    List<List<String>> w = new ArrayList<>();
    List<List<Keywords>> g = new ArrayList<>();
    for (int i = 0; i < 128; i++) {
      w.add(new ArrayList<>());
      g.add(new ArrayList<>());
    }
    for (Keywords k : values()) {
      for (String word : k.words) {
        char c = word.charAt(0);
        w.get(c).add(word);
        g.get(c).add(k);
        FIRST_TWO[c][word.charAt(1) & 0x7f] = true;
      }
    }
    for (int c = 0; c < 128; c++) {
      List<String> ws = w.get(c);
      List<Keywords> gs = g.get(c);
      Integer[] order = new Integer[ws.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      java.util.Arrays.sort(order, (a, b) -> ws.get(b).length() - ws.get(a).length());
      BY_FIRST[c] = new String[order.length];
      GROUP_BY_FIRST[c] = new Keywords[order.length];
      for (int i = 0; i < order.length; i++) {
        BY_FIRST[c][i] = ws.get(order[i]);
        GROUP_BY_FIRST[c][i] = gs.get(order[i]);
      }
    }
  }

  /**
   * Finds every keyword occurrence that starts and ends at a word boundary. Returns, per group, a
   * flat list of (start, end) pairs in normalised coordinates.
   */
  static int[][] find(Scan scan) {
    Keywords[] groups = values();
    int[][] hits = new int[groups.length][];
    int[] counts = new int[groups.length];
    for (int i = 0; i < groups.length; i++) {
      hits[i] = new int[8];
    }
    char[] lower = scan.lower;
    int n = scan.length;
    // Every keyword starts with a letter, so only word starts can match.
    for (int w = 0; w < scan.wordCount; w++) {
      int i = scan.wordStarts[w];
      char c = lower[i];
      char second = i + 1 < n ? lower[i + 1] : 0;
      if (c >= 128 || !FIRST_TWO[c][second & 0x7f]) {
        continue;
      }
      String[] candidates = BY_FIRST[c];
      for (int k = 0; k < candidates.length; k++) {
        String word = candidates[k];
        int end = i + word.length();
        if (word.charAt(1) == second
            && scan.regionEquals(i, word)
            && !(scan.isWordChar(end) && scan.isWordChar(end - 1))) {
          int g = GROUP_BY_FIRST[c][k].ordinal();
          if (counts[g] + 2 > hits[g].length) {
            hits[g] = java.util.Arrays.copyOf(hits[g], hits[g].length * 2);
          }
          hits[g][counts[g]++] = i;
          hits[g][counts[g]++] = end;
          break;
        }
      }
    }
    for (int i = 0; i < groups.length; i++) {
      hits[i] = java.util.Arrays.copyOf(hits[i], counts[i]);
    }
    return hits;
  }
}
