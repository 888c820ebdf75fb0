package io.mailtriage.pii.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IbanRecognizerTest {

  @Test
  void findsCompactAndGroupedIbans() {
    assertThat(
            Found.ofType(
                PiiType.IBAN,
                "Pay to DE89370400440532013000 or GB82 WEST 1234 5698 7654 32 please"))
        .containsExactly("DE89370400440532013000", "GB82 WEST 1234 5698 7654 32");
  }

  @Test
  void findsIbansWithHyphensInLowerCaseAndOfCountriesTheRegistryAddedLater() {
    assertThat(
            Found.ofType(
                PiiType.IBAN,
                "refund to DE30-8194-8219-9351-8190-93 or de30 8194 8219 9351 8190 93"))
        .containsExactly("DE30-8194-8219-9351-8190-93", "de30 8194 8219 9351 8190 93");
    assertThat(
            Found.ofType(PiiType.IBAN, "nl4910497465075291 and RU0778657975432319487574911862527"))
        .containsExactly("nl4910497465075291", "RU0778657975432319487574911862527");
  }

  @Test
  void joinsAnIbanThatAReplyReWrappedOverAQuoteMarkerWhereItsLengthAndChecksumHold() {
    assertThat(
            Found.ofType(
                PiiType.IBAN,
                "> > the refund goes to GB18 WEST 6016\n> > 1331 9268 19 as agreed\n"
                    + "> pay ES60 2100 3817 4602\r\n>0073 4521 today"))
        .containsExactly("GB18 WEST 6016\n> > 1331 9268 19", "ES60 2100 3817 4602\r\n>0073 4521");
    // The next line's digits do not complete a valid IBAN: nothing is joined or taken.
    assertThat(Found.ofType(PiiType.IBAN, "GB18 WEST 6016\n> 1331 9268 18 ok")).isEmpty();
    // A complete IBAN takes nothing of the line under it.
    assertThat(Found.ofType(PiiType.IBAN, "GB18 WEST 6016 1331 9268 19\n> 42 of them"))
        .containsExactly("GB18 WEST 6016 1331 9268 19");
  }

  @Test
  void takesAnIbanOfACountryMissingFromTheTableOnlyWithABankWordNear() {
    assertThat(Found.ofType(PiiType.IBAN, "IBAN: QZ78 6018 9555 9797 1147 thanks"))
        .containsExactly("QZ78 6018 9555 9797 1147");
    assertThat(Found.ofType(PiiType.IBAN, "ref QZ78 6018 9555 9797 1147 thanks")).isEmpty();
    assertThat(Found.ofType(PiiType.IBAN, "ref De30-8194-8219-9351-8190-93")).isEmpty();
    // Compact, of an unknown country and with a bad checksum: no IBAN, and no failure either.
    assertThat(
            Found.ofType(PiiType.IBAN, "IBAN QZ00123456789012345678 and QZ00 1234 5678 9012 3456"))
        .isEmpty();
  }

  @Test
  void findsIbansCopiedInGroupsOfOtherSizesOrWithDots() {
    assertThat(
            Found.ofType(
                PiiType.IBAN,
                "send it to NL91 ABNA 041 716 4300, or to IE29.AIBK.9311.5212.3456.78 instead"))
        .containsExactly("NL91 ABNA 041 716 4300", "IE29.AIBK.9311.5212.3456.78");
    assertThat(Found.ofType(PiiType.IBAN, "not IE28.AIBK.9311.5212.3456.78 nor NL91 ABNA 041 716"))
        .isEmpty();
  }

  @Test
  void findsAnIbanWhoseCountryCodeStandsApartFromItsCheckDigits() {
    assertThat(Found.ofType(PiiType.IBAN, "Rachunek: PL 53 1050 1445 1000 0022 7654 3210."))
        .containsExactly("PL 53 1050 1445 1000 0022 7654 3210");
    assertThat(Found.ofType(PiiType.IBAN, "PL 52 1050 1445 1000 0022 7654 3210")).isEmpty();
  }

  @Test
  void readsTheLettersAScannerPutForDigitsInAnIbansDigitGroups() {
    // O for 0 and I or l for 1 where digits flank them; the check digits then vouch for the
    // reading, and the bank code's own letters (RABO, AIBK) stay letters.
    assertThat(Found.ofType(PiiType.IBAN, "IBAN NL08 RABO O417 I643 19 (from the scan)"))
        .containsExactly("NL08 RABO O417 I643 19");
    assertThat(Found.ofType(PiiType.IBAN, "IE69 AIBK 93l1 52I2 34OO 11"))
        .containsExactly("IE69 AIBK 93l1 52I2 34OO 11");
    assertThat(Found.ofType(PiiType.IBAN, "NL09 RABO O417 I643 19")).isEmpty();
  }

  @Test
  void rejectsIbansWithBadCheckDigits() {
    assertThat(Found.ofType(PiiType.IBAN, "IBAN DE88370400440532013000")).isEmpty();
  }

  @Test
  void rejectsIbansOfTheWrongLengthForTheirCountry() {
    assertThat(
            Found.ofType(
                PiiType.IBAN, "IBAN DE8937040044053201300 and FR1420041010050500013M02606X"))
        .isEmpty();
  }

  @Test
  void validatesChecksumIndependentlyOfSpacing() {
    assertThat(IbanRecognizer.isValid("fr14 2004 1010 0505 0001 3M02 606")).isTrue();
    assertThat(IbanRecognizer.isValid("FR15 2004 1010 0505 0001 3M02 606")).isFalse();
  }
}
