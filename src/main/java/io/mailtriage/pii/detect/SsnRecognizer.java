package io.mailtriage.pii.detect;

/**
 * US Social Security numbers: AAA-GG-SSSS (or space separated), and, next to an SSN keyword,
 * AAA.GG.SSSS or nine bare digits. Numbers the SSA never issues (area 000, 666, 900–999; group 00;
 * serial 0000) and the well-known advertising number 078-05-1120 are rejected.
 */
final class SsnRecognizer extends Recognizer {

  /**
   * An SSN word raises every form and vouches for nine bare digits, which alone stay below the bar;
   * a word for another kind of number in the sentence lowers them.
   */
  private static final java.util.List<ContextRule> CONTEXT =
      java.util.List.of(
          ContextRule.raise(
              40,
              0,
              0.15,
              0.95,
              "ssn",
              "social",
              "ss#",
              "ss no",
              "soc sec",
              "ssn#",
              "tin",
              "taxpayer"),
          // Three-two-four digits are also how tickets and orders are numbered; an SSN word
          // before them still outweighs it.
          ContextRule.lower(16, 0.4, ContextRule.OTHER_NUMBERS));

  SsnRecognizer() {
    super(PiiType.US_SSN, CONTEXT);
  }

  @Override
  public void scan(Scan s) {
    char[] t = s.text;
    for (int w = 0; w < s.wordCount; w++) {
      int i = s.wordStarts[w];
      if (!DigitGroups.isDigit(t[i]) || joinedBefore(s, i)) {
        continue;
      }
      int run = digits(s, i);
      int end;
      double conf;
      if (run == 9) {
        // Nine bare digits are as likely an order or account number: only context makes them an
        // SSN.
        end = i + 9;
        conf = 0.3;
      } else if (run == 3) {
        char sep = s.at(i + 3);
        if (!(sep == '-' || sep == ' ' || sep == '.')
            || digits(s, i + 4) != 2
            || s.at(i + 6) != sep
            || digits(s, i + 7) != 4) {
          continue;
        }
        end = i + 11;
        // Hyphens are how SSNs are printed; spaces are weaker evidence and dots (version-like) only
        // count with context.
        conf = sep == '-' ? 0.8 : sep == ' ' ? 0.55 : 0.3;
      } else {
        continue;
      }
      if (!s.isWordChar(end) && !joinedAfter(s, end) && valid(t, i, end)) {
        s.add(PiiType.US_SSN, i, end, conf);
      }
    }
  }

  private static int digits(Scan s, int from) {
    int i = from;
    while (s.isDigit(i)) {
      i++;
    }
    return i - from;
  }

  /**
   * A digit group that continues a number written before it ("12.123-45-6789", "4-123 45 6789").
   */
  private static boolean joinedBefore(Scan s, int i) {
    char c = s.at(i - 1);
    return (c == '.' || c == ',' || c == '-' || c == '/' || c == ' ') && s.isDigit(i - 2);
  }

  private static boolean joinedAfter(Scan s, int end) {
    char c = s.at(end);
    return (c == '.' || c == ',' || c == '-' || c == '/' || c == ' ') && s.isDigit(end + 1)
        || (c == '-' && s.isAsciiLetter(end + 1));
  }

  /** Validates the digits in [start, end), skipping separators. */
  static boolean valid(char[] t, int start, int end) {
    int[] d = new int[9];
    int n = 0;
    for (int i = start; i < end && n < 9; i++) {
      if (t[i] >= '0' && t[i] <= '9') {
        d[n++] = t[i] - '0';
      }
    }
    if (n != 9) {
      return false;
    }
    int area = d[0] * 100 + d[1] * 10 + d[2];
    int group = d[3] * 10 + d[4];
    int serial = d[5] * 1000 + d[6] * 100 + d[7] * 10 + d[8];
    if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0) {
      return false;
    }
    return !(area == 78 && group == 5 && serial == 1120);
  }
}
