package io.mailtriage.pii.token;

import io.mailtriage.keys.Crypto;
import io.mailtriage.keys.KeyMaterialException;
import io.mailtriage.keys.KeyRing;
import io.mailtriage.keys.SubjectKey;
import io.mailtriage.keys.TenantKeys;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns deterministic and FPE tokens back into values, for authorised tools. Tokens from every key
 * version still in the {@link KeyRing} re-identify. Subject-bound tokens need the subject's data
 * key; when it has been deleted they stay tokens.
 *
 * <p>NOT thread-safe (reuses cipher engines): one instance per thread.
 */
public final class Reidentifier {

  private final TenantKeys keys;
  private final TokenCipher cipher = new TokenCipher();

  public Reidentifier(TenantKeys keys) {
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  /**
   * The value behind a tenant-keyed reversible token; empty for irreversible or subject-bound
   * tokens.
   */
  public Optional<String> reveal(ParsedToken token, String tenant) {
    return reveal(token, tenant, sid -> null);
  }

  /**
   * @param subjectKeys returns a subject's data key by subject id, or null once it was shredded
   * @throws KeyMaterialException if the token's key version is not in the ring or it fails
   *     authentication
   */
  public Optional<String> reveal(
      ParsedToken token, String tenant, Function<String, byte[]> subjectKeys) {
    if (!token.mode().reversible()) {
      return Optional.empty();
    }
    SubjectKey subject = null;
    if (token.subjectBound()) {
      byte[] dataKey = subjectKeys.apply(token.subjectId());
      if (dataKey == null) {
        return Optional.empty();
      }
      subject = new SubjectKey(token.subjectId(), dataKey);
    } else if (!keys.ring().has(token.keyVersion())) {
      throw new KeyMaterialException(
          "token key version k" + token.keyVersion() + " is not in the key ring");
    }
    int v = token.keyVersion();
    if (token.mode() == TokenMode.FPE) {
      byte[] key = keys.key(v, tenant, subject, TenantKeys.Purpose.FPE);
      int digits = TokenCipher.digitCount(token.payload());
      int count = token.keepsLast4() ? digits - 4 : digits;
      if (count < TokenCipher.MIN_FPE_DIGITS) {
        throw new KeyMaterialException("malformed FPE token");
      }
      return Optional.of(
          cipher.ff1(key, Crypto.utf8(token.type().name()), token.payload(), count, false));
    }
    byte[] key = keys.key(v, tenant, subject, TenantKeys.Purpose.DETERMINISTIC);
    byte[] nonce = keys.key(v, tenant, subject, TenantKeys.Purpose.DETERMINISTIC_NONCE);
    byte[] sealed;
    try {
      sealed = Crypto.unb64(token.payload());
    } catch (IllegalArgumentException e) {
      throw new KeyMaterialException("malformed deterministic token");
    }
    byte[] plain = cipher.sivDecrypt(key, nonce, Crypto.utf8(token.type().name()), sealed);
    return Optional.of(new String(plain, java.nio.charset.StandardCharsets.UTF_8));
  }

  public String reidentify(String text, String tenant) {
    return reidentify(text, tenant, sid -> null);
  }

  /**
   * Replaces every token that can be revealed; tokens that cannot (irreversible, shredded, unknown
   * version, tampered) are left as they are.
   */
  public String reidentify(String text, String tenant, Function<String, byte[]> subjectKeys) {
    List<ParsedToken> tokens = TokenParser.find(text);
    if (tokens.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int pos = 0;
    for (ParsedToken t : tokens) {
      Optional<String> value;
      try {
        value = reveal(t, tenant, subjectKeys);
      } catch (KeyMaterialException e) {
        value = Optional.empty();
      }
      if (value.isPresent()) {
        out.append(text, pos, t.start()).append(value.get());
        pos = t.end();
      }
    }
    return out.append(text, pos, text.length()).toString();
  }
}
