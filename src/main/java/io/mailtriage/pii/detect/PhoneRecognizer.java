package io.mailtriage.pii.detect;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Telephone numbers, validated by libphonenumber. International numbers (+CC) are read by their own
 * country code; national numbers first in the primary region (the tenant's country, else a country
 * whose +CC the mail writes elsewhere), then in the other regions that mail writes (another +CC),
 * then in the tenant's configured list ({@link DetectionHints#phoneRegions()}, {@link
 * #DEFAULT_REGIONS} when none is configured).
 *
 * <p>Each candidate carries the confidence its own evidence earns, weakest to strongest: a
 * phone-shaped digit group; a number possible somewhere; possible in the primary region; valid in a
 * configured region; valid in the primary region or a region the mail writes. The weak grades stay
 * below the threshold unless the context rules lift them: a cue word (tel, mobile, call me on,
 * WhatsApp, M:) or a signature block lowers the bar to phone-shaped. Dates, dotted versions and IPs
 * are never read as numbers.
 *
 * <p>libphonenumber's matcher is comparatively expensive, so it only sees short windows that look
 * like a dialable number (7–17 digits among phone punctuation) instead of the whole text. The
 * shared {@link PhoneNumberUtil} singleton is thread-safe.
 */
final class PhoneRecognizer extends Recognizer {

  /**
   * Regions national numbers are read in when the tenant configures none: the countries whose
   * customers write most support mail in the languages the detector knows, each with distinct
   * national formats (the NANP is read as US).
   */
  static final List<String> DEFAULT_REGIONS =
      List.of(
          "US", "GB", "IE", "DE", "AT", "CH", "FR", "BE", "NL", "ES", "PT", "IT", "SE", "NO", "DK",
          "FI", "PL", "CZ", "AU", "NZ", "IN", "JP", "CN", "HK", "SG", "IL", "BR", "MX", "ZA", "AE",
          "TR");

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final String[] CURRENCY_CODES = {"eur", "usd", "gbp", "chf"};
  private static final int MAX_WINDOW = 40;

  /** Query parameter names whose value is a phone number, lower case (see phoneParameter). */
  private static final String[] PHONE_PARAMETERS = {
    "phone",
    "phonenumber",
    "phone_number",
    "tel",
    "telephone",
    "mobile",
    "mobile_number",
    "cell",
    "msisdn",
    "whatsapp",
    "fax",
    "telefon",
    "handy"
  };

  /** Bounds the per-scan memo of window results on inputs full of distinct numbers. */
  private static final int MAX_CACHED_WINDOWS = 4096;

  // Grades of evidence, weakest first (see the class comment).
  private static final int SHAPED = 0;
  private static final int POSSIBLE_ELSEWHERE = 1;
  private static final int POSSIBLE = 2;
  private static final int VALID_CONFIGURED = 3;
  private static final int VALID = 4;

  /**
   * Cue words lift any candidate to 0.6, a signature one that is possible somewhere; a word for
   * another kind of number ("order", "invoice", "version") in the sentence takes 0.4 off, which
   * beats the cue ("phone order 112-4567890").
   */
  private static final List<ContextRule> CONTEXT =
      List.of(
          ContextRule.raise(
              40,
              15,
              0.15,
              0.6,
              "phone",
              "tel",
              "call",
              "mobile",
              "mob",
              "cell",
              "fax",
              "whatsapp",
              "signal",
              "sms",
              "text me",
              "reach me",
              "telefon",
              "handy",
              "ring",
              "direct",
              "office",
              "landline",
              "portable",
              "dial",
              "voice",
              "ph",
              "m:",
              "t:",
              "p:",
              "c:",
              "d:",
              "h:",
              "w:"),
          // A signature vouches for a number possible somewhere, not for any digit group.
          ContextRule.inSignatures(0.35, 0.6),
          // Weaker words: they raise a number, but do not make any digit group one ("zone number
          // 2002082901").
          ContextRule.raise(30, 0, 0.1, 0.0, "number", "contact"),
          ContextRule.lower(
              16,
              0.4,
              ContextRule.plus(
                  ContextRule.OTHER_NUMBERS,
                  "account",
                  "acct",
                  "id",
                  "iban",
                  "card",
                  "policy",
                  "isbn",
                  "sort code",
                  "customer no",
                  "customer number",
                  "amount",
                  "total",
                  "ssn",
                  "social security",
                  "timestamp")));

  PhoneRecognizer() {
    super(PiiType.PHONE, CONTEXT);
  }

