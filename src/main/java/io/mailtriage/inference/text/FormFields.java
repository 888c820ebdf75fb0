package io.mailtriage.inference.text;

import java.util.Locale;
import java.util.Set;

/**
 * The fields of a form's notification that are not written "Label: value" with a short label
 * ({@link MailCues#isDataField}): a complaint site's, a help desk's or a contact form's.
 *
 * <p>A form may ask for the message with a question of its own on a line by itself ("What
 * happened?", "How can we help?"): what the writer typed stands under it, and the question is the
 * form's, not the writer's. After the message a form goes on with fields that name their value in a
 * longer label ("What the consumer would like: An answer", "Preferred way to reply: Email"): the
 * form's, and with them its small print and footer, not the message.
 */
final class FormFields {

  /** A form's own question over the message field, lower case, on a line by itself. */
  private static final Set<String> QUESTION_LABELS =
      Set.of(
          "what happened?",
          "what has happened?",
          "what's happened?",
          "what went wrong?",
          "how can we help?",
          "how can we help you?",
          "how can we help you today?",
          "what can we help with?",
          "what can we help you with?",
          "what is your question?",
          "what's your question?",
          "what is your enquiry?",
          "what is your enquiry about?",
          "what is the problem?",
          "what's the problem?",
          "what is the issue?",
          "what's the issue?",
          "what is your complaint?",
          "what is your complaint about?",
          "what would you like to tell us?");

  /** The most words of a long field's label and of its value. */
  private static final int LABEL_WORDS = 7;

  private static final int VALUE_WORDS = 6;

  /** Words that make a label the writer's own ("What I'd like: a refund"), not the form's. */
  private static final Set<String> FIRST_PERSON =
      Set.of("i", "i'd", "i'm", "i’d", "i’m", "me", "my", "we", "we'd", "we’d", "our", "us");

  private FormFields() {}

  /** Whether a line is only a form's question that the message under it answers. */
  static boolean isQuestionLabel(String line) {
    String t = line.strip().toLowerCase(Locale.ROOT);
    if (t.endsWith(":")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return QUESTION_LABELS.contains(t);
  }

  /**
   * Whether a line is a field of the form that follows its message: a label of up to seven words in
   * the form's voice and a colon, over a value of a few words that is no sentence and no question
   * ("What the consumer would like: A response and an explanation"). A label in the first person is
   * the writer's own heading inside the message.
   */
  static boolean isLongField(String line) {
    int colon = line.indexOf(':');
    if (colon < 1 || colon > MailCues.HEAD) {
      return false;
    }
    String label = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    String value = line.substring(colon + 1).strip();
    if (label.isEmpty() || value.isEmpty() || value.endsWith("?") || value.endsWith(".")) {
      return false;
    }
    String[] words = label.split("\\s+");
    if (words.length > LABEL_WORDS) {
      return false;
    }
    for (String w : words) {
      if (FIRST_PERSON.contains(w) || !w.chars().allMatch(FormFields::isLabelChar)) {
        return false;
      }
    }
    return value.split("\\s+").length <= VALUE_WORDS && !value.contains(". ");
  }

  private static boolean isLabelChar(int c) {
    return Character.isLetter(c) || c == '\'' || c == '’' || c == '-' || c == '/' || c == '&';
  }
}
