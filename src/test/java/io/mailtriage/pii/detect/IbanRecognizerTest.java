package io.mailtriage.pii.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IbanRecognizerTest {

  @Test
  void findsCompactAndGroupedIbans() {
    assertThat(Found.ofType(PiiType.IBAN,
        "Pay to DE89370400440532013000 or GB82 WEST 1234 5698 7654 32 please"))
        .containsExactly("DE89370400440532013000", "GB82 WEST 1234 5698 7654 32");
  }

  @Test
  void rejectsIbansWithBadCheckDigits() {
    assertThat(Found.ofType(PiiType.IBAN, "IBAN DE88370400440532013000")).isEmpty();
  }

  @Test
  void rejectsIbansOfTheWrongLengthForTheirCountry() {
    assertThat(Found.ofType(PiiType.IBAN, "IBAN DE8937040044053201300 and FR1420041010050500013M02606X"))
        .isEmpty();
  }

  @Test
  void validatesChecksumIndependentlyOfSpacing() {
    assertThat(IbanRecognizer.isValid("fr14 2004 1010 0505 0001 3M02 606")).isTrue();
    assertThat(IbanRecognizer.isValid("FR15 2004 1010 0505 0001 3M02 606")).isFalse();
  }
}
