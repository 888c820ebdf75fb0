package io.mailtriage.pii.detect;

/**
 * Driving licence numbers, whose formats vary by state and country (US "D1234567", UK
 * "MORGA753116SM9IJ"), so they are taken only after a licence keyword ("licence" alone only after
 * the state or province that issued it: "Ontario licence S1234-…"), or before one that names them
 * ("… is my Ontario licence number").
 */
final class DriverLicenseRecognizer extends Recognizer {

  DriverLicenseRecognizer() {
    super(PiiType.DRIVER_LICENSE);
  }

  /**
   * The states, provinces and territories that issue licences, named before "licence" alone
   * ("Ontario licence S1234-…", "NY license 384 226 917"): a licence of software or a trade is
   * named so by no one.
   */
  private static final WordSet ISSUERS =
      WordSet.of(
          "alabama",
          "alaska",
          "arizona",
          "arkansas",
          "california",
          "colorado",
          "connecticut",
          "delaware",
          "florida",
          "georgia",
          "hawaii",
          "idaho",
          "illinois",
          "indiana",
          "iowa",
          "kansas",
          "kentucky",
          "louisiana",
          "maine",
          "maryland",
          "massachusetts",
          "michigan",
          "minnesota",
          "mississippi",
          "missouri",
          "montana",
          "nebraska",
          "nevada",
          "hampshire",
          "jersey",
          "mexico",
          "york",
          "carolina",
          "dakota",
          "ohio",
          "oklahoma",
          "oregon",
          "pennsylvania",
          "island",
          "tennessee",
          "texas",
          "utah",
          "vermont",
          "virginia",
          "washington",
          "wisconsin",
          "wyoming",
          "ontario",
          "quebec",
          "québec",
          "alberta",
          "columbia",
          "manitoba",
          "saskatchewan",
          "scotia",
          "brunswick",
          "newfoundland",
          "labrador",
          "yukon",
          "nunavut",
          "territories",
          "queensland",
          "victoria",
          "wales",
          "tasmania",
          "al",
          "ak",
          "az",
          "ar",
          "ca",
          "co",
          "ct",
          "de",
          "fl",
          "ga",
          "hi",
          "id",
          "il",
          "in",
          "ia",
          "ks",
          "ky",
          "la",
          "me",
          "md",
          "ma",
          "mi",
          "mn",
          "ms",
          "mo",
          "mt",
          "ne",
          "nv",
          "nh",
          "nj",
          "nm",
          "ny",
          "nc",
          "nd",
          "oh",
          "ok",
          "or",
          "pa",
          "ri",
          "sc",
          "sd",
          "tn",
          "tx",
          "ut",
          "vt",
          "va",
          "wa",
          "wv",
          "wi",
          "wy",
          "on",
          "qc",
          "bc",
          "ab",
          "mb",
          "sk",
          "ns",
          "nb",
          "nl",
          "pe",
          "nsw",
          "vic",
          "qld",
          "tas",
          "act",
          "nt",
          "dvla",
          "uk");

  @Override
  public void scan(Scan s) {
    int[] hits = s.hits(Keywords.DRIVER);
    for (int h = 0; h < hits.length; h += 2) {
      int[] id = ContextIds.after(s, hits[h + 1], 5, 20, 4);
      if (hits[h + 1] - hits[h] == 7
          && s.regionEquals(hits[h], "licen")
          && !issuerBefore(s, hits[h])) {
        // "licence" alone: a software or trade licence, unless a state issued it or the number
        // has the shape of a British driving licence, which no key or permit shares.
        if (id != null && britishLicence(s, id[0], id[1])) {
          s.add(PiiType.DRIVER_LICENSE, id[0], id[1], 0.8);
        }
        continue;
      }
      if (id == null) {
        // "K2841-60397-15802 is my Ontario licence number": the number named after it.
        id = ContextIds.before(s, hits[h], 5, 20, 4);
      }
      if (id != null) {
        s.add(PiiType.DRIVER_LICENSE, id[0], id[1], 0.8);
      }
    }
  }

  /**
   * Whether [start, end) is a British (DVLA) licence number: five letters of the family name (9s
   * pad a short one), six digits of the birth date, two initials (or 9s), a digit and two check
   * letters ("MORGA753116SM9IJ", "LI999 612085 J99KT" as people space it).
   */
  static boolean britishLicence(Scan s, int start, int end) {
    char[] c = new char[16];
    int n = 0;
    for (int i = start; i < end; i++) {
      char ch = Scan.asciiUpper(s.text[i]);
      if (ch == ' ') {
        continue;
      }
      if (n == 16) {
        return false;
      }
      c[n++] = ch;
    }
    if (n != 16) {
      return false;
    }
    for (int k = 0; k < 16; k++) {
      boolean digit = c[k] >= '0' && c[k] <= '9';
      boolean letter = c[k] >= 'A' && c[k] <= 'Z';
      boolean ok =
          k < 5 || k == 11 || k == 12
              ? letter || c[k] == '9'
              : k < 11 || k == 13 ? digit : letter || digit;
      if (!ok) {
        return false;
      }
    }
    return Character.isLetter(c[0]);
  }

  /**
   * Whether the word right before {@code keyword} names an issuing state or province, capitalised
   * or in capitals ("Ontario", "NY", "New South Wales").
   */
  private static boolean issuerBefore(Scan s, int keyword) {
    int ws = ContextIds.wordBefore(s, keyword);
    int we = keyword - 1;
    // A code in capitals ("NY", "ON"); "In" and "Or" open sentences.
    boolean code = ws >= 0 && we - ws == 2 && Character.isUpperCase(s.text[ws + 1]);
    return ws >= 0
        && Character.isUpperCase(s.text[ws])
        && (we - ws > 2 || code)
        && ISSUERS.contains(s.lower, ws, we);
  }
}
