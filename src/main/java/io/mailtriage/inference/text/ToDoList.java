package io.mailtriage.inference.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A to-do list in a mail: the writer's open point among items already settled ("☑ Changed my
 * password", "- Gym membership sorted now, thanks", "[ ] Why was my top-up declined?"). Read in
 * order, the settled items fill the model's window and their words (card, payment, direct debit)
 * pull the reading their way, though they ask nothing. The items still open are read first and the
 * settled ones are not read.
 *
 * <p>An item is settled when it is ticked (☑, ✓, ✔, ✅, [x]) or, unticked and unboxed, when it says
 * so ("done", "sorted", "all good", "already", "no need to reply", thanks) and holds nothing that
 * asks or reports a problem (a question mark, a negation, "still", "help", "how", "wrong", ...). An
 * item is open when it is an empty box (☐, [ ]), asks, or is anything else. A list is only changed
 * when it holds both kinds: a list of what the writer tried ("1. Restarted the app") or of details
 * ("- Amount: €45.20") holds no settled item and keeps its order.
 */
final class ToDoList {

  private ToDoList() {}

  /** Ticks that mark an item as done, with the mark's length after them read by {@link #box}. */
  private static final String[] TICKED = {
    "☑", "☒", "✓", "✔", "✅", "[x]", "[X]", "[✓]", "[✔]", "(x)", "(X)"
  };

  /** Boxes left empty: the item is still to do. */
  private static final String[] EMPTY = {"☐", "[ ]", "[]", "( )"};

  /**
   * Words and phrases by which an item says it needs nothing more: done, settled, thanked for,
   * praised. Matched on whole words of the item's lower-case text.
   */
  private static final String[] SETTLED = {
    "done",
    "sorted",
    "all good",
    "all clear",
    "all set",
    "all fine",
    "all ok",
    "all okay",
    "fine now",
    "ok now",
    "okay now",
    "working now",
    "works now",
    "fixed",
    "resolved",
    "solved",
    "taken care of",
    "dealt with",
    "no need",
    "no action",
    "not needed",
    "nothing needed",
    "no problem",
    "thanks",
    "thank you",
    "cheers",
    "already",
    "myself",
    "completed",
    "finished",
    "received",
    "arrived",
    "activated",
    "filed",
    "ticked off",
    "brilliant",
    "excellent",
    "great",
    "lovely",
    "perfect",
    "helpful"
  };

  /**
   * Words by which an item asks or reports a problem: a negation, a want, a question word. Checked
   * after the settled phrases are taken out, so "no need to reply" asks nothing.
   */
  private static final Set<String> ASKING =
      Set.of(
          "not",
          "no",
          "never",
          "cannot",
          "cant",
          "wont",
          "dont",
          "doesnt",
          "didnt",
          "isnt",
          "wasnt",
          "havent",
          "hasnt",
          "arent",
          "couldnt",
          "wouldnt",
          "still",
          "yet",
          "wrong",
          "missing",
          "lost",
          "stolen",
          "failed",
          "declined",
          "stopped",
          "problem",
          "issue",
          "error",
          "help",
          "please",
          "need",
          "want",
          "like",
          "how",
          "why",
          "what",
          "where",
          "when",
          "which",
          "who",
          "can",
          "could",
          "should",
          "does",
          "unable",
          "unknown",
          "charged",
          "twice");

  private enum Kind {
    TICKED,
    EMPTY,
    NONE
  }

