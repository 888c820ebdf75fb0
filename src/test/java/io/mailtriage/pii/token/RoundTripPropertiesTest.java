package io.mailtriage.pii.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.keys.SubjectKey;
import io.mailtriage.keys.TenantKeys;
import io.mailtriage.keys.TestKeys;
import io.mailtriage.pii.detect.PiiType;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class RoundTripPropertiesTest {

  private final TenantKeys keys = new TenantKeys(TestKeys.ring(2));
  private final Tokenizer tokenizer =
      new Tokenizer(
          keys,
          TokenPolicy.defaults()
              .keepLast4(PiiType.PHONE, true)
              .with(PiiType.US_SSN, TokenMode.FPE));
  private final Reidentifier reidentifier = new Reidentifier(keys);

  @Property(tries = 300)
  void ff1TokensRoundTripAndKeepLength(
      @ForAll @NumericChars @StringLength(min = 6, max = 19) String digits) {
    for (PiiType type : new PiiType[] {PiiType.CREDIT_CARD, PiiType.PHONE, PiiType.US_SSN}) {
      String token = tokenizer.token(type, digits, "tenant-a");
      ParsedToken parsed = TokenParser.parse(token).orElseThrow();
      assertThat(parsed.mode()).isEqualTo(TokenMode.FPE);
      assertThat(parsed.payload()).hasSameSizeAs(digits).containsOnlyDigits();
      assertThat(reidentifier.reveal(parsed, "tenant-a")).contains(digits);
    }
  }

  @Property(tries = 300)
  void deterministicTokensRoundTripAnyText(@ForAll @StringLength(min = 1, max = 200) String value) {
    String token = tokenizer.token(PiiType.PERSON, value, "tenant-b");
    assertThat(tokenizer.token(PiiType.PERSON, value, "tenant-b")).isEqualTo(token);
    ParsedToken parsed = TokenParser.parse(token).orElseThrow();
    String expected =
        new String(
            value.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            java.nio.charset.StandardCharsets.UTF_8);
    assertThat(reidentifier.reveal(parsed, "tenant-b")).contains(expected);
  }

  @Property(tries = 100)
  void subjectBoundTokensRoundTripOnlyWithTheSubjectKey(
      @ForAll @NumericChars @StringLength(min = 6, max = 15) String digits) {
    SubjectKeys subjects = new SubjectKeys(keys);
    SubjectKey key = subjects.newSubjectKey("sid");
    String token = tokenizer.token(PiiType.PHONE, digits, "t", key);
    ParsedToken parsed = TokenParser.parse(token).orElseThrow();
    assertThat(reidentifier.reveal(parsed, "t", sid -> key.dataKey())).contains(digits);
    assertThat(reidentifier.reveal(parsed, "t", sid -> null)).isEmpty();
  }
}
