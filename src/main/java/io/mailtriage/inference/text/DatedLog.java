package io.mailtriage.inference.text;

import java.util.regex.Pattern;

/**
 * A log of dated entries a writer keeps of what happened before ("3 Dec - rang the helpline, was
 * cut off", "Wed 02/12: used the chat in the app", "• 4 December: went into the branch",
 * "07.12.2026 — wrote a letter"): each line opens with a date, a weekday or a bullet before it,
 * then a dash, colon or comma and what happened.
 */
final class DatedLog {

  private static final String MONTH =
      "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-zé]{0,7}\\.?";

  /**
   * An entry's opening: an optional bullet and weekday, a date written with digits ("02/12",
   * "07.12.2026", "2026-11-28"), with its month's name ("3 Dec", "4th December 2026", "Dec 3") and
   * the separator. No quantifier nests, and the lines it reads are bounded, so it is linear.
   */
  private static final Pattern ENTRY =
      Pattern.compile(
          "^[•*·‣◦\\-–]?\\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s)?\\s*"
              + "(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./-]\\d{1,2}(?:[./-]\\d{2,4})?"
              + "|\\d{1,2}(?:st|nd|rd|th)?\\s"
              + MONTH
              + "(?:\\s\\d{4})?"
              + "|"
              + MONTH
              + "\\s\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s\\d{4})?)"
              + ",?\\s*(?:[:\\-–—]|,)\\s*\\p{L}.*",
          Pattern.CASE_INSENSITIVE);

  private DatedLog() {}

  /** Whether a line is one dated entry of such a log. */
  static boolean isEntry(String line) {
    return ENTRY.matcher(line.strip()).matches();
  }
}
