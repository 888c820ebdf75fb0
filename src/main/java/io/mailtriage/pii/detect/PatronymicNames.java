package io.mailtriage.pii.detect;

/**
 * A name whose second half is the father's, joined by a word that says so: Malaysian and Singapore
 * Indian names ("Kavitha d/o Ramasamy", "Suresh s/o Muniandy", "Arumugam a/l Veerasamy", "Priya a/p
 * Subramaniam") and Malay ones ("Siti binti Abdullah", "Mohd Faizal bin Hashim"). The father's name
 * is the family name there, and no list knows most of them; the rules for a given and a family name
 * stop at the lower-case link, so the name was found in part or not at all. The link and the
 * capitalised words on both sides are the name's own shape.
 */
final class PatronymicNames {

  private PatronymicNames() {}

  /** Most words of a name on either side of the link. */
  private static final int MAX_WORDS = 3;

  private static final double CONFIDENCE = 0.75;

  static void scan(Scan s) {
    // The links come from the keyword pass: no pass of its own over the words of every mail.
    int[] hits = s.hits(Keywords.PATRONYMIC_LINK);
    for (int h = 0; h < hits.length; h += 2) {
      int link = hits[h];
      int linkEnd = hits[h + 1];
      // "bin" is an English word too ("the recycle bin"): it links a name only after one.
      boolean bin = linkEnd - link == 3 && s.regionEquals(link, "bin");
      if (s.at(link - 1) != ' ' || s.at(linkEnd) != ' ') {
        continue;
      }
      int fatherEnd = wordsAfter(s, linkEnd + 1);
      int ownStart = wordBefore(s, link - 1);
      if (fatherEnd < 0 || ownStart < 0) {
        continue;
      }
      // A name found before the link ("Name: Mohd Faizal", a sign-off's "Nurul Aina") is the
      // whole of the own name; otherwise only the word right before the link is taken, as a word
      // before it may open the sentence ("Yesterday Suresh s/o …").
      double confidence = CONFIDENCE;
      int start = ownStart;
      boolean found = false;
      for (Finding f : s.candidates) {
        if (f.type() == PiiType.PERSON
            && f.end() == link - 1
            && f.start() <= ownStart
            && f.confidence() >= s.settings.threshold(PiiType.PERSON)) {
          start = Math.min(start, f.start());
          confidence = Math.max(confidence, f.confidence());
          found = true;
        }
      }
      if (bin
          && !found
          && (GivenNames.kind(s, ownStart, link - 1) & (GivenNames.GIVEN | GivenNames.WORD))
              != GivenNames.GIVEN) {
        continue;
      }
      s.add(PiiType.PERSON, start, fatherEnd, confidence);
    }
  }

  /** The start of the capitalised word that ends at {@code end}, or -1. */
  private static int wordBefore(Scan s, int end) {
    int start = end;
    while (start > 0 && (Character.isLetter(s.text[start - 1]) || s.text[start - 1] == '-')) {
      start--;
    }
    return nameWord(s, start, end) && !s.isWordChar(start - 1) ? start : -1;
  }

  /** The end of one to {@link #MAX_WORDS} capitalised words from {@code p}, or -1. */
  private static int wordsAfter(Scan s, int p) {
    int end = -1;
    for (int words = 0; words < MAX_WORDS; words++) {
      int we = GivenNames.wordEnd(s, p);
      if (!nameWord(s, p, we)) {
        break;
      }
      end = we;
      if (s.at(we) != ' ') {
        break;
      }
      p = we + 1;
    }
    return end;
  }

  /** A capitalised word of two letters or more that names no team, role or thing. */
  private static boolean nameWord(Scan s, int start, int end) {
    return end - start >= 2
        && Character.isUpperCase(s.text[start])
        && !PersonRecognizer.notAName(s, start, end)
        && !GivenNames.notSurname(s, start, end);
  }
}
