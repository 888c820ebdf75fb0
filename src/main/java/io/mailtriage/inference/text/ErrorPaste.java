package io.mailtriage.inference.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An app's, website's or browser's failure message copied into a mail ("Something went wrong (Error
 * 500)", "This site can't be reached", a JSON error body, "Please try again later. (ref …)"). Such
 * a message says that something failed, never what the writer wanted: it is the same whatever they
 * were doing, and its words (error, unable, request, reached, try again) pull the reading to failed
 * transfers and declined cards. Where the writer's own words stand beside it, it is not read.
 */
final class ErrorPaste {

  private ErrorPaste() {}

  /**
   * The wording by which software reports a failure of its own, in lower case: status lines and
   * codes, browsers' network errors, request and trace ids, and the stock sentences of error pages
   * and toasts.
   */
  private static final String[] FAILURE_WORDING = {
    "something went wrong",
    "went wrong",
    "an error occurred",
    "error occurred",
    "unexpected error",
    "internal error",
    "internal server error",
    "server error",
    "service unavailable",
    "bad gateway",
    "gateway timeout",
    "timed out",
    "time out",
    "took too long to respond",
    "can't be reached",
    "cannot be reached",
    "can’t be reached",
    "couldn't load",
    "could not load",
    "couldn’t load",
    "unable to load",
    "unable to complete",
    "unable to process",
    "try again later",
    "please try again",
    "try again",
    "pull down to refresh",
    "temporarily",
    "we can't do that",
    "we cannot do that",
    "we can’t do that",
    "request id",
    "trace id",
    "traceid",
    "correlation id",
    "error code",
    "error:",
    "exception",
    "err_",
    "http status",
    "status code",
    "\"error\"",
    "\"status\"",
    "[code:",
    "(ref ",
    "(error "
  };

  /**
   * Words by which the writer speaks of themselves: a line holding one is theirs, not a machine's.
   */
  private static final Set<String> FIRST_PERSON =
      Set.of("i", "i'm", "im", "i've", "my", "me", "i’m", "mine");

  /**
   * Words that name what a message is about (a card, a transfer, a login): a failure line that
   * holds one says what failed ("Card declined by issuer") and stays.
   */
  private static final Set<String> TOPICS =
      Set.of(
          "card",
          "cards",
          "transfer",
          "transfers",
          "payment",
          "payments",
          "top",
          "topup",
          "pin",
          "cash",
          "atm",
          "refund",
          "fee",
          "fees",
          "charge",
          "charged",
          "declined",
          "exchange",
          "currency",
          "account",
          "balance",
          "deposit",
          "withdrawal",
          "identity",
          "verify",
          "verification",
          "password",
          "passcode",
          "login",
          "limit");

  /**
   * Leaves out the failure messages copied into a mail beside the writer's own words: each run of
   * lines in a machine's failure wording that speak neither of the writer nor of what failed, with
   * the line above that introduces it ("This is what I get:", {@link MailCues#introducesPaste}). A
   * run of one line goes only when it is marked as copied: introduced, in quotes or braces, or a
   * paragraph of its own. A last line that introduces a paste has lost it (an indented paste is
   * read as indented history) and goes too. A message that is only such lines keeps them.
   */
  static List<String> dropFailureMessages(List<String> lines) {
    boolean[] drop = new boolean[lines.size()];
    boolean any = false;
    int last = lines.size() - 1;
    while (last >= 0 && lines.get(last).isBlank()) {
      last--;
    }
    if (last >= 0 && MailCues.introducesPaste(lines.get(last).toLowerCase(Locale.ROOT))) {
      // Nothing under it: what it introduced was indented, and went as indented history.
      drop[last] = true;
      any = true;
    }
    int i = 0;
    while (i < lines.size()) {
      if (!isFailureLine(lines.get(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < lines.size() && isFailureLine(lines.get(end))) {
        end++;
      }
      int above = i - 1;
      while (above >= 0 && lines.get(above).isBlank()) {
        above--;
      }
      boolean introduced =
          above >= 0 && MailCues.introducesPaste(lines.get(above).toLowerCase(Locale.ROOT));
      char first = lines.get(i).strip().charAt(0);
      boolean ownParagraph =
          (i == 0 || lines.get(i - 1).isBlank())
              && (end == lines.size() || lines.get(end).isBlank());
      if (end - i >= 2 || introduced || ownParagraph || "\"“'{[".indexOf(first) >= 0) {
        for (int k = introduced ? above : i; k < end; k++) {
          drop[k] = true;
        }
        any = true;
      }
      i = end;
    }
    if (!any) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines.size());
    boolean words = false;
    for (int k = 0; k < lines.size(); k++) {
      if (!drop[k]) {
        out.add(lines.get(k));
        words |= !lines.get(k).isBlank();
      }
    }
    return words ? out : lines;
  }

  private static boolean isFailureLine(String line) {
    if (line.isBlank()) {
      return false;
    }
    String t = line.length() <= MailCues.HEAD ? line : line.substring(0, MailCues.HEAD);
    String lower = t.toLowerCase(Locale.ROOT);
    boolean failure = false;
    for (String w : FAILURE_WORDING) {
      if (lower.contains(w)) {
        failure = true;
        break;
      }
    }
    if (!failure) {
      return false;
    }
    for (String w : lower.split("[^\\p{L}'’]+")) {
      if (FIRST_PERSON.contains(w) || TOPICS.contains(w)) {
        return false;
      }
    }
    return true;
  }
}
