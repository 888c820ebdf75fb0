package io.mailtriage.pii.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCardRecognizerTest {

  @Test
  void findsLuhnValidCardsInCommonGroupings() {
    assertThat(
            Found.ofType(
                PiiType.CREDIT_CARD,
                "visa 4111 1111 1111 1111, mc 5500-0000-0000-0004, amex 378282246310005"))
        .containsExactly("4111 1111 1111 1111", "5500-0000-0000-0004", "378282246310005");
  }

  @Test
  void findsFifteenDigitCardsAndOneCardWrittenThreeWays() {
    assertThat(
            Found.ofType(
                PiiType.CREDIT_CARD,
                "Amex 3752 601815 90834, or 340166131860916 or 3401-661318-60916"))
        .containsExactly("3752 601815 90834", "340166131860916", "3401-661318-60916");
    assertThat(
            Found.ofType(
                PiiType.CREDIT_CARD,
                "It is 4390996030824626. The statement shows 4390 9960 3082 4626, the app 4390.9960.3082.4626."))
        .containsExactly("4390996030824626", "4390 9960 3082 4626", "4390.9960.3082.4626");
  }

  @Test
  void dotsJoinCardGroupsOnlyInTheGroupingsCardsArePrintedIn() {
    // Luhn-valid digits, but grouped like an amount or a version string.
    assertThat(
            Found.ofType(
                PiiType.CREDIT_CARD, "total 439.099.603.082.462.6 and 4390.99603.08246.26"))
        .isEmpty();
  }

  @Test
  void numbersAfterTheInternationalDiallingPrefixAreNotCards() {
    // 4915123456928 passes Luhn and Visa's 13-digit rule: written after '+' it is a German mobile.
    assertThat(Found.ofType(PiiType.CREDIT_CARD, "mobile +49 151 23456928, fax + 4915123456928"))
        .isEmpty();
    assertThat(Found.ofType(PiiType.CREDIT_CARD, "old card 4915123456928"))
        .containsExactly("4915123456928");
  }

  @Test
  void rejectsCardNumbersFailingLuhn() {
    assertThat(Found.ofType(PiiType.CREDIT_CARD, "card 4111 1111 1111 1112")).isEmpty();
  }

  @Test
  void rejectsLuhnValidNumbersWithAnUnknownIssuerOrWrongLength() {
    // 1000000000000008 passes Luhn but no issuer starts with 1; Amex must be 15 digits.
    assertThat(Found.ofType(PiiType.CREDIT_CARD, "ref 1000000000000008 and 3782822463100053"))
        .isEmpty();
  }

  @Test
  void rejectsDigitsGluedToLettersOrDecimals() {
    assertThat(Found.ofType(PiiType.CREDIT_CARD, "id X4111111111111111 and 0.4111111111111111"))
        .isEmpty();
  }

  @Test
  void findsCardsWrittenWithFullwidthDigits() {
    String text = "card ４１１１１１１１１１１１１１１１ ok";
    assertThat(Found.ofType(PiiType.CREDIT_CARD, text)).containsExactly("４１１１１１１１１１１１１１１１");
  }

  @Test
  void luhnCheckMatchesKnownValues() {
    assertThat(CreditCardRecognizer.luhn(new int[] {7, 9, 9, 2, 7, 3, 9, 8, 7, 1, 3}, 11)).isTrue();
    assertThat(CreditCardRecognizer.luhn(new int[] {7, 9, 9, 2, 7, 3, 9, 8, 7, 1, 4}, 11))
        .isFalse();
  }

  @Test
  void readsACardNumberReWrappedOverALineOrAQuoteMarker() {
    assertThat(Found.ofType(PiiType.CREDIT_CARD, "the card was 4532 0151\n1283 0366 I think"))
        .containsExactly("4532 0151\n1283 0366");
    assertThat(
            Found.ofType(
                PiiType.CREDIT_CARD, "> > I paid with 5123 4567 8901\n> > 2346, refund it"))
        .containsExactly("5123 4567 8901\n> > 2346");
    assertThat(Found.ofType(PiiType.CREDIT_CARD, "Tel 0207 946 0321\n4532 0151 1283 0367"))
        .isEmpty();
  }

  @Test
  void readsACardGroupedBySlashesOrUnderscoresInACardsGroupsOnly() {
    assertThat(Found.ofType(PiiType.CREDIT_CARD, "the card 4556/7375/8689/9855 was declined"))
        .containsExactly("4556/7375/8689/9855");
    assertThat(Found.ofType(PiiType.CREDIT_CARD, "number: 5425 / 2334 / 3010 / 9903 thanks"))
        .containsExactly("5425 / 2334 / 3010 / 9903");
    assertThat(Found.ofType(PiiType.CREDIT_CARD, "pan=6011_0009_9013_9424"))
        .containsExactly("6011_0009_9013_9424");
    // A reference or a run of dates joined by slashes in other groups is none.
    assertThat(Found.ofType(PiiType.CREDIT_CARD, "ref 455673/758689/9855 and 4556/737586899855"))
        .isEmpty();
  }

  @Test
  void readsACardBrokenOverALineAfterOneOfItsHyphens() {
    assertThat(Found.ofType(PiiType.CREDIT_CARD, "Amex 3742-454554-\n00126 was charged"))
        .containsExactly("3742-454554-\n00126");
    assertThat(Found.ofType(PiiType.CREDIT_CARD, "card:\n4716-1089-\n9971-6531\nblock it"))
        .containsExactly("4716-1089-\n9971-6531");
  }
}
