package io.mailtriage.pii.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContextRecognizerTest {

  @Test
  void findsDatesOfBirthOnlyWithBirthContext() {
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "DOB: 03/14/1985. Meeting on 04/01/2024."))
        .containsExactly("03/14/1985");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "I was born on 12 March 1979 in Leeds"))
        .containsExactly("12 March 1979");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "Invoice dated 2024-01-15")).isEmpty();
  }

  @Test
  void findsStreetAddressesWithCityAndZip() {
    assertThat(
            Found.ofType(
                PiiType.ADDRESS, "Please ship to 1600 Pennsylvania Ave NW, Washington, DC 20500."))
        .containsExactly("1600 Pennsylvania Ave NW, Washington, DC 20500");
    assertThat(Found.ofType(PiiType.ADDRESS, "I live at 221B Baker Street, London NW1 6XE"))
        .containsExactly("221B Baker Street, London NW1 6XE");
  }

  @Test
  void findsEuropeanStreetsWrittenNameFirstOrNumberFirst() {
    assertThat(Found.ofType(PiiType.ADDRESS, "Bitte an Lindenstraße 12, 10115 Berlin schicken"))
        .containsExactly("Lindenstraße 12, 10115 Berlin");
    assertThat(Found.ofType(PiiType.ADDRESS, "je suis au 8 rue de la Paix, 75002 Paris"))
        .containsExactly("8 rue de la Paix, 75002 Paris");
    assertThat(Found.ofType(PiiType.ADDRESS, "consegna a Via Roma 12 e Calle de Alcalá 45"))
        .containsExactly("Via Roma 12", "Calle de Alcalá 45");
    assertThat(Found.ofType(PiiType.ADDRESS, "Considering 90 days, Version 12 and 3 reasons"))
        .isEmpty();
  }

  @Test
  void findsPostcodesOnlyAfterAPostcodeKeyword() {
    assertThat(Found.ofType(PiiType.ADDRESS, "my zip code is 94107")).containsExactly("94107");
    assertThat(Found.ofType(PiiType.ADDRESS, "we sold 94107 units")).isEmpty();
  }

  @Test
  void ignoresNumbersFollowedByOrdinaryWords() {
    assertThat(Found.ofType(PiiType.ADDRESS, "I waited 3 Days and 20 Minutes")).isEmpty();
  }

  @Test
  void findsMedicalPassportAndLicenceNumbersAfterTheirKeywords() {
    assertThat(
            Found.in("MRN: 00482-7731. Passport no. 533380006. Driver's license number D1234567."))
        .containsExactly("MEDICAL_ID:00482-7731", "PASSPORT:533380006", "DRIVER_LICENSE:D1234567");
  }

  @Test
  void validatesNhsNumbersWithTheirCheckDigit() {
    assertThat(Found.ofType(PiiType.MEDICAL_ID, "NHS number 943 476 5919"))
        .containsExactly("943 476 5919");
    assertThat(Found.ofType(PiiType.MEDICAL_ID, "NHS number 943 476 5918")).isEmpty();
  }

  @Test
  void ignoresIdentifierShapedWordsWithoutDigits() {
    assertThat(Found.in("my passport is expired, driver license renewed")).isEmpty();
  }
}
