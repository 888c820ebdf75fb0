package io.mailtriage.pii.detect;

/**
 * What a customer asks for when it is no person: after "ask for" one capitalised word no list knows
 * is read as a name when its clause ends with it ("ask for Somchai, he …"), and a word written with
 * a capital for weight or as a button's label ("ask for Details at the counter", "ask for Help in
 * the app") has the same shape. Such a word is an abstract noun, which its ending tells
 * ("Assistance", "Confirmation", "Priority", "Reimbursement"), or one of the everyday things
 * service mail asks for, in the singular or the plural ("Refunds", "Receipts"). No given name of
 * the lists ends so, and those the lists know never reach this test.
 */
final class ThingsAskedFor {

  private ThingsAskedFor() {}

  /** The endings of English abstract nouns (the lower-cased copy's ASCII). */
  private static final String[] NOUN_ENDINGS = {
    "tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship"
  };

  /** Everyday things asked for, in the singular. */
  private static final WordSet THINGS =
      WordSet.of(
          "help",
          "detail",
          "info",
          "advice",
          "refund",
          "receipt",
          "statement",
          "copy",
          "cash",
          "change",
          "quote",
          "callback",
          "approval",
          "feedback",
          "proof",
          "evidence",
          "document",
          "invoice",
          "discount",
          "credit",
          "update",
          "reference",
          "form",
          "letter",
          "code",
          "pin",
          "card",
          "money",
          "time",
          "direction",
          "extra",
          "upgrade",
          "voucher",
          "ticket",
          "booking",
          "appointment",
          "estimate",
          "sample",
          "key",
          "password",
          "login",
          "number",
          "address",
          "details",
          "directions");

  /** Whether the capitalised word at {@code [start, end)} is a thing rather than a name. */
  static boolean thing(Scan s, int start, int end) {
    char[] lower = s.lower;
    int stem = end > start + 3 && lower[end - 1] == 's' && lower[end - 2] != 's' ? end - 1 : end;
    if (THINGS.contains(lower, start, end) || THINGS.contains(lower, start, stem)) {
      return true;
    }
    for (String ending : NOUN_ENDINGS) {
      int from = stem - ending.length();
      if (from > start + 1 && s.regionEquals(from, ending)) {
        return true;
      }
    }
    return false;
  }
}
