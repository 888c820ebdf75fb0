package io.mailtriage.pii.detect;

/**
 * Addresses read back from the postcode that closes them, for the forms that have no house number
 * to start from: a UK house name ("Bramble Cottage, Chapel Lane, Long Sutton, Spalding PE12 9EZ",
 * one part a line too) and an Indian address up to its PIN code ("Flat 3C, Lakshmi Towers, 6th
 * Main, Malleswaram, Bengaluru 560003", "…, Gurugram, Haryana - 122016").
 *
 * <p>From the postcode the parts of the address are read back, each set off by a comma or a line
 * break: capitalised words, lower-case particles between them ("Heol y Bont", "Stow-on-the-Wold")
 * and house numbers ("12/3", "C-45", "8-2-293/82"). The address starts at the farthest part that
 * says it is one: a house number first, a unit or house label first ("Flat 7", "H.No. 12", "The Old
 * Vicarage", "Plas Newydd"), or a street type or house word last ("Chapel Lane", "14th Cross",
 * "Bramble Cottage"). Parts of capitalised words only before it are left out: above an address in a
 * signature stands the signer's name. A part that is no address part (a lower-case word, a colon)
 * ends the walk, so the words that lead an address in a sentence ("send it to") stay out.
 */
final class AddressBeforePostcode {

  /** How many parts before the postcode, the town's included, are read at most. */
  private static final int MAX_PARTS = 8;

  /** How far one part reaches back for its separator. */
  private static final int MAX_PART = 64;

  /** How many words one part holds at most. */
  private static final int MAX_WORDS = 6;

  /** Words that lead a part that is an address's: units, house-number labels, house names. */
  private static final WordSet LEADS =
      WordSet.of(
          "flat",
          "apartment",
          "apt",
          "unit",
          "suite",
          "house",
          "h.no",
          "d.no",
          "door",
          "plot",
          "the",
          "tŷ",
          "ty",
          "plas",
          "bryn",
          "heol",
          "ffordd",
          "stryd",
          "road",
          "sector",
          "block");

  /** The lead words of units and house numbers: a part starts at one of them ("It's Flat 2"). */
  private static final WordSet UNITS =
      WordSet.of(
          "flat", "apartment", "apt", "unit", "suite", "house", "h.no", "d.no", "door", "plot");

  /**
   * Words that end a street's or a house's name: the street types and the words of house names of
   * the UK and of Indian addresses (cross and main roads, blocks, layouts, apartment buildings).
   */
  private static final WordSet LAST_WORDS =
      WordSet.of(
          "street",
          "st",
          "road",
          "rd",
          "lane",
          "ln",
          "avenue",
          "ave",
          "drive",
          "dr",
          "close",
          "way",
          "crescent",
          "terrace",
          "gardens",
          "place",
          "square",
          "court",
          "mews",
          "hill",
          "row",
          "green",
          "walk",
          "grove",
          "rise",
          "parade",
          "view",
          "gate",
          "yard",
          "wynd",
          "cottage",
          "cottages",
          "house",
          "farm",
          "farmhouse",
          "lodge",
          "barn",
          "granary",
          "rectory",
          "vicarage",
          "villa",
          "hall",
          "manor",
          "mill",
          "grange",
          "croft",
          "bungalow",
          "forge",
          "stables",
          "chapel",
          "orchard",
          "gables",
          "works",
          "apartments",
          "mansions",
          "heights",
          "tower",
          "towers",
          "residency",
          "residence",
          "enclave",
          "complex",
          "chambers",
          "nivas",
          "bhavan",
          "cross",
          "main",
          "marg",
          "salai",
          "layout",
          "block",
          "colony",
          "sector",
          "nagar");

  /** Lower-case words that stand between the capitalised words of a name. */
  private static final WordSet PARTICLES =
      WordSet.of(
          "y", "sub", "de", "la", "le", "on", "upon", "the", "of", "en", "du", "des", "in", "by",
          "cum", "under", "next", "no.");

  private AddressBeforePostcode() {}

  /** The addresses that end at a postcode of the text, each added as an ADDRESS candidate. */
  static void scan(Scan s) {
    for (int k = 0; k < s.wordCount; k++) {
      int i = s.wordStarts[k];
      char c = s.text[i];
      int end = -1;
      if (c >= 'A' && c <= 'Z') {
        end = ukPostcode(s, i);
      } else if (c >= '1' && c <= '9') {
        end = pinCode(s, i);
      }
      if (end < 0) {
        continue;
      }
      int start = start(s, i, c <= '9');
      if (start >= 0) {
        s.add(PiiType.ADDRESS, start, end, 0.8);
      }
    }
  }

