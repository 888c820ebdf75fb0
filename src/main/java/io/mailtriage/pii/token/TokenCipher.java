package io.mailtriage.pii.token;

import io.mailtriage.keys.Crypto;
import io.mailtriage.keys.KeyMaterialException;
import io.mailtriage.keys.SubjectKey;
import io.mailtriage.keys.TenantKeys;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.fpe.FPEFF1Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMSIVBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.FPEParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.util.BasicAlphabetMapper;

/**
 * The token primitives: AES-GCM-SIV with a fixed derived nonce (deterministic, authenticated), FF1
 * over decimal digits, and HMAC-SHA256. Holds reusable engines, so it is NOT thread-safe: each
 * {@link Tokenizer} / {@link Reidentifier} owns one.
 */
final class TokenCipher {

  /** Fewest digits FF1 is used on: 10^6 is the NIST SP 800-38G minimum domain size. */
  static final int MIN_FPE_DIGITS = 6;

  private static final BasicAlphabetMapper DIGITS = new BasicAlphabetMapper("0123456789");

  private final GCMSIVBlockCipher siv = new GCMSIVBlockCipher(AESEngine.newInstance());
  private final FPEFF1Engine ff1 = new FPEFF1Engine(AESEngine.newInstance());
  private final HMac hmac = new HMac(new SHA256Digest());

  /**
   * What {@link #siv} was last initialised with. Deterministic tokens of one tenant share key and
   * nonce, and GCM-SIV's per-init work (deriving the message keys from key and nonce, expanding
   * them) is a large part of a token's cost, so a repeat skips it: after doFinal the cipher is back
   * in its initialised state. The associated data (the entity type) is therefore not part of the
   * init but fed to each operation, so tokens of alternating types share one init too. Keys are
   * compared by identity, since {@link TenantKeys} and {@link SubjectKey} hand out the same cached
   * arrays. An operation that does not complete clears {@link #sivKey}, so the next one starts from
   * a fresh init rather than from half-fed state.
   */
  private boolean sivEncrypting;

  private byte[] sivKey;
  private byte[] sivNonce;

  /**
   * As for {@link #siv}: FF1 keeps no state between blocks, so the same key and tweak need no new
   * init.
   */
  private boolean ff1Encrypting;

  private byte[] ff1Key;
  private byte[] ff1Tweak;

  byte[] sivEncrypt(byte[] key, byte[] nonce, byte[] aad, byte[] plain) {
    initSiv(true, key, nonce);
    boolean done = false;
    try {
      siv.processAADBytes(aad, 0, aad.length);
      byte[] out = new byte[siv.getOutputSize(plain.length)];
      int n = siv.processBytes(plain, 0, plain.length, out, 0);
      siv.doFinal(out, n);
      done = true;
      return out;
    } catch (InvalidCipherTextException e) {
      throw new IllegalStateException("AES-GCM-SIV encryption failed", e);
    } finally {
      if (!done) {
        sivKey = null;
      }
    }
  }

  byte[] sivDecrypt(byte[] key, byte[] nonce, byte[] aad, byte[] sealed) {
    initSiv(false, key, nonce);
    boolean done = false;
    try {
      siv.processAADBytes(aad, 0, aad.length);
      byte[] out = new byte[siv.getOutputSize(sealed.length)];
      int n = siv.processBytes(sealed, 0, sealed.length, out, 0);
      int total = n + siv.doFinal(out, n);
      done = true;
      return total == out.length ? out : java.util.Arrays.copyOf(out, total);
    } catch (InvalidCipherTextException | IllegalStateException e) {
      throw new KeyMaterialException(
          "token failed authentication (wrong tenant, key or tampered token)");
    } finally {
      if (!done) {
        sivKey = null;
      }
    }
  }

  private void initSiv(boolean encrypt, byte[] key, byte[] nonce) {
    if (encrypt == sivEncrypting && key == sivKey && nonce == sivNonce) {
      return;
    }
    sivKey = null;
    siv.init(encrypt, new AEADParameters(new KeyParameter(key), Crypto.TAG_BITS, nonce));
    sivEncrypting = encrypt;
    sivKey = key;
    sivNonce = nonce;
  }

  byte[] hmac(byte[] key, byte[] data) {
    hmac.init(new KeyParameter(key));
    hmac.update(data, 0, data.length);
    byte[] out = new byte[hmac.getMacSize()];
    hmac.doFinal(out, 0);
    return out;
  }

  /** Number of decimal digits (any Unicode digit) in {@code value}. */
  static int digitCount(String value) {
    int n = 0;
    for (int i = 0; i < value.length(); i++) {
      if (Character.isDigit(value.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /**
   * Enciphers (or deciphers) the first {@code count} digits of {@code value} with FF1, writing
   * ASCII digits and keeping every other character, including any later digits (as ASCII).
   */
  String ff1(byte[] key, byte[] tweak, String value, int count, boolean encrypt) {
    char[] out = value.toCharArray();
    char[] digits = new char[count];
    int[] positions = new int[count];
    int n = 0;
    for (int i = 0; i < out.length; i++) {
      int d = Character.digit(out[i], 10);
      if (d >= 0 && Character.isDigit(out[i])) {
        out[i] = (char) ('0' + d);
        if (n < count) {
          positions[n] = i;
          digits[n++] = out[i];
        }
      }
    }
    if (n != count || count < MIN_FPE_DIGITS) {
      throw new IllegalArgumentException(
          "FF1 needs " + count + " >= " + MIN_FPE_DIGITS + " digits");
    }
    if (encrypt != ff1Encrypting || key != ff1Key || !java.util.Arrays.equals(tweak, ff1Tweak)) {
      ff1Key = null;
      ff1.init(encrypt, new FPEParameters(new KeyParameter(key), DIGITS.getRadix(), tweak));
      ff1Encrypting = encrypt;
      ff1Key = key;
      ff1Tweak = tweak.clone();
    }
    byte[] in = DIGITS.convertToIndexes(digits);
    byte[] res = new byte[in.length];
    ff1.processBlock(in, 0, in.length, res, 0);
    char[] mapped = DIGITS.convertToChars(res);
    for (int k = 0; k < count; k++) {
      out[positions[k]] = mapped[k];
    }
    return new String(out);
  }
}
