package io.mailtriage.keys;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.AEADCipher;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Small wrappers over the Bouncy Castle lightweight API shared by the token, subject-key and
 * dead-letter classes. Stateless; every method builds its own engine, so all are thread-safe.
 */
public final class Crypto {

  public static final int KEY_BYTES = 32;
  public static final int NONCE_BYTES = 12;
  public static final int TAG_BITS = 128;
  private static final byte[] SALT = "mailtriage/pii/v1".getBytes(StandardCharsets.UTF_8);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private Crypto() {}

  /** HKDF-SHA256 with a fixed application salt; {@code info} separates purposes and tenants. */
  public static byte[] hkdf(byte[] ikm, String info, int length) {
    HKDFBytesGenerator gen = new HKDFBytesGenerator(new SHA256Digest());
    gen.init(new HKDFParameters(ikm, SALT, info.getBytes(StandardCharsets.UTF_8)));
    byte[] out = new byte[length];
    gen.generateBytes(out, 0, length);
    return out;
  }

  public static byte[] hmac(byte[] key, byte[] data) {
    HMac mac = new HMac(new SHA256Digest());
    mac.init(new KeyParameter(key));
    mac.update(data, 0, data.length);
    byte[] out = new byte[mac.getMacSize()];
    mac.doFinal(out, 0);
    return out;
  }

  public static byte[] random(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }

  /** AES-GCM with a fresh random nonce; output is nonce || ciphertext || tag. */
  public static byte[] gcmSeal(byte[] key, byte[] plaintext, byte[] aad) {
    byte[] nonce = random(NONCE_BYTES);
    AEADCipher gcm = GCMBlockCipher.newInstance(AESEngine.newInstance());
    gcm.init(true, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce, aad));
    byte[] out = new byte[NONCE_BYTES + gcm.getOutputSize(plaintext.length)];
    System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
    int n = gcm.processBytes(plaintext, 0, plaintext.length, out, NONCE_BYTES);
    try {
      gcm.doFinal(out, NONCE_BYTES + n);
    } catch (InvalidCipherTextException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
    return out;
  }

  /** Opens {@link #gcmSeal} output found at {@code offset}; throws if it does not authenticate. */
  public static byte[] gcmOpen(byte[] key, byte[] sealed, int offset, byte[] aad) {
    if (sealed.length - offset < NONCE_BYTES + TAG_BITS / 8) {
      throw new KeyMaterialException("sealed data is truncated");
    }
    AEADCipher gcm = GCMBlockCipher.newInstance(AESEngine.newInstance());
    byte[] nonce = java.util.Arrays.copyOfRange(sealed, offset, offset + NONCE_BYTES);
    gcm.init(false, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce, aad));
    int ctOff = offset + NONCE_BYTES;
    int ctLen = sealed.length - ctOff;
    byte[] out = new byte[gcm.getOutputSize(ctLen)];
    int n = gcm.processBytes(sealed, ctOff, ctLen, out, 0);
    try {
      gcm.doFinal(out, n);
    } catch (InvalidCipherTextException e) {
      throw new KeyMaterialException("sealed data failed authentication (wrong key or tampered)");
    }
    return out;
  }

  public static String b64(byte[] b) {
    return B64.encodeToString(b);
  }

  public static byte[] unb64(String s) {
    return B64D.decode(s);
  }

  public static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