  /**
   * End of a UK postcode in capitals at {@code i} ("PE12 9EZ", "SW1A 1AA"), or -1: outward code of
   * one or two letters, a digit and a digit or letter, a space, a digit and two letters.
   */
  static int ukPostcode(Scan s, int i) {
    int p = i + 1;
    if (s.at(p) >= 'A' && s.at(p) <= 'Z') {
      p++;
    }
    if (!s.isDigit(p)) {
      return -1;
    }
    p++;
    if (s.isDigit(p) || (s.at(p) >= 'A' && s.at(p) <= 'Z')) {
      p++;
    }
    if (s.at(p) == ' ') {
      p++;
    }
    if (!s.isDigit(p) || !upper(s.at(p + 1)) || !upper(s.at(p + 2)) || s.isWordChar(p + 3)) {
      return -1;
    }
    return p + 3;
  }

  private static boolean upper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** End of an Indian PIN code at {@code i} ("560003", "520 010"), or -1. */
  private static int pinCode(Scan s, int i) {
    if (s.isDigit(i - 1)) {
      return -1;
    }
    int p = i;
    while (s.isDigit(p) && p - i < 7) {
      p++;
    }
    if (p - i == 3 && s.at(p) == ' ' && s.isDigit(p + 1)) {
      int q = p + 1;
      while (s.isDigit(q) && q - p < 5) {
        q++;
      }
      return q - p == 4 && !s.isWordChar(q) ? q : -1;
    }
    return p - i == 6 && !s.isWordChar(p) ? p : -1;
  }

  /**
   * Where the address that ends at the postcode at {@code postcode} starts, or -1 when the parts
   * before it do not make one.
   */
  private static int start(Scan s, int postcode, boolean pin) {
    // The town before the postcode: "Spalding PE12 9EZ", "Haryana - 122016", "Hoveton\nNR12 8DA".
    int p = postcode;
    while (p > 0 && s.text[p - 1] == ' ') {
      p--;
    }
    if (pin && p > 0 && (s.text[p - 1] == '-' || s.text[p - 1] == '–')) {
      p--;
      while (p > 0 && s.text[p - 1] == ' ') {
        p--;
      }
    }
    if (p > 0 && (s.text[p - 1] == ',' || s.text[p - 1] == '\n')) {
      p = separatorBefore(s, p);
    }
    int start = -1;
    // The town's part says nothing; an address part before it does.
    for (int part = 0; part < MAX_PARTS && p > 0; part++) {
      int from = partStart(s, p);
      if (from < 0) {
        break;
      }
      int lead = part > 0 ? lead(s, from, p) : -1;
      if (lead >= 0) {
        start = lead;
      }
      p = separatorBefore(s, from);
    }
    return start;
  }

  /**
   * The end of the part before the separator that precedes {@code from} (a comma, a line break, or
   * both, with the spaces around them), or -1 at a blank line, which ends the address.
   */
  private static int separatorBefore(Scan s, int from) {
    int p = from;
    boolean comma = false;
    int breaks = 0;
    while (p > 0) {
      char c = s.text[p - 1];
      if (c == ' ' || c == '\t' || c == '\r') {
        p--;
      } else if (c == '\n' && breaks == 0) {
        breaks++;
        p--;
      } else if (c == ',' && !comma) {
        comma = true;
        p--;
      } else {
        break;
      }
    }
    return breaks + (comma ? 1 : 0) == 0 || p == 0 || s.text[p - 1] == '\n' ? -1 : p;
  }

  /**
   * Where the part ending at {@code end} starts: the first of the words right before {@code end}
   * that can be an address's (capitalised words, particles between, house numbers), after leading
   * particles; -1 when there is none.
   */
  private static int partStart(Scan s, int end) {
    int p = end;
    int words = 0;
    int start = -1;
    int limit = Math.max(0, end - MAX_PART);
    while (p > limit && words < MAX_WORDS) {
      int we = p;
      int ws = we;
      while (ws > limit && !boundary(s.text[ws - 1])) {
        ws--;
      }
      if (ws == we
          || (ws == limit && limit > 0)
          || !partWord(s, ws, we)
          || closesAnother(s, ws, we)) {
        break;
      }
      words++;
      if (!particle(s, ws, we)) {
        start = ws;
      }
      p = ws;
      if (p > 0 && s.text[p - 1] == ' ' && p - 1 > 0 && !boundary(s.text[p - 2])) {
        p--;
      } else {
        break;
      }
    }
    return start;
  }

  /**
   * Whether [ws, we) ends another address: the inward code of a UK postcode ("4LP") or a PIN code.
   * Two addresses side by side on a line ("…, Bath BA2 4LP 9 Harbour Street, …") are two.
   */
  private static boolean closesAnother(Scan s, int ws, int we) {
    return (we - ws == 3 && s.isDigit(ws) && upper(s.text[ws + 1]) && upper(s.text[ws + 2]))
        || (we - ws == 6 && pinCode(s, ws) == we);
  }

