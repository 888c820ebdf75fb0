package io.mailtriage.inference.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A mail written in Markdown, as technical writers type it: headings ("## Question"), bold labels
 * ("**Account type:**"), emphasis, code spans, fenced code blocks and a "&gt; " call-out of the
 * writer's own ("&gt; **Note:** I'm away next week"). The marks are no words, and left in they are
 * read as the request's: a heading's "Question" or "Details" stands before it, a fenced log or
 * error code beside it, and a call-out's "&gt;" makes the writer's own aside look like quoted
 * history. The mail is read as the same text written as plain prose would be.
 */
final class Markdown {

  private Markdown() {}

  /** An ATX heading: one to six "#" and a space ("## Details"). */
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+\\S");

  /** A code fence's line: three backticks or tildes, perhaps a language ("```json"). */
  private static final Pattern FENCE = Pattern.compile("^(```|~~~)[\\w+-]*$");

  /**
   * Bold or emphasis around a word or words: "**x**", "__x__", "*x*", "_x_". A span runs a
   * sentence's length at most, so a long line of stray marks costs a bounded scan from each.
   */
  private static final Pattern EMPHASIS =
      Pattern.compile("(?<![\\w*])(\\*\\*|__|\\*|_)(?=\\S)(.{1,200}?)(?<=\\S)\\1(?![\\w*])");

  /** How often emphasis is taken off one line: bold inside emphasis ("***x***") takes two. */
  private static final int EMPHASIS_PASSES = 3;

  /** A bold span anywhere on a line, the surest sign of Markdown beside a heading or a fence. */
  private static final Pattern BOLD = Pattern.compile("\\*\\*\\S[^*]*\\*\\*");

  /**
   * A list item's mark before a bold label ("- **Account type:** Joint"): a list of labelled values
   * is a block of fields, as a form's would be.
   */
  private static final Pattern LABELLED_ITEM =
      Pattern.compile("^(?:[-*+]|\\d{1,2}[.)])\\s+(?=\\*\\*[^*]{1,40}(?::\\*\\*|\\*\\*:))");

  /**
   * The label a technical writer puts before the gist ("**TL;DR:** …"): it says where the request
   * is, and is no word of it.
   */
  private static final Pattern SUMMARY_LABEL = Pattern.compile("^\\s*(?i:tl;?dr)\\s*[:\\-–]\\s*");

  /** A code span: "`7.10.2`". */
  private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");

