package io.mailtriage.inference.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The set phrases of a letter written to sound like a legal notice ("Notice is hereby given that
 * …", "Time is of the essence.", "Without prejudice.", "I reserve all my rights …"). Writers who
 * want to be taken seriously wrap the request in them; they say how the writer wants the mail
 * treated, not what the writer needs, and their words ("notice", "account holder", a deadline in
 * days) pull the model towards closing an account or delivery times.
 */
final class LegalFormulae {
  private LegalFormulae() {}

  /** Phrases found only in such formulae, in lower case. */
  private static final List<String> MARKERS =
      List.of(
          "notice is hereby given",
          "hereby put you on notice",
          "hereby place you on notice",
          "take further notice",
          "please take notice",
          "without prejudice",
          "time is of the essence",
          "deemed received",
          "deemed to have been received",
          "deemed served",
          "notice is served",
          "all rights reserved",
          "reserve all my rights",
          "reserve all rights",
          "reserve all of my rights",
          "reserve my rights",
          "rights are reserved",
          "rights remain reserved",
          "the undersigned",
          "acknowledge receipt of this",
          "treat your silence",
          "silence as acceptance",
          "without further reference to you",
          "for the avoidance of doubt",
          "without admission of liability",
          "save as otherwise");

  /** A deadline set in a formula: "Your reply is required within 14 days". */
  private static final Pattern DEADLINE =
      Pattern.compile(
          "\\b(reply|response|answer)s? (is |are )?(required|expected|due) (with)?in\\b"
              + "|\\bwithin .{1,40} days of (the date of )?(this|receipt)\\b");

  /** Words one of which every match of {@link #DEADLINE} holds. */
  private static final String[] DEADLINE_WORDS = {"reply", "response", "answer", "within"};

  /** Whether a sentence is one of the formulae, whatever follows a colon in it. */
  static boolean isFormula(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    for (String marker : MARKERS) {
      if (lower.contains(marker)) {
        return true;
      }
    }
    // Every deadline names the answer or "within": few sentences do, and the pattern is tried at
    // every char of every sentence otherwise.
    return MailCues.containsAny(lower, DEADLINE_WORDS) && DEADLINE.matcher(lower).find();
  }

  /**
   * What a sentence says that is not a formula: nothing where it is one, what follows its colon
   * where a formula introduces the request on the same line ("I hereby put you on notice that I
   * require an answer to the following: why was my card declined?"), the sentence itself where it
   * holds no formula.
   */
  static String withoutFormula(String sentence) {
    if (!isFormula(sentence)) {
      return sentence;
    }
    int colon = sentence.lastIndexOf(':');
    if (colon >= 0 && isFormula(sentence.substring(0, colon))) {
      return sentence.substring(colon + 1).strip();
    }
    return "";
  }
}
