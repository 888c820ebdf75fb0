package io.mailtriage.pii.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Postal addresses: a house number followed by one to four capitalised words and a street type
 * ("221B Baker Street", "1600 Pennsylvania Ave NW"), extended by an optional unit, city and US ZIP
 * / UK postcode; and ZIP codes or postcodes right after a postcode keyword.
 *
 * <p>The patterns are anchored at each candidate position ({@code lookingAt}) on a bounded window,
 * so they never scan the whole text.
 */
final class AddressRecognizer extends Recognizer {

  private static final int WINDOW = 160;
  private static final String STREET_TYPES =
      "Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr"
          + "|Court|Ct|Way|Place|Pl|Terrace|Crescent|Close|Square|Sq|Parkway|Pkwy|Highway|Hwy|Circle|Cir"
          + "|Trail|Row|Gardens|Mews|Hill|Alley|Strasse|Straße|Str";
  private static final String UK_POSTCODE = "[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}";
  private static final String US_ZIP = "\\d{5}(?:-\\d{4})?";
  private static final Pattern STREET =
      Pattern.compile(
          "\\d{1,5}[A-Za-z]?(?:-\\d{1,5})?,?\\s{1,3}(?:[A-Z][A-Za-z'’.-]{1,25}\\s{1,2}){0,3}[A-Z][A-Za-z'’.-]{1,25}"
              + "\\s{1,2}(?:"
              + STREET_TYPES
              + ")\\b\\.?(?:\\s{1,2}(?:N|S|E|W|NE|NW|SE|SW)\\b)?");
  private static final Pattern STREET_TYPE_ATTACHED =
      Pattern.compile(
          "\\d{1,5}[A-Za-z]?,?\\s{1,3}[A-Z][a-zäöü]{2,25}(?:strasse|straße|str\\.|weg|gasse|platz)");

  /** Number first, then a lower-case street type: "12 rue de la Paix", "5 avenue Victor Hugo". */
  private static final Pattern ROMANCE_NUMBER_FIRST =
      Pattern.compile(
          "\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s{1,2}(?:rue|avenue|boulevard|bd|place|chemin|allée|allee|impasse|quai|cours"
              + "|route)\\s{1,2}(?:(?:de la|de l'|des|du|de|d')\\s?)?\\p{Lu}[\\p{L}'’-]{1,25}(?:\\s\\p{Lu}[\\p{L}'’-]{1,25}){0,3}");

  /** Name first, then the number: "Gartenstraße 12", "Kerkstraat 4a", "Hauptstr. 5". */
  private static final Pattern NAME_FIRST_ATTACHED =
      Pattern.compile(
          "\\p{Lu}[\\p{Ll}ß]{1,25}(?:straße|strasse|str\\.|weg|gasse|platz|allee|damm|straat|laan|plein|gracht|kade"
              + "|steeg|dreef|vej|gatan|gata|väg|vägen)\\s{1,2}\\d{1,4}[a-z]?\\b");

  /** A street-type word first, then a name and the number: "Via Roma 12", "Calle de Alcalá 45". */
  private static final WordSet TYPE_WORDS =
      WordSet.of(
          "via",
          "viale",
          "piazza",
          "corso",
          "calle",
          "avenida",
          "avinguda",
          "carrer",
          "plaza",
          "paseo",
          "rua",
          "largo",
          "travessa");

  private static final Pattern TYPE_FIRST =
      Pattern.compile(
          "(?:Via|Viale|Piazza|Corso|Calle|Avenida|Avinguda|Carrer|Plaza|Paseo|Rua|Largo|Travessa)"
              + "(?:\\s(?:de la|del|de|da|di|do|dos|das|della|dei))?(?:\\s\\p{Lu}[\\p{L}'’-]{1,25}){1,3},?\\s\\d{1,4}[a-z]?\\b");

  /**
   * After a street: a European postcode and town ("10115 Berlin", "1012 AB Amsterdam", "75002
   * Paris").
   */
  private static final Pattern EU_TAIL =
      Pattern.compile(",?\\s{1,3}\\d{4,5}(?:\\s[A-Z]{2})?\\s\\p{Lu}[\\p{L}-]{1,25}\\b");