  @Override
  public void scan(Scan s) {
    Regions regions = null;
    Map<String, List<int[]>> seen = new HashMap<>();
    char[] t = s.text;
    int n = s.length;
    Scan.Starts starts = s.new Starts();
    int i = 0;
    while (i < n) {
      // A number begins with '+', '(' or a digit that does not continue a word.
      int start = starts.next(i);
      if (start < 0) {
        break;
      }
      char c = t[start];
      if (!(c == '+' || c == '(' || DigitGroups.isDigit(c)) || s.isWordChar(start - 1)) {
        i = start + 1;
        continue;
      }
      i = start;
      // A full stop followed by a space ends a sentence, not a number: "call 888-400-1919. - 99
      // cents";
      // a slash set off by a space separates numbers: "tel 312 426 0880 / 718 760 7141".
      while (i < n
          && isPhoneChar(t[i])
          && !(t[i] == '.' && s.at(i + 1) == ' ')
          && !(t[i] == '/' && (s.at(i + 1) == ' ' || s.at(i - 1) == ' '))) {
        i++;
      }
      int wrapped = wrappedEnd(s, start, i);
      if (wrapped > 0) {
        if (regions == null) {
          regions = new Regions(s);
        }
        if (matchWrapped(s, start, i, wrapped, regions)) {
          i = wrapped;
          continue;
        }
      }
      int end = openAside(t, start, i);
      // Digits glued to a word at the end ("1-866-522-8575 24hrs") are not part of the number:
      // drop that group rather than the whole window.
      while (true) {
        while (end > start && !DigitGroups.isDigit(t[end - 1]) && t[end - 1] != ')') {
          end--;
        }
        if (end == start || !s.isWordChar(end) || !s.isWordChar(end - 1)) {
          break;
        }
        while (end > start && s.isWordChar(end - 1)) {
          end--;
        }
      }
      boolean whatsApp = whatsAppLink(s, start);
      int digits = 0;
      for (int k = start; k < end; k++) {
        if (DigitGroups.isDigit(t[k])) {
          digits++;
        }
      }
      if (digits >= 3 && digits < 7 && vanityStart(s, start, i)) {
        if (regions == null) {
          regions = new Regions(s);
        }
        int vanity = matchVanity(s, start, i, regions);
        if (vanity > 0) {
          i = vanity;
          continue;
        }
      }
      if (digits < 7
          || digits > 17
          || end - start > MAX_WINDOW
          || s.isWordChar(end)
          || s.validatedSpan(start, end)
          || amount(s, start, end)
          || brazilianPostcode(s, start, end)
          || (!whatsApp && glued(s, start, end))
          || afterCode(s, start)) {
        // A window that is exactly a Luhn-valid card or an IBAN would lose the overlap
        // anyway; skipping it saves the matcher's most expensive calls.
        continue;
      }
      if (regions == null) {
        regions = new Regions(s);
      }
      match(s, start, end, whatsApp, regions, seen);
    }
    spoken(s, regions);
  }

  private static int skipSpaces(Scan s, int p) {
    while (p < s.length && s.text[p] == ' ') {
      p++;
    }
    return p;
  }