  /** Chars that end a word of a part: spaces, separators and the punctuation of sentences. */
  private static boolean boundary(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == ',' || c == ':' || c == ';'
        || c == '(' || c == ')' || c == '"' || c == '>' || c == '<';
  }

  /**
   * Whether [ws, we) can be a word of an address's part: a capitalised word ("King's",
   * "Stow-on-the-Wold", "T.", "H.No."), a particle, or a house number ("12/3", "C-45", "14th").
   */
  private static boolean partWord(Scan s, int ws, int we) {
    if (we - ws > 30) {
      return false;
    }
    char c = s.text[ws];
    boolean digits = false;
    for (int i = ws; i < we; i++) {
      char d = s.text[i];
      if (s.isDigit(i)) {
        digits = true;
      } else if (!Character.isLetter(d)
          && d != '\''
          && d != '’'
          && d != '-'
          && d != '.'
          && d != '/') {
        return false;
      }
    }
    if (digits) {
      return we - ws <= 14 && (s.isDigit(ws) || upper(c));
    }
    return Character.isUpperCase(c) || particle(s, ws, we);
  }

  /** A particle in lower case: "The" opens a house's name ("The Old Vicarage"). */
  private static boolean particle(Scan s, int ws, int we) {
    return Character.isLowerCase(s.text[ws]) && PARTICLES.contains(s.lower, ws, we);
  }

  /**
   * The start of the part [from, end) when it says it is an address's, or -1: a house number first,
   * a unit or label first (a unit inside the part too: "It's Flat 2"), or a street type or house
   * word last.
   */
  private static int lead(Scan s, int from, int end) {
    int first = wordEnd(s, from, end);
    if (s.isDigit(from) || number(s, from, first)) {
      return from;
    }
    // "TC 25/1043": a code of capitals before the house number.
    int second = first + 1;
    if (first - from <= 3 && allUpper(s, from, first) && second < end && s.isDigit(second)) {
      return from;
    }
    for (int w = from; w < end; ) {
      int we = wordEnd(s, w, end);
      if (UNITS.contains(s.lower, w, dotless(s, w, we))) {
        return w;
      }
      w = we + 1;
    }
    if (LEADS.contains(s.lower, from, dotless(s, from, first))) {
      return from;
    }
    if (first == end && houseNameCompound(s, from, end)) {
      return from;
    }
    int last = end;
    while (last > from && s.text[last - 1] != ' ') {
      last--;
    }
    return LAST_WORDS.contains(s.lower, last, dotless(s, last, end)) ? from : -1;
  }

  /**
   * The last elements of the houses named in one word after the land they stand on, as UK houses
   * are ("Glenview", "Braeside", "Fernbank", "Rosemount", "Hillcrest", "Westcroft", "Oakdene"); the
   * elements of towns' names (-field, -dale, -wood, -ton, -ley) are left out, since a town and
   * county before a postcode are no house.
   */
  private static final String[] HOUSE_NAME_ENDINGS = {
    "view", "side", "bank", "mount", "lea", "hurst", "croft", "holme", "dene", "haven", "crest",
    "brae", "garth", "ridge", "brook", "mead", "lands", "acre", "acres", "knowe", "combe", "lodge"
  };

  /**
   * Whether [from, end) is a house's name of one word ending in an element of the land, with at
   * least three letters before it: the part a house name with no house word leaves before a UK town
   * and postcode ("Glenview, Harrogate HG1 2AB").
   */
  private static boolean houseNameCompound(Scan s, int from, int end) {
    for (int i = from; i < end; i++) {
      if (!Character.isLetter(s.text[i])) {
        return false;
      }
    }
    for (String ending : HOUSE_NAME_ENDINGS) {
      int at = end - ending.length();
      if (at - from >= 3 && s.regionEquals(at, ending)) {
        return true;
      }
    }
    return false;
  }

  private static int wordEnd(Scan s, int from, int end) {
    int p = from;
    while (p < end && s.text[p] != ' ') {
      p++;
    }
    return p;
  }

  /** The end of the word [ws, we) without its closing full stop ("Rd.", "H.No."). */
  private static int dotless(Scan s, int ws, int we) {
    return we > ws + 1 && s.text[we - 1] == '.' ? we - 1 : we;
  }

  /** A word with a digit in it: a house number ("C-45", "12B"). */
  private static boolean number(Scan s, int ws, int we) {
    for (int i = ws; i < we; i++) {
      if (s.isDigit(i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean allUpper(Scan s, int ws, int we) {
    for (int i = ws; i < we; i++) {
      if (!upper(s.text[i])) {
        return false;
      }
    }
    return we > ws;
  }
}
