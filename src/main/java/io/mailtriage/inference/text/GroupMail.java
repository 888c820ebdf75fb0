package io.mailtriage.inference.text;

import java.util.Locale;

/**
 * The sentences of a mail sent to several firms at once about the sending itself: that it went to
 * all of them ("I've asked each of you the same question", "Apologies for the group email"), how to
 * answer it ("Please don't reply all", "Reply individually please") and who may ignore it ("If
 * you're not the right bank for this, just ignore it"). They say who the mail went to, not what the
 * writer needs; their words (accounts with each bank, deciding which one to keep) read as opening
 * or closing an account.
 */
final class GroupMail {
  private GroupMail() {}

  /** Phrases (lower case) that speak of the mail's several addressees or of answering it. */
  private static final String[] MARKERS = {
    "each of you",
    "all of you",
    "any of you",
    "whichever of you",
    "every one of you",
    "few of you",
    "everyone the same",
    "all my banks",
    "all the banks",
    "all of my banks",
    "several banks",
    "a few banks",
    "same question to",
    "same email to",
    "same message to",
    "group email",
    "group mail",
    "group message",
    "reply all",
    "reply-all",
    "reply to all",
    "reply individually",
    "answer individually",
    "the right bank",
    "the wrong bank",
    "copying in all",
    "cc'd all",
    "bcc'd"
  };

  /**
   * Whether a sentence speaks of the mail's several addressees and asks nothing: a question about
   * them ("Can each of you tell me your overdraft rate?") is the request, and stays.
   */
  static boolean speaksOfItsRecipients(String sentence) {
    if (sentence.length() > 200 || sentence.indexOf('?') >= 0) {
      return false;
    }
    return MailCues.containsAny(sentence.toLowerCase(Locale.ROOT).replace('’', '\''), MARKERS);
  }
}
