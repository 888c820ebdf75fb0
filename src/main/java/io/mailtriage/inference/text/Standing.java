package io.mailtriage.inference.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A paragraph that only says who the writer is and for whom they write: "We bank with you for
 * Wrenfield Pottery (business account ending 5521).", "I look after the accounts for Kettle & Hob
 * Ltd.", "Writing on behalf of my mother, account ending 0193.". It names a firm, a person and an
 * account, not what is wanted, and read beside a short request its "accounts", "business" and "on
 * behalf of" pull the reading towards account and third-party intents. A paragraph that also asks
 * or says what is wrong ("We bank with you for the shop and want a second card.") stays.
 */
final class Standing {
  private Standing() {}

  /** How a writer opens a paragraph that says who they are. */
  private static final Pattern OPENING =
      Pattern.compile(
          "^(we|i) (bank|have banked|have been banking) with you for\\b"
              + "|^(i|we) (look after|manage|run|handle|do|keep) (the )?(accounts|books|finances)"
              + " (for|of)\\b"
              + "|^(i am |i'm |we are |we're )?writing (to you )?(on behalf of|for|from)\\b");

  /** Words that make such a paragraph say what is wanted or wrong as well. */
  private static final Pattern ASKS =
      Pattern.compile(
          "\\?|\\b(please|can|could|would|need|needs|want|wants|help|why|how|what|when|not"
              + "|never|problem|issue|question|wrong|because|but|and (we|i))\\b|n't\\b");

  /** The longest such paragraph: a longer one says more than who writes. */
  private static final int MAX_CHARS = 160;

  /**
   * Blanks every one-line paragraph that only says who the writer is, unless nothing else is left.
   */
  static void leaveOut(List<String> lines) {
    int others = 0;
    int found = -1;
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).strip();
      if (t.isEmpty()) {
        continue;
      }
      boolean alone =
          (i == 0 || lines.get(i - 1).isBlank())
              && (i + 1 == lines.size() || lines.get(i + 1).isBlank());
      if (found < 0 && alone && onlySaysWhoWrites(t)) {
        found = i;
      } else {
        others++;
      }
    }
    if (found >= 0 && others > 0) {
      lines.set(found, "");
    }
  }

  static boolean onlySaysWhoWrites(String paragraph) {
    String t = paragraph.toLowerCase(Locale.ROOT).replace('’', '\'');
    return t.length() <= MAX_CHARS && OPENING.matcher(t).find() && !ASKS.matcher(t).find();
  }
}
