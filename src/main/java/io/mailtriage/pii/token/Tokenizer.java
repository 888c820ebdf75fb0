package io.mailtriage.pii.token;

import io.mailtriage.keys.Crypto;
import io.mailtriage.keys.KeyMaterialException;
import io.mailtriage.keys.SubjectKey;
import io.mailtriage.keys.TenantKeys;
import io.mailtriage.pii.detect.Finding;
import io.mailtriage.pii.detect.PiiDetector;
import io.mailtriage.pii.detect.PiiType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Replaces findings with tokens according to a {@link TokenPolicy}, and produces the placeholder
 * text for the model alongside.
 *
 * <p>Deterministic tokens use AES-GCM-SIV under a per-tenant key with a nonce derived from the same
 * key, so equal values give equal tokens within a tenant and version (and only reveal equality).
 * FPE tokens use FF1 over the digits with the type name as tweak. When a {@link SubjectKeyLookup}
 * returns a subject for a finding, its reversible token is keyed by that subject's data key
 * instead, so deleting the data key shreds it.
 *
 * <p>Bracket characters {@code ⟦ ⟧} already present in the input are replaced by {@code [ ]} so a
 * sender cannot plant a token copied from someone else's mail for later re-identification.
 *
 * <p>NOT thread-safe (reuses cipher engines): one instance per thread or operator subtask.
 */
public final class Tokenizer {

  private final TenantKeys keys;
  private final TokenPolicy policy;
  private final TokenCipher cipher = new TokenCipher();

  /**
   * @param keys may be null only if the policy needs no keys (mask/redact only)
   */
  public Tokenizer(TenantKeys keys, TokenPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
    if (keys == null && policy.needsKeys()) {
      throw new KeyMaterialException(
          "token policy uses keyed modes but no key material is configured");
    }
    this.keys = keys;
  }

  public TokenPolicy policy() {
    return policy;
  }

  public TokenizedText tokenize(String text, List<Finding> findings, String tenant) {
    return tokenize(text, findings, tenant, null);
  }

  /**
   * @param findings non-overlapping findings in {@code text} (as from {@link PiiDetector});
   *     overlapping ones after the first are skipped
   * @param subjects picks a subject key per finding, or null to use tenant keys throughout
   */
  public TokenizedText tokenize(
      String text, List<Finding> findings, String tenant, SubjectKeyLookup subjects) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparingInt(Finding::start));
    StringBuilder tok = new StringBuilder(text.length() + 32 * sorted.size());
    StringBuilder model = new StringBuilder(text.length());
    int pos = 0;
    for (Finding f : sorted) {
      if (f.start() < pos || f.end() > text.length()) {
        continue;
      }
      appendNeutralised(tok, model, text, pos, f.start());
      String value = text.substring(f.start(), f.end());
      SubjectKey subject = subjects == null ? null : subjects.forFinding(f, value);
      tok.append(token(f.type(), value, tenant, subject));
      model.append(f.type().placeholder());
      pos = f.end();
    }
    appendNeutralised(tok, model, text, pos, text.length());
    return new TokenizedText(tok.toString(), model.toString());
  }

  /** The token for one value under the tenant's newest key. */
  public String token(PiiType type, String value, String tenant) {
    return token(type, value, tenant, null);
  }

  public String token(PiiType type, String value, String tenant, SubjectKey subject) {
    TokenMode mode = policy.mode(type);
    int digits = mode == TokenMode.FPE ? TokenCipher.digitCount(value) : 0;
    if (mode == TokenMode.FPE && digits < TokenCipher.MIN_FPE_DIGITS) {
      // Too few digits for FF1's minimum domain: fall back to an equally reversible token.
      mode = TokenMode.DETERMINISTIC;
    }
    switch (mode) {
      case REDACT:
        return TokenParser.OPEN + type.name() + TokenParser.CLOSE;
      case MASK:
        return TokenParser.OPEN
            + type.name()
            + ":mask:"
            + Masking.mask(type, value)
            + TokenParser.CLOSE;
      default:
        break;
    }
    Objects.requireNonNull(tenant, "tenant");
    int version = keys.currentVersion();
    String head =
        TokenParser.OPEN + type.name() + ":k" + version + ":" + (subject != null ? "s" : "");
    String sid = subject != null ? subject.subjectId() + "." : "";
    switch (mode) {
      case HASH:
        {
          byte[] mac =
              cipher.hmac(
                  keys.key(version, tenant, TenantKeys.Purpose.HASH),
                  Crypto.utf8(type.name() + "\u0000" + value));
          return head + "hash:" + Crypto.b64(java.util.Arrays.copyOf(mac, 16)) + TokenParser.CLOSE;
        }
      case FPE:
        {
          boolean last4 = policy.keepsLast4(type) && digits - 4 >= TokenCipher.MIN_FPE_DIGITS;
          byte[] key = keys.key(version, tenant, subject, TenantKeys.Purpose.FPE);
          String enc =
              cipher.ff1(key, Crypto.utf8(type.name()), value, last4 ? digits - 4 : digits, true);
          return head + (last4 ? "fpe4:" : "fpe:") + sid + enc + TokenParser.CLOSE;
        }
      default:
        {
          byte[] key = keys.key(version, tenant, subject, TenantKeys.Purpose.DETERMINISTIC);
          byte[] nonce = keys.key(version, tenant, subject, TenantKeys.Purpose.DETERMINISTIC_NONCE);
          byte[] ct = cipher.sivEncrypt(key, nonce, Crypto.utf8(type.name()), Crypto.utf8(value));
          return head + "det:" + sid + Crypto.b64(ct) + TokenParser.CLOSE;
        }
    }
  }

  /** Appends text[from, to) to both outputs in bulk, with any token brackets turned into [ ]. */
  private static void appendNeutralised(
      StringBuilder tok, StringBuilder model, String text, int from, int to) {
    int run = from;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == TokenParser.OPEN || c == TokenParser.CLOSE) {
        char plain = c == TokenParser.OPEN ? '[' : ']';
        tok.append(text, run, i).append(plain);
        model.append(text, run, i).append(plain);
        run = i + 1;
      }
    }
    tok.append(text, run, to);
    model.append(text, run, to);
  }
}
