package io.mailtriage.inference.text;

/**
 * The shapes of a service's notification around the person's words it carries: a forum's or help
 * desk's fields over a post ("Forum: Savings", "Author: jo_1987 (Member, 12 posts)", "Date: Tue 8
 * Dec 2026, 14:19"), the notes of other people and the service's own labelled lines under it
 * ("Moderator comment: …", "Reply from Sam (Staff): …"), its counters ("4 replies · 2 likes · 90
 * views"). Every check reads at most {@link MailCues#HEAD} chars of a line, as {@link MailCues}'
 * do.
 */
final class Notifications {

  /** How many words a field's value may hold to be a notification's field and not a sentence. */
  private static final int FIELD_WORDS = 8;

  /** How many words a title that ends with a question mark may hold ("Topic: Anyone else?"). */
  private static final int TITLE_WORDS = 4;

  private Notifications() {}

  /**
   * A field line whose value is a name, a title, a date or a count rather than a sentence: a label
   * of one to three words, then up to {@link #FIELD_WORDS} words with no sentence ending inside
   * them or after them ("Posted by: jo_1987 (Member, 12 posts)", "Thread: Card still not here?"). A
   * forum's, tracker's or shop's notification heads what it carries with such fields; a title may
   * end with a question or exclamation mark, a sentence does not end with a full stop there.
   */
  static boolean isShortField(String line) {
    int v = MailCues.fieldValueStart(line);
    if (v < 0 || line.indexOf(':') < 2 || MailCues.isMessageField(line)) {
      // "Q: …" and "A: …" are a questionnaire's question and the writer's answer, no field.
      return false;
    }
    String value = line.substring(v).strip();
    if (value.isEmpty() || value.endsWith(".") || value.length() > MailCues.HEAD) {
      return false;
    }
    for (int i = 0; i + 1 < value.length(); i++) {
      char c = value.charAt(i);
      // "3. Dezember 2026": a full stop after a digit ends no sentence.
      boolean ordinal = c == '.' && i > 0 && Character.isDigit(value.charAt(i - 1));
      if ((c == '.' || c == '!' || c == '?') && !ordinal && value.charAt(i + 1) == ' ') {
        return false;
      }
    }
    return MailCues.words(value) <= FIELD_WORDS;
  }

  /**
   * Whether a {@link #isShortField short field} is the notification's and not read: a question of
   * more than a title's few words ("A: Why won't my card show up in the app?") is someone's
   * question, and stays where the fields around it go.
   */
  static boolean isDroppedField(String line) {
    if (!isShortField(line)) {
      return false;
    }
    String value = line.substring(MailCues.fieldValueStart(line)).strip();
    return !value.endsWith("?") || MailCues.words(value) <= TITLE_WORDS;
  }

  /**
   * A line that opens with a label, the labeller's name in brackets or not, over a sentence:
   * "Moderator note: Moved here, needs account access.", "Latest reply (jo_1987): Same here.",
   * "Réponse de Sam : …". Under a notification's fields such lines are the service's or other
   * people's, never the post the fields head.
   */
  static boolean isLabelledNote(String line) {
    int limit = Math.min(line.length(), 60);
    int words = 0;
    boolean bracket = false;
    for (int i = 0; i < limit; i++) {
      char c = line.charAt(i);
      if (c == ':') {
        return i > 1 && words <= 3 && line.substring(i + 1).strip().length() > 0;
      }
      if (bracket) {
        bracket = c != ')';
      } else if (c == '(' && i > 0) {
        bracket = true;
      } else if (Character.isLetterOrDigit(c) || "-_.'’".indexOf(c) >= 0) {
        // A label and a user name ("Reply from tom_k"): a word starts after a space.
        words += i == 0 || line.charAt(i - 1) == ' ' ? 1 : 0;
      } else if (c != ' ') {
        return false;
      }
    }
    return false;
  }

  /**
   * A line of counters: two or more items of a number and a word or two, parted by a dot, bullet or
   * bar ("5 replies · 0 kudos · 138 views", "Replies: 4 | Views: 90").
   */
  static boolean isCountsLine(String line) {
    String t = line.strip();
    if (t.isEmpty() || t.length() > MailCues.HEAD) {
      return false;
    }
    int items = 0;
    int start = 0;
    for (int i = 0; i <= t.length(); i++) {
      if (i == t.length() || "·•|".indexOf(t.charAt(i)) >= 0) {
        if (!isCount(t.substring(start, i).strip())) {
          return false;
        }
        items++;
        start = i + 1;
      }
    }
    return items >= 2;
  }

  /** "5 replies", "1.2k views", "Views: 90", "Likes 3". */
  private static boolean isCount(String item) {
    String[] w = item.replace(":", " ").strip().split("\\s+");
    if (w.length < 2 || w.length > 3) {
      return false;
    }
    boolean first = isNumber(w[0]);
    boolean last = isNumber(w[w.length - 1]);
    if (first == last) {
      return false;
    }
    for (int i = first ? 1 : 0; i < (first ? w.length : w.length - 1); i++) {
      if (!w[i].chars().allMatch(Character::isLetter)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNumber(String w) {
    return !w.isEmpty()
        && Character.isDigit(w.charAt(0))
        && w.chars()
            .allMatch(c -> Character.isDigit(c) || c == '.' || c == ',' || c == 'k' || c == 'K');
  }

  /**
   * Whether a line is a service's own footer mark ("Powered by SignFlow", "Powered by HelpHub
   * Desk"): what follows it is the service's small print, never the note it carries.
   */
  static boolean isPoweredBy(String line) {
    String t = line.strip().toLowerCase(java.util.Locale.ROOT);
    return t.startsWith("powered by ") && MailCues.words(t) <= 5 && !t.endsWith(".");
  }

  /** Words that open a writer's own sentence, never a sender's name. */
  private static final java.util.Set<String> NOT_NAMES =
      java.util.Set.of("I", "We", "My", "Our", "He", "She", "They", "His", "Her", "Their", "You");

  /**
   * A service's notice of what a person did whose name the PII step did not replace ("Lorcan
   * Driscoll sent you a document to review and sign."): two to four capitalised words, then what
   * {@link MailCues#isServiceNotice} reads after a person.
   */
  static boolean isNamedNotice(String line) {
    String[] w = line.strip().split(" ", 6);
    int name = 0;
    while (name < Math.min(4, w.length - 1) && isNameWord(w[name])) {
      name++;
    }
    if (name < 2 || NOT_NAMES.contains(w[0])) {
      return false;
    }
    String rest = String.join(" ", java.util.Arrays.copyOfRange(w, name, w.length));
    return MailCues.isServiceNotice("<person> " + rest.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The rest of a service's notice wrapped under the sender's name or address ("<EMAIL>" over "sent
   * you 2 files"): a line in small letters that reads as the notice after a person.
   */
  static boolean isNoticeTail(String line) {
    String t = line.strip();
    return !t.isEmpty()
        && Character.isLowerCase(t.charAt(0))
        && MailCues.isServiceNotice("<person> " + t.toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean isNameWord(String w) {
    if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    for (int i = 1; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLowerCase(c) && c != '-' && c != '\'' && c != '’') {
        return false;
      }
    }
    return true;
  }
}
