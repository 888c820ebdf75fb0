package io.mailtriage.pii.detect;

/** Passport numbers (6–9 alphanumerics with digits) following a "passport" keyword. */
final class PassportRecognizer extends Recognizer {

  PassportRecognizer() {
    super(PiiType.PASSPORT);
  }

  @Override
  public void scan(Scan s) {
    int[] hits = s.hits(Keywords.PASSPORT);
    for (int h = 0; h < hits.length; h += 2) {
      int[] id = ContextIds.after(s, hits[h + 1], 6, 9, 2);
      if (id != null) {
        s.add(PiiType.PASSPORT, id[0], id[1], 0.85);
      }
    }
  }
}
