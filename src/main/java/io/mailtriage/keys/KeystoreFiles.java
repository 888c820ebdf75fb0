package io.mailtriage.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import javax.crypto.spec.SecretKeySpec;

/**
 * Creates and rotates the PKCS#12 keystore of master keys (entries k1, k2, ...). Rotation adds a
 * new version and keeps the old ones, so tokens made before it still re-identify.
 */
public final class KeystoreFiles {
  private static final SecureRandom RANDOM = new SecureRandom();

  private KeystoreFiles() {}

  /**
   * Adds the next key version to {@code file}, creating the keystore if absent; returns the version
   * added. The file is replaced atomically so a crash never leaves half a keystore.
   */
  public static int addVersion(Path file, char[] password) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      int next = 1;
      if (Files.exists(file)) {
        try (InputStream in = Files.newInputStream(file)) {
          store.load(in, password);
        }
        next = KeyRing.fromKeystore(file, password).currentVersion() + 1;
      } else {
        store.load(null, password);
      }
      byte[] key = new byte[32];
      RANDOM.nextBytes(key);
      store.setEntry(
          "k" + next,
          new KeyStore.SecretKeyEntry(new SecretKeySpec(key, "AES")),
          new KeyStore.PasswordProtection(password));
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        store.store(out, password);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return next;
    } catch (IOException e) {
      throw new KeyMaterialException(
          "cannot write keystore " + file + ": " + e.getClass().getSimpleName());
    } catch (GeneralSecurityException e) {
      throw new KeyMaterialException("cannot update keystore " + file);
    }
  }
}
