package io.mailtriage.pii.detect;

/**
 * Reads the identifier that follows a context keyword ("passport no. X1234567", "MRN: 00123-45"),
 * skipping filler like ":", "#", "is", "number", "-Nr." ("Reisepass-Nr. C4J7K2M9L"). Shared by the
 * keyword-driven recognisers.
 */
final class ContextIds {

  /** Words between a keyword and its identifier, English and the copulas of other languages. */
  private static final String[] FILLER = {
    "number", "nummer", "num", "nr", "no", "is", "id", "my", "our", "the", "of", "es", "est", "ist",
    "lautet", "è", "n°", "nº"
  };

  /** How far after the keyword the identifier may start. */
  private static final int REACH = 32;

  private ContextIds() {}

  /**
   * Returns {start, end} of the identifier after {@code from}, or null. An identifier is letters,
   * digits and hyphens (single spaces allowed between all-digit groups and after a series of one to
   * three capitals), between {@code minLen} and {@code maxLen} alphanumerics, with at least {@code
   * minDigits} digits.
   */
  static int[] after(Scan s, int from, int minLen, int maxLen, int minDigits) {
    char[] t = s.text;
    int limit = Math.min(s.length, from + REACH);
    int i = from;
    outer:
    while (i < limit) {
      char c = t[i];
      if (c == ' ' || c == ':' || c == '#' || c == '.' || c == '\t' || c == '(' || c == ')'
          || c == ',' || c == '=' || c == '-') {
        i++;
        continue;
      }
      for (String f : FILLER) {
        if (s.regionEquals(i, f) && !s.isWordChar(i + f.length())) {
          i += f.length();
          continue outer;
        }
      }
      break;
    }
    if (i >= limit || !s.isWordChar(i)) {
      return null;
    }
    int start = i;
    int alnum = 0;
    int digits = 0;
    boolean allDigits = true;
    while (i < s.length && alnum <= maxLen) {
      char c = t[i];
      if (DigitGroups.isDigit(c)) {
        digits++;
        alnum++;
      } else if (Character.isLetter(c) && c < 0x80) {
        allDigits = false;
        alnum++;
      } else if (c == '-' && s.isWordChar(i + 1) && s.isWordChar(i - 1)) {
        // hyphen inside the identifier
      } else if (c == ' ' && allDigits && s.isDigit(i + 1) && s.isDigit(i - 1)) {
        // digit groups such as "943 476 5919"
      } else if (c == ' '
          && digits == 0
          && alnum <= 3
          && s.isDigit(i + 1)
          && capitals(s, start, i)) {
        // a series of capitals set off from the number: the Polish passport's "AY 5820147"
      } else {
        break;
      }
      i++;
    }
    if (alnum < minLen || alnum > maxLen || digits < minDigits || s.isWordChar(i)) {
      return null;
    }
    return new int[] {start, i};
  }

  /** The words that say an identifier before them is the keyword's: "… is my", "… was our". */
  private static final WordSet COPULAS = WordSet.of("is", "was");

  private static final WordSet OWNERS = WordSet.of("my", "our", "his", "her", "their", "the");

  /**
   * Returns {start, end} of the identifier the keyword at {@code keyword} names after it, or null:
   * "K2841-60397-15802 is my Ontario licence number", "… was the licence no." (up to two
   * capitalised words, a state's or province's, between the owner's word and the keyword). The
   * identifier is one word of letters, digits and hyphens, of {@code minLen} to {@code maxLen}
   * alphanumerics with at least {@code minDigits} digits.
   */
  static int[] before(Scan s, int keyword, int minLen, int maxLen, int minDigits) {
    int p = keyword;
    for (int place = 0; place < 2; place++) {
      int ws = wordBefore(s, p);
      if (ws < 0 || !Character.isUpperCase(s.text[ws]) || OWNERS.contains(s.lower, ws, p - 1)) {
        break;
      }
      p = ws;
    }
    int owner = wordBefore(s, p);
    if (owner < 0 || !OWNERS.contains(s.lower, owner, p - 1)) {
      return null;
    }
    int copula = wordBefore(s, owner);
    if (copula < 0 || !COPULAS.contains(s.lower, copula, owner - 1)) {
      return null;
    }
    int end = copula - 1;
    int start = end;
    int alnum = 0;
    int digits = 0;
    while (start > 0 && alnum <= maxLen) {
      char c = s.text[start - 1];
      if (DigitGroups.isDigit(c)) {
        digits++;
      } else if (!(Character.isLetter(c) && c < 0x80)) {
        if (c != '-' || !s.isWordChar(start - 2)) {
          break;
        }
        alnum--;
      }
      alnum++;
      start--;
    }
    if (alnum < minLen || alnum > maxLen || digits < minDigits || s.isWordChar(start - 1)) {
      return null;
    }
    return new int[] {start, end};
  }

  /** The start of the word of letters that ends with one space before {@code p}, or -1. */
  static int wordBefore(Scan s, int p) {
    if (s.at(p - 1) != ' ') {
      return -1;
    }
    int ws = p - 1;
    while (ws > 0 && Character.isLetter(s.text[ws - 1])) {
      ws--;
    }
    return ws < p - 1 ? ws : -1;
  }

  private static boolean capitals(Scan s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.text[i] < 'A' || s.text[i] > 'Z') {
        return false;
      }
    }
    return true;
  }
}