  private static final Pattern TAIL =
      Pattern.compile(
          ",?\\s{1,3}(?:(?:Apt|Apartment|Suite|Ste|Unit|Flat|#)\\.?\\s{0,2}[A-Za-z0-9-]{1,6},?\\s{1,3})?"
              + "(?:[A-Z][a-zA-Z]{1,25}(?:\\s[A-Z][a-zA-Z]{1,25}){0,2},?\\s{1,3})?"
              + "(?:[A-Z]{2}\\s{1,2}"
              + US_ZIP
              + "|"
              + UK_POSTCODE
              + ")\\b");
  private static final Pattern POSTCODE =
      Pattern.compile(
          "[\\s:#.-]{0,4}(?:is\\s{1,2})?(" + US_ZIP + "|" + UK_POSTCODE + ")\\b",
          Pattern.CASE_INSENSITIVE);
  private static final java.util.List<ContextRule> CONTEXT =
      java.util.List.of(
          ContextRule.raise(
              40,
              0,
              0,
              0.85,
              "address",
              "live at",
              "living at",
              "ship to",
              "shipping",
              "deliver",
              "delivery",
              "moved to",
              "located at",
              "billing",
              "send it to",
              "mail it to"));

  AddressRecognizer() {
    super(PiiType.ADDRESS, CONTEXT);
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
      if (i < resume || !DigitGroups.isDigit(t[i])) {
        continue;
      }
      int start = nameBefore(s, i, k);
      int end = -1;
      if (start >= 0) {
        end = Math.max(lookingAt(NAME_FIRST_ATTACHED, s, start), lookingAt(TYPE_FIRST, s, start));
      }
      if (end < 0) {
        start = i;
        if (streetShape(s, i)) {
          street.reset(s.window(i, Math.min(n, i + WINDOW)));
          end = street.lookingAt() ? i + street.end() : lookingAt(STREET_TYPE_ATTACHED, s, i);
        } else if (romanceShape(s, i)) {
          end = lookingAt(ROMANCE_NUMBER_FIRST, s, i);
        }
      }
      if (end < 0) {
        continue;
      }
      Matcher tail = TAIL.matcher(s.window(end, Math.min(n, end + WINDOW)));
      if (tail.lookingAt()) {
        end += tail.end();
      } else if ((tail = EU_TAIL.matcher(s.window(end, Math.min(n, end + 40)))).lookingAt()) {
        end += tail.end();
      }
      s.add(PiiType.ADDRESS, start, end, 0.7);
      resume = end;
    }
  }

  private static int lookingAt(Pattern p, Scan s, int from) {
    Matcher m = p.matcher(s.window(from, Math.min(s.length, from + WINDOW)));
    return m.lookingAt() ? from + m.end() : -1;
  }

  /**
   * Where a street name written before its number starts: the capitalised word right before the
   * number ("Gartenstraße 12"), or up to four words back a street-type word that opens the name
   * ("Via Roma 12", "Calle de Alcalá 45"); -1 when there is none.
   */
  private static int nameBefore(Scan s, int i, int k) {
    if (k == 0 || !(s.at(i - 1) == ' ' || s.at(i - 1) == ',')) {
      return -1;
    }
    int previous = s.wordStarts[k - 1];
    if (Character.isUpperCase(s.text[previous])
        && lookingAt(NAME_FIRST_ATTACHED, s, previous) > 0) {
      return previous;
    }
    for (int back = 1; back <= 5 && k - back >= 0; back++) {
      int ws = s.wordStarts[k - back];
      int we = ws;
      while (we < s.length && Scan.isAsciiLetter(s.text[we])) {
        we++;
      }
      if (i - ws > 60) {
        return -1;
      }
      if (TYPE_WORDS.contains(s.lower, ws, we) && Character.isUpperCase(s.text[ws])) {
        return lookingAt(TYPE_FIRST, s, ws) > 0 ? ws : -1;
      }
    }
    return -1;
  }

  /** A number, then a lower-case word: the Romance order "12 rue …". */
  private static boolean romanceShape(Scan s, int i) {
    int p = i;
    while (s.isDigit(p)) {
      p++;
    }
    if (s.at(p) == ',') {
      p++;
    }
    if (s.at(p) != ' ') {
      return false;
    }
    char c = s.at(p + 1);
    return c == 'r' || c == 'a' || c == 'b' || c == 'p' || c == 'c' || c == 'i' || c == 'q';
  }

  /**
   * The shape STREET starts with, checked by hand within a dozen chars so long digit runs never
   * reach the regex: up to five digits, an optional letter or "-digits", an optional comma,
   * whitespace, then a capital letter.
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
