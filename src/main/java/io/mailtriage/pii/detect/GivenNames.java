package io.mailtriage.pii.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Names in running text without a cue ("I already talked to Maria Lopez from sales"): a given name
 * from a gazetteer (given-names.txt) followed by a capitalised surname, optionally after a middle
 * initial or particles ("van der", "de la"). A given name alone is a weaker candidate that only
 * context (PersonRecognizer's rule: "my colleague Sarah") reports. Names that are also everyday
 * words (ambiguous-given-names.txt: May, Will, Grace) count only before a surname and not at the
 * start of a sentence, and a "name" followed by a place or institution word ("Grace Hopper Day",
 * "Maria Theresa Square") is a proper noun of another kind.
 *
 * <p>The gazetteers are read once; a scan visits capitalised word starts only, with one hash
 * look-up each. Thread-safe.
 */
final class GivenNames {

  private static final String[] GIVEN_LIST = read("given-names.txt");
  private static final String[] AMBIGUOUS_LIST = read("ambiguous-given-names.txt");
  private static final WordSet AMBIGUOUS = WordSet.of(AMBIGUOUS_LIST);

  /** Both lists: one look-up rejects the capitalised words that are no name of either kind. */
  private static final WordSet ANY = WordSet.of(concat(GIVEN_LIST, AMBIGUOUS_LIST));

  /** True when the first word of {@code [start, end)} is a given name of either list. */
  static boolean opensWithGivenName(Scan s, int start, int end) {
    int e = start;
    while (e < end && Character.isLetter(s.at(e))) {
      e++;
    }
    return e > start && ANY.contains(s.lower, start, e);
  }

  /** Whether some listed name starts with these two letters; most capitalised words fail this. */
  private static final boolean[][] FIRST_TWO = new boolean[26][26];

  static {
    for (String name : concat(GIVEN_LIST, AMBIGUOUS_LIST)) {
      char a = name.charAt(0);
      char b = name.length() > 1 ? name.charAt(1) : 'a';
      if (a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z') {
        FIRST_TWO[a - 'a'][b - 'a'] = true;
      }
    }
  }

  /** Capitalised words that are not surnames: calendar, function words, product and place nouns. */
  private static final WordSet NOT_SURNAMES =
      WordSet.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "the",
          "and",
          "or",
          "of",
          "for",
          "to",
          "in",
          "on",
          "at",
          "from",
          "with",
          "by",
          "is",
          "was",
          "are",
          "has",
          "had",
          "will",
          "would",
          "can",
          "could",
          "should",
          "not",
          "customer",
          "service",
          "services",
          "support",
          "team",
          "account",
          "card",
          "bank",
          "app",
          "store",
          "pay",
          "plan",
          "premium",
          "please",
          "thanks",
          "thank",
          "regards",
          "hi",
          "hello",
          "dear",
          "i",
          "we",
          "you",
          "my",
          "our",
          "your",
          "it",
          "this",
          "that",
          "new",
          "old",
          "north",
          "south",
          "east",
          "west",
          "city",
          "county",
          "state",
          "morning",
          "evening",
          "night",
          "office",
          "inc",
          "ltd",
          "llc",
          "gmbh",
          "corp",
          "ok",
          "okay",
          "yes",
          "no",
          "re",
          "fw",
          "fwd",
          "sent",
          "cc",
          "bcc",
          "subject",
          "date",
          "mr",
          "mrs",
          "ms",
          "dr",
          "if",
          "as",
          "so",
          "but",
          "also",
          "just",
          "then",
          "when",
          "who",
          "what",
          "where",
          "why",
          "how",
          "technology",
          "software",
          "australia",
          "america",
          "canada",
          "england",
          "ireland",
          "scotland",
          "wales",
          "france",
          "germany",
          "spain",
          "italy",
          "india",
          "china",
          "japan",
          "europe",
          "africa",
          "asia",
          "london",
          "paris",
          "berlin");

  /**
   * Words after a name that make the whole a place, an institution, an event, an award or a title.
   */
  private static final WordSet PLACE_WORDS =
      WordSet.of(
          "street",
          "st",
          "road",
          "rd",
          "avenue",
          "ave",
          "lane",
          "drive",
          "square",
          "park",
          "place",
          "bridge",
          "hall",
          "day",
          "days",
          "hospital",
          "clinic",
          "university",
          "college",
          "school",
          "institute",
          "foundation",
          "center",
          "centre",
          "airport",
          "station",
          "museum",
          "church",
          "cathedral",
          "hotel",
          "building",
          "tower",
          "award",
          "prize",
          "act",
          "law",
          "trust",
          "fund",
          "memorial",
          "stadium",
          "theatre",
          "theater",
          "library",
          "gallery",
          "island",
          "river",
          "lake",
          "mountain",
          "valley",
          "county",
          "city",
          "bay",
          "beach",
          "way",
          "gardens",
          "court",
          "house",
          "estate",
          "company",
          "group",
          "inc",
          "ltd",
          "llc",
          "gmbh",
          "corp",
          "band",
          "show",
          "festival",
          "syndrome",
          "disease",
          "report",
          "review",
          "times",
          "post",
          "journal",
          "news",
          "magazine",
          "radio",
          "tv",
          "line");

  /** Lower-case particles inside surnames. */
  private static final WordSet PARTICLES =
      WordSet.of(
          "van", "von", "der", "den", "de", "la", "le", "del", "della", "da", "di", "du", "dos",
          "das", "ten", "ter", "bin", "al", "el", "ibn", "st");

  private GivenNames() {}

  static void scan(Scan s, double full, double givenOnly) {
    char[] t = s.text;
    int resume = 0;
    for (int w = 0; w < s.wordCount; w++) {
      int i = s.wordStarts[w];
      char second = s.at(i + 1);
      if (i < resume
          || !(t[i] >= 'A' && t[i] <= 'Z')
          || !(second >= 'a' && second <= 'z')
          || !FIRST_TWO[t[i] - 'A'][second - 'a']) {
        continue;
      }
      int e = wordEnd(s, i);
      int hyphen = i;
      while (hyphen < e && t[hyphen] != '-') {
        hyphen++;
      }
      // A double name counts by its first part: "Anna-Lena".
      int nameEnd =
          ANY.contains(s.lower, i, e)
              ? e
              : hyphen < e && ANY.contains(s.lower, i, hyphen) ? hyphen : -1;
      if (nameEnd < 0) {
        continue;
      }
      boolean ambiguous = AMBIGUOUS.contains(s.lower, i, nameEnd);
      boolean given = !ambiguous;
      boolean sentenceStart = sentenceStart(s, i);
      int end = surnames(s, e);
      if (end > 0) {
        // "May", "Will", "Can" open sentences and title-case headlines ("You Can Keep It") as
        // words.
        if (!(ambiguous && (sentenceStart || capitalisedBefore(s, i)))) {
          s.add(PiiType.PERSON, i, end, full);
        }
        resume = end;
      } else if (given
          && !sentenceStart
          && !PLACE_WORDS.contains(s.lower, e + 1, wordEnd(s, e + 1))) {
        s.add(PiiType.PERSON, i, e, givenOnly);
        resume = e;
      }
    }
  }

  /**
   * The end of one or two capitalised surnames after a given name ending at {@code e} (a middle
   * initial and particles allowed between), or -1 when none follows or the whole is a place.
   */
  private static int surnames(Scan s, int e) {
    int p = e;
    if (s.at(p) != ' ') {
      return -1;
    }
    p++;
    // A middle initial: "John F. Kennedy".
    if (Character.isUpperCase(s.at(p)) && s.at(p + 1) == '.' && s.at(p + 2) == ' ') {
      p += 3;
    }
    for (int k = 0; k < 2; k++) {
      int pe = wordEnd(s, p);
      if (pe > p && PARTICLES.contains(s.lower, p, pe) && s.at(pe) == ' ') {
        p = pe + 1;
      }
    }
    int end = -1;
    for (int k = 0; k < 2; k++) {
      // "Lopez", and the Irish and Scottish forms "O'Connor", "D'Arcy".
      boolean capitalised =
          lowerAt(s, p + 1)
              || ((s.at(p + 1) == '\'' || s.at(p + 1) == '’')
                  && Character.isUpperCase(s.at(p + 2)));
      if (!Character.isUpperCase(s.at(p)) || !capitalised) {
        break;
      }
      int pe = wordEnd(s, p);
      if (pe - p < 2 || s.isDigit(pe) || NOT_SURNAMES.contains(s.lower, p, pe)) {
        break;
      }
      if (PLACE_WORDS.contains(s.lower, p, pe)) {
        return -1;
      }
      if (pe - p > 2
          && (s.text[pe - 2] == '\'' || s.text[pe - 2] == '’')
          && s.lower[pe - 1] == 's') {
        return pe - 2; // a possessive: "Tom Gardner's" ends the name
      }
      end = pe;
      if (s.at(pe) != ' ') {
        break;
      }
      p = pe + 1;
    }
    if (end > 0
        && s.at(end) == ' '
        && Character.isUpperCase(s.at(end + 1))
        && PLACE_WORDS.contains(s.lower, end + 1, wordEnd(s, end + 1))) {
      return -1;
    }
    return end;
  }

  private static boolean lowerAt(Scan s, int i) {
    return Character.isLowerCase(s.at(i));
  }

  /** Letters, with inner apostrophes and hyphens ("O'Brien", "Anna-Lena"). */
  private static int wordEnd(Scan s, int i) {
    int p = i;
    while (p < s.length
        && (Scan.isAsciiLetter(s.text[p])
            || Character.isLetter(s.text[p])
            || ((s.text[p] == '\'' || s.text[p] == '’' || s.text[p] == '-')
                && p > i
                && Character.isLetter(s.at(p + 1))))) {
      p++;
    }
    return p;
  }

  /** Whether the word before {@code i} (on the same line) is capitalised. */
  private static boolean capitalisedBefore(Scan s, int i) {
    int p = i - 1;
    while (p >= 0 && s.text[p] == ' ') {
      p--;
    }
    while (p > 0 && Character.isLetter(s.text[p - 1])) {
      p--;
    }
    return p >= 0 && p < i - 1 && Character.isUpperCase(s.text[p]);
  }

  /** Whether the word at {@code i} opens a sentence or a line, where every word is capitalised. */
  private static boolean sentenceStart(Scan s, int i) {
    int p = i - 1;
    while (p >= 0
        && (s.text[p] == ' ' || s.text[p] == '\t' || s.text[p] == '"' || s.text[p] == '>')) {
      p--;
    }
    if (p < 0) {
      return true;
    }
    char c = s.text[p];
    return c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r' || c == ':' || c == '-';
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static String[] read(String resource) {
    List<String> words = new ArrayList<>();
    try (InputStream in = GivenNames.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing gazetteer " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int hash = line.indexOf('#');
        for (String word : (hash >= 0 ? line.substring(0, hash) : line).trim().split("\\s+")) {
          if (!word.isEmpty()) {
            words.add(word);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words.toArray(String[]::new);
  }
}
