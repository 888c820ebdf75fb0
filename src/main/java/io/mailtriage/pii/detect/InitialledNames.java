package io.mailtriage.pii.detect;

/**
 * A family name after two or three initials, with no title or cue before them ("send it to J. K.
 * Mensah", "R. S. Perera signed"): South Asian and West African mail writes names so, and the
 * initials are the name's own evidence where no list knows the family name. One initial is not
 * enough: "Plan B. Then …" and "Option A. Please …" end a sentence with a capital letter.
 */
final class InitialledNames {

  private InitialledNames() {}

  static void scan(Scan s) {
    char[] t = s.text;
    int resume = 0;
    for (int w = 0; w < s.wordCount; w++) {
      int i = s.wordStarts[w];
      if (i < resume || !initial(s, i) || s.at(i - 1) == '.' || s.isWordChar(i - 1)) {
        continue;
      }
      int q = i + 3;
      int initials = 1;
      while (initials < 3 && initial(s, q)) {
        q += 3;
        initials++;
      }
      resume = q;
      int end = GivenNames.wordEnd(s, q);
      if (initials < 2
          || end - q < 2
          || !Character.isUpperCase(t[q])
          || Character.isUpperCase(t[q + 1])
          || PersonRecognizer.notAName(s, q, end)
          || GivenNames.notSurname(s, q, end)
          || (GivenNames.kind(s, q, end) & GivenNames.WORD) != 0) {
        continue;
      }
      s.add(PiiType.PERSON, i, end, 0.7);
      resume = end;
    }
  }

  /** Whether a capital letter alone with a full stop and a space starts at {@code i}: "K. ". */
  private static boolean initial(Scan s, int i) {
    char c = s.at(i);
    return c >= 'A' && c <= 'Z' && s.at(i + 1) == '.' && s.at(i + 2) == ' ';
  }
}
