package io.mailtriage.inference.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The bank's own service notice, copied in by a writer who asks whether their trouble is the
 * incident: a status page's entry ("Investigating - We're aware some customers are unable to log in
 * …", "Resolved - Faster Payments delays. …", "Scheduled maintenance: online banking will be
 * unavailable …"), as the page words it, in quotes, between rules under the page's heading, or as
 * plain lines. It is the bank's text, as a quoted reply of the bank's is, and read first it makes
 * every question one about the incident ("charged twice", "card payments"): it is marked as quoted,
 * with the stamp, heading and link that came with it and the line that introduces it ("I saw this
 * on your status page:"), and read only where the writer wrote nothing else.
 */
final class StatusNotices {
  private StatusNotices() {}

  /**
   * A notice as status pages open it: the incident's state or the maintenance, then a dash or a
   * colon, then its text.
   */
  private static final Pattern NOTICE =
      Pattern.compile(
          "^[\"“]?(investigating|identified|monitoring|resolved|scheduled maintenance"
              + "|maintenance (scheduled|in progress|completed)|degraded performance"
              + "|partial outage|major outage)\\s*([-–—]|:)\\s+\\S");

  /** How many words a notice's text holds at least (a state alone is a heading). */
  private static final int NOTICE_WORDS = 8;

  /** How many lines a fence around a notice may hold. */
  private static final int FENCED_LINES = 8;

  /** How many words the line introducing a notice may hold. */
  private static final int INTRODUCTION_WORDS = 15;

  /** The lines with each service notice, and what came with it, marked as quoted ("&gt; "). */
  static List<String> asQuoted(List<String> lines) {
    List<String> out = null;
    int n = lines.size();
    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      boolean quoted = ModelText.isQuoted(line);
      if (!isNotice(quoted ? unquoted(line) : line)) {
        continue;
      }
      int start = quoted ? quoteStart(lines, i) : paragraphStart(lines, i);
      int end = quoted ? quoteEnd(lines, i) : paragraphEnd(lines, i);
      int fence = quoted ? -1 : fenceAround(lines, i);
      if (fence >= 0) {
        start = fence;
        end = fenceEnd(lines, i);
      }
      if (end < n && (MailCues.hasWebLink(lines.get(end)) || isBareAddress(lines.get(end)))) {
        // The incident's link under it.
        end++;
      }
      int bridge = ModelText.nextNonBlank(lines, end);
      if (bridge >= 0 && bridge + 1 < n && isBridge(lines.get(bridge), lines.get(bridge + 1))) {
        end = bridge + 1;
      }
      int intro = introduction(lines, start);
      out = out == null ? new ArrayList<>(lines) : out;
      for (int k = intro >= 0 ? intro : start; k < end; k++) {
        if (!lines.get(k).isBlank() && !ModelText.isQuoted(lines.get(k))) {
          out.set(k, "> " + lines.get(k).strip());
        }
      }
      i = Math.max(i, end - 1);
    }
    return out == null ? lines : out;
  }

  private static boolean isNotice(String line) {
    String t = line.strip();
    String lower = t.length() <= MailCues.HEAD ? t : t.substring(0, MailCues.HEAD);
    return NOTICE.matcher(lower.toLowerCase(Locale.ROOT)).find()
        && t.split("\\s+").length >= NOTICE_WORDS;
  }

  private static String unquoted(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == '>' || line.charAt(i) == ' ')) {
      i++;
    }
    return line.substring(i);
  }

  private static int paragraphStart(List<String> lines, int i) {
    int k = i;
    while (k > 0 && !lines.get(k - 1).isBlank() && !ModelText.isQuoted(lines.get(k - 1))) {
      k--;
    }
    return k;
  }

  private static int paragraphEnd(List<String> lines, int i) {
    int k = i + 1;
    while (k < lines.size() && !lines.get(k).isBlank() && !ModelText.isQuoted(lines.get(k))) {
      k++;
    }
    return k;
  }

  private static int quoteStart(List<String> lines, int i) {
    int k = i;
    while (k > 0 && ModelText.isQuoted(lines.get(k - 1))) {
      k--;
    }
    return k;
  }

  private static int quoteEnd(List<String> lines, int i) {
    int k = i + 1;
    while (k < lines.size() && ModelText.isQuoted(lines.get(k))) {
      k++;
    }
    return k;
  }

  /** The rule over a notice, with at most a heading between ("Acme Bank Service Status"), or -1. */
  private static int fenceAround(List<String> lines, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      String t = lines.get(k).strip();
      if (t.isEmpty()) {
        return -1;
      }
      if (MailCues.isRule(t)) {
        return fenceEnd(lines, i) > 0 ? k : -1;
      }
    }
    return -1;
  }

  /** The line after the rule under a notice, or -1. */
  private static int fenceEnd(List<String> lines, int i) {
    for (int k = i + 1; k < Math.min(lines.size(), i + FENCED_LINES); k++) {
      String t = lines.get(k).strip();
      if (MailCues.isRule(t)) {
        return k + 1;
      }
      if (t.isEmpty()) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The line introducing the notice above it ("Your app showed this banner when I logged in:"): a
   * paragraph of one line, ending in a colon, asking nothing; or -1.
   */
  private static int introduction(List<String> lines, int start) {
    int k = start - 1;
    while (k >= 0 && lines.get(k).isBlank()) {
      k--;
    }
    if (k < 0 || (k > 0 && !lines.get(k - 1).isBlank())) {
      return -1;
    }
    String t = lines.get(k).strip();
    return t.endsWith(":")
            && t.indexOf('?') < 0
            && t.split("\\s+").length <= INTRODUCTION_WORDS
            && !ModelText.isQuoted(t)
        ? k
        : -1;
  }

  /** A line that is only a web address without its scheme ("status.acme-bank.example"). */
  private static boolean isBareAddress(String line) {
    return HOST.matcher(line.strip().toLowerCase(Locale.ROOT)).matches();
  }

  private static final Pattern HOST = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+(/\\S*)?");

  /** How many words a line turning from the notice to the request may hold. */
  private static final int BRIDGE_WORDS = 12;

  /**
   * Whether a line under the notice turns from it to the request on the next line ("Not sure if
   * it's related, but", "Is that why it failed? Either way:"): it speaks of the notice.
   */
  private static boolean isBridge(String line, String next) {
    String t = line.strip().toLowerCase(Locale.ROOT);
    return !next.isBlank()
        && !ModelText.isQuoted(line)
        && (t.endsWith(":") || t.endsWith(" but") || t.endsWith(" but,"))
        && t.split("\\s+").length <= BRIDGE_WORDS;
  }
}
