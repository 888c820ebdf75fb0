package io.mailtriage.pii.detect;

import java.util.Map;

/**
 * International bank account numbers: country code, two check digits and a BBAN of the country's
 * fixed length, compact or in groups (spaces, hyphens or dots, upper or lower case), verified with
 * ISO 7064 mod 97-10. A country the length table lacks needs a bank word near.
 */
final class IbanRecognizer extends Recognizer {

  /** Total IBAN length per registered country. */
  private static final Map<String, Integer> LENGTHS =
      Map.ofEntries(
          Map.entry("AD", 24),
          Map.entry("AE", 23),
          Map.entry("AL", 28),
          Map.entry("AT", 20),
          Map.entry("AZ", 28),
          Map.entry("BA", 20),
          Map.entry("BE", 16),
          Map.entry("BG", 22),
          Map.entry("BH", 22),
          Map.entry("BR", 29),
          Map.entry("BY", 28),
          Map.entry("CH", 21),
          Map.entry("CR", 22),
          Map.entry("CY", 28),
          Map.entry("CZ", 24),
          Map.entry("DE", 22),
          Map.entry("DK", 18),
          Map.entry("DO", 28),
          Map.entry("EE", 20),
          Map.entry("EG", 29),
          Map.entry("ES", 24),
          Map.entry("FI", 18),
          Map.entry("FO", 18),
          Map.entry("FR", 27),
          Map.entry("GB", 22),
          Map.entry("GE", 22),
          Map.entry("GI", 23),
          Map.entry("GL", 18),
          Map.entry("GR", 27),
          Map.entry("GT", 28),
          Map.entry("HR", 21),
          Map.entry("HU", 28),
          Map.entry("IE", 22),
          Map.entry("IL", 23),
          Map.entry("IQ", 23),
          Map.entry("IS", 26),
          Map.entry("IT", 27),
          Map.entry("JO", 30),
          Map.entry("KW", 30),
          Map.entry("KZ", 20),
          Map.entry("LB", 28),
          Map.entry("LC", 32),
          Map.entry("LI", 21),
          Map.entry("LT", 20),
          Map.entry("LU", 20),
          Map.entry("LV", 21),
          Map.entry("MC", 27),
          Map.entry("MD", 24),
          Map.entry("ME", 22),
          Map.entry("MK", 19),
          Map.entry("MR", 27),
          Map.entry("MT", 31),
          Map.entry("MU", 30),
          Map.entry("NL", 18),
          Map.entry("NO", 15),
          Map.entry("PK", 24),
          Map.entry("PL", 28),
          Map.entry("PS", 29),
          Map.entry("PT", 25),
          Map.entry("QA", 29),
          Map.entry("RO", 24),
          Map.entry("RS", 22),
          Map.entry("SA", 24),
          Map.entry("SC", 31),
          Map.entry("SE", 24),
          Map.entry("SI", 19),
          Map.entry("SK", 24),
          Map.entry("SM", 27),
          Map.entry("ST", 25),
          Map.entry("SV", 28),
          Map.entry("TL", 23),
          Map.entry("TN", 24),
          Map.entry("TR", 26),
          Map.entry("UA", 29),
          Map.entry("VA", 22),
          Map.entry("VG", 24),
          Map.entry("XK", 20),
          Map.entry("RU", 33),
          Map.entry("LY", 25),
          Map.entry("SD", 18),
          Map.entry("BI", 27),
          Map.entry("DJ", 27),
          Map.entry("MN", 20),
          Map.entry("NI", 28),
          Map.entry("OM", 23),
          Map.entry("SO", 23),
          Map.entry("YE", 30),
          Map.entry("FK", 18),
          Map.entry("HN", 28));

  /** Bounds of an IBAN of a country the table lacks. */
  private static final int MIN_LENGTH = 15;

  private static final int MAX_LENGTH = 34;

  /** A bank word raises; it also vouches for an IBAN of a country missing from the table. */
  private static final java.util.List<ContextRule> CONTEXT =
      java.util.List.of(
          ContextRule.raise(
              30, 0, 0, 0.99, "iban", "account", "konto", "bank", "pay into", "transfer"));

  IbanRecognizer() {
    super(PiiType.IBAN, CONTEXT);
  }

  @Override
  public void scan(Scan s) {
    char[] t = s.text;
    int n = s.length - 3;
    int resume = 0;
    for (int w = 0; w < s.wordCount && s.wordStarts[w] < n; w++) {
      int i = s.wordStarts[w];
      // "DE89…" or, as people also type it, "de89…"; not "De89".
      boolean upper = isUpper(t[i]) && isUpper(t[i + 1]);
      boolean lower = isLower(t[i]) && isLower(t[i + 1]);
      // "PL 61 1090 …", as Polish and other statements print it: the country code stands apart
      // from the check digits, for a country whose length (and the checksum) vouch for the rest.
      boolean apart =
          upper
              && t[i + 2] == ' '
              && i + 4 < s.length
              && DigitGroups.isDigit(t[i + 3])
              && DigitGroups.isDigit(t[i + 4]);
      if (i < resume
          || !(upper || lower)
          || (!apart && (!DigitGroups.isDigit(t[i + 2]) || !DigitGroups.isDigit(t[i + 3])))) {
        continue;
      }
      Integer expected =
          LENGTHS.get(new String(new char[] {Scan.asciiUpper(t[i]), Scan.asciiUpper(t[i + 1])}));
      if (apart && expected == null) {
        continue;
      }
      int end = collect(s, i, expected == null ? MAX_LENGTH : expected, expected == null);
      if (end > 0) {
        // A country missing from the table (the registry grows) is only taken with an IBAN word
        // near.
        s.add(PiiType.IBAN, i, end, expected == null ? 0.3 : 0.95);
        resume = end;
      }
    }
  }

