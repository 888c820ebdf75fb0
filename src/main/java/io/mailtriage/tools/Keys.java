package io.mailtriage.tools;

import io.mailtriage.config.ConfigLoader;
import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.keys.KeyMaterialException;
import io.mailtriage.keys.KeyRing;
import io.mailtriage.keys.KeystoreFiles;
import io.mailtriage.keys.MasterKeys;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The master key versions: {@code list} shows which versions the configured source holds and which
 * one new tokens use; {@code rotate} adds the next version to the configured PKCS#12 keystore. Key
 * bytes are never printed. Old versions stay, so tokens made before a rotation still re-identify.
 */
public final class Keys {
  static final String USAGE =
      String.join(
          "\n",
          "usage: keys list|rotate [--config conf/mailtriage.yaml] [--set key.path=value]",
          "  list    the key versions of pii.keys (keystore or environment variable), and the current one",
          "  rotate  adds version k(N+1) to the keystore of pii.keys (created if absent) and makes it current;",
          "          restart the job through a savepoint to use it (docs/operations.md, Key rotation)",
          "An environment-variable source is rotated by appending ',kN:BASE64' to its value; rotate refuses it.");

  private Keys() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  static int run(String[] args, PrintStream out) {
    String command = args.length == 0 ? "" : args[0];
    if (command.equals("-h") || command.equals("--help")) {
      out.println(USAGE);
      return Cli.OK;
    }
    Cli.Body body =
        switch (command) {
          case "list" -> cli -> list(keys(cli), out);
          case "rotate" -> cli -> rotate(keys(cli), out);
          default ->
              cli -> {
                throw new Cli.UsageException(
                    command.isEmpty() ? "say list or rotate" : "unknown command " + command);
              };
        };
    String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
    return Cli.run("keys", USAGE, Cli.Spec.of("config", "set"), rest, body);
  }

  private static MailtriageConfig.Keys keys(Cli cli) throws Cli.UsageException {
    Path config = cli.file("config", "conf/mailtriage.yaml");
    return new ConfigLoader().load(config, cli.all("set")).pii().keys();
  }

  private static int list(MailtriageConfig.Keys keys, PrintStream out) throws Cli.Failure {
    KeyRing ring;
    try {
      ring = MasterKeys.load(keys);
    } catch (KeyMaterialException e) {
      throw new Cli.Failure(e.getMessage());
    }
    out.println("source: " + source(keys));
    out.println(
        "versions: " + ring.versions().stream().map(v -> "k" + v).collect(Collectors.joining(" ")));
    out.println("current: k" + ring.currentVersion());
    return Cli.OK;
  }

  private static int rotate(MailtriageConfig.Keys keys, PrintStream out) throws Cli.Failure {
    if (keys.keystore() == null) {
      throw new Cli.Failure(
          "pii.keys names the environment variable "
              + keys.env()
              + "; append ',kN:BASE64' to its value instead (rotate writes keystores only)");
    }
    char[] password;
    try {
      password = MasterKeys.keystorePassword(keys);
    } catch (KeyMaterialException e) {
      throw new Cli.Failure(e.getMessage());
    }
    try {
      int added = KeystoreFiles.addVersion(Path.of(keys.keystore()), password);
      out.println(
          "added k"
              + added
              + " to "
              + keys.keystore()
              + "; new tokens use it once the job restarts");
      System.err.println(
          "keys: audit: rotate keystore="
              + keys.keystore()
              + " added=k"
              + added
              + " user="
              + System.getProperty("user.name"));
      return Cli.OK;
    } catch (KeyMaterialException e) {
      throw new Cli.Failure(e.getMessage());
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private static String source(MailtriageConfig.Keys keys) {
    return keys.keystore() != null
        ? "keystore " + keys.keystore()
        : "environment variable " + keys.env();
  }
}
