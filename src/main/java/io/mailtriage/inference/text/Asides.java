package io.mailtriage.inference.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request written beside an unrelated errand ("Two things: 1. … 2. …", "Also, while I'm writing:
 * …", "And my actual question: …"): a new address, thanks to a branch, post for someone else, a
 * broken cash machine, dates away. The model reads one intent, and the errand's words (address,
 * post, call) outweigh the request wherever they stand, first or last. What the writer marks as an
 * aside is left out where it speaks of nothing a bank does; so is, in a mail that says it holds
 * several things, a part that only gives the writer's new details, only thanks, or asks nothing and
 * speaks of nothing a bank does; what the writer marks as the point is read first.
 *
 * <p>A mail is parted into its errands at paragraphs, at numbered items and at sentences that open
 * with a turn ("Also, …", "Oh and …", "Secondly, …", "The other thing: …") or close a note given
 * for information ("…, just so you know."). A mail that is only asides keeps all of it.
 */
final class Asides {
  private Asides() {}

  /** How many words a sentence that announces several errands may hold ("Two things, if OK."). */
  private static final int ANNOUNCEMENT_WORDS = 10;

  /** Words that turn to another errand without saying which one matters. */
  private static final Pattern TURN =
      Pattern.compile(
          "^(also|oh,? and|and also|additionally|secondly|the other thing|another thing"
              + "|one more thing|one other thing)\\b[\\s,:;.\\-–—]*");

  /** Words by which a writer marks what follows as an aside. */
  private static final Pattern ASIDE =
      Pattern.compile(
          "^(by the way|btw|while i'?m (writing|at it|here|on)|while i am (writing|at it|here)"
              + "|on (another|a separate|a different|an unrelated|a side|an other) note"
              + "|separately|unrelated(ly)?|not related|totally unrelated|as an aside|incidentally"
              + "|side note)\\b");

  /** Words by which a writer marks what follows as the point of the mail. */
  private static final Pattern MAIN =
      Pattern.compile(
          "\\b(my|the) (actual|real|main|proper|important|urgent) (question|reason|point|issue"
              + "|problem|query)\\b|\\bmost importantly\\b|\\bmore importantly\\b|\\bmain thing\\b"
              + "|\\bwhat i (really|actually) (need|want)");

  /**
   * Words one of which every match of {@link #MAIN} holds, and of {@link #FOR_INFORMATION}: a test
   * of a few {@code contains} before the pattern, which tries each of its openings at every char of
   * every sentence of every mail, while few sentences hold any of these.
   */
  private static final String[] MAIN_WORDS = {
    "actual", "real", "main", "proper", "importan", "urgent"
  };

  /** What follows the words of {@link #MAIN_WORDS} in each match: "question", "importantly". */
  private static final String[] MAIN_ENDS = {
    "question",
    "reason",
    "point",
    "issue",
    "problem",
    "query",
    "importantly",
    "main thing",
    "what i "
  };

  private static final String[] FOR_INFORMATION_WORDS = {
    "just ", "for your", "fyi", "to call", "to ring", "to phone", "to reach", "to contact", "to get"
  };

  /** Words one of which every match of {@link #SEVERAL} holds ("things", "questions"). */
  private static final String[] SEVERAL_NOUNS = {
    "thing", "question", "quer", "matter", "point", "issue", "bit", "errand"
  };

  /** A sentence announcing several errands ("Two things, if that's OK.", "A few questions:"). */
  private static final Pattern SEVERAL =
      Pattern.compile(
          "\\b(two|three|2|3|a couple of|couple of|a few|few|several)"
              + " (quick |unrelated |separate |different |small |little |other )*"
              + "(things|questions|queries|matters|points|issues|bits|errands)\\b");

  /** A note the writer says is only for the bank's information. */
  private static final Pattern FOR_INFORMATION =
      Pattern.compile(
          "\\bjust (so you know|to let you know|letting you know|fyi)\\b|\\bfor your"
              + " (information|info|records)\\b|\\bfyi\\b|\\b(in case|if) (anyone|anybody|someone"
              + "|somebody|you) (tries|try|needs?|wants?) to (call|ring|phone|reach|contact"
              + "|get hold of|get in touch)\\b");

