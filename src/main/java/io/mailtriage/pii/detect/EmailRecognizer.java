package io.mailtriage.pii.detect;

/**
 * E-mail addresses, found by expanding around each '@' within RFC 5321 length limits rather than by
 * a whole-text regex, so the cost is linear even on inputs like "a@a.a@a.a@…".
 */
final class EmailRecognizer extends Recognizer {

  private static final int MAX_LOCAL = 64;
  private static final int MAX_DOMAIN = 253;

  EmailRecognizer() {
    super(PiiType.EMAIL);
  }

  @Override
  public void scan(Scan s) {
    char[] t = s.text;
    int n = s.length;
    int floor = 0;
    for (int y = 0; y < s.symbolCount; y++) {
      int at = s.symbols[y];
      if (at < floor || t[at] != '@') {
        continue;
      }
      int ls = at;
      int leftLimit = Math.max(floor, at - MAX_LOCAL);
      while (ls > leftLimit && isLocalChar(t[ls - 1])) {
        ls--;
      }
      while (ls < at && t[ls] == '.') {
        ls++;
      }
      if (ls == at || t[at - 1] == '.') {
        continue;
      }
      int de = at + 1;
      int rightLimit = Math.min(n, at + 1 + MAX_DOMAIN);
      while (de < rightLimit && isDomainChar(t[de])) {
        de++;
      }
      while (de > at + 1 && (t[de - 1] == '.' || t[de - 1] == '-')) {
        de--;
      }
      if (!validLocal(t, ls, at) || !validDomain(t, at + 1, de)) {
        continue;
      }
      s.add(PiiType.EMAIL, ls, de, 0.95);
      floor = de;
    }
  }

  private static boolean isLocalChar(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "._%+-'!#$&*=?^`{|}~/".indexOf(c) >= 0;
    }
    return Character.isLetterOrDigit(c);
  }

  private static boolean isDomainChar(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '.'
          || c == '-';
    }
    return Character.isLetterOrDigit(c);
  }

  private static boolean validLocal(char[] t, int start, int end) {
    for (int i = start + 1; i < end; i++) {
      if (t[i] == '.' && t[i - 1] == '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean alphabetic(char[] t, int start, int end) {
    for (int k = start; k < end; k++) {
      if (!Character.isLetter(t[k])) {
        return false;
      }
    }
    return true;
  }

  /** An internationalised label in its ASCII form: "xn--" and letters or digits ("xn--p1ai"). */
  private static boolean punycode(char[] t, int start, int end) {
    if (end - start < 5
        || t[start] != 'x'
        || t[start + 1] != 'n'
        || t[start + 2] != '-'
        || t[start + 3] != '-') {
      return false;
    }
    for (int k = start + 4; k < end; k++) {
      if (!Character.isLetterOrDigit(t[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * At least two labels, each 1..63 chars not starting or ending with '-', and a top-level label of
   * two or more letters or in punycode.
   */
  static boolean validDomain(char[] t, int start, int end) {
    int labels = 0;
    int labelStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || t[i] == '.') {
        int len = i - labelStart;
        if (len == 0 || len > 63 || t[labelStart] == '-' || t[i - 1] == '-') {
          return false;
        }
        labels++;
        if (i == end
            && (len < 2 || !(alphabetic(t, labelStart, end) || punycode(t, labelStart, end)))) {
          return false;
        }
        labelStart = i + 1;
      }
    }
    return labels >= 2;
  }
}
