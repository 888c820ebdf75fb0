package io.mailtriage.pii.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mailtriage.keys.KeyMaterialException;
import io.mailtriage.keys.KeyRing;
import io.mailtriage.keys.TenantKeys;
import io.mailtriage.keys.TestKeys;
import io.mailtriage.pii.detect.DetectionHints;
import io.mailtriage.pii.detect.Finding;
import io.mailtriage.pii.detect.PiiDetector;
import io.mailtriage.pii.detect.PiiType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private final KeyRing ring = TestKeys.ring(1);
  private final TenantKeys keys = new TenantKeys(ring);
  private final Tokenizer tokenizer = new Tokenizer(keys, TokenPolicy.defaults());
  private final Reidentifier reidentifier = new Reidentifier(keys);
  private final PiiDetector detector = new PiiDetector();

  @Test
  void sameValueGivesTheSameTokenWithinATenantAndDifferentAcrossTenants() {
    String a = tokenizer.token(PiiType.EMAIL, "jane@example.com", "acme");
    assertThat(tokenizer.token(PiiType.EMAIL, "jane@example.com", "acme")).isEqualTo(a);
    assertThat(tokenizer.token(PiiType.EMAIL, "jane@example.com", "globex")).isNotEqualTo(a);
    assertThat(a).startsWith("⟦EMAIL:k1:det:").endsWith("⟧");
  }

  @Test
  void tokenizesTextAndProducesPlaceholderTextForTheModel() {
    String text = "Mail jane@example.com or call +1 415 692 4173.";
    List<Finding> found = detector.detect(text, DetectionHints.region("US"));
    TokenizedText out = tokenizer.tokenize(text, found, "acme");
    assertThat(out.modelText()).isEqualTo("Mail <EMAIL> or call <PHONE>.");
    assertThat(out.tokenized())
        .doesNotContain("jane@example.com")
        .contains("⟦EMAIL:k1:det:")
        .contains("⟦PHONE:k1:fpe:+");
    assertThat(reidentifier.reidentify(out.tokenized(), "acme")).isEqualTo(text);
  }

  @Test
  void fpeKeepsTheDigitLayoutAndOptionallyTheLastFourDigits() {
    String token = tokenizer.token(PiiType.CREDIT_CARD, "4111 1111 1111 1234", "acme");
    assertThat(token).matches("⟦CREDIT_CARD:k1:fpe4:\\d{4} \\d{4} \\d{4} 1234⟧");
    ParsedToken parsed = TokenParser.parse(token).orElseThrow();
    assertThat(reidentifier.reveal(parsed, "acme")).contains("4111 1111 1111 1234");
  }

  @Test
  void fallsBackToDeterministicTokensWhenTooFewDigitsForFf1() {
    String token = tokenizer.token(PiiType.PHONE, "12345", "acme");
    assertThat(token).startsWith("⟦PHONE:k1:det:");
    assertThat(reidentifier.reveal(TokenParser.parse(token).orElseThrow(), "acme"))
        .contains("12345");
  }

  @Test
  void hashMaskAndRedactAreNotReversible() {
    TokenPolicy policy =
        TokenPolicy.defaults()
            .with(PiiType.EMAIL, TokenMode.MASK)
            .with(PiiType.PERSON, TokenMode.HASH)
            .with(PiiType.IBAN, TokenMode.REDACT);
    Tokenizer t = new Tokenizer(keys, policy);
    assertThat(t.token(PiiType.EMAIL, "jane@example.com", "acme"))
        .isEqualTo("⟦EMAIL:mask:j***@example.com⟧");
    assertThat(t.token(PiiType.IBAN, "DE89370400440532013000", "acme")).isEqualTo("⟦IBAN⟧");
    String hash = t.token(PiiType.PERSON, "Jane Doe", "acme");
    assertThat(hash).startsWith("⟦PERSON:k1:hash:");
    assertThat(reidentifier.reveal(TokenParser.parse(hash).orElseThrow(), "acme")).isEmpty();
  }

  @Test
  void keylessTokenizerOnlyAcceptsKeylessPolicies() {
    assertThatThrownBy(() -> new Tokenizer(null, TokenPolicy.defaults()))
        .isInstanceOf(KeyMaterialException.class);
    Tokenizer redacting = new Tokenizer(null, TokenPolicy.redactAll());
    String text = "mail bob@example.org";
    assertThat(redacting.tokenize(text, detector.detect(text), "acme").tokenized())
        .isEqualTo("mail ⟦EMAIL⟧");
  }

  @Test
  void neutralisesTokenBracketsPlantedInTheInput() {
    String planted = "see ⟦EMAIL:k1:det:AAAA⟧";
    assertThat(tokenizer.tokenize(planted, List.of(), "acme").tokenized())
        .isEqualTo("see [EMAIL:k1:det:AAAA]");
  }

  @Test
  void oldTokensStillReidentifyAfterKeyRotationAndNewTokensUseTheNewestKey() {
    byte[] k1 = TestKeys.randomKey();
    KeyRing before = KeyRing.of(Map.of(1, k1));
    KeyRing after = KeyRing.of(Map.of(1, k1, 2, TestKeys.randomKey()));
    String oldToken =
        new Tokenizer(new TenantKeys(before), TokenPolicy.defaults())
            .token(PiiType.EMAIL, "jane@example.com", "acme");
    Tokenizer rotated = new Tokenizer(new TenantKeys(after), TokenPolicy.defaults());
    String newToken = rotated.token(PiiType.EMAIL, "jane@example.com", "acme");
    assertThat(newToken).startsWith("⟦EMAIL:k2:det:");
    Reidentifier r = new Reidentifier(new TenantKeys(after));
    assertThat(r.reidentify(oldToken + " " + newToken, "acme"))
        .isEqualTo("jane@example.com jane@example.com");
  }

  @Test
  void tokensFromAnotherTenantOrTamperedTokensDoNotReidentify() {
    String token = tokenizer.token(PiiType.EMAIL, "jane@example.com", "acme");
    ParsedToken parsed = TokenParser.parse(token).orElseThrow();
    assertThatThrownBy(() -> reidentifier.reveal(parsed, "globex"))
        .isInstanceOf(KeyMaterialException.class)
        .hasMessageContaining("authentication");
    assertThat(reidentifier.reidentify(token, "globex")).isEqualTo(token);
    String unknownVersion = token.replace(":k1:", ":k9:");
    assertThat(reidentifier.reidentify(unknownVersion, "acme")).isEqualTo(unknownVersion);
  }
}
