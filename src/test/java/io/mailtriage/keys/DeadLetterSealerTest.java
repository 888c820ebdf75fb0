package io.mailtriage.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadLetterSealerTest {

  private static final byte[] PAYLOAD =
      "From: jane@example.com\r\n\r\nmy card is 4111111111111111".getBytes(StandardCharsets.UTF_8);
  private static final byte[] CONTEXT = "mail.raw/3@1042".getBytes(StandardCharsets.UTF_8);

  @Test
  void sealedPayloadOpensWithTheSameKeyRingAndHidesTheContent() {
    DeadLetterSealer sealer = new DeadLetterSealer(TestKeys.ring(1));
    byte[] sealed = sealer.seal(PAYLOAD, CONTEXT);
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("jane");
    assertThat(sealer.open(sealed, CONTEXT)).isEqualTo(PAYLOAD);
  }

  @Test
  void tamperedPayloadOrWrongContextFailsAuthentication() {
    DeadLetterSealer sealer = new DeadLetterSealer(TestKeys.ring(1));
    byte[] sealed = sealer.seal(PAYLOAD, CONTEXT);
    assertThatThrownBy(() -> sealer.open(sealed, "other".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(KeyMaterialException.class);
    sealed[sealed.length - 1] ^= 1;
    assertThatThrownBy(() -> sealer.open(sealed, CONTEXT)).isInstanceOf(KeyMaterialException.class);
    assertThatThrownBy(() -> sealer.open(new byte[] {1, 2, 3}, CONTEXT))
        .hasMessage("not a sealed dead letter");
  }

  @Test
  void lettersSealedBeforeRotationStillOpen() {
    byte[] k1 = TestKeys.randomKey();
    byte[] sealed = new DeadLetterSealer(KeyRing.of(Map.of(1, k1))).seal(PAYLOAD, null);
    DeadLetterSealer rotated =
        new DeadLetterSealer(KeyRing.of(Map.of(1, k1, 2, TestKeys.randomKey())));
    assertThat(rotated.open(sealed, null)).isEqualTo(PAYLOAD);
    assertThat(rotated.seal(PAYLOAD, null)[4]).isEqualTo((byte) 2);
  }
}