  /**
   * Reads a to-do list's open items first and leaves its settled items out, for every list of two
   * items or more that holds both kinds; the open items lose their marks. Other lines keep their
   * order.
   */
  static void openItemsFirst(List<String> lines) {
    List<String> open = new ArrayList<>();
    List<Integer> moved = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      if (itemStart(lines.get(i)) < 0) {
        i++;
        continue;
      }
      List<Integer> items = new ArrayList<>();
      int k = i;
      while (k < lines.size()) {
        if (lines.get(k).isBlank()) {
          k++;
        } else if (itemStart(lines.get(k)) >= 0) {
          items.add(k);
          k++;
        } else {
          break;
        }
      }
      List<String> listOpen = new ArrayList<>();
      List<Integer> listSettled = new ArrayList<>();
      for (int at : items) {
        if (settled(lines.get(at))) {
          listSettled.add(at);
        } else {
          String line = lines.get(at);
          listOpen.add(line.substring(itemStart(line)));
        }
      }
      if (items.size() >= 2 && !listOpen.isEmpty() && !listSettled.isEmpty()) {
        open.addAll(listOpen);
        moved.addAll(items);
      }
      i = k;
    }
    if (open.isEmpty()) {
      return;
    }
    // The list's lines are rebuilt once: removing them one by one would cost a pass each.
    List<String> out = new ArrayList<>(lines.size() + 1);
    out.addAll(open);
    out.add("");
    int next = 0;
    for (int at = 0; at < lines.size(); at++) {
      if (next < moved.size() && moved.get(next) == at) {
        next++;
      } else {
        out.add(lines.get(at));
      }
    }
    lines.clear();
    lines.addAll(out);
  }

  /** Whether the item line says it needs nothing more. */
  private static boolean settled(String line) {
    Kind kind = box(line);
    if (kind != Kind.NONE) {
      return kind == Kind.TICKED;
    }
    String text = line.length() <= MailCues.HEAD ? line : line.substring(0, MailCues.HEAD);
    if (text.indexOf('?') >= 0) {
      return false;
    }
    String words = " " + words(text.substring(itemStart(line))) + " ";
    boolean said = false;
    for (String phrase : SETTLED) {
      String p = " " + phrase + " ";
      int at = words.indexOf(p);
      while (at >= 0) {
        said = true;
        words = words.substring(0, at) + " " + words.substring(at + p.length() - 1);
        at = words.indexOf(p);
      }
    }
    if (!said) {
      return false;
    }
    for (String w : words.strip().split(" ")) {
      if (ASKING.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** The item's words in lower case, one space apart, apostrophes dropped ("isn't" is "isnt"). */
  private static String words(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
        space = false;
      } else if (c != '\'' && c != '’' && !space) {
        out.append(' ');
        space = true;
      }
    }
    return out.toString().strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Where an item's own words start after its marks (a bullet, a number, a box, or a bullet and a
   * box, as Markdown task lists write "- [x] …"); -1 when the line is no list item.
   */
  static int itemStart(String line) {
    int at = 0;
    Matcher mark = MailCues.LIST_ITEM.matcher(line);
    boolean marked = mark.lookingAt();
    if (marked) {
      at = mark.end();
    }
    int boxEnd = boxEnd(line, at);
    if (boxEnd >= 0) {
      at = boxEnd;
      marked = true;
    }
    if (!marked) {
      return -1;
    }
    while (at < line.length() && Character.isWhitespace(line.charAt(at))) {
      at++;
    }
    return at < line.length() ? at : -1;
  }

  private static Kind box(String line) {
    Matcher mark = MailCues.LIST_ITEM.matcher(line);
    int at = mark.lookingAt() ? mark.end() : 0;
    for (String t : TICKED) {
      if (line.startsWith(t, at)) {
        return Kind.TICKED;
      }
    }
    for (String e : EMPTY) {
      if (line.startsWith(e, at)) {
        return Kind.EMPTY;
      }
    }
    return Kind.NONE;
  }

  /** The end of the box at {@code at} and the space after it, or -1 when none stands there. */
  private static int boxEnd(String line, int at) {
    for (String[] marks : new String[][] {TICKED, EMPTY}) {
      for (String m : marks) {
        if (line.startsWith(m, at)
            && (line.length() == at + m.length()
                || Character.isWhitespace(line.charAt(at + m.length())))) {
          return at + m.length();
        }
      }
    }
    return -1;
  }
}