  /** A note of the writer's new details: a new address, number or email. */
  private static final Pattern NEW_DETAILS =
      Pattern.compile(
          "\\bnew (home |postal |mobile |phone |email |e-mail )?(address|number|email|e-mail)\\b"
              + "|\\bmoved (house|home|address|flat)\\b|\\b(address|number|mobile|email) (has|have)"
              + " changed\\b|\\bchanged (my )?(address|number|mobile)\\b");

  /** A sentence that thanks: "Thank you for …", "I wanted to say thank you to …". */
  private static final Pattern THANKS =
      Pattern.compile(
          "^(i (just )?(wanted|want|would like|'d like) to (say )?|just wanted to (say )?"
              + "|a (big |huge )?)?(thank|thanks)\\b");

  /** A numbered item's mark ("1. ", "2) "). */
  private static final Pattern NUMBER = Pattern.compile("^\\d{1,2}[.)]\\s+");

  /** One errand: its text, and what the writer said of it. */
  private record Part(String text, boolean opened, boolean aside, boolean main) {}

  /**
   * Leaves the asides out of a cleaned message (one line a line, "" between paragraphs) and reads
   * the part marked as the point first; a message without asides beside a request keeps its lines.
   */
  static void leaveOut(List<String> lines) {
    List<Part> parts = parts(lines);
    if (parts.size() < 2) {
      return;
    }
    // Numbered paragraphs alone are a formal letter's, not several errands.
    boolean several = false;
    for (Part p : parts) {
      several |= p.opened || isAnnouncement(p.text);
    }
    List<Part> kept = new ArrayList<>();
    boolean money = false;
    for (Part p : parts) {
      String lower = p.text.toLowerCase(Locale.ROOT);
      // A marked aside that speaks of the bank's business ("Also, while I'm writing: my cash
      // withdrawal is still pending") may be the very question the mail is for: it stays.
      boolean aside =
          (p.aside && !Chats.isAboutMoney(lower))
              || forInformation(lower)
              || (several
                  && (isAnnouncement(p.text)
                      || NEW_DETAILS.matcher(lower).find()
                      || (THANKS.matcher(lower).find() && lower.indexOf('?') < 0)));
      if (p.main || !aside) {
        kept.add(p);
        // Only a mail that holds several errands asks which of them speak of money.
        money = money || (several && Chats.isAboutMoney(lower));
      }
    }
    List<String> main = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    for (Part p : kept) {
      // Of the errands left, one that asks nothing and speaks of nothing a bank does is beside the
      // point of a mail that holds several, where another does.
      if (p.main || !several || !money || Chats.isAboutMoney(p.text) || p.text.indexOf('?') >= 0) {
        (p.main ? main : rest).add(p.text);
      }
    }
    boolean dropped = main.size() + rest.size() < parts.size();
    if ((!dropped && main.isEmpty()) || (main.isEmpty() && rest.isEmpty())) {
      return;
    }
    main.addAll(rest);
    lines.clear();
    for (String text : main) {
      lines.add(withoutOpener(text));
      lines.add("");
    }
  }

  /** The errands of the message, in order: its paragraphs and numbered items, each parted. */
  private static List<Part> parts(List<String> lines) {
    List<Part> parts = new ArrayList<>();
    StringBuilder item = new StringBuilder();
    for (int i = 0; i <= lines.size(); i++) {
      String l = i < lines.size() ? lines.get(i).strip() : "";
      Matcher number = NUMBER.matcher(l);
      boolean newItem = number.lookingAt();
      if ((l.isEmpty() || newItem) && !item.isEmpty()) {
        split(item.toString(), parts);
        item.setLength(0);
      }
      if (!l.isEmpty()) {
        item.append(item.isEmpty() ? "" : " ").append(newItem ? l.substring(number.end()) : l);
      }
    }
    return parts;
  }

