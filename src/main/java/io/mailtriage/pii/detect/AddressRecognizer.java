package io.mailtriage.pii.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Postal addresses: a house number followed by one to four capitalised words and a street type
 * ("221B Baker Street", "1600 Pennsylvania Ave NW"), extended by an optional unit, city and
 * US ZIP / UK postcode; and ZIP codes or postcodes right after a postcode keyword.
 *
 * <p>The patterns are anchored at each candidate position ({@code lookingAt}) on a bounded
 * window, so they never scan the whole text.
 */
final class AddressRecognizer implements Recognizer {

  private static final int WINDOW = 160;
  private static final String STREET_TYPES = "Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr"
      + "|Court|Ct|Way|Place|Pl|Terrace|Crescent|Close|Square|Sq|Parkway|Pkwy|Highway|Hwy|Circle|Cir"
      + "|Trail|Row|Gardens|Mews|Hill|Alley|Strasse|Straße|Str";
  private static final String UK_POSTCODE = "[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}";
  private static final String US_ZIP = "\\d{5}(?:-\\d{4})?";
  private static final Pattern STREET = Pattern.compile(
      "\\d{1,5}[A-Za-z]?(?:-\\d{1,5})?,?\\s{1,3}(?:[A-Z][A-Za-z'’.-]{1,25}\\s{1,2}){0,3}[A-Z][A-Za-z'’.-]{1,25}"
      + "\\s{1,2}(?:" + STREET_TYPES + ")\\b\\.?(?:\\s{1,2}(?:N|S|E|W|NE|NW|SE|SW)\\b)?");
  private static final Pattern STREET_TYPE_ATTACHED = Pattern.compile(
      "\\d{1,5}[A-Za-z]?,?\\s{1,3}[A-Z][a-zäöü]{2,25}(?:strasse|straße|str\\.|weg|gasse|platz)");
  private static final Pattern TAIL = Pattern.compile(
      ",?\\s{1,3}(?:(?:Apt|Apartment|Suite|Ste|Unit|Flat|#)\\.?\\s{0,2}[A-Za-z0-9-]{1,6},?\\s{1,3})?"
      + "(?:[A-Z][a-zA-Z]{1,25}(?:\\s[A-Z][a-zA-Z]{1,25}){0,2},?\\s{1,3})?"
      + "(?:[A-Z]{2}\\s{1,2}" + US_ZIP + "|" + UK_POSTCODE + ")\\b");
  private static final Pattern POSTCODE = Pattern.compile(
      "[\\s:#.-]{0,4}(?:is\\s{1,2})?(" + US_ZIP + "|" + UK_POSTCODE + ")\\b", Pattern.CASE_INSENSITIVE);
  private static final java.util.List<ContextRule> CONTEXT = java.util.List.of(ContextRule.raise(40, 0, 0, 0.85,
      "address", "live at", "living at", "ship to", "shipping", "deliver", "delivery", "moved to", "located at",
      "billing", "send it to", "mail it to"));

  @Override
  public PiiType type() {
    return PiiType.ADDRESS;
  }

  @Override
  public java.util.List<ContextRule> context() {
    return CONTEXT;
  }

  @Override
  public void scan(Scan s) {
    streets(s);
    postcodes(s);
  }

  private void streets(Scan s) {
    char[] t = s.text;
    int n = s.length;
    Matcher street = STREET.matcher(s.window(0, 0));
    int resume = 0;
    for (int k = 0; k < s.wordCount; k++) {
      int i = s.wordStarts[k];
      if (i < resume || !DigitGroups.isDigit(t[i]) || !streetShape(s, i)) {
        continue;
      }
      int to = Math.min(n, i + WINDOW);
      CharSequence w = s.window(i, to);
      street.reset(w);
      int end;
      if (street.lookingAt()) {
        end = i + street.end();
      } else {
        Matcher attached = STREET_TYPE_ATTACHED.matcher(w);
        if (!attached.lookingAt()) {
          continue;
        }
        end = i + attached.end();
      }
      Matcher tail = TAIL.matcher(s.window(end, Math.min(n, end + WINDOW)));
      if (tail.lookingAt()) {
        end += tail.end();
      }
      s.add(PiiType.ADDRESS, i, end, 0.7);
      resume = end;
    }
  }

  /**
   * The shape STREET starts with, checked by hand within a dozen chars so long digit runs
   * never reach the regex: up to five digits, an optional letter or "-digits", an optional
   * comma, whitespace, then a capital letter.
   */
  private static boolean streetShape(Scan s, int i) {
    int p = i;
    while (s.isDigit(p) && p - i < 6) {
      p++;
    }
    if (p - i > 5) {
      return false;
    }
    if (s.isAsciiLetter(p)) {
      p++;
    } else if (s.at(p) == '-' && s.isDigit(p + 1)) {
      int rangeStart = ++p;
      while (s.isDigit(p) && p - rangeStart < 6) {
        p++;
      }
    }
    if (s.at(p) == ',') {
      p++;
    }
    int ws = p;
    while (Character.isWhitespace(s.at(p)) && p - ws < 3) {
      p++;
    }
    return p > ws && Character.isUpperCase(s.at(p));
  }

  private void postcodes(Scan s) {
    int[] hits = s.hits(Keywords.POSTCODE);
    for (int h = 0; h < hits.length; h += 2) {
      int from = hits[h + 1];
      Matcher m = POSTCODE.matcher(s.window(from, Math.min(s.length, from + 24)));
      if (m.lookingAt() && !s.isWordChar(from + m.end(1))) {
        s.add(PiiType.ADDRESS, from + m.start(1), from + m.end(1), 0.75);
      }
    }
  }
}
