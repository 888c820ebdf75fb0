package io.mailtriage.keys;

import io.mailtriage.pii.token.SubjectKeys;
import java.util.Objects;

/**
 * A data subject's random data key, in clear (after {@link SubjectKeys#unwrap}). Reversible tokens
 * bound to it become unrecoverable once the wrapped key is deleted (crypto-shredding). {@link
 * #toString()} hides the key.
 */
public record SubjectKey(String subjectId, byte[] dataKey) {

  public SubjectKey {
    Objects.requireNonNull(subjectId, "subjectId");
    if (dataKey == null || dataKey.length != Crypto.KEY_BYTES) {
      throw new IllegalArgumentException("subject data key must be " + Crypto.KEY_BYTES + " bytes");
    }
    if (subjectId.isEmpty() || subjectId.indexOf('.') >= 0 || subjectId.indexOf(':') >= 0) {
      throw new IllegalArgumentException("subject id must be non-empty and contain no '.' or ':'");
    }
    dataKey = dataKey.clone();
  }

  @Override
  public byte[] dataKey() {
    return dataKey.clone();
  }

  /** Keys for subject-bound tokens, derived from the data key per purpose. */
  byte[] derive(TenantKeys.Purpose purpose) {
    return Crypto.hkdf(dataKey, "subject\u0000" + purpose.name(), purpose.length);
  }

  @Override
  public String toString() {
    return "SubjectKey[" + subjectId + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubjectKey k
        && k.subjectId.equals(subjectId)
        && java.security.MessageDigest.isEqual(k.dataKey, dataKey);
  }

  @Override
  public int hashCode() {
    return subjectId.hashCode();
  }
}
