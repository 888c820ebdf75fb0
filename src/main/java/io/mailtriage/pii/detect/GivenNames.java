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
 * initial or particles ("van der", "de la"), or on the next line of wrapped prose; a capitalised
 * word before a known family name (surnames.txt: "Xiaoming Liu"); a given and a family name in
 * capitals ("DOUGLAS SMITH"); a given and a family name that are no everyday words in lower case
 * ("ngozi okafor"). A given name alone is a weaker candidate that only context (PersonRecognizer's
 * rule: "my colleague Sarah") reports. Names that are also everyday words
 * (ambiguous-given-names.txt: May, Will, Grace; name-words.txt: Hazel, Park) count only before a
 * surname and not at the start of a sentence, and a "name" followed by a place, institution or
 * company word ("Grace Hopper Day", "Maria Theresa Square") is a proper noun of another kind.
 * Look-ups fold case and accents: "Jürgen", "JURGEN" and "jurgen" are one entry.
 *
 * <p>The gazetteers are read once. A capitalised word is looked up only when its shape (first three
 * letters, last letter, length) is an entry's, a lower-case one only when it and the next word
 * start like a given and a family name: most words fail a bit test and never reach the hash sets.
 * Thread-safe.
 */
final class GivenNames {

  /** Flag of {@link #kind}: a given name that is no everyday word. */
  static final int GIVEN = 1;

  /** A given name that is also a word: only before a surname, mid-sentence, or after a cue. */
  static final int AMBIGUOUS = 2;

  /** A family name. */
  static final int SURNAME = 4;

  /** An entry that is also an everyday lower-case word ("park", "hazel"). */
  static final int WORD = 8;

  private static final String[] GIVEN_LIST = read("given-names.txt");
  private static final String[] AMBIGUOUS_LIST = read("ambiguous-given-names.txt");
  private static final String[] SURNAME_LIST = read("surnames.txt");
  private static final String[] ALL = concat(concat(GIVEN_LIST, AMBIGUOUS_LIST), SURNAME_LIST);

  /** Every entry with its flags ({@link #kind}): one look-up answers all questions about a word. */
  private static final WordSet ENTRIES = entries(read("name-words.txt"));

  /** Longest word looked up (the length of {@link Scan#scratch}). */
  static final int MAX_LENGTH = 24;

  /**
   * Whether a given name that is no word starts with these three letters (a two-letter name with a
   * 27th "letter" for its end): the test a lower-case word passes before its end is looked for.
   */
  private static final java.util.BitSet GIVEN_FIRST_THREE = new java.util.BitSet(26 * 26 * 27);

  /** The same for every entry: the test a capitalised word passes before its end is looked for. */
  private static final java.util.BitSet ANY_FIRST_THREE = new java.util.BitSet(26 * 26 * 27);

  /** The same for the family names: the word after a lower-case given name. */
  private static final java.util.BitSet SURNAME_FIRST_THREE = new java.util.BitSet(26 * 26 * 27);

  /** Bits of {@link #SHAPES} and {@link #GIVEN_SHAPES}: a power of two. */
  private static final int SHAPE_BITS = 1 << 18;

  /**
   * The shapes (first three letters, last letter, length; see {@link #shape}) of all entries,
   * hashed into a bit set of 32 KB: nine in ten words fail this test, which keeps them away from
   * the hash sets, whose entries are spread over far more memory.
   */
  private static final java.util.BitSet SHAPES = new java.util.BitSet(SHAPE_BITS);

  /** The shapes of the given names that are no everyday words, for words in lower case. */
  private static final java.util.BitSet GIVEN_SHAPES = new java.util.BitSet(SHAPE_BITS);

  /** Latin letters with diacritics (up to U+024F) folded to their lower-case base letter. */
  private static final char[] FOLD = new char[0x250];

