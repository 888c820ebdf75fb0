package io.mailtriage.pii.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.pii.detect.PiiType;
import org.junit.jupiter.api.Test;

class MaskingTest {

  @Test
  void masksKeepOnlyWhatHumansNeed() {
    assertThat(Masking.mask(PiiType.EMAIL, "jane@example.com")).isEqualTo("j***@example.com");
    assertThat(Masking.mask(PiiType.CREDIT_CARD, "4111-1111-1111-1234"))
        .isEqualTo("****-****-****-1234");
    assertThat(Masking.mask(PiiType.PERSON, "Jane Doe")).isEqualTo("J***");
    assertThat(Masking.mask(PiiType.ADDRESS, "1 Main St")).isEqualTo("***");
  }
}
