package io.mailtriage.inference.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a chat pasted into a mail holds besides the question passed on: its speakers' lines when an
 * app writes the speaker and time over each turn ("Mum, [21:18]", "Grandad 9:05 PM"), and the other
 * turns' chatter, which speaks of nothing a bank does.
 */
final class Chats {

  /** A line that is only a speaker and a time, the turn under it ("Mum, [21:18]"). */
  private static final Pattern SPEAKER_OVER_TURN =
      Pattern.compile(
          "^([^\\d:\\[\\]]{1,40}?)[,\\s]\\s*\\[?\\d{1,2}[:.]\\d{2}(?:\\s?[ap]m)?\\]?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * Words of a bank's business: a turn that holds one asks the bank something, a turn without any
   * is the chat's own ("Anyone coming on Sunday?").
   */
  private static final Set<String> MONEY_WORDS =
      Set.of(
          "account",
          "accounts",
          "atm",
          "atms",
          "balance",
          "bank",
          "banking",
          "banks",
          "card",
          "cards",
          "cash",
          "charge",
          "charged",
          "charges",
          "cheque",
          "check",
          "contactless",
          "currency",
          "currencies",
          "debit",
          "declined",
          "deposit",
          "deposited",
          "exchange",
          "fee",
          "fees",
          "funds",
          "interest",
          "loan",
          "money",
          "overdraft",
          "passcode",
          "password",
          "pay",
          "paid",
          "payment",
          "payments",
          "pending",
          "pin",
          "rate",
          "rates",
          "refund",
          "refunded",
          "savings",
          "statement",
          "top-up",
          "topup",
          "transaction",
          "transactions",
          "transfer",
          "transferred",
          "transfers",
          "withdraw",
          "withdrawal",
          "withdrawn",
          "salary",
          "wallet",
          "euro",
          "euros",
          "dollars",
          "pounds",
          "verify",
          "identity",
          "app");

  private Chats() {}

  /** Whether a line is a speaker and a time over the turn under it ("Auntie Ros, [21:34]"). */
  static boolean isSpeakerLine(String line) {
    return SPEAKER_OVER_TURN.matcher(line.strip()).matches();
  }

  /** The speaker of a {@link #isSpeakerLine speaker line}. */
  static String speakerOf(String line) {
    java.util.regex.Matcher m = SPEAKER_OVER_TURN.matcher(line.strip());
    return m.matches() ? m.group(1) : "";
  }

  /** Whether a chat turn speaks of the bank's business: a word of it, "top up", a currency sign. */
  static boolean isAboutMoney(String turn) {
    String t = turn.toLowerCase(Locale.ROOT);
    if (t.contains("top up") || t.contains("topped up")) {
      return true;
    }
    for (int i = 0; i < t.length(); i++) {
      if ("$€£¥".indexOf(t.charAt(i)) >= 0) {
        return true;
      }
    }
    for (String w : t.split("[^\\p{L}\\p{N}-]+")) {
      if (MONEY_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