  static {
    for (char c = 0; c < FOLD.length; c++) {
      char f = Scan.asciiLower(c);
      if (c >= 0xC0) {
        String base =
            java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
        char b = Character.toLowerCase(base.charAt(0));
        f = b < 0x80 && Character.isLetter(b) ? b : Character.toLowerCase(c);
      }
      FOLD[c] = f;
    }
    // Letters with a stroke or without a dot have no decomposition.
    FOLD['ł'] = 'l';
    FOLD['Ł'] = 'l';
    FOLD['ø'] = 'o';
    FOLD['Ø'] = 'o';
    FOLD['đ'] = 'd';
    FOLD['Đ'] = 'd';
    FOLD['ı'] = 'i';
    for (String name : ALL) {
      char[] c = name.toCharArray();
      if (key(c, 0, c.length) >= 0) {
        SHAPES.set(shape(c, 0, c.length));
        ANY_FIRST_THREE.set(key(c, 0, c.length));
      }
    }
    for (String name : GIVEN_LIST) {
      char[] c = name.toCharArray();
      if (key(c, 0, c.length) >= 0 && ENTRIES.flags(c, 0, c.length) == GIVEN) {
        GIVEN_SHAPES.set(shape(c, 0, c.length));
        GIVEN_FIRST_THREE.set(key(c, 0, c.length));
      }
    }
    for (String name : SURNAME_LIST) {
      char[] c = name.toCharArray();
      if (key(c, 0, c.length) >= 0) {
        SURNAME_FIRST_THREE.set(key(c, 0, c.length));
      }
    }
  }

  /** A hash of a folded word's first three letters, last letter and length, in SHAPE_BITS. */
  private static int shape(char[] w, int from, int to) {
    int h = key(w, from, to) * 31 + w[to - 1];
    h = h * 17 + Math.min(to - from, 16);
    h *= 0x9E3779B1;
    return h >>> 14;
  }

  /** The filter key of a folded word, or -1 when it does not start with ASCII letters. */
  private static int key(char[] w, int from, int to) {
    if (to - from < 2) {
      return -1;
    }
    int a = w[from] - 'a';
    int b = w[from + 1] - 'a';
    int c = to - from == 2 ? 26 : w[from + 2] - 'a';
    if (a < 0 || a >= 26 || b < 0 || b >= 26 || c < 0 || c > 26) {
      return -1;
    }
    return (a * 26 + b) * 27 + c;
  }

  /**
   * The flags of the word {@code [start, end)}: {@link #GIVEN}, {@link #AMBIGUOUS}, {@link
   * #SURNAME}, {@link #WORD}, or 0 when it is no entry. Case and accents are folded.
   */
  static int kind(Scan s, int start, int end) {
    return kind(s, start, end, SHAPES);
  }

  /**
   * The kind of the word [i, e), and of a double name the lists lack as a whole by its parts: by
   * its first part a given name ("Anna-Lena", "Emily-Rose"), by its last a double-barrelled family
   * name ("Bartholomew Adeyemi-Clarke").
   */
  static int kindOfDouble(Scan s, int i, int e) {
    int kind = kind(s, i, e);
    if (kind != 0) {
      return kind;
    }
    int hyphen = i;
    while (hyphen < e && s.text[hyphen] != '-') {
      hyphen++;
    }
    if (hyphen == e) {
      return 0;
    }
    kind = kind(s, i, hyphen) & (GIVEN | AMBIGUOUS);
    int last = e;
    while (s.text[last - 1] != '-') {
      last--;
    }
    return kind != 0 ? kind : kind(s, last, e) & (SURNAME | WORD);
  }

  private static int kind(Scan s, int start, int end, java.util.BitSet shapes) {
    int n = end - start;
    if (n < 2 || n > MAX_LENGTH) {
      return 0;
    }
    char[] w = s.lower;
    int from = start;
    for (int i = start; i < end; i++) {
      if (w[i] >= 0x80) {
        w = fold(s, start, end);
        from = 0;
        break;
      }
    }
    if (key(w, from, from + n) < 0 || !shapes.get(shape(w, from, from + n))) {
      return 0;
    }
    return ENTRIES.flags(w, from, from + n);
  }

