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

  /** How far a date whose day or year is in words may end after its birth keyword. */
  private static final int REACH_IN_WORDS = 80;

  /**
   * The longest line read as a row of a table: a longer one is prose, and the bound keeps each
   * birth keyword's look at its line linear in the text ("DOB DOB DOB …" on one line).
   */
  private static final int MAX_ROW = 400;

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

  /**
   * A year after a month's name: four digits, or two after an apostrophe or a space as a birth date
   * is written short ("3 Nov. 85", "November 3rd, '85").
   */
  private static final String YEAR = "(?:(?:19|20)\\d{2}|'?\\d{2}|" + yearInWords() + ")";

  /**
   * A year written out as it is said: "nineteen eighty-six", "nineteen oh four", "two thousand and
   * one", "twenty twelve".
   */
  private static String yearInWords() {
    String units = "(?:one|two|three|four|five|six|seven|eight|nine)";
    String tens = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
    String teens = "(?:ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen)";
    String twoDigits = "(?:" + tens + "(?:[- ]" + units + ")?|" + teens + ")";
    return "(?:(?:nineteen|twenty)[- ](?:"
        + twoDigits
        + "|oh?[- ]"
        + units
        + "|hundred)|two thousand(?:,? and)?(?:[- ](?:"
        + twoDigits
        + "|"
        + units
        + "))?)(?!\\p{L})";
  }

  /**
   * After the day: "of" or "de", the month, and the year ("de" again in Spanish); or the three
   * joined by hyphens or slashes, as forms write them ("12-Nov-1965", "15/Aug/1992").
   */
  private static final String DAY_MONTH_YEAR =
      "(?:\\s{1,2}(?:of\\s|de\\s)?|[-/])"
          + MONTH
          + "(?:,?\\s{1,2}|[-/]|\\s{1,2}de\\s{1,2})(?<y3>"
          + YEAR
          + ")";

  /** A month in Roman numerals, as Polish, Czech and Romanian forms write it ("03.XI.1985"). */
  private static final String ROMAN_MONTH = "(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)";

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
          // Year first, the Hungarian way too: "1987. 03. 05.".
          "(?<![0-9])(?:(?<y1>(?:19|20)\\d{2})(?:[-/]|\\.\\s?)(?<m1>\\d{1,2})(?:[-/]|\\.\\s?)"
              + "(?<d1>\\d{1,2})"
              + "|(?<a2>\\d{1,2})[-/.](?<b2>\\d{1,2})[-/.](?<y2>(?:19|20)?\\d{2})"
              + "|(?<d3>\\d{1,2})(?:st|nd|rd|th|er|\\.)?"
              + DAY_MONTH_YEAR
              + "|"
              + MONTH
              // "March 5th, 1987", "March the 5th, 1987".
              + "\\s{1,2}(?:the\\s{1,2})?(?<d4>\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,2}(?<y4>"
              + YEAR
              + ")"
              // Year, month's name, day ("1985-Nov-03"); digits alone ("19850311", as vCards and
              // forms write it); a Roman month; year 年 month 月 day 日 (Japanese, Chinese, and
              // Korean 년 월 일).
              + "|(?<y5>(?:19|20)\\d{2})[-/. ]"
              + MONTH
              + "[-/ ]?(?<d5>\\d{1,2})"
              + "|(?<y6>(?:19|20)\\d{2})(?<m6>[01]\\d)(?<d6>[0-3]\\d)"
              + "|(?<d7>\\d{1,2})[-/. ]"
              + ROMAN_MONTH
              + "[-/. ](?<y7>(?:19|20)\\d{2})"
              + "|(?<y8>(?:19|20)\\d{2})\\s?[年년]\\s?(?<m8>\\d{1,2})\\s?[月월]\\s?(?<d8>\\d{1,2})\\s?[日일]?)"
              + "(?![0-9])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  DateOfBirthRecognizer() {
    super(PiiType.DATE_OF_BIRTH);
  }

  /**
   * The words of a birthday, which name the yearly occasion too ("our birthday offer", "happy
   * birthday to the shop"): a date after them is a date of birth only when the birthday is
   * someone's or the word labels the date.
   */
  private static final String[] OCCASIONS = {"birthday", "geburtstag", "verjaardag", "cumpleaños"};

  /**
   * The words that make a birthday someone's: "my birthday", "Anna's birthday", "mein Geburtstag".
   */
  private static final WordSet OWNERS =
      WordSet.of(
          "my", "his", "her", "your", "their", "mein", "meinen", "meinem", "sein", "ihr", "mijn",
          "zijn", "haar", "mi", "su", "s");

  /**
   * The things a birthday's word qualifies, whose dates are theirs and no one's birth: "your
   * birthday voucher expires on …", "my birthday bonus ends …", "her birthday party is on …".
   */
  private static final WordSet THINGS_OF_A_BIRTHDAY =
      WordSet.of(
          "voucher",
          "vouchers",
          "bonus",
          "offer",
          "offers",
          "treat",
          "reward",
          "rewards",
          "discount",
          "gift",
          "gifts",
          "present",
          "card",
          "club",
          "points",
          "party",
          "sale",
          "promo",
          "promotion",
          "deal",
          "special",
          "month",
          "week",
          "weekend",
          "trip",
          "dinner",
          "cake",
          "coupon",
          "credit",
          "cashback",
          "surprise",
          "celebration");

  /**
   * Whether the birth keyword at [start, end) is "born" opening a name ("the Born Free Foundation",
   * "Born Digital Ltd"): a capitalised word after it that is no month's.
   */
  private static boolean namesSomethingBorn(Scan s, int start, int end) {
    return end - start == 4
        && s.regionEquals(start, "born")
        && s.at(end) == ' '
        && Character.isUpperCase(s.at(end + 1))
        && !MONTH_NAME.matcher(s.window(end + 1, Math.min(s.length, end + 12))).lookingAt();
  }

  private static final Pattern MONTH_NAME =
      Pattern.compile(MONTH + "(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** What may stand between a birthday's word and the date it labels: "Birthday: …", "is on …". */
  private static final Pattern LABEL_GAP =
      Pattern.compile("[\\s:=(\\-–]*(?:(?:is|was|on|am|ist|es|el)[\\s:]+){0,2}");

  @Override
  public void scan(Scan s) {
    int[] hits = s.hits(Keywords.BIRTH);
    int covered = -1;
    for (int h = 0; h < hits.length; h += 2) {
      int from = hits[h + 1];
      if (from < covered) {
        continue;
      }
      if (namesSomethingBorn(s, hits[h], from)) {
        continue;
      }
      int column = column(s, hits[h], from);
      if (column > 0) {
        covered = column;
        continue;
      }
      covered = Math.max(covered, dateAfter(s, hits[h], from, occasion(s, hits[h])));
    }
    // The birth labels of Japanese, Chinese, Korean, Thai and Greek forms, which the keyword index
    // (words that open with a Latin letter) does not hold.
    for (String label : SCRIPT_LABELS) {
      for (int at = s.indexOf(label, 0); at >= 0; at = s.indexOf(label, at + 1)) {
        dateAfter(s, at, at + label.length(), false);
      }
    }
  }

  /**
   * "Date of birth" in Japanese, Chinese, Korean and Thai forms, and the Greek "of birth" that ends
   * its label ("Ημερομηνία γέννησης", "Ημ. γέννησης") in either case, as the scan reads them:
   * normalised, the Greek letters that look like Latin ones folded to those.
   */
  private static final String[] SCRIPT_LABELS =
      java.util.stream.Stream.of("生年月日", "出生日期", "생년월일", "วันเกิด", "γέννησης", "Γέννησης")
          .map(Signatures::asScanned)
          .toArray(String[]::new);

  /**
   * Adds the date of birth within reach after the birth keyword at [start, from); returns its end,
   * or -1 when none is there.
   */
  private static int dateAfter(Scan s, int start, int from, boolean occasion) {
    int to = Math.min(s.length, from + REACH);
    Matcher m = DATE.matcher(s.window(from, to));
    if (m.find() && plausible(m)) {
      if (!occasion || labels(s, start, from, from + m.start())) {
        s.add(PiiType.DATE_OF_BIRTH, from + m.start(), from + m.end(), 0.9);
        return from + m.end();
      }
    } else if (yearIn(s, from, to) || yearInWordsAfter(s, from)) {
      // A year in words makes the date longer than a date in digits: the window reaches on.
      Matcher w = WORD_DATE.matcher(s.window(from, Math.min(s.length, from + REACH_IN_WORDS)));
      if (w.find()
          && w.start() < REACH
          && (!occasion || labels(s, start, from, from + w.start()))) {
        s.add(PiiType.DATE_OF_BIRTH, from + w.start(), from + w.end(), 0.9);
        return from + w.end();
      }
    }
    return -1;
  }

  /** Whether the birth keyword at {@code start} is a word of the yearly occasion. */
  private static boolean occasion(Scan s, int start) {
    for (String word : OCCASIONS) {
      if (s.regionEquals(start, word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the birthday at [start, end) is someone's (an owner's word before it) or labels the
   * date at {@code date} (nothing but a colon, a dash or "is" between).
   */
  private static boolean labels(Scan s, int start, int end, int date) {
    int p = start - 1;
    while (p >= 0 && (s.text[p] == ' ' || s.text[p] == '’' || s.text[p] == '\'')) {
      p--;
    }
    int we = p + 1;
    while (p >= 0 && Scan.isAsciiLetter(s.text[p])) {
      p--;
    }
    if (we > p + 1 && OWNERS.contains(s.lower, p + 1, we)) {
      // "your birthday voucher expires on …": the birthday qualifies the thing the date is of.
      int ne = end + 1;
      while (ne < s.length && Scan.isAsciiLetter(s.text[ne])) {
        ne++;
      }
      return s.at(end) != ' ' || !THINGS_OF_A_BIRTHDAY.contains(s.lower, end + 1, ne);
    }
    Matcher gap = LABEL_GAP.matcher(s.window(end, date));
    return gap.matches();
  }

  /**
   * When the birth keyword at [start, end) heads a column of a table (cells split by tabs or '|'),
   * the dates in that column of the rows under it, however far the row puts them from the header;
   * returns the end of the last row read, or -1 when the keyword heads no column.
   */
  private static int column(Scan s, int start, int end) {
    int lineStart = start;
    while (lineStart > 0 && s.text[lineStart - 1] != '\n') {
      if (start - --lineStart > MAX_ROW) {
        return -1;
      }
    }
    int lineEnd = end;
    while (lineEnd < s.length && s.text[lineEnd] != '\n') {
      if (++lineEnd - end > MAX_ROW) {
        return -1;
      }
    }
    char sep = 0;
    for (int p = lineStart; p < lineEnd && sep != '\t'; p++) {
      if (s.text[p] == '\t' || s.text[p] == '|') {
        sep = s.text[p];
      }
    }
    if (sep == 0 || !cellEdge(s, lineStart, start, sep, -1) || !cellEdge(s, end, lineEnd, sep, 1)) {
      return -1;
    }
    int index = 0;
    for (int p = lineStart; p < start; p++) {
      index += s.text[p] == sep ? 1 : 0;
    }
    int row = lineEnd + 1;
    int last = -1;
    for (int rows = 0; row < s.length && rows < 50; rows++) {
      int rowEnd = row;
      int cell = row;
      int seen = 0;
      while (rowEnd < s.length && s.text[rowEnd] != '\n' && rowEnd - row <= MAX_ROW) {
        if (s.text[rowEnd] == sep && ++seen == index) {
          cell = rowEnd + 1;
        }
        rowEnd++;
      }
      if (seen == 0 || rowEnd - row > MAX_ROW) {
        break;
      }
      if (seen >= index) {
        int cellEnd = cell;
        while (cellEnd < rowEnd && s.text[cellEnd] != sep) {
          cellEnd++;
        }
        while (cell < cellEnd && Character.isWhitespace(s.text[cell])) {
          cell++;
        }
        while (cellEnd > cell && Character.isWhitespace(s.text[cellEnd - 1])) {
          cellEnd--;
        }
        Matcher m = DATE.matcher(s.window(cell, cellEnd));
        if (cellEnd > cell && m.matches() && plausible(m)) {
          s.add(PiiType.DATE_OF_BIRTH, cell, cellEnd, 0.9);
        }
      }
      last = rowEnd;
      row = rowEnd + 1;
    }
    return last;
  }

  /**
   * Whether [from, to) holds only spaces and at most a short note ("(DD/MM/YYYY)") up to the cell's
   * separator or the line's edge, looking outward from the keyword in {@code direction}.
   */
  private static boolean cellEdge(Scan s, int from, int to, char sep, int direction) {
    int p = direction < 0 ? to - 1 : from;
    int other = 0;
    while (p >= from && p < to && s.text[p] != sep) {
      if (!Character.isWhitespace(s.text[p]) && ++other > 14) {
        return false;
      }
      p += direction;
    }
    return true;
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
    if (m.group("y6") != null) {
      return dayMonth(num(m, "d6"), num(m, "m6"));
    }
    if (m.group("y8") != null) {
      return dayMonth(num(m, "d8"), num(m, "m8"));
    }
    String day =
        m.group("d3") != null
            ? m.group("d3")
            : m.group("d4") != null
                ? m.group("d4")
                : m.group("d5") != null ? m.group("d5") : m.group("d7");
    int d = Integer.parseInt(day);
    return d >= 1 && d <= 31;
  }

  /** Whether a year of birth (19xx or 20xx) is written in [from, to). */
  /**
   * Whether a year in words ("nineteen …", "two thousand …") may follow a birth keyword at {@code
   * from}.
   */
  private static boolean yearInWordsAfter(Scan s, int from) {
    // A walk of the window, not Scan.indexOf: that searches on to the end of the text, once per
    // birth keyword.
    int to = Math.min(s.length, from + REACH_IN_WORDS);
    for (int i = from; i < to; i++) {
      if ((s.lower[i] == 'n' || s.lower[i] == 't')
          && !s.isWordChar(i - 1)
          && (s.regionEquals(i, "nineteen")
              || s.regionEquals(i, "twenty")
              || s.regionEquals(i, "two thousand"))) {
        return true;
      }
    }
    return false;
  }

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
