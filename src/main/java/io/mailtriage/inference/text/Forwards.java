package io.mailtriage.inference.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A message the writer passes on beside words of their own: a mail forwarded in the middle of
 * theirs, or a text message copied in. Both are the sender's words, evidence the writer shows, not
 * what the writer asks; the reply parsers read a forward to the mail's end, as the clients write
 * it, and take a text in quotes or between rules for the writer's own.
 *
 * <p>A forwarded mail ends where the writer's turn starts again: after the forward's own close (its
 * sign-off, a signature line of a few words such as a team's name, or its footer), a paragraph in
 * the writer's voice, in the first person, turning to another errand ("Also, while I'm writing:",
 * "My actual question though:") or judging what they forward ("Is it genuine?"). A mail a firm
 * sends speaks to its reader as "you" and of itself as "we", and what it says after its close is
 * small print; so a forward whose text runs on in the sender's words, or that never closes, runs to
 * the end of the mail as before.
 *
 * <p>A text copied in, whole in quotes or fenced between two rules, under a line that points down
 * at it ("I got the text below", "copied below"), in a mail that reports a message as suspect
 * ({@link ScamReports}), is marked as quoted, as the writer would have with "&gt;": what is quoted
 * is history, read only where the writer wrote nothing else.
 */
final class Forwards {
  private Forwards() {}

  /** How many words a signature line at a forward's close may hold ("Acme Bank Security Team"). */
  private static final int SIGNATURE_WORDS = 5;

  /** How many lines a fenced copy may hold (a text message is a few). */
  private static final int COPY_LINES = 8;

  /** The writer speaking of themselves: "I", "I'm", "my", "me". */
  private static final Pattern FIRST_PERSON =
      Pattern.compile("(^|[^\\p{L}'’])(i|i'm|i’m|i've|i’ve|i'd|i’d|my|me)([^\\p{L}'’]|$)");

  /** The words of a forward's separator, in the languages {@link MailCues} reads it in. */
  private static final Pattern FORWARD_MARKER =
      Pattern.compile(
          "forwarded|weitergeleitete|transféré|reenviado|inoltrato|encaminhada|doorgestuurd"
              + "|vidarebefordrat|videresendt|przekazana|пересылаемое");

  /** A firm's footer: its copyright line or a notice of why the reader gets its mail. */
  private static final Pattern FOOTER = Pattern.compile("©|\\(c\\) \\d{4}|all rights reserved");

  /**
   * Where the writer's own text starts again after the forwarded mail whose separator or header
   * block is at {@code from}, or -1 where the forward runs to the end of the mail. Reads each line
   * once.
   */
  static int writerResumesAt(List<String> lines, int from) {
    if (!FORWARD_MARKER.matcher(lower(lines.get(from))).find()) {
      // A reply's history ("-----Original Message-----", a help desk's "reply above this line")
      // holds the thread, which its writer does not write on under.
      return -1;
    }
    int n = lines.size();
    int k = from + 1;
    while (k < n && (lines.get(k).isBlank() || MailCues.isHeader(lower(lines.get(k))))) {
      k++;
    }
    int bodyLines = 0;
    boolean closed = false;
    for (; k < n; k++) {
      String line = lines.get(k);
      if (line.isBlank()) {
        continue;
      }
      String lower = lower(line);
      if (ModelText.isQuoted(line)
          || MailCues.isHistoryMarker(lower)
          || MailCues.isFromHeader(lower)) {
        // A forward of a thread: what follows is older still, not the writer's.
        return -1;
      }
      if (closed && lines.get(k - 1).isBlank() && inWritersVoice(lower)) {
        return k;
      }
      // What closes the forward's first lines is its greeting or title, not its end.
      closed |= ++bodyLines > 2 && closes(line);
    }
    return -1;
  }

  /** Whether a line ends a mail: a sign-off, a name, a short signature line, or a footer. */
  private static boolean closes(String line) {
    String t = line.strip();
    String lower = t.toLowerCase(Locale.ROOT);
    if (MailCues.isSignOff(t) || MailCues.isNameLine(t) || FOOTER.matcher(lower).find()) {
      return true;
    }
    // A team's or a department's name under the text; a greeting without its comma opens a mail.
    char end = t.charAt(t.length() - 1);
    return ".,;:!?)\"”".indexOf(end) < 0
        && t.split("\\s+").length <= SIGNATURE_WORDS
        && MailCues.greetingLength(t) < 0
        && !MailCues.hasWebLink(t);
  }

  /**
   * Whether a paragraph's first line is the writer's: in the first person, turning to another
   * errand, or judging the message passed on ("Is it genuine?").
   */
  private static boolean inWritersVoice(String lower) {
    return Asides.opensTurn(lower)
        || FIRST_PERSON.matcher(lower).find()
        || ScamReports.judges(lower);
  }

  /**
   * The lines with each text copied in under a line pointing down at it, whole in quotes or fenced
   * between two rules, marked as quoted ("&gt; ").
   */
  static List<String> copiesAsQuoted(List<String> lines) {
    boolean report = false;
    for (String line : lines) {
      report |= ScamReports.judges(lower(line));
    }
    if (!report) {
      // A copy the writer does not report as suspect ("Error message below:" over the app's
      // error in quotes) may say what failed: it stays the writer's.
      return lines;
    }
    List<String> out = null;
    boolean pointed = false;
    int n = lines.size();
    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      boolean opensParagraph = i == 0 || lines.get(i - 1).isBlank();
      int end = pointed && opensParagraph ? copyEnd(lines, i) : -1;
      if (end > i) {
        out = out == null ? new ArrayList<>(lines) : out;
        for (int k = i; k < end; k++) {
          out.set(k, "> " + lines.get(k).strip());
        }
        i = end - 1;
        continue;
      }
      pointed |= pointsDown(lower(line));
    }
    return out == null ? lines : out;
  }

  /**
   * The end (exclusive) of a copy opening at {@code i}: a paragraph whole in quotes, or two rules
   * with lines between them; or -1.
   */
  private static int copyEnd(List<String> lines, int i) {
    String first = lines.get(i).strip();
    int limit = Math.min(lines.size(), i + COPY_LINES + 2);
    if (MailCues.isRule(first)) {
      for (int k = i + 1; k < limit; k++) {
        String t = lines.get(k).strip();
        if (t.isEmpty()) {
          return -1;
        }
        if (MailCues.isRule(t)) {
          return k > i + 1 ? k + 1 : -1;
        }
      }
      return -1;
    }
    if (!opensQuote(first.charAt(0))) {
      return -1;
    }
    for (int k = i; k < limit; k++) {
      String t = lines.get(k).strip();
      if (t.isEmpty()) {
        return -1;
      }
      if (closesQuote(t.charAt(t.length() - 1)) && (k > i || t.length() > 1)) {
        boolean last = k + 1 >= lines.size() || lines.get(k + 1).isBlank();
        return last ? k + 1 : -1;
      }
    }
    return -1;
  }

  private static boolean opensQuote(char c) {
    return c == '"' || c == '“';
  }

  private static boolean closesQuote(char c) {
    return c == '"' || c == '”';
  }

  /** A line that points at what stands under it ("the text below", "copied below"). */
  private static boolean pointsDown(String lower) {
    return MailCues.isPointer(lower)
        && (lower.contains("below") || lower.contains("beneath") || lower.contains("underneath"));
  }

  private static String lower(String line) {
    String t = line.length() <= MailCues.HEAD ? line : line.substring(0, MailCues.HEAD);
    return t.toLowerCase(Locale.ROOT);
  }
}
