package io.mailtriage.inference.text;

import java.util.ArrayList;
import java.util.List;
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
      }
      i = Math.max(end, i + 1);
    }
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
