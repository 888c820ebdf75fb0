package io.mailtriage.testing;

import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.keys.KeystoreFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** Key material for tests: a fresh PKCS#12 keystore and password file per test, never committed. */
public final class TestKeystores {
  private TestKeystores() {}

  /** Creates {@code dir/keys.p12} with one key version and returns the config that names it. */
  public static MailtriageConfig.Keys create(Path dir) {
    try {
      String password = UUID.randomUUID().toString();
      Path passwordFile = Files.writeString(dir.resolve("keys.pass"), password);
      Path keystore = dir.resolve("keys.p12");
      KeystoreFiles.addVersion(keystore, password.toCharArray());
      return new MailtriageConfig.Keys(null, keystore.toString(), null, passwordFile.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code --set} override that points a job's {@code pii.keys} at {@code keys}. */
  public static String override(MailtriageConfig.Keys keys) {
    return "pii.keys={keystore: '"
        + keys.keystore()
        + "', keystorePasswordFile: '"
        + keys.keystorePasswordFile()
        + "'}";
  }
}