  /**
   * Parts a paragraph or item at the sentences that turn to another errand or mark the point, and
   * around a sentence that announces errands or gives a note for information.
   */
  private static void split(String text, List<Part> parts) {
    StringBuilder part = new StringBuilder();
    boolean opened = false;
    boolean aside = false;
    boolean main = false;
    for (String sentence : ModelText.sentences(text)) {
      String lower = sentence.toLowerCase(Locale.ROOT);
      String afterTurn = afterTurn(lower);
      boolean marksAside = ASIDE.matcher(afterTurn).lookingAt();
      boolean marksMain = marksMain(lower);
      boolean alone = forInformation(lower) || isAnnouncement(sentence);
      boolean turns = afterTurn.length() < lower.length() || marksAside || marksMain;
      if ((turns || alone) && !part.isEmpty()) {
        parts.add(new Part(part.toString(), opened, aside, main));
        part.setLength(0);
      }
      if (part.isEmpty()) {
        opened = turns;
        aside = marksAside;
        main = false;
      }
      main |= marksMain;
      part.append(part.isEmpty() ? "" : " ").append(sentence);
      if (alone) {
        parts.add(new Part(part.toString(), opened, aside, main));
        part.setLength(0);
      }
    }
    if (!part.isEmpty()) {
      parts.add(new Part(part.toString(), opened, aside, main));
    }
  }

  /**
   * Whether a sentence (lower case) opens with a turn to another errand, an aside's mark or the
   * point's ("Also, …", "Unrelated, but …", "My actual question: …").
   */
  static boolean opensTurn(String lower) {
    String after = afterTurn(lower);
    return after.length() < lower.length()
        || ASIDE.matcher(after).lookingAt()
        || MAIN.matcher(after).lookingAt();
  }

  /** A sentence (lower case) without the turn words that open it ("Oh and also, "). */
  private static String afterTurn(String lower) {
    String t = lower;
    Matcher m = TURN.matcher(t);
    while (m.lookingAt() && m.end() > 0 && m.end() < t.length()) {
      t = t.substring(m.end());
      m = TURN.matcher(t);
    }
    return t;
  }

  /** Whether a sentence (lower case) marks what it opens as the point of the mail. */
  private static boolean marksMain(String lower) {
    return MailCues.containsAny(lower, MAIN_WORDS)
        && MailCues.containsAny(lower, MAIN_ENDS)
        && MAIN.matcher(lower).find();
  }

  /** Whether a sentence (lower case) gives a note only for the bank's information. */
  private static boolean forInformation(String lower) {
    return MailCues.containsAny(lower, FOR_INFORMATION_WORDS)
        && FOR_INFORMATION.matcher(lower).find();
  }

  /** Whether a text is one short sentence that announces several errands, asking nothing. */
  private static boolean isAnnouncement(String text) {
    String t = text.strip();
    // The cheap tests first: this runs on every sentence.
    if (t.length() > MailCues.HEAD || t.indexOf('?') >= 0) {
      return false;
    }
    String lower = t.toLowerCase(Locale.ROOT);
    return MailCues.containsAny(lower, SEVERAL_NOUNS)
        && SEVERAL.matcher(lower).find()
        && t.split("\\s+").length <= ANNOUNCEMENT_WORDS
        && ModelText.sentences(t).size() == 1;
  }

  /**
   * An errand without the words that turned to it, up to a colon that ends them ("And my actual
   * question: …"): they say where the errand stands, not what it is.
   */
  static String withoutOpener(String text) {
    String t = text;
    String lower = t.toLowerCase(Locale.ROOT);
    int cut = t.length() - afterTurn(lower).length();
    int colon = t.indexOf(':');
    String before = colon > 0 && colon < 40 ? lower.substring(0, colon) : "";
    if (marksMain(before) || ASIDE.matcher(afterTurn(before)).lookingAt()) {
      cut = colon + 1;
    }
    String rest = t.substring(cut).strip();
    return rest.isEmpty() ? text : rest;
  }
}
