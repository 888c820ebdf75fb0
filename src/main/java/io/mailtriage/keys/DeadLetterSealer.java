package io.mailtriage.keys;

import java.util.Objects;

/**
 * Encrypts dead-letter payloads (raw mail that failed processing) with AES-GCM under a key derived
 * from the master key, so the dead-letter topic holds no clear personal data; an authorised replay
 * tool with the same key ring opens them.
 *
 * <p>Format: 'M' 'T' 'D' 0x01 | key version (1 byte) | 12-byte random nonce | ciphertext+tag. The
 * header and the caller's context are authenticated. Thread-safe.
 */
public final class DeadLetterSealer {

  private static final byte[] MAGIC = {'M', 'T', 'D', 1};
  private static final String SCOPE = "dead-letter";

  private final TenantKeys keys;

  public DeadLetterSealer(KeyRing ring) {
    this.keys = new TenantKeys(Objects.requireNonNull(ring, "ring"));
  }

  /**
   * @param context authenticated but not encrypted (e.g. source topic/partition/offset); may be
   *     empty
   */
  public byte[] seal(byte[] payload, byte[] context) {
    int version = keys.currentVersion();
    if (version > 255) {
      throw new KeyMaterialException(
          "key version k" + version + " does not fit the dead-letter format");
    }
    byte[] header = header(version);
    byte[] sealed = Crypto.gcmSeal(key(version), payload, aad(header, context));
    byte[] out = new byte[header.length + sealed.length];
    System.arraycopy(header, 0, out, 0, header.length);
    System.arraycopy(sealed, 0, out, header.length, sealed.length);
    return out;
  }

  /**
   * @throws KeyMaterialException if the data is not a sealed dead letter, or fails authentication
   */
  public byte[] open(byte[] sealed, byte[] context) {
    if (sealed == null || sealed.length < MAGIC.length + 1) {
      throw new KeyMaterialException("not a sealed dead letter");
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (sealed[i] != MAGIC[i]) {
        throw new KeyMaterialException("not a sealed dead letter");
      }
    }
    int version = sealed[MAGIC.length] & 0xff;
    if (!keys.ring().has(version)) {
      throw new KeyMaterialException(
          "dead letter sealed with key version k" + version + ", not in the key ring");
    }
    return Crypto.gcmOpen(key(version), sealed, MAGIC.length + 1, aad(header(version), context));
  }

  private byte[] key(int version) {
    return keys.key(version, SCOPE, TenantKeys.Purpose.DEAD_LETTER);
  }

  private static byte[] header(int version) {
    byte[] h = new byte[MAGIC.length + 1];
    System.arraycopy(MAGIC, 0, h, 0, MAGIC.length);
    h[MAGIC.length] = (byte) version;
    return h;
  }

  private static byte[] aad(byte[] header, byte[] context) {
    byte[] ctx = context == null ? new byte[0] : context;
    byte[] aad = new byte[header.length + ctx.length];
    System.arraycopy(header, 0, aad, 0, header.length);
    System.arraycopy(ctx, 0, aad, header.length, ctx.length);
    return aad;
  }
}
