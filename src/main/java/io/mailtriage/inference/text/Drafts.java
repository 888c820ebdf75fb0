package io.mailtriage.inference.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a writing assistant or a letter template leaves around a request that a customer had drafted
 * for them and pasted whole: the assistant's words to the writer before and after the draft ("Sure!
 * Here's a more polished version of your email:", "Feel free to adjust the tone.", "Would you like
 * a shorter version?") and the template's slots nobody filled in ("[Your Account Number]", "[Your
 * Contact Information]"). Neither is the writer's: the first speaks to the writer about the letter,
 * the second is a blank. Left in, a slot after the sign-off is taken for a signature line it is
 * not, and the sign-off and all after it stay.
 */
final class Drafts {
  private Drafts() {}

  /**
   * A line of template slots only: one or more bracketed blanks of up to five words, every word
   * capitalised ("[Your Name]", "[Your Contact Information] [Phone Number]"). A button's label of a
   * word or two is {@link MailCues#isButtonOrLink}'s; a banner ("[Translated from Spanish]") writes
   * its small words in lower case.
   */
  static boolean isTemplateSlots(String line) {
    String t = line.strip();
    if (t.isEmpty() || t.charAt(0) != '[') {
      return false;
    }
    int i = 0;
    while (i < t.length()) {
      if (t.charAt(i) != '[') {
        return false;
      }
      int close = t.indexOf(']', i);
      if (close < 0 || !isSlot(t.substring(i + 1, close))) {
        return false;
      }
      i = close + 1;
      while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
        i++;
      }
    }
    return true;
  }

  private static boolean isSlot(String inside) {
    String[] words = inside.strip().split("\\s+");
    if (words.length > 5 || words[0].isEmpty()) {
      return false;
    }
    for (String w : words) {
      if (!Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(Drafts::isSlotChar)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSlotChar(int c) {
    return Character.isLetter(c) || c == '\'' || c == '’' || c == '/' || c == '-';
  }

  /**
   * The assistant's offer of the draft: it names the draft ("version", "draft", "rewrite") and
   * hands it over ("here's", "here is", "below is"), opening with the assistant's yes or not.
   */
  private static final Pattern HANDOVER =
      Pattern.compile(
          "^(sure|certainly|of course|absolutely|happy to help|great)?[!,.]?\\s*"
              + "(here'?s|here is|below is|this is)\\b.{0,60}\\b"
              + "(version|draft|rewrite|rewritten|rephrased|revised|polished)\\b.{0,60}:?$");

  /**
   * The assistant's words after the draft: an invitation to change it, an offer to rewrite it or of
   * another version. A customer's "Would you like me to send the receipts?" offers no rewrite.
   */
  private static final Pattern AFTERWORD =
      Pattern.compile(
          "\\b(feel free to (adjust|edit|tweak|modify|personali[sz]e|add any)"
              + "|(would you like|(let me know|tell me) if you('d| would) like|if you want)"
              + " (me to (make|adjust|shorten|rewrite|redraft|tweak)|an?( \\w+){0,3} version)"
              + "|(adjust|tweak|change) the tone"
              + "|i hope this (draft )?helps)\\b");

  /** Whether a line is the writing assistant's, to the writer, about the draft it wrote. */
  static boolean isAssistantsNote(String line) {
    String lower = line.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
    if (lower.length() > 200) {
      return false;
    }
    return HANDOVER.matcher(lower).find() || AFTERWORD.matcher(lower).find();
  }
}
