package io.mailtriage.pii.detect;

/**
 * Walks runs of digit groups ("4111 1111 1111 1111", "4111.1111.1111.1111", "123456789") that stand
 * as their own token: not glued to letters or to other numbers. Groups in one run share a single
 * separator (space, hyphen, full stop, slash, spaced or not, or underscore); space-separated groups
 * go on over a line break, quote markers after it included, where a mail client re-wrapped the
 * number, and hyphen-separated ones where the line ends with the hyphen. The shared cursor keeps
 * card and SSN recognisers to one cheap linear pass each. Thread-confined (one per recogniser
 * call).
 */
final class DigitGroups {

  /** Runs with more groups than this are walked but only their first groups are kept. */
  static final int MAX_GROUPS = 64;

  final int[] starts = new int[MAX_GROUPS];
  final int[] ends = new int[MAX_GROUPS];
  int count;
  char separator;

  /** Digits in the kept groups. */
  int digits;

  private final Scan s;

  /** Runs start at or after this offset. */
  private int pos;

  /** Next index into the scan's word starts: runs begin a word. */
  private int word;

  DigitGroups(Scan s) {
    this.s = s;
  }

  /** Advances to the next run; false at the end of the text. */
  boolean next() {
    int n = s.length;
    char[] t = s.text;
    while (word < s.wordCount) {
      int i = s.wordStarts[word++];
      if (i < pos
          || !isDigit(t[i])
          || (i > 0 && (t[i - 1] == '.' || t[i - 1] == ',') && s.isDigit(i - 2))) {
        continue;
      }
      count = 0;
      digits = 0;
      separator = 0;
      int j = i;
      while (true) {
        int gs = j;
        while (j < n && isDigit(t[j])) {
          j++;
        }
        if (count < MAX_GROUPS) {
          starts[count] = gs;
          ends[count] = j;
          count++;
          digits += j - gs;
        }
        if (j + 1 < n
            && (t[j] == ' ' || t[j] == '-' || t[j] == '.' || t[j] == '/' || t[j] == '_')
            && isDigit(t[j + 1])
            && (separator == 0 || separator == t[j])) {
          separator = t[j];
          j++;
          continue;
        }
        // "5335 / 0095 / 7068 / 9022": a slash set off by spaces is a slash.
        if (j + 3 < n
            && t[j] == ' '
            && t[j + 1] == '/'
            && t[j + 2] == ' '
            && isDigit(t[j + 3])
            && (separator == 0 || separator == '/')) {
          separator = '/';
          j += 3;
          continue;
        }
        // A hyphen ends the line where the number was broken after it ("3740-223927-\n57813").
        int wrapped =
            separator == 0 || separator == ' '
                ? afterLineBreak(j)
                : separator == '-' && s.at(j) == '-' ? afterLineBreak(j + 1) : -1;
        if (wrapped > 0) {
          separator = separator == '-' ? '-' : ' ';
          j = wrapped;
          continue;
        }
        break;
      }
      pos = j;
      boolean gluedAfter =
          s.isWordChar(j)
              || ((s.at(j) == '.' || s.at(j) == ',') && s.isDigit(j + 1))
              || (s.at(j) == '-' && s.isAsciiLetter(j + 1));
      if (gluedAfter) {
        while (pos < n && (s.isWordChar(pos) || t[pos] == '.')) {
          pos++;
        }
        continue;
      }
      return true;
    }
    return false;
  }

  /**
   * Where the next group starts when a mail client re-wrapped the number at {@code j} over a line,
   * in a quoted reply too ("4532 0151\n> 1283 0366"): a line break, quote markers and spaces, then
   * a digit; else -1. Only cards read runs: their issuer, length and Luhn check vouch for the
   * joined digits, where a phone's would merge a signature's phone and fax lines.
   */
  private int afterLineBreak(int j) {
    int p = lineWrap(s, j);
    return p > 0 && isDigit(s.text[p]) ? p : -1;
  }

  /**
   * Where the text goes on after a line break at {@code j} and the quote markers and spaces that
   * open the next line (at most a dozen chars of them); -1 where no line breaks at {@code j}.
   */
  static int lineWrap(Scan s, int j) {
    char[] t = s.text;
    int p = j;
    if (p < s.length && t[p] == '\r') {
      p++;
    }
    if (p >= s.length || t[p] != '\n') {
      return -1;
    }
    p++;
    while (p < s.length && p - j < 12 && (t[p] == '>' || t[p] == ' ')) {
      p++;
    }
    return p < s.length ? p : -1;
  }

  int digitAt(int group, int offset) {
    return s.text[starts[group] + offset] - '0';
  }

  int length(int group) {
    return ends[group] - starts[group];
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
