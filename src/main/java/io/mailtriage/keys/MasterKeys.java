package io.mailtriage.keys;

import io.mailtriage.config.MailtriageConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The master key ring from the one source {@code pii.keys} names: an environment variable or a
 * PKCS#12 keystore. Used by every operator and tool that needs key material (parse, tokenization,
 * subject keys, re-identification), so all of them read keys the same way.
 */
public final class MasterKeys {

  private MasterKeys() {}

  /**
   * Loads the master keys from the one configured source; fails with a one-line, secret-free
   * message.
   */
  public static KeyRing load(MailtriageConfig.Keys keys) {
    if (keys.env() != null) {
      return KeyRing.fromEnvironment(keys.env());
    }
    char[] password = keystorePassword(keys);
    try {
      return KeyRing.fromKeystore(Path.of(keys.keystore()), password);
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /** The keystore's password from the environment variable or file {@code keys} names. */
  public static char[] keystorePassword(MailtriageConfig.Keys keys) {
    if (keys.keystorePasswordEnv() != null) {
      String value = System.getenv(keys.keystorePasswordEnv());
      if (value == null) {
        throw new KeyMaterialException(
            "environment variable " + keys.keystorePasswordEnv() + " is not set");
      }
      return value.toCharArray();
    }
    if (keys.keystorePasswordFile() == null) {
      throw new KeyMaterialException(
          "no keystore password source (keystorePasswordEnv or keystorePasswordFile)");
    }
    try {
      return Files.readString(Path.of(keys.keystorePasswordFile()), StandardCharsets.UTF_8)
          .strip()
          .toCharArray();
    } catch (IOException e) {
      throw new KeyMaterialException(
          "cannot read keystore password file " + keys.keystorePasswordFile());
    }
  }
}
