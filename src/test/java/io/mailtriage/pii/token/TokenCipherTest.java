package io.mailtriage.pii.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mailtriage.keys.KeyMaterialException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * One {@link TokenCipher} keeps its engines initialised between calls with the same key; these
 * tests interleave keys, types and directions (and a failed decryption) and hold every result to
 * what a cipher used for that call alone gives.
 */
class TokenCipherTest {

  private final Random random = new Random(7);
  private final byte[] keyA = bytes(32);
  private final byte[] keyB = bytes(32);
  private final byte[] nonceA = bytes(12);
  private final byte[] nonceB = bytes(12);

  @Test
  void reusedCipherGivesTheSameDeterministicTokensAsAFreshOne() {
    TokenCipher reused = new TokenCipher();
    String[] values = {
      "jane@example.com", "Jane Doe", "jane@example.com", "x", "221B Baker Street"
    };
    for (int round = 0; round < 3; round++) {
      for (String value : values) {
        for (String type : new String[] {"EMAIL", "PERSON"}) {
          for (byte[][] kn : new byte[][][] {{keyA, nonceA}, {keyB, nonceB}, {keyA, nonceA}}) {
            byte[] aad = utf8(type);
            byte[] sealed = reused.sivEncrypt(kn[0], kn[1], aad, utf8(value));
            assertThat(sealed)
                .isEqualTo(new TokenCipher().sivEncrypt(kn[0], kn[1], aad, utf8(value)));
            assertThat(reused.sivDecrypt(kn[0], kn[1], aad, sealed)).isEqualTo(utf8(value));
          }
        }
      }
    }
  }

  @Test
  void aFailedDecryptionDoesNotSpoilTheNextToken() {
    TokenCipher reused = new TokenCipher();
    byte[] sealed = reused.sivEncrypt(keyA, nonceA, utf8("EMAIL"), utf8("jane@example.com"));
    sealed[3] ^= 1;
    assertThatThrownBy(() -> reused.sivDecrypt(keyA, nonceA, utf8("EMAIL"), sealed))
        .isInstanceOf(KeyMaterialException.class);
    sealed[3] ^= 1;
    assertThat(reused.sivDecrypt(keyA, nonceA, utf8("EMAIL"), sealed))
        .isEqualTo(utf8("jane@example.com"));
    assertThat(reused.sivEncrypt(keyA, nonceA, utf8("EMAIL"), utf8("bob@example.org")))
        .isEqualTo(
            new TokenCipher().sivEncrypt(keyA, nonceA, utf8("EMAIL"), utf8("bob@example.org")));
  }

  @Test
  void reusedCipherGivesTheSameFormatPreservingTokensAsAFreshOne() {
    TokenCipher reused = new TokenCipher();
    String[] values = {"4111 1111 1111 1111", "(415) 692-4173", "+44 20 7946 0958"};
    for (int round = 0; round < 3; round++) {
      for (String value : values) {
        int digits = TokenCipher.digitCount(value);
        for (byte[] key : new byte[][] {keyA, keyB}) {
          for (String type : new String[] {"CREDIT_CARD", "PHONE"}) {
            String enc = reused.ff1(key, utf8(type), value, digits, true);
            assertThat(enc).isEqualTo(new TokenCipher().ff1(key, utf8(type), value, digits, true));
            assertThat(reused.ff1(key, utf8(type), enc, digits, false)).isEqualTo(value);
          }
        }
      }
    }
  }

  private byte[] bytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