  /**
   * The entries of the three lists with their flags: a given name that is also an everyday word
   * counts as ambiguous, one of the ambiguous list never as plainly given; a word of {@code words}
   * that is in no list is no entry.
   */
  private static WordSet entries(String[] words) {
    java.util.Set<String> everyday = new java.util.HashSet<>(java.util.Arrays.asList(words));
    java.util.Map<String, Integer> flags = new java.util.HashMap<>();
    for (String w : GIVEN_LIST) {
      flags.merge(w, everyday.contains(w) ? AMBIGUOUS : GIVEN, (a, b) -> a | b);
    }
    for (String w : AMBIGUOUS_LIST) {
      flags.merge(w, AMBIGUOUS, (a, b) -> (a & ~GIVEN) | b);
    }
    for (String w : SURNAME_LIST) {
      flags.merge(w, SURNAME, (a, b) -> a | b);
    }
    flags.replaceAll((w, f) -> everyday.contains(w) ? f | WORD : f);
    return WordSet.withFlags(flags);
  }

  /** The word folded into the scan's scratch buffer. */
  private static char[] fold(Scan s, int start, int end) {
    char[] out = s.scratch;
    for (int i = start; i < end; i++) {
      char c = s.text[i];
      out[i - start] = c < FOLD.length ? FOLD[c] : c;
    }
    return out;
  }

  /**
   * Whether a part of a name found in the text may count alone where it recurs ("Blair" after "Tony
   * Blair"): not when it is also an everyday word or a given name that is one ("Will", "Park");
   * with {@code knownOnly}, only a given or family name of the lists.
   */
  static boolean safeAlone(String part, boolean knownOnly) {
    char[] w = new char[part.length()];
    for (int i = 0; i < w.length; i++) {
      char c = part.charAt(i);
      w[i] = c < FOLD.length ? FOLD[c] : c;
    }
    int flags = ENTRIES.flags(w, 0, w.length);
    if (knownOnly && flags == 0) {
      return false;
    }
    return (flags & (WORD | AMBIGUOUS)) == 0
        && !NOT_SURNAMES.contains(w, 0, w.length)
        && !PLACE_WORDS.contains(w, 0, w.length);
  }

  /** Whether the word is a calendar, function, place or company word rather than a name. */
  static boolean notSurname(Scan s, int start, int end) {
    return NOT_SURNAMES.contains(s.lower, start, end) || PLACE_WORDS.contains(s.lower, start, end);
  }

  /** Whether the word is a lower-case particle of a family name ("de", "van", "bin"). */
  static boolean particle(Scan s, int start, int end) {
    return end > start && PARTICLES.contains(s.lower, start, end);
  }

  /** True when the first word of {@code [start, end)} is a given name of either list. */
  static boolean opensWithGivenName(Scan s, int start, int end) {
    int e = start;
    while (e < end && Character.isLetter(s.at(e))) {
      e++;
    }
    return (kind(s, start, e) & (GIVEN | AMBIGUOUS)) != 0;
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
          "line",
          "entertainment",
          "productions",
          "studios",
          "pictures",
          "records",
          "partners",
          "associates",
          "holdings",
          "industries",
          "enterprises",
          "solutions",
          "systems",
          "technologies",
          "consulting",
          "capital",
          "ventures",
          "motors",
          "media",
          "airlines",
          "airways",
          "insurance",
          "falls",
          "pier",
          "heights",
          "hills",
          "springs",
          "crescent",
          "close",
          "terrace",
          "grove",
          "mews",
          "row",
          "walk",
          "parkway",
          "pkwy",
          "boulevard",
          "blvd",
          "quay",
          "wharf",
          "gate",
          "sweepstakes",
          "vacation",
          "tour",
          "edition");