  /**
   * Reads {@code expected} alphanumerics from {@code start} (at most that many when {@code upTo},
   * at least {@link #MIN_LENGTH}), allowing one kind of separator, a single space or hyphen,
   * between groups of four; returns the end offset if they form a valid IBAN ending at a boundary.
   * Where the country's length is known, the separator may also be a dot and the groups of any
   * size, as people copy them from bank statements ("NL91 ABNA 041 716 4300", "IE29.AIBK.9311…"):
   * the exact length and the checksum still have to hold. There the groups also go on over a line
   * break and the quote markers after it, where a mail client re-wrapped a quoted IBAN ("NL02 ABNA
   * 3937\n> 6658 60"): the country's length and the checksum vouch for the joined characters, as
   * the issuer and Luhn check do for a card's.
   */
  private static int collect(Scan s, int start, int expected, boolean upTo) {
    char[] t = s.text;
    char[] buf = new char[expected];
    int n = 0;
    int i = start;
    char separator = 0;
    // Where each group of four ended (count, offset), for a country of unknown length whose IBAN
    // may end before the run of groups does ("XK05 1212 0123 4567 8906 and").
    int[] groupEnds = new int[expected / 4 + 1];
    int groups = 0;
    while (n < expected && i < s.length) {
      char c = t[i];
      int wrapped = upTo || n == 0 || separator == '-' ? -1 : DigitGroups.lineWrap(s, i);
      if (isUpper(c) || DigitGroups.isDigit(c) || isLower(c)) {
        buf[n++] = Scan.asciiUpper(c);
        i++;
      } else if ((c == ' ' || c == '-' || (c == '.' && !upTo))
          && (separator == 0 || separator == c)
          && (n % 4 == 0 || !upTo)
          && n > 0
          && i + 1 < s.length
          && s.isWordChar(i + 1)) {
        separator = c;
        groupEnds[groups++] = i;
        i++;
      } else if (wrapped > 0 && s.isWordChar(wrapped) && (separator == 0 || separator == ' ')) {
        separator = ' ';
        i = wrapped;
      } else {
        break;
      }
    }
    if (!upTo) {
      return n == expected && boundary(s, i) && (mod97(buf) == 1 || mod97(scanned(buf)) == 1)
          ? i
          : -1;
    }
    for (int g = groups; g >= 0; g--) {
      int end = g == groups ? i : groupEnds[g];
      int count = g == groups ? n : (g + 1) * 4;
      if (count < MIN_LENGTH) {
        return -1;
      }
      if (boundary(s, end) && mod97(java.util.Arrays.copyOf(buf, count)) == 1) {
        return end;
      }
    }
    return -1;
  }

  /**
   * The IBAN a scanner misread, with an O read as 0 and an I or L as 1 where digits (or other such
   * letters) flank it ("60I6", "37O4 O044"), as OCR of a statement or a card photo leaves them; a
   * bank code's letters ("NWBK") have letters beside them and stay. Only tried where the characters
   * as written fail the checksum, which must then hold.
   */
  private static char[] scanned(char[] buf) {
    char[] read = buf.clone();
    for (int k = 4; k < buf.length; k++) {
      char digit = buf[k] == 'O' ? '0' : buf[k] == 'I' || buf[k] == 'L' ? '1' : 0;
      if (digit != 0 && digitLike(buf, k - 1) && (k + 1 == buf.length || digitLike(buf, k + 1))) {
        read[k] = digit;
      }
    }
    return read;
  }

  private static boolean digitLike(char[] buf, int k) {
    char c = buf[k];
    return DigitGroups.isDigit(c) || c == 'O' || c == 'I' || c == 'L';
  }

  private static boolean boundary(Scan s, int i) {
    return !s.isWordChar(i) && !(s.at(i) == '-' && s.isWordChar(i + 1));
  }

  /** ISO 7064 mod 97-10 over the rearranged IBAN (first four chars moved to the end). */
  static int mod97(char[] iban) {
    int rem = 0;
    int n = iban.length;
    for (int k = 0; k < n; k++) {
      char c = iban[(k + 4) % n];
      int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
      rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
    }
    return rem;
  }

  static boolean isValid(String iban) {
    String compact = iban.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    Integer expected = compact.length() >= 2 ? LENGTHS.get(compact.substring(0, 2)) : null;
    if (expected == null || compact.length() != expected) {
      return false;
    }
    for (char c : compact.toCharArray()) {
      if (!(isUpper(c) || DigitGroups.isDigit(c))) {
        return false;
      }
    }
    return mod97(compact.toCharArray()) == 1;
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }
}
