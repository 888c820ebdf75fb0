package io.mailtriage.pii.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizedTextTest {

  @Test
  void leavesAsciiTextUntouchedWithIdentityOffsets() {
    NormalizedText n = NormalizedText.of("plain text 123");
    assertThat(n.substring(0, n.length)).isEqualTo("plain text 123");
    assertThat(n.originalStart(6)).isEqualTo(6);
    assertThat(n.originalEnd(10)).isEqualTo(10);
  }

  @Test
  void foldsObfuscationToAsciiAndMapsOffsetsBack() {
    String text = "ｊ\u200Bо＠х.ｃｏ ٤٢ \u00A0–";
    NormalizedText n = NormalizedText.of(text);
    assertThat(n.substring(0, n.length)).isEqualTo("jo@x.co 42  -");
    // "o" (Cyrillic) is normalised index 1 but original index 2, after the zero-width space.
    assertThat(n.originalStart(1)).isEqualTo(2);
    assertThat(n.originalEnd(7)).isEqualTo(8);
  }

  @Test
  void replacesUnpairedSurrogatesAndKeepsPairsAsOneChar() {
    String text = "a\uD800b" + new String(Character.toChars(0x1D7D7)) + "c\uDC00";
    NormalizedText n = NormalizedText.of(text);
    assertThat(n.substring(0, n.length)).isEqualTo("a\uFFFDb9c\uFFFD");
    assertThat(n.originalStart(4)).isEqualTo(5);
    assertThat(n.originalEnd(4)).isEqualTo(5);
    assertThat(n.originalEnd(3)).isEqualTo(3);
  }

  @Test
  void readsANonBreakingSpaceEntityLeftByABrokenHtmlConversionAsASpace() {
    NormalizedText n = NormalizedText.of("Dear&nbsp;Ms&#160;Okonjo");
    assertThat(n.substring(0, n.length)).isEqualTo("Dear Ms Okonjo");
    assertThat(n.originalStart(8)).isEqualTo(18);
    assertThat(Found.ofType(PiiType.PERSON, "Hi&nbsp;Temitope,&nbsp;thanks for the reply."))
        .containsExactly("Temitope");
    assertThat(
            Found.ofType(
                PiiType.PHONE, "Tel:&nbsp;020&nbsp;7946&nbsp;0123", DetectionHints.region("GB")))
        .containsExactly("020&nbsp;7946&nbsp;0123");
  }
}