  /** Lower-case particles inside surnames. */
  private static final WordSet PARTICLES =
      WordSet.of(
          "van",
          "von",
          "der",
          "den",
          "de",
          "la",
          "le",
          "del",
          "della",
          "da",
          "di",
          "du",
          "dos",
          "das",
          "ten",
          "ter",
          "bin",
          "binti",
          // Filipino: "Ma. Cristina dela Cruz", "Luisa delos Reyes".
          "dela",
          "delos",
          "bint",
          "al",
          "el",
          "ibn",
          "st",
          "ap",
          // Irish: "Siobhán Ó Súilleabháin", "Aoife Ní Bhriain" (the lower-cased copy folds
          // ASCII letters only).
          "Ó",
          "ó",
          "ní",
          "nic",
          "uí");

  private GivenNames() {}

  static void scan(Scan s, double full, double givenOnly) {
    char[] t = s.text;
    int resume = 0;
    for (int w = 0; w < s.wordCount; w++) {
      int i = s.wordStarts[w];
      char c = t[i];
      if (i < resume) {
        continue;
      }
      // ASCII first: most word starts are decided without a look-up in the Unicode tables.
      if (c >= 'a' && c <= 'z') {
        // Both words' first letters are tested before either word's end is looked for.
        if (w + 1 < s.wordCount
            && startsEntry(s, i, GIVEN_FIRST_THREE)
            && startsEntry(s, s.wordStarts[w + 1], SURNAME_FIRST_THREE)) {
          resume = inLowerCase(s, i, full - 0.05);
        }
        continue;
      }
      char c1 = s.at(i + 1);
      if (!(c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c))
          || !(c1 < 0x80 ? Scan.isAsciiLetter(c1) : Character.isLetter(c1))) {
        continue;
      }
      boolean capitals = c1 < 0x80 ? c1 >= 'A' && c1 <= 'Z' : Character.isUpperCase(c1);
      // In capitals a given name opens a name (inCapitals), or a family name written first
      // (familyFirst).
      if (!startsEntry(s, i, ANY_FIRST_THREE)) {
        continue;
      }
      int e = wordEnd(s, i);
      int kind = kindOfDouble(s, i, e);
      if (kind == 0) {
        continue;
      }
      if (capitals && (kind & (SURNAME | WORD)) == SURNAME) {
        int end = familyFirst(s, e);
        if (end > 0) {
          s.add(PiiType.PERSON, i, end, full - 0.05);
          resume = end;
          continue;
        }
      }
      if ((kind & (GIVEN | AMBIGUOUS)) == 0) {
        resume = surnameAfterWord(s, i, e, kind, full);
        continue;
      }
      if (capitals) {
        resume = inCapitals(s, i, e, kind, full);
        continue;
      }
      boolean ambiguous = (kind & AMBIGUOUS) != 0;
      boolean sentenceStart = sentenceStart(s, i);
      int end = surnames(s, e, !sentenceStart && !lineStart(s, i));
      if (end > 0 && brandBeforeProduct(s, i, end)) {
        resume = end;
      } else if (end > 0) {
        // "May", "Will", "Can" open sentences and title-case headlines ("You Can Keep It") as
        // words.
        if (!(ambiguous && (sentenceStart || capitalisedBefore(s, i)))) {
          s.add(PiiType.PERSON, i, end, full);
        }
        resume = end;
      } else if (!ambiguous
          && !sentenceStart
          && !PLACE_WORDS.contains(s.lower, e + 1, wordEnd(s, e + 1))) {
        s.add(PiiType.PERSON, i, e, givenOnly);
        resume = e;
      }
    }
  }

  /**
   * A known family name after a capitalised word that is no given name of the lists ("Xiaoming
   * Liu", "Tyrone Jackson"): a name, weaker at the start of a sentence, where every word is
   * capitalised (context words then decide). A family name that is also a word ("Central Park") is
   * no evidence. Returns where the scan resumes.
   */
  private static int surnameAfterWord(Scan s, int i, int e, int kind, double full) {
    if ((kind & (SURNAME | WORD)) != SURNAME || Character.isUpperCase(s.text[i + 1])) {
      return e;
    }
    int p = i - 1;
    if (s.at(p) != ' ') {
      return e;
    }
    int we = p;
    int ws = we;
    while (ws > 0 && Character.isLetter(s.text[ws - 1])) {
      ws--;
    }
    if (we - ws < 2
        || !Character.isUpperCase(s.text[ws])
        || Character.isUpperCase(s.text[ws + 1])
        || s.isWordChar(ws - 1)
        || s.at(ws - 1) == '-'
        || NOT_SURNAMES.contains(s.lower, ws, we)
        || PLACE_WORDS.contains(s.lower, ws, we)
        || PersonRecognizer.notAName(s, ws, we)) {
      return e;
    }
    if (PLACE_WORDS.contains(s.lower, e + 1, wordEnd(s, e + 1)) || placeAfter(s, e)) {
      return e;
    }
    s.add(PiiType.PERSON, ws, e, sentenceStart(s, ws) ? full - 0.2 : full - 0.1);
    return e;
  }

  /**
   * Whether some entry of {@code firstThree} starts with the letters at {@code i} (in any case); a
   * letter beyond ASCII passes, for the look-up to fold it.
   */
  private static boolean startsEntry(Scan s, int i, java.util.BitSet firstThree) {
    char a = i < s.length ? s.lower[i] : ' ';
    char b = i + 1 < s.length ? s.lower[i + 1] : ' ';
    char third = i + 2 < s.length ? s.lower[i + 2] : ' ';
    if (a >= 0x80 || b >= 0x80 || third >= 0x80) {
      return true;
    }
    int c = third >= 'a' && third <= 'z' ? third - 'a' : 26;
    return a >= 'a'
        && a <= 'z'
        && b >= 'a'
        && b <= 'z'
        && firstThree.get(((a - 'a') * 26 + b - 'a') * 27 + c);
  }

  /**
   * A name in lower case without a cue: a given name that is no everyday word and a known family
   * name that is none either ("can you put ngozi okafor on the account"). Returns where the scan
   * resumes.
   */
  private static int inLowerCase(Scan s, int i, double conf) {
    int e = wordEnd(s, i);
    if (s.at(e) != ' '
        || !lowerAt(s, e + 1)
        || (kind(s, i, e, GIVEN_SHAPES) & (GIVEN | WORD)) != GIVEN) {
      return e;
    }
    int p = e + 1;
    int pe = wordEnd(s, p);
    if (particle(s, p, pe) && s.at(pe) == ' ') {
      p = pe + 1;
      pe = wordEnd(s, p);
    }
    if ((kind(s, p, pe) & (SURNAME | WORD)) != SURNAME) {
      return e;
    }
    s.add(PiiType.PERSON, i, pe, conf);
    return pe;
  }

  /**
   * The end of a known given name after a family name in capitals that ends at {@code e}: the order
   * of forms, tickets and much of Europe and East Asia ("ROSSI Giulia", "OKAFOR CHIDI", "TANAKA
   * Hiroshi"), or after a comma as lists and bookings write it, the given name then in small
   * letters ("PETROVA, Elena"); or -1. The given name must be no everyday word, since capitals say
   * nothing.
   */
  private static int familyFirst(Scan s, int e) {
    int p = e + 1;
    if (s.at(e) == ',' && s.at(p) == ' ' && Character.isLowerCase(s.at(p + 2))) {
      p++;
    } else if (s.at(e) != ' ') {
      return -1;
    }
    if (!Character.isUpperCase(s.at(p))) {
      return -1;
    }
    int pe = wordEnd(s, p);
    int hyphen = p;
    while (hyphen < pe && s.text[hyphen] != '-') {
      hyphen++;
    }
    // "LEROY Jean-Pierre": a double given name counts by its first part.
    return (kind(s, p, hyphen) & (GIVEN | AMBIGUOUS | WORD)) == GIVEN ? pe : -1;
  }

  /**
   * A name in capitals ("DOUGLAS SMITH", "TONY BLAIR"): capitals say nothing about names, so both
   * words must be in the lists, a given name that is no word followed by a family name.
   */
  private static int inCapitals(Scan s, int i, int e, int kind, double full) {
    if ((kind & GIVEN) == 0 || s.at(e) != ' ') {
      return e;
    }
    int p = e + 1;
    if (Character.isUpperCase(s.at(p)) && s.at(p + 1) == '.' && s.at(p + 2) == ' ') {
      p += 3; // a middle initial: "ALLAN P. SEAMAN"
    }
    int pe = wordEnd(s, p);
    for (int k = p; k < pe; k++) {
      if (!Character.isUpperCase(s.text[k]) && Character.isLetter(s.text[k])) {
        return e;
      }
    }
    if ((kind(s, p, pe) & (SURNAME | WORD)) != SURNAME) {
      return e;
    }
    s.add(PiiType.PERSON, i, pe, full - 0.05);
    return pe;
  }

  /**
   * The end of one or two capitalised surnames after a given name ending at {@code e} (a middle
   * initial and particles allowed between), or -1 when none follows or the whole is a place. With
   * {@code wrapped}, the surname may start the next line ("Jacques\nChirac" in wrapped prose).
   */
  private static int surnames(Scan s, int e, boolean wrapped) {
    int p = e;
    boolean broken = false;
    if (s.at(p) == ' ') {
      p++;
    } else if (wrapped && s.at(p) == '\n' && Character.isUpperCase(s.at(p + 1))) {
      p++;
      broken = true;
    } else {
      return -1;
    }
    // A middle initial: "John F. Kennedy".
    if (Character.isUpperCase(s.at(p)) && s.at(p + 1) == '.' && s.at(p + 2) == ' ') {
      p += 3;
    }
    boolean particles = false;
    for (int k = 0; k < 2; k++) {
      int pe = wordEnd(s, p);
      if (pe > p && PARTICLES.contains(s.lower, p, pe) && s.at(pe) == ' ') {
        p = pe + 1;
        particles = true;
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
      // After a particle a place's word is a family name: "Jean-Baptiste de la Tour".
      if (PLACE_WORDS.contains(s.lower, p, pe) && !(particles && k == 0)) {
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
    if (end > 0 && placeAfter(s, end)) {
      return -1;
    }
    // Across a line break only where the prose goes on ("Jacques\nChirac were"), not above a job
    // title in a signature ("John\nSenior Engineer").
    if (broken && end > 0 && !(s.at(end) == ',' || (s.at(end) == ' ' && lowerAt(s, end + 1)))) {
      return -1;
    }
    return end;
  }

  /** Determiners and possessives before a brand used as a noun's modifier ("the", "my", "a"). */
  private static final WordSet DETERMINERS =
      WordSet.of("the", "a", "an", "my", "your", "his", "her", "our", "their", "this", "that");

  /**
   * The goods a brand named after its founder is said of ("the Louis Vuitton bag"), the household
   * goods and services of a shop's or bank's range too ("the Mason Cash set", "the Morgan Stanley
   * app").
   */
  private static final WordSet PRODUCTS =
      WordSet.of(
          "set",
          "kit",
          "pack",
          "bundle",
          "hamper",
          "box",
          "mug",
          "jar",
          "chair",
          "sofa",
          "table",
          "lamp",
          "print",
          "poster",
          "app",
          "subscription",
          "membership",
          "bag",
          "bags",
          "handbag",
          "purse",
          "wallet",
          "belt",
          "scarf",
          "shoes",
          "boots",
          "trainers",
          "sneakers",
          "dress",
          "shirt",
          "shirts",
          "suit",
          "jacket",
          "coat",
          "jeans",
          "jumper",
          "sweater",
          "perfume",
          "fragrance",
          "watch",
          "sunglasses",
          "glasses",
          "store",
          "shop",
          "boutique",
          "outlet",
          "collection",
          "products",
          "range",
          "logo",
          "label",
          "brand",
          "gown",
          "gowns",
          "voucher",
          "vouchers",
          "pizza",
          "pizzas",
          "cake",
          "cakes",
          "spray",
          "sauce");

  /**
   * Whether goods of {@link #PRODUCTS} follow the name ending at {@code end} ("Dr. Oetker pizzas"):
   * "set" and "watch" are verbs after a person as often ("Dr Chen set up the account").
   */
  static boolean productAfter(Scan s, int end) {
    if (s.at(end) != ' ' || !Character.isLowerCase(s.at(end + 1))) {
      return false;
    }
    int we = wordEnd(s, end + 1);
    return PRODUCTS.contains(s.lower, end + 1, we)
        && !s.regionEquals(end + 1, "set")
        && !s.regionEquals(end + 1, "watch");
  }

  /**
   * Whether the name at [start, end) is a brand named after its founder, used to name goods: a
   * determiner before it and a product after it ("The Louis Vuitton bag", "my Calvin Klein jeans"),
   * as no one writes of a person.
   */
  private static boolean brandBeforeProduct(Scan s, int start, int end) {
    if (s.at(end) != ' ' || !Character.isLowerCase(s.at(end + 1))) {
      return false;
    }
    int b = start - 1;
    if (b < 1 || s.text[b] != ' ') {
      return false;
    }
    int bs = b;
    while (bs > 0 && Scan.isAsciiLetter(s.text[bs - 1])) {
      bs--;
    }
    return DETERMINERS.contains(s.lower, bs, b)
        && PRODUCTS.contains(s.lower, end + 1, wordEnd(s, end + 1));
  }

  /**
   * Whether a place, institution or company word follows {@code end}, on the same line or at the
   * start of the next ("Sandy Frank\n Entertainment").
   */
  private static boolean placeAfter(Scan s, int end) {
    int p = end;
    boolean newline = false;
    while (p < s.length && (s.text[p] == ' ' || (!newline && s.text[p] == '\n'))) {
      newline |= s.text[p] == '\n';
      p++;
    }
    int we = wordEnd(s, p);
    // "Ninoy Aquino International Airport", "Kamuzu Central Hospital": a qualifier between.
    if (p > end && PLACE_QUALIFIERS.contains(s.lower, p, we) && s.at(we) == ' ') {
      p = we + 1;
      we = wordEnd(s, p);
    }
    return p > end && Character.isUpperCase(s.at(p)) && PLACE_WORDS.contains(s.lower, p, we);
  }

  /** Words between a person's name and the place named after them. */
  private static final WordSet PLACE_QUALIFIERS =
      WordSet.of("international", "national", "central", "regional", "municipal", "teaching");

  private static boolean lowerAt(Scan s, int i) {
    return Character.isLowerCase(s.at(i));
  }

  /** Letters, with inner apostrophes and hyphens ("O'Brien", "Anna-Lena"). */
  static int wordEnd(Scan s, int i) {
    int p = i;
    while (p < s.length) {
      char c = s.text[p];
      // ASCII first: most words end at a space or a punctuation mark, decided without a look-up
      // in the Unicode tables.
      boolean joiner = c == '\'' || c == '’' || c == '-';
      if (!(c < 0x80 ? Scan.isAsciiLetter(c) : Character.isLetter(c))
          && !(joiner && p > i && Character.isLetter(s.at(p + 1)))) {
        return p;
      }
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
  static boolean sentenceStart(Scan s, int i) {
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

  /** Whether only spaces, tabs and quote markers stand between the line start and {@code i}. */
  private static boolean lineStart(Scan s, int i) {
    int p = i - 1;
    while (p >= 0 && (s.text[p] == ' ' || s.text[p] == '\t' || s.text[p] == '>')) {
      p--;
    }
    return p < 0 || s.text[p] == '\n';
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
