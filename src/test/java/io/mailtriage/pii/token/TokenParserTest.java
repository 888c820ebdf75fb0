package io.mailtriage.pii.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.pii.detect.PiiType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenParserTest {

  @Test
  void parsesEveryTokenForm() {
    String text =
        "a ⟦EMAIL⟧ b ⟦PHONE:mask:***-1234⟧ c ⟦EMAIL:k3:det:AbC_-9⟧ d ⟦CREDIT_CARD:k1:fpe4:1234 5678⟧ "
            + "e ⟦EMAIL:k2:sdet:SID1.xyz⟧ f ⟦URL:k1:hash:QQ⟧";
    List<ParsedToken> tokens = TokenParser.find(text);
    assertThat(tokens)
        .extracting(ParsedToken::mode)
        .containsExactly(
            TokenMode.REDACT,
            TokenMode.MASK,
            TokenMode.DETERMINISTIC,
            TokenMode.FPE,
            TokenMode.DETERMINISTIC,
            TokenMode.HASH);
    assertThat(tokens.get(1).payload()).isEqualTo("***-1234");
    assertThat(tokens.get(2).keyVersion()).isEqualTo(3);
    assertThat(tokens.get(3).keepsLast4()).isTrue();
    assertThat(tokens.get(4).subjectId()).isEqualTo("SID1");
    assertThat(tokens.get(4).payload()).isEqualTo("xyz");
    assertThat(text.substring(tokens.get(0).start(), tokens.get(0).end())).isEqualTo("⟦EMAIL⟧");
  }

  @Test
  void ignoresBracketedTextThatIsNotAToken() {
    assertThat(
            TokenParser.find(
                "⟦hello⟧ ⟦EMAIL:k0:det:x⟧ ⟦EMAIL:kx:det:x⟧ ⟦EMAIL:k1:mask⟧ ⟦EMAIL:k1:shash:a.b⟧ ⟦ ⟦"))
        .isEmpty();
  }

  @Test
  void findsTheInnerTokenWhenBracketsNest() {
    assertThat(TokenParser.find("⟦junk ⟦EMAIL⟧"))
        .extracting(ParsedToken::type)
        .containsExactly(PiiType.EMAIL);
  }
}
