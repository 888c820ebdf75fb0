package io.mailtriage.pii.detect;

/**
 * Payment card numbers: 12–19 digits, optionally grouped by spaces, hyphens, dots, slashes or
 * underscores, that pass the Luhn check and start with a known issuer prefix whose length rules
 * they meet.
 */
final class CreditCardRecognizer extends Recognizer {

  private static final java.util.List<ContextRule> CONTEXT =
      java.util.List.of(
          ContextRule.raise(
              40,
              0,
              0,
              0.98,
              "card",
              "credit",
              "debit",
              "visa",
              "mastercard",
              "amex",
              "american express",
              "discover",
              "cc",
              "kreditkarte",
              "carte",
              "pan"));

  CreditCardRecognizer() {
    super(PiiType.CREDIT_CARD, CONTEXT);
  }

  @Override
  public void scan(Scan s) {
    DigitGroups g = new DigitGroups(s);
    int[] digits = new int[19];
    while (g.next()) {
      if (g.digits < 12 || ("./_".indexOf(g.separator) >= 0 && !cardGroups(g))) {
        // Dots, slashes and underscores join the groups of amounts, versions, dates, references
        // and addresses too: only the groups a card is printed in (4-4-4-4, 4-4-4-4-3, 4-6-5)
        // count.
        continue;
      }
      if (afterPlus(s, g.starts[0]) || PhoneRecognizer.whatsAppLink(s, g.starts[0])) {
        // A leading + is the international dialling prefix ("+49 151 23456928"): nobody writes a
        // card that way, and some phone numbers happen to pass an issuer prefix and the Luhn check.
        // A WhatsApp link's digits are such a number with its '+' left out ("wa.me/4915…").
        continue;
      }
      // Try every group boundary as a start so a card inside a longer run of numbers is found.
      for (int first = 0; first < g.count; first++) {
        int n = 0;
        for (int last = first; last < g.count && n + g.length(last) <= 19; last++) {
          for (int k = 0; k < g.length(last); k++) {
            digits[n++] = g.digitAt(last, k);
          }
          if (n >= 12 && isCard(digits, n)) {
            s.add(PiiType.CREDIT_CARD, g.starts[first], g.ends[last], 0.9);
          }
        }
      }
    }
  }

  /** True when the run follows a '+', spaces allowed between: "+49 151 …", "+ 4915…". */
  private static boolean afterPlus(Scan s, int start) {
    int i = start - 1;
    while (i >= 0 && s.at(i) == ' ') {
      i--;
    }
    return i >= 0 && s.at(i) == '+';
  }

  private static boolean cardGroups(DigitGroups g) {
    if (g.count == 3) {
      return g.length(0) == 4 && g.length(1) == 6 && g.length(2) == 5;
    }
    if (g.count != 4 && g.count != 5) {
      return false;
    }
    for (int k = 0; k < g.count; k++) {
      if (g.length(k) != (k == 4 ? 3 : 4)) {
        return false;
      }
    }
    return true;
  }

  static boolean isCard(int[] d, int n) {
    return issuerAccepts(d, n) && luhn(d, n) && !allSame(d, n);
  }

  static boolean luhn(int[] d, int n) {
    int sum = 0;
    boolean dbl = false;
    for (int i = n - 1; i >= 0; i--) {
      int v = d[i];
      if (dbl) {
        v *= 2;
        if (v > 9) {
          v -= 9;
        }
      }
      sum += v;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }

  private static boolean allSame(int[] d, int n) {
    for (int i = 1; i < n; i++) {
      if (d[i] != d[0]) {
        return false;
      }
    }
    return true;
  }

  /** Issuer identification number ranges and the lengths each issuer uses. */
  static boolean issuerAccepts(int[] d, int n) {
    int p2 = d[0] * 10 + d[1];
    int p3 = p2 * 10 + d[2];
    int p4 = p3 * 10 + d[3];
    int p6 = p4 * 100 + d[4] * 10 + d[5];
    if (d[0] == 4) {
      return n == 13 || n == 16 || n == 19; // Visa
    }
    if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) {
      return n == 16; // Mastercard
    }
    if (p2 == 34 || p2 == 37) {
      return n == 15; // American Express
    }
    if (p4 == 6011 || p2 == 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) {
      return n >= 16 && n <= 19; // Discover
    }
    if (p2 == 36 || p2 == 38 || p2 == 39 || (p3 >= 300 && p3 <= 305)) {
      return n >= 14 && n <= 19; // Diners Club
    }
    if (p4 >= 3528 && p4 <= 3589) {
      return n >= 16 && n <= 19; // JCB
    }
    if (p2 == 62 || p2 == 81) {
      return n >= 16 && n <= 19; // UnionPay
    }
    if (p2 == 50 || (p2 >= 56 && p2 <= 58) || d[0] == 6) {
      return n >= 12 && n <= 19; // Maestro
    }
    if (p4 == 2200 || p4 == 2201 || p4 == 2202 || p4 == 2203 || p4 == 2204) {
      return n >= 16 && n <= 19; // Mir
    }
    return false;
  }
}
