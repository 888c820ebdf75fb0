package io.mailtriage.pii.token;

/** How a detected value is replaced in the tokenized text. */
public enum TokenMode {
  /**
   * Reversible, deterministic (AES-GCM-SIV, fixed derived nonce): same value, same token per
   * tenant.
   */
  DETERMINISTIC("det"),
  /** Reversible format-preserving encryption of the digits (FF1); other characters kept. */
  FPE("fpe"),
  /** Keyed HMAC-SHA256: joinable, not reversible. */
  HASH("hash"),
  /**
   * Characters starred out, a few kept for humans (last four digits, e-mail domain). Not
   * reversible.
   */
  MASK("mask"),
  /** Only the type is kept. */
  REDACT("redact");

  private final String code;

  TokenMode(String code) {
    this.code = code;
  }

  /** The mode's name inside a token. */
  public String code() {
    return code;
  }

  public boolean reversible() {
    return this == DETERMINISTIC || this == FPE;
  }

  public boolean needsKey() {
    return this == DETERMINISTIC || this == FPE || this == HASH;
  }

  static TokenMode fromCode(String code) {
    for (TokenMode m : values()) {
      if (m.code.equals(code)) {
        return m;
      }
    }
    return null;
  }
}
