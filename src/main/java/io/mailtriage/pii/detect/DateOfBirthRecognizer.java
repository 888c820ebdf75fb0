package io.mailtriage.pii.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth: a calendar date within a short distance after a birth keyword ("DOB", "born on",
 * "date of birth", "né le", "Geburtsdatum"), with the month in digits or named in English, German,
 * French, Dutch or Spanish ("4 mars 1988", "21. Juli 1990", "12-Nov-1965", "5 de mayo de 1988"),
 * the day in digits or in words ("the fourth of July, 1985", "dritten März 1985"). Dates without
 * that context are ordinary dates, not personal data.
 */
final class DateOfBirthRecognizer extends Recognizer {

  private static final int REACH = 40;

  /**
   * A month's name or abbreviation by its first three letters, in English and in the other
   * languages of the mail (German "März", "Okt", "Dez"; French "avril", "juillet", "août",
   * "février"; Dutch "mei", "maart"; Spanish "enero", "agosto", "dic").
   */
  private static final String MONTH =
      "(?:jan|feb|f[ée]v|mar|m[äa]r|maa|apr|avr|abr|may|mai|mei|jun|jui|jul|aug|ao[uû]|ago"
          + "|sep|oct|okt|nov|dec|d[ée]c|dez|dic|ene)\\p{L}{0,7}\\.?";

  /**
   * A day of the month written in words: English ordinals ("fourth", "twenty-first"), German
   * ordinals with their endings ("dritten", "einundzwanzigsten") and French numbers ("douze",
   * "vingt et un", "premier"), as people write a birthday out in full.
   */
  private static final String DAY_WORD =
      "(?:(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh"
          + "|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
          + "|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth"
          + "|(?:(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?zwanzigst"
          + "|(?:einund)?dreißigst|(?:drei|vier|fünf|sech|sieb|acht|neun)zehnt|erst|zweit|dritt"
          + "|viert|fünft|sechst|siebt|acht|neunt|zehnt|elft|zwölft)e[nmrs]?"
          + "|premi[eè]re?|dix-sept|dix-huit|dix-neuf|vingt(?:[- ]et[- ]un|-deux|-trois|-quatre"
          + "|-cinq|-six|-sept|-huit|-neuf)?|trente(?:[- ]et[- ]un)?|deux|trois|quatre|cinq|six"
          + "|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize)";

  /** After the day: "of" or "de", the month, and the year ("de" again in Spanish). */
  private static final String DAY_MONTH_YEAR =
      "(?:\\s{1,2}(?:of\\s|de\\s)?|-)"
          + MONTH
          + "(?:,?\\s{1,2}|-|\\s{1,2}de\\s{1,2})(?<y3>(?:19|20)\\d{2})";

  /**
   * A date whose day is a word. Tried only where {@link #DATE} finds none and a year follows the
   * keyword: the long list of day words, tried at every position of the window, would cost every
   * birth keyword of real mail as much as the rest of the detector's work on it.
   */
  private static final Pattern WORD_DATE =
      Pattern.compile(
          "(?<!\\p{L})" + DAY_WORD + DAY_MONTH_YEAR + "(?![0-9])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Bounded quantifiers only, applied to a 40-char window: no backtracking blow-up possible. */
  private static final Pattern DATE =
      Pattern.compile(
          "(?<![0-9])(?:(?<y1>(?:19|20)\\d{2})[-/.](?<m1>\\d{1,2})[-/.](?<d1>\\d{1,2})"
              + "|(?<a2>\\d{1,2})[-/.](?<b2>\\d{1,2})[-/.](?<y2>(?:19|20)?\\d{2})"
              + "|(?<d3>\\d{1,2})(?:st|nd|rd|th|er|\\.)?"
              + DAY_MONTH_YEAR
              + "|"
              + MONTH
              + "\\s{1,2}(?<d4>\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,2}(?<y4>(?:19|20)\\d{2}))(?![0-9])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  DateOfBirthRecognizer() {
    super(PiiType.DATE_OF_BIRTH);
  }

  @Override
  public void scan(Scan s) {
    int[] hits = s.hits(Keywords.BIRTH);
    int covered = -1;
    for (int h = 0; h < hits.length; h += 2) {
      int from = hits[h + 1];
      if (from < covered) {
        continue;
      }
      int to = Math.min(s.length, from + REACH);
      Matcher m = DATE.matcher(s.window(from, to));
      if (m.find() && plausible(m)) {
        s.add(PiiType.DATE_OF_BIRTH, from + m.start(), from + m.end(), 0.9);
        covered = from + m.end();
      } else if (yearIn(s, from, to)) {
        Matcher w = WORD_DATE.matcher(s.window(from, to));
        if (w.find()) {
          s.add(PiiType.DATE_OF_BIRTH, from + w.start(), from + w.end(), 0.9);
          covered = from + w.end();
        }
      }
    }
  }

  private static boolean plausible(Matcher m) {
    if (m.group("y1") != null) {
      return dayMonth(num(m, "d1"), num(m, "m1"));
    }
    if (m.group("y2") != null) {
      int a = num(m, "a2");
      int b = num(m, "b2");
      // Either day/month or month/day order; at least one reading must be a real date.
      return dayMonth(a, b) || dayMonth(b, a);
    }
    String day = m.group("d3") != null ? m.group("d3") : m.group("d4");
    int d = Integer.parseInt(day);
    return d >= 1 && d <= 31;
  }

  /** Whether a year of birth (19xx or 20xx) is written in [from, to). */
  private static boolean yearIn(Scan s, int from, int to) {
    for (int i = from; i + 3 < to; i++) {
      char c = s.text[i];
      if (((c == '1' && s.text[i + 1] == '9') || (c == '2' && s.text[i + 1] == '0'))
          && s.isDigit(i + 2)
          && s.isDigit(i + 3)) {
        return true;
      }
    }
    return false;
  }

  private static boolean dayMonth(int day, int month) {
    return day >= 1 && day <= 31 && month >= 1 && month <= 12;
  }

  private static int num(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }
}
