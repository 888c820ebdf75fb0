package io.mailtriage.pii.detect;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Telephone numbers, validated by libphonenumber against the tenant's default region (national
 * form) or the number's own country code (international form).
 *
 * <p>libphonenumber's matcher is comparatively expensive, so it only sees short windows that
 * look like a dialable number (7–17 digits among phone punctuation) instead of the whole text.
 * The shared {@link PhoneNumberUtil} singleton is thread-safe.
 */
final class PhoneRecognizer implements Recognizer {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final int MAX_WINDOW = 40;
  /** Bounds the per-scan memo of window results on inputs full of distinct numbers. */
  private static final int MAX_CACHED_WINDOWS = 4096;
  private static final String[] CONTEXT = {"phone", "tel", "call", "mobile", "cell", "fax", "whatsapp",
    "text me", "reach me", "contact", "number", "telefon", "handy", "ring"};
  private static final String[] NOT_PHONE = {"order", "invoice", "ticket", "ref", "reference", "case",
    "tracking", "account", "acct", "id", "po", "version", "serial", "sku", "iban", "card"};

  @Override
  public PiiType type() {
    return PiiType.PHONE;
  }

  @Override
  public void scan(Scan s) {
    String region = s.hints.defaultRegion() == null ? "ZZ" : s.hints.defaultRegion();
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
      // A full stop followed by a space ends a sentence, not a number: "call 888-400-1919. - 99 cents".
      while (i < n && isPhoneChar(t[i]) && !(t[i] == '.' && s.at(i + 1) == ' ')) {
        i++;
      }
      int end = i;
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
      int digits = 0;
      for (int k = start; k < end; k++) {
        if (DigitGroups.isDigit(t[k])) {
          digits++;
        }
      }
      if (digits < 7 || digits > 17 || end - start > MAX_WINDOW || s.isWordChar(end)
          || s.validatedSpan(start, end)) {
        // A window that is exactly a Luhn-valid card or an IBAN would lose the overlap
        // anyway; skipping it saves the matcher's most expensive calls.
        continue;
      }
      match(s, start, end, region, seen);
    }
  }

  private static void match(Scan s, int start, int end, String region, Map<String, List<int[]>> seen) {
    String window = s.norm.substring(start, end);
    // Quoted replies repeat the same signature numbers many times; match each window text once.
    List<int[]> matches = seen.get(window);
    if (matches == null) {
      matches = matches(window, region);
      if (seen.size() < MAX_CACHED_WINDOWS) {
        seen.put(window, matches);
      }
    }
    for (int[] m : matches) {
      int ms = start + m[0];
      int me = start + m[1];
      boolean international = window.charAt(m[0]) == '+';
      // A number the metadata only calls "possible" (unassigned or reserved ranges, new
      // allocations) is still somebody's number as far as privacy goes, but weaker evidence.
      double conf = m[2] == 1 ? (international ? 0.8 : 0.7) : (international ? 0.6 : 0.45);
      if (s.contextBefore(ms, 30, CONTEXT)) {
        conf += 0.15;
      }
      if (s.contextBefore(ms, 20, NOT_PHONE) || s.at(ms - 1) == '#' || s.at(ms - 2) == '#') {
        conf -= 0.35;
      }
      s.add(PiiType.PHONE, ms, me, conf);
    }
  }

  private static List<int[]> matches(String window, String region) {
    // One matcher pass at the weaker leniency, each match then graded by isValidNumber (the
    // VALID leniency less its checks on extension chars and national prefixes). It replaces a
    // VALID pass followed by a POSSIBLE pass, halving the matcher work, which is most of this
    // recogniser's cost; findings on the corpus and the evaluation set did not change.
    List<int[]> valid = new ArrayList<>(1);
    List<int[]> possible = new ArrayList<>(1);
    boolean wholeWindow = false;
    for (PhoneNumberMatch m : UTIL.findNumbers(window, region, PhoneNumberUtil.Leniency.POSSIBLE, 10)) {
      wholeWindow |= m.start() == 0 && m.end() == window.length();
      if (UTIL.isValidNumber(m.number())) {
        valid.add(new int[] {m.start(), m.end(), 1});
      } else {
        possible.add(new int[] {m.start(), m.end(), 0});
      }
    }
    // Only a window that is itself a possible number counts. A match of the whole window was
    // parsed from the same text and found possible by the matcher, so only other matches need
    // the check (one more parse of the window).
    if (valid.isEmpty() && possible.isEmpty() || !wholeWindow && !plausible(window, region)) {
      return List.of();
    }
    return valid.isEmpty() ? possible : valid;
  }

  /**
   * Whether the window as a whole parses as a possible number in the region; windows long
   * enough to hold two numbers always pass, so the matcher's split of them is kept.
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
    return DigitGroups.isDigit(c) || c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+'
        || c == '/';
  }
}
