package io.mailtriage.pii.token;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.mailtriage.keys.Crypto;
import io.mailtriage.keys.KeyMaterialException;
import io.mailtriage.keys.SubjectKey;
import io.mailtriage.keys.TenantKeys;
import io.mailtriage.pii.detect.PiiType;
import java.util.Locale;
import java.util.Objects;

/**
 * Crypto-shredding building blocks: subject ids, random per-subject data keys, and wrapping of
 * those keys under the tenant's key (AES-GCM, bound to tenant and subject id).
 *
 * <p>The subject id is a keyed HMAC of the normalised e-mail address or E.164 phone number, not a
 * reversible token: it stays next to the subject's tokens, so if it could be decrypted the identity
 * would survive deletion of the subject key.
 *
 * <p>Thread-safe (no mutable state; engines are created per call).
 */
public final class SubjectKeys {

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private static final int ID_BYTES = 16;

  private final TenantKeys keys;

  public SubjectKeys(TenantKeys keys) {
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  /**
   * The subject id of an e-mail address or phone number, or null when the value is not an
   * address/phone or cannot be normalised. It is keyed with the oldest version in the ring, so
   * adding versions keeps ids stable; retiring that oldest version changes every id.
   */
  public String subjectId(String tenant, PiiType type, String value, String defaultRegion) {
    String normalised =
        switch (type) {
          case EMAIL -> normaliseEmail(value);
          case PHONE -> normalisePhone(value, defaultRegion);
          default -> null;
        };
    if (normalised == null) {
      return null;
    }
    byte[] key = keys.key(keys.ring().versions().first(), tenant, TenantKeys.Purpose.SUBJECT_ID);
    byte[] mac = Crypto.hmac(key, Crypto.utf8(type.name() + "\u0000" + normalised));
    return Crypto.b64(java.util.Arrays.copyOf(mac, ID_BYTES));
  }

  /** A fresh random 256-bit data key for a new subject. */
  public SubjectKey newSubjectKey(String subjectId) {
    return new SubjectKey(subjectId, Crypto.random(Crypto.KEY_BYTES));
  }

  /**
   * Encrypts the data key under the tenant's newest key: version (1 byte) || nonce || ciphertext.
   */
  public byte[] wrap(String tenant, SubjectKey key) {
    int version = keys.currentVersion();
    if (version > 255) {
      throw new KeyMaterialException(
          "key version k" + version + " does not fit the wrapped-key format");
    }
    byte[] sealed =
        Crypto.gcmSeal(
            keys.key(version, tenant, TenantKeys.Purpose.SUBJECT_WRAP),
            key.dataKey(),
            aad(tenant, key.subjectId()));
    byte[] out = new byte[1 + sealed.length];
    out[0] = (byte) version;
    System.arraycopy(sealed, 0, out, 1, sealed.length);
    return out;
  }

  /** Reverses {@link #wrap}; fails if tenant, subject id or key version do not match. */
  public SubjectKey unwrap(String tenant, String subjectId, byte[] wrapped) {
    if (wrapped == null || wrapped.length < 2) {
      throw new KeyMaterialException("wrapped subject key is truncated");
    }
    int version = wrapped[0] & 0xff;
    byte[] key =
        Crypto.gcmOpen(
            keys.key(version, tenant, TenantKeys.Purpose.SUBJECT_WRAP),
            wrapped,
            1,
            aad(tenant, subjectId));
    return new SubjectKey(subjectId, key);
  }

  /**
   * Version of the tenant key a wrapped key was sealed under, to re-wrap old ones after rotation.
   */
  public static int wrappedVersion(byte[] wrapped) {
    return wrapped[0] & 0xff;
  }

  static String normaliseEmail(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    int at = v.lastIndexOf('@');
    return at > 0 && at < v.length() - 1 ? v : null;
  }

  static String normalisePhone(String value, String defaultRegion) {
    try {
      var number = PHONES.parse(value, defaultRegion == null ? "ZZ" : defaultRegion);
      return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    } catch (NumberParseException e) {
      return null;
    }
  }

  private static byte[] aad(String tenant, String subjectId) {
    return Crypto.utf8("subject-key\u0000" + tenant + "\u0000" + subjectId);
  }
}
