package io.mailtriage.tools;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.keys.KeyRing;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private int keys(String command, String keysYaml) {
    return Keys.run(
        new String[] {command, "--set", "pii.keys=" + keysYaml},
        new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @Test
  void rotateAddsVersionsToTheConfiguredKeystoreAndListShowsThemWithoutKeyBytes() throws Exception {
    Path store = dir.resolve("keys.p12");
    Path password = Files.writeString(dir.resolve("password"), "s3cret-pass\n");
    String yaml = "{keystore: '" + store + "', keystorePasswordFile: '" + password + "'}";

    assertThat(keys("rotate", yaml)).isZero();
    assertThat(keys("rotate", yaml)).isZero();
    assertThat(KeyRing.fromKeystore(store, "s3cret-pass".toCharArray()).versions())
        .containsExactly(1, 2);

    out.reset();
    assertThat(keys("list", yaml)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("versions: k1 k2")
        .contains("current: k2")
        .doesNotContain("s3cret");
  }

  @Test
  void rotateRefusesAnEnvironmentSourceAndListNamesAMissingVariable() {
    assertThat(keys("rotate", "{env: MAILTRIAGE_TEST_NO_SUCH_VAR}")).isEqualTo(Cli.FAILED);
    assertThat(keys("list", "{env: MAILTRIAGE_TEST_NO_SUCH_VAR}")).isEqualTo(Cli.FAILED);
    assertThat(Keys.run(new String[] {"spin"}, new PrintStream(out, true, StandardCharsets.UTF_8)))
        .isEqualTo(Cli.USAGE);
  }
}
