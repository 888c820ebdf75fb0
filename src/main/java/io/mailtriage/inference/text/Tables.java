package io.mailtriage.inference.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table the writer pastes beside the request (payments exported from accounting software, a
 * payroll run, card spending typed by hand): rows of three cells or more, between pipes, parted by
 * tabs or padded to their columns with spaces, under their headings and a rule. The table is data
 * the request points at; its payees, references, amounts and statuses ("Paid", "Returned",
 * "duplicate?") are not the writer's words, and padded to their columns a few rows fill the model's
 * window, so that a request after them is not read at all. A table ends in any column, not only in
 * an amount as a statement's row does, so it is told by its cells and not by its content.
 */
final class Tables {

  /** Cells run three or more on a line: at least two of these gaps part them. */
  private static final Pattern PIPE = Pattern.compile("\\s*\\|\\s*");

  private static final Pattern TAB = Pattern.compile("\\s*\\t\\s*");

  private static final Pattern PADDING = Pattern.compile(" {2,}");

  /** A rule under the headings: dashes, colons, pipes, plus signs and spaces only. */
  private static final Pattern RULE = Pattern.compile("[-=:|+\\s]*-{3,}[-=:|+\\s]*");

  /** A padded cell is short: a long run of words between two gaps is prose with wide spacing. */
  private static final int CELL_WORDS = 5;

  /** The longest line taken for a table's introduction: a longer one says more than that. */
  private static final int INTRODUCTION_CHARS = 90;

  /** Words by which a line over a table asks, complains or says what to do with the rows. */
  private static final Set<String> ASKING =
      Set.of(
          "please",
          "pls",
          "can",
          "could",
          "would",
          "will",
          "why",
          "how",
          "what",
          "when",
          "where",
          "which",
          "who",
          "need",
          "needs",
          "want",
          "help",
          "explain",
          "refund",
          "cancel",
          "stop",
          "block",
          "check",
          "confirm",
          "tell",
          "advise",
          "reverse",
          "dispute",
          "chase",
          "wrong",
          "missing",
          "twice",
          "duplicate",
          "duplicated",
          "query",
          "querying",
          "i'd",
          "we'd",
          "not",
          "no",
          "never",
          "recognise",
          "recognize",
          "unrecognised",
          "unrecognized",
          "unauthorised",
          "unauthorized",
          "failed",
          "returned",
          "bounced",
          "declined",
          "rejected");

  /** Words by which a line points at data under it. */
  private static final Set<String> POINTING =
      Set.of(
          "below",
          "following",
          "attached",
          "table",
          "reference",
          "export",
          "exported",
          "extract",
          "details",
          "list",
          "breakdown",
          "summary",
          "spreadsheet",
          "copy",
          "copied",
          "pasted",
          "here",
          "here's",
          "activity",
          "run");

  private Tables() {}

  /** Blanks every run of two table rows or more, its headings and rules included. */
  static void leaveOut(List<String> lines) {
    int n = lines.size();
    int i = 0;
    while (i < n) {
      if (!isRow(lines.get(i))) {
        i++;
        continue;
      }
      int rows = 0;
      int end = i;
      boolean aligned = false;
      for (int k = i; k < n; k++) {
        String l = lines.get(k);
        if (l.isBlank()) {
          continue;
        }
        if (!isRow(l) && !isRule(l)) {
          break;
        }
        rows += isRow(l) ? 1 : 0;
        end = k + 1;
        aligned |= k > i && isRow(l) && sharesColumns(lines.get(i), l);
      }
      if (rows >= 2 && (!isPadded(lines.get(i)) || aligned)) {
        for (int j = i; j < end; j++) {
          lines.set(j, "");
        }
        int above = ModelText.previousNonBlank(lines, i);
        if (above >= 0 && introducesData(lines.get(above))) {
          lines.set(above, "");
        }
      }
      i = Math.max(end, i + 1);
    }
  }

  /**
   * Whether the line over a table only introduces it ("Details below (exported from our accounting
   * software):", "For reference, this month's payroll run:"): it ends with a colon, points at what
   * follows, and neither asks, complains nor says what to do with the rows. Read beside the request
   * its "payments", "payroll" and "activity" speak of the data and not of what the writer needs; a
   * line that asks or complains ("Please refund these two:", "Payments I don't recognise:") is the
   * request and stays.
   */
  static boolean introducesData(String line) {
    String t = line.strip();
    if (!t.endsWith(":") || t.length() > INTRODUCTION_CHARS || t.indexOf('?') >= 0) {
      return false;
    }
    boolean points = false;
    for (String w : t.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}']+")) {
      if (ASKING.contains(w) || w.endsWith("n't")) {
        return false;
      }
      points |= POINTING.contains(w);
    }
    return points;
  }

  /** A row of three cells or more, parted by pipes, tabs or padding to the columns. */
  static boolean isRow(String line) {
    String t = line.strip();
    if (t.isEmpty()) {
      return false;
    }
    if (t.indexOf('|') >= 0) {
      return cells(PIPE, trimPipes(t)) >= 3;
    }
    if (t.indexOf('\t') >= 0) {
      return cells(TAB, t) >= 3;
    }
    if (!t.contains("  ")) {
      return false; // no padding, so no padded cells: the common line, tested without a split
    }
    String[] padded = PADDING.split(t);
    if (padded.length < 3) {
      return false;
    }
    for (String cell : padded) {
      if (cell.isBlank() || cell.strip().split("\\s+").length > CELL_WORDS) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the row's cells are parted only by padding: such rows are a table only where their
   * columns line up, since a writer who types two spaces between words makes the same gaps.
   */
  private static boolean isPadded(String line) {
    return line.indexOf('|') < 0 && line.indexOf('\t') < 0;
  }

  /** Two rows padded to the same columns: two cells at least start at the same place in both. */
  private static boolean sharesColumns(String first, String other) {
    if (!isPadded(first)) {
      return true;
    }
    List<Integer> starts = cellStarts(first.strip());
    int shared = 0;
    for (int start : cellStarts(other.strip())) {
      shared += start > 0 && starts.contains(start) ? 1 : 0;
    }
    return shared >= 2;
  }

  private static List<Integer> cellStarts(String t) {
    List<Integer> starts = new ArrayList<>();
    Matcher gap = PADDING.matcher(t);
    while (gap.find()) {
      starts.add(gap.end());
    }
    return starts;
  }

  static boolean isRule(String line) {
    return RULE.matcher(line.strip()).matches();
  }

  private static String trimPipes(String t) {
    int from = t.startsWith("|") ? 1 : 0;
    int to = t.endsWith("|") && t.length() > from ? t.length() - 1 : t.length();
    return t.substring(from, to);
  }

  private static int cells(Pattern gap, String t) {
    int count = 0;
    for (String cell : gap.split(t)) {
      count += cell.isBlank() ? 0 : 1;
    }
    return count;
  }
}
