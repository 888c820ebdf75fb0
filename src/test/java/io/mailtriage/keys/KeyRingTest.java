package io.mailtriage.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRingTest {

  @TempDir Path dir;

  @Test
  void readsVersionedSecretKeysFromAPkcs12Keystore() throws Exception {
    Path file =
        TestKeys.keystore(
            dir, "correct horse".toCharArray(), TestKeys.randomKey(), TestKeys.randomKey());
    KeyRing ring = KeyRing.fromKeystore(file, "correct horse".toCharArray());
    assertThat(ring.versions()).containsExactly(1, 2);
    assertThat(ring.currentVersion()).isEqualTo(2);
  }

  @Test
  void wrongKeystorePasswordFailsWithOneLineNamingTheFileButNotThePassword() throws Exception {
    Path file = TestKeys.keystore(dir, "correct horse".toCharArray(), TestKeys.randomKey());
    assertThatThrownBy(() -> KeyRing.fromKeystore(file, "battery staple".toCharArray()))
        .isInstanceOf(KeyMaterialException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("wrong password")
        .hasMessageNotContaining("battery")
        .hasMessageNotContaining("correct")
        .hasMessageNotContaining("\n");
  }

  @Test
  void missingKeystoreFailsWithOneLineNamingTheFile() {
    Path missing = dir.resolve("nope.p12");
    assertThatThrownBy(() -> KeyRing.fromKeystore(missing, "pw".toCharArray()))
        .isInstanceOf(KeyMaterialException.class)
        .hasMessage("keystore file not found: " + missing);
  }

  @Test
  void corruptKeystoreFailsCleanly() throws Exception {
    Path file = dir.resolve("junk.p12");
    Files.writeString(file, "not a keystore");
    assertThatThrownBy(() -> KeyRing.fromKeystore(file, "pw".toCharArray()))
        .isInstanceOf(KeyMaterialException.class)
        .hasMessageContaining(file.toString());
  }

  @Test
  void readsOneOrSeveralKeysFromAnEnvironmentVariable() {
    byte[] k1 = TestKeys.randomKey();
    byte[] k2 = TestKeys.randomKey();
    String single = Base64.getEncoder().encodeToString(k1);
    String multi = "k1:" + single + ",k2:" + Base64.getEncoder().encodeToString(k2);
    assertThat(KeyRing.fromEnvironment("PII_KEY", Map.of("PII_KEY", single)::get).versions())
        .containsExactly(1);
    assertThat(KeyRing.fromEnvironment("PII_KEY", Map.of("PII_KEY", multi)::get).currentVersion())
        .isEqualTo(2);
  }

  @Test
  void missingOrMalformedEnvironmentVariableNamesTheVariableButNotTheValue() {
    assertThatThrownBy(() -> KeyRing.fromEnvironment("PII_KEY", name -> null))
        .isInstanceOf(KeyMaterialException.class)
        .hasMessage("environment variable PII_KEY is not set");
    assertThatThrownBy(() -> KeyRing.fromEnvironment("PII_KEY", name -> "s3cr3t-n0t-b@se64!"))
        .isInstanceOf(KeyMaterialException.class)
        .hasMessageContaining("PII_KEY")
        .hasMessageNotContaining("s3cr3t");
    String shortKey = Base64.getEncoder().encodeToString(new byte[8]);
    assertThatThrownBy(() -> KeyRing.fromEnvironment("PII_KEY", name -> shortKey))
        .hasMessageContaining("shorter than 16 bytes");
  }

  @Test
  void neverPrintsKeyBytes() {
    assertThat(TestKeys.ring(2).toString()).isEqualTo("KeyRing[k1, k2]");
  }
}
