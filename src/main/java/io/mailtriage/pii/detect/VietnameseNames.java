package io.mailtriage.pii.detect;

/**
 * Vietnamese names written family first with the middle name most of them carry, "Van" for men and
 * "Thi" for women ("Do Van Long", "Tran Thi Mai", with or without the accents: "Đỗ Văn Long"). The
 * family name and the given name are often everyday words of other languages ("Do", "Le", "Long"),
 * and "Van" a Dutch particle, so no gazetteer rule reads the three words, least of all at the start
 * of a sentence; the three in a row are the name's own shape: one of the common family names, the
 * middle name, a capitalised given name.
 */
final class VietnameseNames {

  private VietnameseNames() {}

  /** The middle names, between spaces, as the scan's lower-case copy holds them. */
  private static final String[] MIDDLE = {" van ", " thi ", " văn ", " thị "};

  /**
   * The common family names, which most Vietnamese carry, lower-case as the scan holds them (only
   * ASCII is lowered: those opening with "Đ" keep their capital), with and without accents.
   */
  private static final WordSet FAMILY_NAMES =
      WordSet.of(
          "nguyen", "nguyễn", "tran", "trần", "le", "lê", "pham", "phạm", "hoang", "hoàng", "huynh",
          "huỳnh", "phan", "vu", "vũ", "vo", "võ", "dang", "Đặng", "bui", "bùi", "do", "Đỗ", "ho",
          "hồ", "ngo", "ngô", "duong", "dương", "ly", "lý", "truong", "trương", "dinh", "Đinh",
          "doan", "Đoàn", "trinh", "trịnh");

  static void scan(Scan s) {
    for (String middle : MIDDLE) {
      for (int at = s.indexOf(middle, 0); at >= 0; at = s.indexOf(middle, at + 1)) {
        name(s, at, at + middle.length());
      }
    }
  }

  /** The name around the middle name between the spaces at {@code before} and {@code after - 1}. */
  private static void name(Scan s, int before, int after) {
    if (!Character.isUpperCase(s.text[before + 1]) || Character.isUpperCase(s.text[before + 2])) {
      return;
    }
    int familyStart = before;
    while (familyStart > 0 && Character.isLetter(s.text[familyStart - 1])) {
      familyStart--;
    }
    if (familyStart == before
        || s.isWordChar(familyStart - 1)
        || !Character.isUpperCase(s.text[familyStart])
        || !FAMILY_NAMES.contains(s.lower, familyStart, before)) {
      return;
    }
    int givenEnd = GivenNames.wordEnd(s, after);
    if (givenEnd - after < 2
        || !Character.isUpperCase(s.text[after])
        || Character.isUpperCase(s.text[after + 1])) {
      return;
    }
    s.add(PiiType.PERSON, familyStart, givenEnd, 0.75);
  }
}