  /** The words of the digits as a number is read out, at their value; "oh" and "o" for 0. */
  private static final String[] DIGIT_WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "oh", "o",
    "nought"
  };

  /** The digit of the word [i, we), or -1; compared in place, as most words are none. */
  private static int digitWord(Scan s, int i, int we) {
    int n = we - i;
    if (n > 6) {
      return -1;
    }
    for (int d = 0; d < DIGIT_WORDS.length; d++) {
      String w = DIGIT_WORDS[d];
      if (w.length() == n && w.charAt(0) == s.lower[i] && s.regionEquals(i, w)) {
        return d < 10 ? d : 0;
      }
    }
    return -1;
  }

  /** Whether the word at {@code i} is a digit word, "double" or "triple". */
  private static boolean spokenWord(Scan s, int i) {
    int we = i;
    while (we - i <= 6 && s.isAsciiLetter(we)) {
      we++;
    }
    return digitWord(s, i, we) >= 0
        || (we - i == 6 && (s.regionEquals(i, "double") || s.regionEquals(i, "triple")));
  }

  /** The first letters of the digit words and of "double" and "triple", in lower case. */
  private static final String SPOKEN_FIRST_LETTERS = "zontfsed";

  /** The fewest digits a number read out in words holds: fewer is a count or a room. */
  private static final int MIN_SPOKEN_DIGITS = 9;

  /**
   * A number written out as it is said ("oh seven seven double oh, nine double oh, four one two",
   * "zero nine one seven triple five …"): digit words, "double" and "triple" before one, apart by
   * spaces, commas or hyphens, nine digits or more that make a valid number of the tenant's, a
   * written or a configured region, read as a vanity number is. "one two three easy" and "room two
   * four one" hold too few.
   */
  private static void spoken(Scan s, Regions regions) {
    int resume = 0;
    for (int w = 0; w < s.wordCount; w++) {
      int i = s.wordStarts[w];
      if (i < resume
          || SPOKEN_FIRST_LETTERS.indexOf(s.lower[i]) < 0
          // Nine digits need at least five words: the second must follow within a word's reach.
          || w + 4 >= s.wordCount
          || s.wordStarts[w + 1] - i > 10
          || !spokenWord(s, i)
          || !spokenWord(s, s.wordStarts[w + 1])) {
        continue;
      }
      StringBuilder digits = new StringBuilder();
      int end = -1;
      int p = i;
      int repeat = 1;
      while (p < s.length && digits.length() <= 15) {
        int we = p;
        while (s.isAsciiLetter(we)) {
          we++;
        }
        if (we == p) {
          break;
        }
        int d = digitWord(s, p, we);
        if (d >= 0) {
          digits.append(String.valueOf(d).repeat(repeat));
          repeat = 1;
          end = we;
        } else if (repeat == 1 && s.regionEquals(p, "double") && we - p == 6) {
          repeat = 2;
        } else if (repeat == 1 && s.regionEquals(p, "triple") && we - p == 6) {
          repeat = 3;
        } else {
          break;
        }
        // Spaces, a comma or a hyphen between the words: "… nine, double oh", "two - triple".
        int q = skipSpaces(s, we);
        if (s.at(q) == ',' || s.at(q) == '-') {
          q = skipSpaces(s, q + 1);
        }
        if (q == we) {
          break;
        }
        p = q;
      }
      resume = Math.max(end, i + 1);
      if (digits.length() < MIN_SPOKEN_DIGITS) {
        continue;
      }
      if (regions == null) {
        regions = new Regions(s);
      }
      double confidence = regions.vanity(digits.toString());
      if (confidence >= 0) {
        s.add(PiiType.PHONE, i, end, confidence);
      }
    }
  }

  /**
   * Whether a vanity number's letters may start at {@code i}: a capital letter after the separator
   * that closes its digits ("1-800-FLOWERS", "(888) CALL-NOW", "0800 REFUNDS").
   */
  private static boolean vanityStart(Scan s, int start, int i) {
    char c = s.at(i);
    char before = s.at(i - 1);
    boolean glued = s.at(start - 1) == '-' && s.isWordChar(start - 2) || s.at(start - 1) == '#';
    // A number then a word in capitals after a space is a house number and its street ("#263
    // SANDTON CITY", "12 HIGH STREET") unless the digits open as a dialled prefix does: a trunk
    // or toll-free 0 or 1, an area code in brackets, a '+'.
    char first = s.at(start);
    boolean dialled = first == '0' || first == '1' || first == '(' || first == '+';
    return !glued
        && c >= 'A'
        && c <= 'Z'
        && (before == '-' && s.isDigit(i - 2)
            || before == ' ' && dialled && (s.isDigit(i - 2) || s.at(i - 2) == ')'));
  }

  /**
   * A vanity number: the digits from {@code start} and the capitals after them, groups of capitals
   * and digits joined by hyphens or single spaces, read on the phone keypad (libphonenumber maps
   * the letters) and kept only where the whole holds ten digits or more and is a valid number of
   * the tenant's, a written or a configured region; the shortest such run wins, so capitals after
   * the number stay out ("0800 REFUNDS NOW": the keypad metadata reads surplus letters as part of
   * the number). Returns the end of the number, or -1. A group after a hyphen may be a capitalised
   * word ("1-888-Get-Help"); lower-case words ("1-800 flowers") are prose.
   */
  private static int matchVanity(Scan s, int start, int i, Regions regions) {
    int[] ends = new int[6];
    int count = 0;
    int letters = 0;
    int k = i;
    while (count < ends.length) {
      int g = k;
      // A word after a hyphen may be capitalised rather than in capitals: "1-888-Get-Help".
      boolean titled = s.at(g - 1) == '-' && s.text[g] >= 'A' && s.text[g] <= 'Z';
      while (k < s.length
          && (s.text[k] >= 'A' && s.text[k] <= 'Z'
              || s.isDigit(k)
              || titled && k > g && s.text[k] >= 'a' && s.text[k] <= 'z')) {
        letters += s.isDigit(k) ? 0 : 1;
        k++;
      }
      // The letters spell the subscriber's part, seven or eight keys at most: "TESCO STORES" after
      // a card's last four digits is a shop.
      if (k == g || s.isWordChar(k) || k - i - count > 8) {
        break;
      }
      ends[count++] = letters >= 3 ? k : -1;
      if (!((s.at(k) == '-' || s.at(k) == ' ')
          && (s.at(k + 1) >= 'A' && s.at(k + 1) <= 'Z' || s.isDigit(k + 1)))) {
        break;
      }
      k++;
    }
    for (int e = 0; e < count; e++) {
      if (ends[e] < 0) {
        continue;
      }
      String window = s.norm.substring(start, ends[e]);
      // Ten digits or more on the keypad: shorter runs are valid somewhere in the world far too
      // often ("(877) PAY" is six), and a vanity number is a national or toll-free one.
      if (UTIL.normalizeDigitsOnly(PhoneNumberUtil.convertAlphaCharactersInNumber(window)).length()
          < 10) {
        continue;
      }
      double confidence = regions.vanity(window);
      if (confidence >= 0) {
        s.add(PiiType.PHONE, start, ends[e], confidence);
        return ends[e];
      }
    }
    return -1;
  }

  /**
   * Whether the digits at {@code start} are the number of a WhatsApp click-to-chat link
   * ("wa.me/447700900123", "api.whatsapp.com/send?phone=4915112345678"): WhatsApp asks for the
   * number in international format without its '+', so the digits open with the calling code.
   */
  static boolean whatsAppLink(Scan s, int start) {
    if (!s.isDigit(start)) {
      return false;
    }
    if (s.regionEquals(start - 6, "wa.me/")) {
      return !s.isWordChar(start - 7);
    }
    if (!s.regionEquals(start - 6, "phone=")) {
      return false;
    }
    int link = start - 7;
    while (link >= 0 && start - link < 200 && s.at(link) > ' ') {
      link--;
    }
    return s.indexOf("whatsapp", link + 1, start) >= 0;
  }

  /**
   * Where a number goes on when a reply re-wrapped it over a line, quote markers included
   * ("07700\n> 900412", "(415)\n> 555-0172"): the run before the break at {@code i} holds too few
   * digits to be a number by itself and the next line opens with digits; the end of the digits
   * there, or -1. The joined digits are then graded as one window ({@link #matchWrapped}); a
   * signature's phone and fax lines, each a number already, are never joined.
   */
  private static int wrappedEnd(Scan s, int start, int i) {
    int digits = 0;
    for (int k = start; k < i; k++) {
      if (DigitGroups.isDigit(s.text[k])) {
        digits++;
      }
    }
    if (digits < 2 || digits >= 7) {
      return -1;
    }
    int p = DigitGroups.lineWrap(s, i);
    if (p < 0 || !s.isDigit(p)) {
      return -1;
    }
    int e = p;
    while (e < s.length && isPhoneChar(s.text[e]) && !(s.text[e] == '.' && s.at(e + 1) == ' ')) {
      e++;
    }
    while (e > p && !DigitGroups.isDigit(s.text[e - 1])) {
      e--;
    }
    return s.isWordChar(e) ? -1 : e;
  }

  /**
   * Reads the two parts of a re-wrapped number as one, joined by a space; true when the whole reads
   * as one number, reported over both lines with the confidence its grade earns.
   */
  private static boolean matchWrapped(Scan s, int start, int i, int end, Regions regions) {
    int p = DigitGroups.lineWrap(s, i);
    String joined = (s.norm.substring(start, i).strip() + " " + s.norm.substring(p, end));
    for (int[] m : matches(joined, regions)) {
      if (m[0] == 0 && m[1] == joined.length()) {
        s.add(
            PiiType.PHONE,
            start,
            end,
            confidence(m[2], joined.charAt(0) == '+', nationalFormat(joined), false));
        return true;
      }
    }
    return false;
  }

  /**
   * The regions a scan reads national numbers in: the primary one (matcher), then those the mail
   * writes as +CC (or 00CC), then the configured ones.
   */
  private static final class Regions {
    final String primary;

    /**
     * Whether the primary region's national numbers may open with the trunk prefix 0; on first use.
     */
    private Boolean trunkZero;

    final List<String> written = new ArrayList<>();

    /** Configured regions, less the primary and written ones; made on first use. */
    private List<String> configured;

    private final Scan s;

    Regions(Scan s) {
      this.s = s;
      Set<String> inMail = new LinkedHashSet<>();
      for (int y = 0; y < s.symbolCount && inMail.size() < 4; y++) {
        int p = s.symbols[y];
        if (s.text[p] == '+' && s.isDigit(p + 1) && !s.isWordChar(p - 1)) {
          String r = regionOfCallingCode(s, p + 1);
          if (r != null) {
            inMail.add(r);
          }
        }
      }
      for (int at = s.indexOf("00", 0);
          at >= 0 && inMail.size() < 4;
          at = s.indexOf("00", at + 1)) {
        String r = regionAfterIdd(s, at);
        if (r != null) {
          inMail.add(r);
        }
      }
      String tenant = s.hints.defaultRegion();
      primary = tenant != null ? tenant : inMail.isEmpty() ? "ZZ" : inMail.iterator().next();
      for (String r : inMail) {
        if (!r.equals(primary)) {
          written.add(r);
        }
      }
    }

    /**
     * The confidence of a vanity number: that of a valid number when the primary or a written
     * region reads it, or a configured one reads it as toll-free (as most vanity numbers are);
     * under the threshold, for a cue word to lift, when a configured region reads it as some other
     * valid number ("2210 ABCDEF" is valid somewhere); -1 where none reads it whole, the keypad's
     * digits ending with its national number ("1-800 NOT FOUND" is not 1-800-668-3686).
     */
    double vanity(String window) {
      String keyed =
          UTIL.normalizeDigitsOnly(PhoneNumberUtil.convertAlphaCharactersInNumber(window));
      List<String> all = new ArrayList<>(written);
      all.add(0, primary);
      all.addAll(configured());
      for (int r = 0; r < all.size(); r++) {
        Phonenumber.PhoneNumber number = parse(window, all.get(r));
        if (number == null || !UTIL.isValidNumber(number)) {
          continue;
        }
        String national = UTIL.getNationalSignificantNumber(number);
        if (!keyed.endsWith(national) || keyed.length() - national.length() > 3) {
          continue;
        }
        boolean international = window.charAt(0) == '+';
        if (r <= written.size()) {
          return confidence(VALID, international, true, false);
        }
        return UTIL.getNumberType(number) == PhoneNumberUtil.PhoneNumberType.TOLL_FREE
            ? confidence(VALID_CONFIGURED, international, true, false)
            : 0.45;
      }
      return -1;
    }

    boolean trunkZero() {
      if (trunkZero == null) {
        trunkZero =
            UTIL.getSupportedRegions().contains(primary)
                && "0".equals(UTIL.getNddPrefixForRegion(primary, true));
      }
      return trunkZero;
    }

    List<String> configured() {
      if (configured == null) {
        configured = new ArrayList<>();
        for (String r :
            s.hints.phoneRegions().isEmpty() ? DEFAULT_REGIONS : s.hints.phoneRegions()) {
          if (!r.equals(primary) && !written.contains(r)) {
            configured.add(r);
          }
        }
      }
      return configured;
    }

    /**
     * The region of "0049 (0)30 …", "0033 6 …": the international prefix of most of Europe and a
     * calling code at the start of a number, written the way "+49" is.
     */
    private static String regionAfterIdd(Scan s, int at) {
      if (s.isWordChar(at - 1) || !s.isDigit(at + 2) || s.at(at + 2) == '0') {
        return null;
      }
      int code = 0;
      int k = at + 2;
      for (; k < at + 5 && s.isDigit(k); k++) {
        code = code * 10 + (s.text[k] - '0');
      }
      // After the calling code the national number opens without its trunk 0, unless the 0 is
      // written in parentheses: "0044 0532 0130" is some other number.
      int p = s.at(k) == ' ' || s.at(k) == '-' ? k + 1 : k;
      boolean national =
          s.at(p) == '('
              ? s.at(p + 1) == '0' && s.at(p + 2) == ')'
              : p > k && s.isDigit(p) && s.at(p) != '0';
      if (s.isDigit(k) || !national) {
        return null;
      }
      String r = UTIL.getRegionCodeForCountryCode(code);
      return "ZZ".equals(r) || "001".equals(r) ? null : r;
    }

    /** The main region of the country calling code at {@code from} (codes are prefix-free). */
    private static String regionOfCallingCode(Scan s, int from) {
      int code = 0;
      for (int k = 0; k < 3 && s.isDigit(from + k); k++) {
        code = code * 10 + (s.text[from + k] - '0');
        String r = UTIL.getRegionCodeForCountryCode(code);
        if (!"ZZ".equals(r) && !"001".equals(r)) {
          return r;
        }
      }
      return null;
    }
  }

  /**
   * Where the window ends when a bracket opens after the number and does not close within it: an
   * aside, not an area code ("07700 900522 (2 attempts)", "0161 496 0872 (3 times today)"), whose
   * digits would make the number too long to read.
   */
  private static int openAside(char[] t, int start, int end) {
    for (int k = end - 1; k > start; k--) {
      if (t[k] == ')') {
        return end;
      }
      if (t[k] == '(') {
        return k;
      }
    }
    return end;
  }

  /**
   * Digits that continue a longer token: a version or host name ("V6.00.2600.0000",
   * "209-103-203-17.dial-in"), a URL path ("/020927/7/"), a MIME boundary
   * ("Apple-Mail-2-874629474").
   */
  private static boolean glued(Scan s, int start, int end) {
    char before = s.at(start - 1);
    boolean joinedBefore =
        before == '/'
            || ((before == '.' || before == '-' || before == '_' || before == '=')
                && s.isWordChar(start - 2)
                && !(before == '=' && phoneParameter(s, start - 1)));
    char after = s.at(end);
    boolean joinedAfter =
        (after == '.' || after == '/' || after == '-' || after == '_') && s.isWordChar(end + 1);
    return joinedBefore || joinedAfter;
  }

  /**
   * Whether the name before the {@code =} at {@code eq} is a phone number's, as links and form
   * posts name their query parameters ("?mobile=+447911123456", "&contact_phone=…", "tel=…"): the
   * value is the number, not the tail of the link. The name must start the parameter or follow a
   * separator, so "hotel=" is none.
   */
  private static boolean phoneParameter(Scan s, int eq) {
    for (String name : PHONE_PARAMETERS) {
      int at = eq - name.length();
      if (s.regionEquals(at, name) && !s.isAsciiLetter(at - 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Digits after a word of letters and digits and one space continue a code, not a phone number:
   * the tail of a parcel's tracking number ("1Z 999 AA1 01 2345 6784") or a serial number.
   */
  private static boolean afterCode(Scan s, int start) {
    if (s.at(start - 1) != ' ') {
      return false;
    }
    boolean letter = false;
    boolean digit = false;
    for (int k = start - 2; k >= 0 && s.isWordChar(k); k--) {
      char c = s.text[k];
      letter |= Scan.isAsciiLetter(c);
      digit |= c >= '0' && c <= '9';
    }
    return letter && digit;
  }

  /**
   * A Brazilian postcode after its label ("CEP 01304-001", "CEP: 04571-010"): five digits, a hyphen
   * and three, which no phone number is written as. The label alone says nothing: "Cep" labels a
   * Turkish mobile.
   */
  private static boolean brazilianPostcode(Scan s, int start, int end) {
    if (end - start != 9 || s.text[start + 5] != '-') {
      return false;
    }
    int i = start - 1;
    while (i >= 0 && (s.text[i] == ' ' || s.text[i] == ':')) {
      i--;
    }
    return i >= 2 && s.regionEquals(i - 2, "cep") && !s.isWordChar(i - 3);
  }

  /**
   * A money amount, not a number: a currency sign or code right before, or decimals right after
   * ("EUR 1 234 567,00", "1 234 567,89").
   */
  private static boolean amount(Scan s, int start, int end) {
    int sign = s.at(start - 1) == ' ' ? start - 2 : start - 1;
    char before = s.at(sign);
    boolean code = false;
    for (String c : CURRENCY_CODES) {
      code |= s.regionEquals(sign - 2, c) && !s.isWordChar(sign - 3);
    }
    return before == '$'
        || before == '€'
        || before == '£'
        || before == '¥'
        || code
        || (s.at(end) == ',' && s.isDigit(end + 1));
  }

  private static void match(
      Scan s,
      int start,
      int end,
      boolean whatsApp,
      Regions regions,
      Map<String, List<int[]>> seen) {
    // A WhatsApp link's digits are read with the '+' WhatsApp leaves out; offsets stay the text's.
    int shift = whatsApp ? 1 : 0;
    String window = (whatsApp ? "+" : "") + s.norm.substring(start, end);
    // Quoted replies repeat the same signature numbers many times; match each window text once.
    List<int[]> matches = seen.get(window);
    if (matches == null) {
      matches = matches(window, regions);
      if (seen.size() < MAX_CACHED_WINDOWS) {
        seen.put(window, matches);
      }
    }
    for (int[] m : matches) {
      int ms = start + Math.max(0, m[0] - shift);
      int me = start + m[1] - shift;
      double conf =
          confidence(m[2], window.charAt(m[0]) == '+', nationalFormat(window), bare(window, m));
      if (slashGrouped(window, m)) {
        conf = Math.min(conf, confidence(SHAPED, false, false, false));
      }
      if (s.at(ms - 1) == '#' || s.at(ms - 2) == '#') {
        conf -= 0.35;
      }
      s.add(PiiType.PHONE, ms, me, conf);
    }
  }

  /**
   * Whether the match is written nationally with its groups joined by two slashes or more
   * ("0812/4739/2615"): a batch's, a lot's or a file's reference is written so, a phone number
   * hardly ever, though the digits may dial somewhere. It counts only as phone-shaped, which a cue
   * word lifts ("WhatsApp: 0812/4739/2615"). A calling code vouches for a number so written
   * ("+36/30/481-2739"), and one slash joins an area code or two endings ("030/4050 6070").
   */
  private static boolean slashGrouped(String window, int[] m) {
    if (window.charAt(m[0]) == '+') {
      return false;
    }
    int slashes = 0;
    for (int i = m[0]; i < m[1]; i++) {
      if (window.charAt(i) == '/') {
        slashes++;
      }
    }
    return slashes >= 2;
  }

  /**
   * What a grade earns before context. A number the metadata only calls "possible" (unassigned or
   * reserved ranges, new allocations) is still somebody's number as far as privacy goes, but weaker
   * evidence, unless written in the national format ("(212) 555-0147"), and weaker still as a bare
   * run of digits (a DNS serial, a timestamp); one valid only in a configured region, not the
   * tenant's, just passes.
   */
  private static double confidence(
      int grade, boolean international, boolean nationalFormat, boolean bare) {
    return switch (grade) {
      case VALID -> international ? 0.8 : 0.7;
      case VALID_CONFIGURED -> 0.55;
      case POSSIBLE -> international ? 0.6 : nationalFormat ? 0.5 : bare ? 0.35 : 0.45;
      case POSSIBLE_ELSEWHERE -> 0.35;
      default -> 0.25;
    };
  }

  /** (start, end, grade) of the numbers in a window. */
  private static List<int[]> matches(String window, Regions regions) {
    if (dateOrDotted(window)) {
      return List.of();
    }
    window = withSlashesAsSpaces(withoutMexicanMobileOne(window));
    // One matcher pass at the weaker leniency, each match then graded by isValidNumber (the
    // VALID leniency less its checks on extension chars and national prefixes): half the matcher
    // work of a VALID pass followed by a POSSIBLE pass.
    List<int[]> valid = new ArrayList<>(1);
    List<int[]> possible = new ArrayList<>(1);
    boolean wholeWindow = false;
    for (PhoneNumberMatch m :
        UTIL.findNumbers(window, regions.primary, PhoneNumberUtil.Leniency.POSSIBLE, 10)) {
      wholeWindow |= m.start() == 0 && m.end() == window.length();
      if (UTIL.isValidNumber(m.number()) && !missingTrunkPrefix(window, m, regions)) {
        valid.add(new int[] {m.start(), m.end(), VALID});
      } else {
        possible.add(new int[] {m.start(), m.end(), POSSIBLE});
      }
    }
    // Only a window that is itself a possible number counts. A match of the whole window was
    // parsed from the same text and found possible by the matcher, so only other matches need
    // the check (one more parse of the window).
    boolean matched =
        !(valid.isEmpty() && possible.isEmpty())
            && (wholeWindow || plausible(window, regions.primary));
    if (matched && !valid.isEmpty()) {
      return valid;
    }
    boolean shaped = window.charAt(0) != '+' && phoneShaped(window);
    boolean possibleElsewhere = false;
    // A window the primary region reads as a possible number as a whole is written the way that
    // country writes numbers ("(212) 555-0147"): of the other regions only those the mail writes
    // are
    // asked, which keeps a scan of mail full of such numbers from parsing each in thirty regions.
    if (shaped) {
      // A national number of another country: a region the mail writes counts as the tenant's.
      List<String> configured = matched && wholeWindow ? List.of() : regions.configured();
      for (int k = 0; k < regions.written.size() + configured.size(); k++) {
        boolean written = k < regions.written.size();
        String region =
            written ? regions.written.get(k) : configured.get(k - regions.written.size());
        Phonenumber.PhoneNumber number = parse(window, region);
        if (number != null && UTIL.isValidNumber(number)) {
          return List.<int[]>of(
              new int[] {
                0,
                window.length(),
                written ? VALID : nationalFormat(window) ? VALID_CONFIGURED : POSSIBLE_ELSEWHERE
              });
        }
        possibleElsewhere |= number != null && UTIL.isPossibleNumber(number);
      }
    }
    if (matched) {
      return possible;
    }
    if (shaped) {
      return List.<int[]>of(
          new int[] {0, window.length(), possibleElsewhere ? POSSIBLE_ELSEWHERE : SHAPED});
    }
    return List.of();
  }

  /**
   * The window with the '1' that Mexican mobiles carried after +52 until 2019, and that people
   * still write ("+52 1 55 1234 5678"), read as a space: the numbering plan no longer holds it, so
   * the number would not parse with it. Offsets stay the window's; any other window is returned as
   * it is.
   */
  static String withoutMexicanMobileOne(String window) {
    if (!window.startsWith("+52")) {
      return window;
    }
    int one = -1;
    int digits = 0;
    for (int i = 3; i < window.length(); i++) {
      char c = window.charAt(i);
      if (DigitGroups.isDigit(c)) {
        if (digits == 0 && c == '1') {
          one = i;
        }
        digits++;
      }
    }
    if (one < 0 || digits != 11) {
      return window;
    }
    return window.substring(0, one) + ' ' + window.substring(one + 1);
  }

  /**
   * An international number whose calling code a slash ends, its groups separated by slashes
   * ("+36/30/481-2739"), read with spaces there: the matcher takes "6/30/48" for a date and drops
   * it, and no date opens with a calling code. A slash after a group written otherwise joins two
   * endings ("+44 20 7946 0321/0322") and stays. Offsets stay the window's; any other window is
   * returned as it is.
   */
  static String withSlashesAsSpaces(String window) {
    if (window.charAt(0) != '+') {
      return window;
    }
    int i = 1;
    while (i < window.length() && DigitGroups.isDigit(window.charAt(i))) {
      i++;
    }
    return i < window.length() && window.charAt(i) == '/' ? window.replace('/', ' ') : window;
  }

  /** Whether the match is digits only, without a separator or a parenthesis. */
  private static boolean bare(String window, int[] m) {
    for (int i = m[0]; i < m[1]; i++) {
      if (!DigitGroups.isDigit(window.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Written the way people write their own number at home: a trunk prefix or an area code in
   * parentheses, and separated groups ("07700 900123", "(718) 278-7096"). A bare run of digits
   * valid only in some other country is as likely an id, and needs context.
   */
  private static boolean nationalFormat(String window) {
    char c = window.charAt(0);
    if (c != '0' && c != '(') {
      return false;
    }
    for (int i = 1; i < window.length(); i++) {
      if (!DigitGroups.isDigit(window.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a national match lacks the trunk prefix "0" its country writes before such a number
   * ("1700000000" in Germany is an id; the number is written 0170 0000000). Chinese mobiles, for
   * one, are written without it, and the metadata's national format says so.
   */
  private static boolean missingTrunkPrefix(String window, PhoneNumberMatch m, Regions regions) {
    char c = window.charAt(m.start());
    return c != '0'
        && c != '('
        && c != '+'
        && regions.trunkZero()
        && UTIL.format(m.number(), PhoneNumberUtil.PhoneNumberFormat.NATIONAL).startsWith("0");
  }

  private static Phonenumber.PhoneNumber parse(String window, String region) {
    try {
      return UTIL.parse(window, region);
    } catch (NumberParseException e) {
      return null;
    }
  }

  /**
   * Whether a window is written like one phone number: 8 to 15 digits in groups of two or more (a
   * one-digit trunk, country or area code may open it: "0 800", "1-800", "353-1-700"), one kind of
   * separator between the groups after the first, the first group optionally in parentheses.
   */
  static boolean phoneShaped(String w) {
    int digits = 0;
    int groups = 0;
    char separator = 0;
    int i = 0;
    int n = w.length();
    if (i < n && w.charAt(i) == '(') {
      i++;
    }
    while (i < n) {
      int gs = i;
      while (i < n && DigitGroups.isDigit(w.charAt(i))) {
        i++;
      }
      int len = i - gs;
      if (len == 0 || (len == 1 && groups > 1)) {
        return false;
      }
      digits += len;
      groups++;
      if (i == n) {
        break;
      }
      char c = w.charAt(i);
      if (groups == 1 && c == ')') {
        i++;
        if (i < n && w.charAt(i) == ' ') {
          i++;
        }
        continue;
      }
      if (!(c == ' ' || c == '-' || c == '.' || c == '/')) {
        return false;
      }
      if (groups > 1 && separator != 0 && c != separator) {
        return false;
      }
      if (groups > 1) {
        separator = c;
      }
      i++;
    }
    // Three, two and four digits joined by hyphens is how SSNs are written.
    boolean ssn =
        groups == 3 && separator == '-' && digits == 9 && w.length() == 11 && w.charAt(3) == '-';
    return digits >= 8 && digits <= 15 && !ssn;
  }

  /**
   * A date ("15.03.2024", "2024-03-15", "03/04/25"), a dotted version with a one-digit part
   * ("10.0.19045"), a dotted quad anywhere in the window, or a decimal number ("0.651766"): such
   * digits are never a phone number.
   */
  static boolean dateOrDotted(String w) {
    int[] len = new int[8];
    char[] sep = new char[8];
    int groups = 0;
    int i = 0;
    int n = w.length();
    while (i < n && groups < len.length) {
      while (i < n && !DigitGroups.isDigit(w.charAt(i))) {
        i++;
      }
      int gs = i;
      while (i < n && DigitGroups.isDigit(w.charAt(i))) {
        i++;
      }
      if (i == gs) {
        break;
      }
      len[groups] = i - gs;
      sep[groups] = i < n ? w.charAt(i) : 0;
      groups++;
    }
    if (groups == 2 && sep[0] == '.' && (len[0] < 4 || len[1] < 4)) {
      // A decimal number ("0.651766", "1250.00"); a dot between two long halves splits a
      // national number as Indian mobiles are written ("98450.12345").
      return true;
    }
    // A '+' opens a calling code, which no date or version does: "+1.415.555.0188".
    for (int g = w.charAt(0) == '+' ? 1 : 0; g + 2 < groups; g++) {
      char a = sep[g];
      boolean opens = g == 0 || sep[g - 1] != a;
      if ((a == '.' || a == '/' || a == '-') && sep[g + 1] == a && opens) {
        int x = len[g];
        int y = len[g + 1];
        int z = len[g + 2];
        // Exactly three parts for a date, four for a dotted quad: "06.12.34.56.78" is neither.
        boolean three = sep[g + 2] != a;
        boolean four = !three && g + 3 < groups && sep[g + 3] != a;
        boolean dayFirst = three && x <= 2 && y <= 2 && (z == 2 || z == 4);
        boolean yearFirst = three && x == 4 && y <= 2 && z <= 2;
        boolean dotted =
            a == '.'
                && (x == 1
                    || y == 1
                    || z == 1
                    || (four && x <= 3 && y <= 3 && z <= 3 && len[g + 3] <= 3));
        if (dayFirst || yearFirst || dotted) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the window as a whole parses as a possible number in the region; windows long enough to
   * hold two numbers always pass, so the matcher's split of them is kept.
   */
  private static boolean plausible(String window, String region) {
    int digits = 0;
    for (int i = 0; i < window.length(); i++) {
      if (DigitGroups.isDigit(window.charAt(i))) {
        digits++;
      }
    }
    if (digits > 15) {
      return true;
    }
    try {
      return UTIL.isPossibleNumber(UTIL.parse(window, region));
    } catch (NumberParseException e) {
      return false;
    }
  }

  private static boolean isPhoneChar(char c) {
    return DigitGroups.isDigit(c)
        || c == ' '
        || c == '-'
        || c == '.'
        || c == '('
        || c == ')'
        || c == '+'
        || c == '/';
  }
}