  /** A link written as Markdown: "[the help page](https://…)". */
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((https?://[^)\\s]+)\\)");

  /** A call-out's type as GitHub writes it: "&gt; [!NOTE]". */
  private static final Pattern ALERT = Pattern.compile("^\\[!\\w+]\\s*");

  /** How many marks (headings, fences, lines with bold) make a mail a Markdown one. */
  private static final int MARKS = 2;

  /** How many lines a call-out may hold; quoted history runs longer, or sits under its sender. */
  private static final int CALL_OUT_LINES = 3;

  /**
   * Labels that open a call-out of the writer's own, in lower case and without their colon: an
   * aside set off for the reader, not a quote of anyone's.
   */
  private static final List<String> CALL_OUT_LABELS =
      List.of(
          "note",
          "nb",
          "n.b.",
          "fyi",
          "ps",
          "p.s.",
          "tip",
          "heads up",
          "heads-up",
          "warning",
          "important",
          "caution",
          "update",
          "edit",
          "info");

  /** Whether the lines hold enough Markdown marks to be a Markdown mail. */
  static boolean isMarkdown(List<String> lines) {
    int marks = 0;
    for (String line : lines) {
      String t = line.strip();
      // Each mark has a char that must be there before its pattern is worth running: most mail
      // has none on any line, and this test runs on every line of every mail.
      char first = t.isEmpty() ? ' ' : t.charAt(0);
      if ((first == '#' && HEADING.matcher(t).lookingAt())
          || ((first == '`' || first == '~') && FENCE.matcher(t).matches())
          || (t.contains("**") && BOLD.matcher(t).find())) {
        if (++marks >= MARKS) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The lines of a Markdown mail as prose: fenced code blocks and headings that ask nothing left
   * out (a blank line stands for them, so paragraphs stay apart), a short call-out under no
   * attribution ("&gt; **Note:** …") taken for the writer's aside, not history, and not read where
   * the mail holds more (it is the message where it is all the writer wrote), and the inline marks
   * taken off every line. Quoted history stays quoted. Other mails are returned as they are.
   */
  static List<String> asProse(List<String> lines) {
    if (!isMarkdown(lines)) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines.size());
    List<String> asides = new ArrayList<>();
    boolean attributed = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String t = line.strip();
      int close = FENCE.matcher(t).matches() ? closingFence(lines, i) : -1;
      if (close > 0) {
        // A log, a stack trace or an error code: the machine's lines, not the writer's request.
        out.add("");
        i = close;
        continue;
      }
      if (HEADING.matcher(t).lookingAt() && t.indexOf('?') < 0) {
        out.add("");
        continue;
      }
      attributed |= MailCues.isAttribution(lower(t)) || MailCues.isHistoryMarker(lower(t));
      if (t.startsWith(">")) {
        int end = quoteEnd(lines, i);
        if (!attributed && end - i <= CALL_OUT_LINES && opensCallOut(inline(stripQuote(t)))) {
          // The writer's aside (how to reach them, what they have tried), set off from the
          // message: no history, and no part of the request either.
          for (int k = i; k < end; k++) {
            asides.add(ALERT.matcher(inline(stripQuote(lines.get(k).strip()))).replaceFirst(""));
          }
          out.add("");
          i = end - 1;
          continue;
        }
        for (int k = i; k < end; k++) {
          out.add(lines.get(k));
        }
        i = end - 1;
        continue;
      }
      String prose =
          HEADING.matcher(t).lookingAt()
              ? t.replaceFirst("^#+\\s+", "")
              : LABELLED_ITEM.matcher(t).replaceFirst("");
      out.add(SUMMARY_LABEL.matcher(inline(prose.equals(t) ? line : prose)).replaceFirst(""));
    }
    if (!asides.isEmpty() && !holdsMore(out)) {
      // The call-out is all the writer wrote: it is the message.
      return asides;
    }
    return out;
  }

  /**
   * Whether the lines hold the writer's words besides the call-outs taken out of them: a line that
   * is neither quoted, nor a sign-off, nor a name.
   */
  private static boolean holdsMore(List<String> out) {
    for (String line : out) {
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith(">") && !MailCues.isSignOff(t) && !MailCues.isNameLine(t)) {
        return true;
      }
    }
    return false;
  }

  /** The text of a line without its inline marks: emphasis, code spans, a link's address. */
  static String inline(String line) {
    if (line.indexOf('*') < 0 && line.indexOf('_') < 0 && line.indexOf('`') < 0) {
      return line.indexOf('[') < 0 ? line : LINK.matcher(line).replaceAll("$1");
    }
    String s = CODE_SPAN.matcher(line).replaceAll("$1");
    s = LINK.matcher(s).replaceAll("$1");
    for (int pass = 0; pass < EMPHASIS_PASSES; pass++) {
      String before = s;
      s = EMPHASIS.matcher(s).replaceAll("$2");
      if (s.equals(before)) {
        break;
      }
    }
    return s;
  }

  /** The line of the fence that closes the one at {@code open}, or -1 when none does. */
  private static int closingFence(List<String> lines, int open) {
    String mark = lines.get(open).strip().substring(0, 3);
    for (int k = open + 1; k < lines.size(); k++) {
      if (lines.get(k).strip().equals(mark)) {
        return k;
      }
    }
    return -1;
  }

  /** The first line after the quoted run that starts at {@code from}. */
  private static int quoteEnd(List<String> lines, int from) {
    int k = from;
    while (k < lines.size() && lines.get(k).strip().startsWith(">")) {
      k++;
    }
    return k;
  }

  private static String stripQuote(String t) {
    return t.substring(1).strip();
  }

  /**
   * Whether a quoted line opens as a call-out: GitHub's "[!NOTE]", or a label that sets an aside
   * off ("Note:", "Heads up:", "FYI", "Tip for whoever reads this:").
   */
  private static boolean opensCallOut(String t) {
    if (ALERT.matcher(t).lookingAt()) {
      return true;
    }
    String lower = lower(t);
    for (String label : CALL_OUT_LABELS) {
      if (lower.startsWith(label)
          && (lower.length() == label.length()
              || !Character.isLetterOrDigit(lower.charAt(label.length())))) {
        return true;
      }
    }
    return false;
  }

  private static String lower(String t) {
    return t.toLowerCase(Locale.ROOT);
  }
}
