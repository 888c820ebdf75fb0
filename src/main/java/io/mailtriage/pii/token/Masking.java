package io.mailtriage.pii.token;

import io.mailtriage.pii.detect.PiiType;

/** Human-readable, irreversible masks for {@link TokenMode#MASK}. Stateless. */
final class Masking {

  private Masking() {}

  /**
   * E-mail: first character and the domain ("j***@example.com"); digit types: every letter and
   * digit starred except the last four ("**** **** **** 1111"); names: initial only; anything else:
   * fully starred.
   */
  static String mask(PiiType type, String value) {
    String v = value.replace(TokenParser.OPEN, '*').replace(TokenParser.CLOSE, '*');
    switch (type) {
      case EMAIL:
        {
          int at = v.lastIndexOf('@');
          return at > 0 ? v.charAt(0) + "***" + v.substring(at) : "***";
        }
      case CREDIT_CARD:
      case PHONE:
      case IBAN:
      case US_SSN:
        {
          char[] c = v.toCharArray();
          int keep = 4;
          for (int i = c.length - 1; i >= 0; i--) {
            if (Character.isLetterOrDigit(c[i])) {
              if (keep > 0) {
                keep--;
              } else {
                c[i] = '*';
              }
            }
          }
          return new String(c);
        }
      case PERSON:
        return v.isEmpty() ? "***" : v.charAt(0) + "***";
      default:
        return "***";
    }
  }
}
