package io.mailtriage.inference.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A writer's report of a message they suspect ("I got the text below and it looks like a scam",
 * "Can you confirm this email is really from you?", "I haven't clicked the link.") beside a
 * question of their own. The report speaks of the suspect message, whose words the model does not
 * read ({@link Forwards}); read beside the question, its "scam", "link" and "text" pull the reading
 * towards the fraud intents whatever the question asks. Where the mail holds a paragraph that is
 * not such a report, the paragraphs that judge a message or point at it, naming nothing of the
 * bank's business, are left out; a mail that is only the report keeps it all.
 */
final class ScamReports {
  private ScamReports() {}

  /** Words by which a writer judges a message they received, or asks whether the bank sent it. */
  private static final Pattern JUDGES =
      Pattern.compile(
          "\\b(scam|scams|phishing|phish|fishy|fake|genuine|legit|legitimate|spoofed|hoax)\\b"
              + "|\\b(clicked|click on|clicking|tapped|opened) (on )?(the |a |any |this |that |its )?"
              + "(link|links|anything|attachment)\\b|\\bclicked anything\\b"
              + "|\\b(is|was) (this|it|that|the)( text| sms| email| e-mail| mail| message)?"
              + " (really |actually )?(from|sent by) you\\b|\\bnot (from|sent by) you\\b"
              + "|\\bsuspicious (text|sms|email|e-mail|message|call|link)");

  /** Words by which a paragraph points at the message the writer passes on. */
  private static final Pattern POINTS =
      Pattern.compile("\\b(below|beneath|underneath|above|forwarding|copied)\\b");

  /** Whether a text (lower case) judges a message as suspect and names nothing of a bank's. */
  static boolean judges(String lower) {
    return JUDGES.matcher(lower).find() && !Chats.isAboutMoney(lower);
  }

  /**
   * Leaves the paragraphs of a scam report out of a cleaned message (one line a line, "" between
   * paragraphs) where another paragraph stays.
   */
  static void leaveOut(List<String> lines) {
    List<String> kept = new ArrayList<>(lines.size());
    boolean report = false;
    boolean other = false;
    boolean dropped = false;
    boolean afterReport = false;
    int i = 0;
    while (i < lines.size()) {
      if (lines.get(i).isEmpty()) {
        kept.add("");
        i++;
        continue;
      }
      int end = i;
      StringBuilder paragraph = new StringBuilder();
      while (end < lines.size() && !lines.get(end).isEmpty()) {
        paragraph.append(' ').append(lines.get(end));
        end++;
      }
      String lower = paragraph.toString().toLowerCase(Locale.ROOT);
      boolean judging = judges(lower);
      if (judging || (POINTS.matcher(lower).find() && !Chats.isAboutMoney(lower))) {
        report |= judging;
        dropped = true;
        afterReport = true;
      } else {
        other = true;
        String opened = paragraph.toString().strip();
        String rest = afterReport ? Asides.withoutOpener(opened) : opened;
        // "Also, while I'm writing:" turned from the report to the question; without the report
        // it turns from nothing.
        if (rest.length() < opened.length()) {
          kept.add(rest);
        } else {
          kept.addAll(lines.subList(i, end));
        }
        afterReport = false;
      }
      i = end;
    }
    if (report && other && dropped) {
      lines.clear();
      lines.addAll(kept);
    }
  }
}
