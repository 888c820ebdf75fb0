package io.mailtriage.inference.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The lines a social network prints around a message it forwards to a page's or account's inbox:
 * its notice that a message, mention or comment came ("linda_k82 mentioned you in a comment on your
 * post \"Spring offers\":", "Northbank, you have a new direct message"), the sender's name over
 * their handle ("<PERSON> @linda_k82"), its rows of buttons and times ("Reply · Like · Share",
 * "Sent 09:12 · Answer soon to keep your badge"), a lone button ("View conversation") and its
 * footer ending in "Unsubscribe". None of them is the writer's; the message under them is, without
 * the page's handle it opens with and the hashtags it ends with. Every check reads at most {@link
 * MailCues#HEAD} chars of a line and no pattern backtracks over more than a line's few words.
 */
final class SocialNotices {

  /** How many words may name who wrote (a handle, a name, a page's name with its handle). */
  private static final int OPENER_WORDS = 5;

  /** How many words a notice may hold, the title of the post commented on included. */
  private static final int NOTICE_WORDS = 24;

  /** What a person did, after their name: the rest of the line says where ("in a comment …"). */
  private static final Pattern WHERE_VERB =
      Pattern.compile(
          "(?:mentioned|tagged) you in an? (?:comment|post|reply|story|photo|video|tweet|thread)\\b.*"
              + "|(?:replied to|commented on) your (?:comment|post|story|photo|video|tweet)\\b.*");

  /** That a message came, after the name of who sent it or of the page it came for. */
  private static final Pattern MESSAGE_VERB =
      Pattern.compile(
          "(?:you have|has|have) (?:a )?new (?:direct |private )?messages?[.!:]?"
              + "|sent you an? (?:direct |private )?(?:message|dm)[.!:]?");

  /** A network's notice that opens with the message itself ("New message for Northbank"). */
  private static final Pattern NEW_MESSAGE_FOR =
      Pattern.compile("new (?:direct |private )?messages? (?:for|from|to) [^.?!]{1,60}");

  /** A lone button of a network's mail ("View message", "Open the conversation"). */
  private static final Pattern BUTTON =
      Pattern.compile(
          "(?:view|open|see|read)(?: the| this| full| all)? (?:message|messages|post|comment"
              + "|comments|conversation|thread|reply|replies|story|tweet|profile|chat)");

  private SocialNotices() {}

  /** Whether a line is a network's notice that a message, mention or comment came. */
  static boolean isNotice(String line) {
    String t = line.strip();
    if (t.isEmpty() || t.length() > MailCues.HEAD || MailCues.words(t) > NOTICE_WORDS) {
      return false;
    }
    String lower = t.toLowerCase(Locale.ROOT);
    // Every notice says "message", "dm" after "you", or what was done to "you" or "your" post.
    if (lower.indexOf("message") < 0 && lower.indexOf(" you") < 0) {
      return false;
    }
    if (NEW_MESSAGE_FOR.matcher(lower).matches()) {
      return true;
    }
    int rest = openerEnd(t);
    if (rest <= 0) {
      return false;
    }
    String after = lower.substring(rest).strip();
    if (MESSAGE_VERB.matcher(after).matches()) {
      return true;
    }
    // A post's title may end in a question mark; the writer's sentence does not run on after one.
    return WHERE_VERB.matcher(after).matches() && !endsASentenceInside(after);
  }

  /**
   * Whether a line is a network's print around the message: the sender's name over their handle, a
   * row of buttons or of a time and a badge parted by middle dots, a lone button, or a footer that
   * ends in its "Unsubscribe" link.
   */
  static boolean isChrome(String line) {
    String t = line.strip();
    if (t.isEmpty() || t.length() > MailCues.HEAD) {
      return false;
    }
    if (isSendersHandle(t) || isDottedRow(t)) {
      return true;
    }
    String lower = t.toLowerCase(Locale.ROOT);
    return BUTTON.matcher(lower).matches()
        || (t.endsWith("Unsubscribe") && (t.equals("Unsubscribe") || t.endsWith(". Unsubscribe")));
  }

