package io.mailtriage.pii.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SsnRecognizerTest {

  @Test
  void findsDashedSsns() {
    assertThat(Found.ofType(PiiType.US_SSN, "my SSN is 123-45-6789."))
        .containsExactly("123-45-6789");
  }

  @Test
  void findsBareNineDigitsOnlyNextToAnSsnKeyword() {
    assertThat(Found.ofType(PiiType.US_SSN, "social security number 123456789"))
        .containsExactly("123456789");
    assertThat(Found.ofType(PiiType.US_SSN, "order 123456789 shipped")).isEmpty();
  }

  @Test
  void findsSsnsWithDotsOnlyNextToAnSsnKeyword() {
    assertThat(Found.ofType(PiiType.US_SSN, "my social security no. is 536.22.8726"))
        .containsExactly("536.22.8726");
    assertThat(Found.ofType(PiiType.US_SSN, "Social: 536228726 (for the W-9)"))
        .containsExactly("536228726");
    assertThat(Found.ofType(PiiType.US_SSN, "version 536.22.8726 shipped, order 536228726"))
        .isEmpty();
  }

  @Test
  void rejectsNumbersNeverIssued() {
    assertThat(
            Found.ofType(
                PiiType.US_SSN,
                "SSN 000-12-3456, SSN 666-12-3456, SSN 912-12-3456, SSN 123-00-4567, SSN 123-45-0000, SSN 078-05-1120"))
        .isEmpty();
  }

  @Test
  void aTicketOrOrderNumberShapedLikeAnSsnIsNone() {
    assertThat(Found.ofType(PiiType.US_SSN, "Ticket ID: 219-09-9991 is not loading.")).isEmpty();
    assertThat(Found.ofType(PiiType.US_SSN, "order 219-09-9991 arrived")).isEmpty();
    assertThat(Found.ofType(PiiType.US_SSN, "the SSN on the order is 219-09-9991"))
        .containsExactly("219-09-9991");
  }
}
