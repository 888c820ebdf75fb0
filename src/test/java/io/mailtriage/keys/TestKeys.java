package io.mailtriage.keys;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;

/** Test key material, generated at test time; nothing here is a committed key. */
public final class TestKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  private TestKeys() {}

  public static byte[] randomKey() {
    byte[] k = new byte[32];
    RANDOM.nextBytes(k);
    return k;
  }

  public static KeyRing ring(int versions) {
    Map<Integer, byte[]> m = new java.util.TreeMap<>();
    for (int v = 1; v <= versions; v++) {
      m.put(v, randomKey());
    }
    return KeyRing.of(m);
  }

  /** Writes a PKCS#12 keystore holding secret-key entries k1..kN. */
  public static Path keystore(Path dir, char[] password, byte[]... keys) throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, password);
    for (int i = 0; i < keys.length; i++) {
      ks.setEntry(
          "k" + (i + 1),
          new KeyStore.SecretKeyEntry(new SecretKeySpec(keys[i], "AES")),
          new KeyStore.PasswordProtection(password));
    }
    Path file = dir.resolve("pii-keys.p12");
    try (OutputStream out = Files.newOutputStream(file)) {
      ks.store(out, password);
    }
    return file;
  }
}