  /**
   * The line without the handle it opens with and the hashtags it ends with ("@northbank Is my card
   * on its way? #help" reads "Is my card on its way?"): a network's mention and tags address the
   * post, they ask nothing.
   */
  static String untagged(String line) {
    String t = line;
    if (t.length() > 2 && t.charAt(0) == '@' && isHandleChar(t.charAt(1))) {
      int i = 1;
      while (i < t.length() && isHandleChar(t.charAt(i))) {
        i++;
      }
      if (i < t.length() && t.charAt(i) == ' ' && i + 1 < t.length()) {
        t = t.substring(i + 1).strip();
      }
    }
    int end = t.length();
    while (true) {
      // A hashtag is a word ("#help"); "#A123" at the end is an order's or ticket's number.
      int k = end;
      while (k > 0 && Character.isLetter(t.charAt(k - 1))) {
        k--;
      }
      boolean tag = k < end && k >= 2 && t.charAt(k - 1) == '#' && t.charAt(k - 2) == ' ';
      if (!tag) {
        break;
      }
      end = k - 2;
      while (end > 0 && t.charAt(end - 1) == ' ') {
        end--;
      }
    }
    return end == t.length() || end == 0 ? t : t.substring(0, end);
  }

  /**
   * "<PERSON> @linda_k82", "Linda Kerr (@linda_k82)": a name, then the handle, and nothing else.
   */
  private static boolean isSendersHandle(String t) {
    int space = t.lastIndexOf(' ');
    if (space <= 0) {
      return false;
    }
    String handle = t.substring(space + 1);
    if (handle.startsWith("(") && handle.endsWith(")")) {
      handle = handle.substring(1, handle.length() - 1);
    }
    if (handle.length() < 2 || handle.charAt(0) != '@') {
      return false;
    }
    for (int i = 1; i < handle.length(); i++) {
      if (!isHandleChar(handle.charAt(i))) {
        return false;
      }
    }
    String[] name = t.substring(0, space).strip().split(" ");
    if (name.length > OPENER_WORDS - 1) {
      return false;
    }
    for (String w : name) {
      if (!isNameWord(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A row of two or more items parted by middle dots, the first a word or three ("Reply · Like ·
   * View post", "Sent 09:12 · …", "Chirp · Manage email notifications · Chirp Inc."): a writer
   * parts sentences with full stops, a network parts its buttons, times and footer with dots.
   */
  private static boolean isDottedRow(String t) {
    int dot = t.indexOf(" · ");
    if (dot <= 0 || t.endsWith("?")) {
      return false;
    }
    return MailCues.words(t.substring(0, dot)) <= 3;
  }

  /**
   * Where the name that opens a line ends: up to {@link #OPENER_WORDS} words that name a person or
   * a page (capitalised, a placeholder, a handle with or without brackets, a user name with a
   * digit, "_" or "."), the comma after them included; -1 when the line opens with anything else.
   */
  private static int openerEnd(String t) {
    int i = 0;
    int words = 0;
    int end = -1;
    while (i < t.length() && words < OPENER_WORDS) {
      int j = t.indexOf(' ', i);
      if (j < 0) {
        return end;
      }
      String w = t.substring(i, j);
      if (w.endsWith(",")) {
        w = w.substring(0, w.length() - 1);
      }
      if (!isNameWord(w) && !isHandle(w) && !(words == 0 && isUserName(w))) {
        return end;
      }
      words++;
      end = j;
      i = j + 1;
    }
    return end;
  }

  private static boolean isNameWord(String w) {
    if (w.startsWith("<") && w.endsWith(">")) {
      return w.length() > 2;
    }
    if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    if (w.equals("I") || w.equals("My") || w.equals("We") || w.equals("Our")) {
      return false;
    }
    for (int i = 1; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '-' && c != '\'' && c != '’' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /** "@northbank", "(@NorthbankHelp)". */
  private static boolean isHandle(String w) {
    String h = w.startsWith("(") && w.endsWith(")") ? w.substring(1, w.length() - 1) : w;
    if (h.length() < 2 || h.charAt(0) != '@') {
      return false;
    }
    for (int i = 1; i < h.length(); i++) {
      if (!isHandleChar(h.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A user name as networks print it: letters with a digit, "_" or "." in it ("linda_k82"). */
  private static boolean isUserName(String w) {
    boolean mark = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isDigit(c) || c == '_' || (c == '.' && i > 0 && i < w.length() - 1)) {
        mark = true;
      } else if (!Character.isLetter(c)) {
        return false;
      }
    }
    return mark && Character.isLetter(w.charAt(0));
  }

  private static boolean isHandleChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.';
  }

  private static boolean endsASentenceInside(String s) {
    for (int i = 0; i + 1 < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && s.charAt(i + 1) == ' ') {
        return true;
      }
    }
    return false;
  }
}
