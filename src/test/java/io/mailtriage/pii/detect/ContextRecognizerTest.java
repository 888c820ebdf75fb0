package io.mailtriage.pii.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
  void findsFrenchStreetsNumberFirstWithTheTypeCapitalised() {
    assertThat(
            Found.ofType(
                PiiType.ADDRESS, "Écrivez-moi au 7 Boulevard de la Croisette, 06400 Cannes."))
        .containsExactly("7 Boulevard de la Croisette, 06400 Cannes");
    assertThat(
            Found.ofType(PiiType.ADDRESS, "nouvelle adresse : 14 Avenue Jean Médecin, 06000 Nice"))
        .containsExactly("14 Avenue Jean Médecin, 06000 Nice");
    assertThat(Found.ofType(PiiType.ADDRESS, "livraison au 3 Impasse des Lilas demain"))
        .containsExactly("3 Impasse des Lilas");
    assertThat(Found.ofType(PiiType.ADDRESS, "We ordered 5 Place Settings and 2 Route Planners"))
        .isEmpty();
  }

  @Test
  void findsStreetsWithDirectionalsNumberedNamesUnitsAndNoTypeBeforeAPostcode() {
    assertThat(Found.ofType(PiiType.ADDRESS, "now at 2200 N Lamar Blvd Apt 210, Austin, TX 78705"))
        .containsExactly("2200 N Lamar Blvd Apt 210, Austin, TX 78705");
    assertThat(
            Found.ofType(PiiType.ADDRESS, "office: 55 W 46th St, Suite 1200, New York, NY 10036"))
        .containsExactly("55 W 46th St, Suite 1200, New York, NY 10036");
    assertThat(
            Found.ofType(PiiType.ADDRESS, "send it to Flat 3, 12 Oakfield Road, Bristol BS8 2AX"))
        .containsExactly("Flat 3, 12 Oakfield Road, Bristol BS8 2AX");
    assertThat(Found.ofType(PiiType.ADDRESS, "716 Congress, Suite 200\nAustin, TX  78701"))
        .containsExactly("716 Congress, Suite 200\nAustin, TX  78701");
    assertThat(Found.ofType(PiiType.ADDRESS, "123 Main St W, Toronto, ON M5V 2T6"))
        .containsExactly("123 Main St W, Toronto, ON M5V 2T6");
    assertThat(Found.ofType(PiiType.ADDRESS, "Unit 7, 22 George Street, Sydney NSW 2000"))
        .containsExactly("Unit 7, 22 George Street, Sydney NSW 2000");
    assertThat(Found.ofType(PiiType.ADDRESS, "15 Fitzwilliam Quay, Dublin 4"))
        .containsExactly("15 Fitzwilliam Quay, Dublin 4");
    for (String text :
        List.of(
            "1990 AND SINCE 1993 NOBODY CLAIMED IT",
            "Suite 100\nWashington DC 20037",
            "I bought 3 Large Boxes, Springfield IL 62701 is where I live",
            "It cost 15 Euros at the station.")) {
      assertThat(Found.ofType(PiiType.ADDRESS, text)).as(text).doesNotContain(text);
    }
    assertThat(Found.ofType(PiiType.ADDRESS, "It cost 15 Euros at the station.")).isEmpty();
  }

  @Test
  void findsPostOfficeBoxes() {
    assertThat(Found.ofType(PiiType.ADDRESS, "write to PO Box 4410, Boise, ID 83711 please"))
        .containsExactly("PO Box 4410, Boise, ID 83711");
    assertThat(Found.ofType(PiiType.ADDRESS, "P. O. Box 36\nDayton, Ohio 45405"))
        .containsExactly("P. O. Box 36\nDayton, Ohio 45405");
    assertThat(Found.ofType(PiiType.ADDRESS, "Postfach 10 11 12, 50451 Köln"))
        .containsExactly("Postfach 10 11 12, 50451 Köln");
    assertThat(Found.ofType(PiiType.ADDRESS, "the po box is empty")).isEmpty();
  }

  @Test
  void findsMoreEuropeanForms() {
    assertThat(Found.ofType(PiiType.ADDRESS, "Mariahilfer Straße 77, 1060 Wien"))
        .containsExactly("Mariahilfer Straße 77, 1060 Wien");
    assertThat(Found.ofType(PiiType.ADDRESS, "Am Markt 3, 28195 Bremen"))
        .containsExactly("Am Markt 3, 28195 Bremen");
    assertThat(Found.ofType(PiiType.ADDRESS, "Im Jahr 2020 war alles anders")).isEmpty();
    assertThat(Found.ofType(PiiType.ADDRESS, "ul. Marszałkowska 10/12, 00-590 Warszawa"))
        .containsExactly("ul. Marszałkowska 10/12, 00-590 Warszawa");
    assertThat(Found.ofType(PiiType.ADDRESS, "Rue Neuve 45, 1000 Bruxelles"))
        .containsExactly("Rue Neuve 45, 1000 Bruxelles");
    assertThat(Found.ofType(PiiType.ADDRESS, "Rua Augusta 100, 1100-053 Lisboa"))
        .containsExactly("Rua Augusta 100, 1100-053 Lisboa");
    assertThat(Found.ofType(PiiType.ADDRESS, "Storgatan 5, 114 51 Stockholm"))
        .containsExactly("Storgatan 5, 114 51 Stockholm");
  }

  @Test
  void findsPostcodesOnlyAfterAPostcodeKeyword() {
    assertThat(Found.ofType(PiiType.ADDRESS, "my zip code is 94107")).containsExactly("94107");
    assertThat(Found.ofType(PiiType.ADDRESS, "we sold 94107 units")).isEmpty();
  }

  @Test
  void findsPostcodesOfOtherCountriesAfterTheirKeywords() {
    assertThat(Found.ofType(PiiType.ADDRESS, "mijn postcode is 2513 BK, niet 2513 BL"))
        .containsExactly("2513 BK");
    assertThat(Found.ofType(PiiType.ADDRESS, "postal code: K1A 0B1")).containsExactly("K1A 0B1");
    assertThat(Found.ofType(PiiType.ADDRESS, "Die Postleitzahl 04109 stimmt nicht"))
        .containsExactly("04109");
    assertThat(Found.ofType(PiiType.ADDRESS, "code postal : 75011")).containsExactly("75011");
    assertThat(Found.ofType(PiiType.ADDRESS, "PLZ 1010 Wien")).containsExactly("1010");
    assertThat(Found.ofType(PiiType.ADDRESS, "kod pocztowy 02-791")).containsExactly("02-791");
    assertThat(Found.ofType(PiiType.ADDRESS, "the zip file has 3 parts")).isEmpty();
  }

  @Test
  void findsStreetsBeforeACityWrittenWithAccents() {
    assertThat(
            Found.ofType(
                PiiType.ADDRESS, "send it to 1200 Rue Sainte-Catherine, Montréal, QC H3B 1K9"))
        .containsExactly("1200 Rue Sainte-Catherine, Montréal, QC H3B 1K9");
    assertThat(Found.ofType(PiiType.ADDRESS, "new address: 77 Grande Allée, Québec, QC G1R 2J5"))
        .containsExactly("77 Grande Allée, Québec, QC G1R 2J5");
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

  @Test
  void findsDatesOfBirthWithMonthsNamedInOtherLanguagesOrHyphenated() {
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "né le 4 mars 1988 à Lyon"))
        .containsExactly("4 mars 1988");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "Geboren am 21. Juli 1990 in Köln"))
        .containsExactly("21. Juli 1990");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "geb. 3. März 1961"))
        .containsExactly("3. März 1961");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "geboortedatum 9 mei 1977"))
        .containsExactly("9 mei 1977");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "born 12-Nov-1965"))
        .containsExactly("12-Nov-1965");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "livré le 4 mars 2025, commandé le 1 mars"))
        .isEmpty();
  }

  @Test
  void findsDatesOfBirthWithTheMonthsNameBetweenSlashes() {
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "Date of birth: 04/Mar/1983, Lagos"))
        .containsExactly("04/Mar/1983");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "DOB 9/sept/77")).containsExactly("9/sept/77");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "delivered 04/Mar/2026")).isEmpty();
  }

  @Test
  void findsDatesOfBirthUnderVietnameseIndonesianAndFilipinoLabels() {
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "Họ tên: Đỗ Minh\nNgày sinh: 23/09/1987"))
        .containsExactly("23/09/1987");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "Tanggal lahir: 17-08-1991"))
        .containsExactly("17-08-1991");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "Petsa ng kapanganakan: 06/30/1979"))
        .containsExactly("06/30/1979");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "Ngày giao hàng: 23/09/2026")).isEmpty();
  }

  @Test
  void findsDatesOfBirthUnderTheLabelsOfVCardsAndJson() {
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "FN:Ola Nordmann\nBDAY:1979-06-30\nEND:VCARD"))
        .containsExactly("1979-06-30");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "BDAY;VALUE=date:19920115"))
        .containsExactly("19920115");
    assertThat(
            Found.ofType(
                PiiType.DATE_OF_BIRTH, "{\"name\":\"A\",\"date_of_birth\":\"1966-02-28\"}"))
        .containsExactly("1966-02-28");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "{\"dateOfBirth\": \"2001-12-09\"}"))
        .containsExactly("2001-12-09");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "REV:20260115T101500Z\nORDER:20260115"))
        .isEmpty();
  }

  @Test
  void findsDatesOfBirthWrittenShortRomanYearFirstOrInCjk() {
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "data urodzenia 17.VIII.1972"))
        .containsExactly("17.VIII.1972");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "DOB 1990-Feb-07, Leeds"))
        .containsExactly("1990-Feb-07");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "d.o.b. 21 Aug. 79"))
        .containsExactly("21 Aug. 79");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "born June 9th, '91 in Cork"))
        .containsExactly("June 9th, '91");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "生年月日 1972年8月17日"))
        .containsExactly("1972年8月17日");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "생년월일 1972년 8월 17일"))
        .containsExactly("1972년 8월 17일");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "DOB 19721399, ref 1972-Foo-07")).isEmpty();
  }

  @Test
  void findsDatesOfBirthWithTheDayInWordsOrJoinedByDe() {
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "DOB is the twenty-third of October 1971"))
        .containsExactly("twenty-third of October 1971");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "I was born on the second of May, 2003"))
        .containsExactly("second of May, 2003");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "geboren am einundzwanzigsten Mai 1966"))
        .containsExactly("einundzwanzigsten Mai 1966");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "née le vingt et un avril 1984 à Nantes"))
        .containsExactly("vingt et un avril 1984");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "né le 1er août 1959"))
        .containsExactly("1er août 1959");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "nacida el 17 de enero de 1993 en Sevilla"))
        .containsExactly("17 de enero de 1993");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "the first of May 2026 is my birthday party"))
        .isEmpty();
  }

  @Test
  void findsDutchStreetsNumberFirstTypeFirstAndTownsOfTwoWords() {
    assertThat(Found.ofType(PiiType.ADDRESS, "the old address was 9 Kerkstraat, 3511 LX Utrecht"))
        .containsExactly("9 Kerkstraat, 3511 LX Utrecht");
    assertThat(
            Found.ofType(
                PiiType.ADDRESS, "Jan de Vries\nLaan van Meerdervoort 112\n2517 AT Den Haag"))
        .containsExactly("Laan van Meerdervoort 112\n2517 AT Den Haag");
    assertThat(Found.ofType(PiiType.ADDRESS, "I bought 9 Kerzen and 3 Lampen")).isEmpty();
  }

  @Test
  void readsALicenceNumberNamedAfterItOrUnderAShortLabel() {
    assertThat(
            Found.ofType(PiiType.DRIVER_LICENSE, "M4410-22871-60503 is my Quebec licence number"))
        .containsExactly("M4410-22871-60503");
    assertThat(Found.ofType(PiiType.DRIVER_LICENSE, "DL: 902 114 387, issued in Albany"))
        .containsExactly("902 114 387");
    assertThat(Found.ofType(PiiType.DRIVER_LICENSE, "Licence #: C5519302"))
        .containsExactly("C5519302");
    assertThat(Found.ofType(PiiType.DRIVER_LICENSE, "order 44819-2231 is my new licence plate"))
        .isEmpty();
    assertThat(Found.ofType(PiiType.DRIVER_LICENSE, "Alberta licence 164022-871, class 5"))
        .containsExactly("164022-871");
    assertThat(Found.ofType(PiiType.DRIVER_LICENSE, "NY license 519 003 276 expired"))
        .containsExactly("519 003 276");
    for (String text :
        List.of("the Office licence 20481736 ran out", "In license 44172 the terms changed")) {
      assertThat(Found.ofType(PiiType.DRIVER_LICENSE, text)).as(text).isEmpty();
    }
  }

  @Test
  void readsABritishLicenceNumberAfterLicenceAloneByItsOwnShape() {
    assertThat(Found.ofType(PiiType.DRIVER_LICENSE, "my licence is HARRI612085JB8LW, renewed"))
        .containsExactly("HARRI612085JB8LW");
    assertThat(Found.ofType(PiiType.DRIVER_LICENSE, "licence: LI999703279J99KT"))
        .containsExactly("LI999703279J99KT");
    for (String text :
        List.of("licence key HARRI-61208-5JB8L-WQ220", "the licence 4F7KQ2X9PL3M8RTZ for Office")) {
      assertThat(Found.ofType(PiiType.DRIVER_LICENSE, text)).as(text).isEmpty();
    }
  }

  @Test
  void findsPassportAndLicenceNumbersAfterKeywordsOfOtherLanguages() {
    assertThat(Found.ofType(PiiType.PASSPORT, "Meine Passnummer ist L8T2K4M1P, gültig bis 2030"))
        .containsExactly("L8T2K4M1P");
    assertThat(Found.ofType(PiiType.PASSPORT, "mi pasaporte es XAB305718"))
        .containsExactly("XAB305718");
    assertThat(Found.ofType(PiiType.PASSPORT, "il mio passaporto è YB5038271"))
        .containsExactly("YB5038271");
    assertThat(Found.ofType(PiiType.PASSPORT, "het paspoortnummer: BN82KL7R3"))
        .containsExactly("BN82KL7R3");
    assertThat(Found.ofType(PiiType.PASSPORT, "seria paszportu AB7720391"))
        .containsExactly("AB7720391");
    assertThat(Found.ofType(PiiType.DRIVER_LICENSE, "mon permis de conduire n° 0807691234"))
        .containsExactly("0807691234");
    assertThat(Found.ofType(PiiType.DRIVER_LICENSE, "Führerscheinnummer J010000SD51"))
        .containsExactly("J010000SD51");
    assertThat(Found.ofType(PiiType.DRIVER_LICENSE, "rijbewijs 4309182765 is verlopen"))
        .containsExactly("4309182765");
    assertThat(Found.ofType(PiiType.DRIVER_LICENSE, "carnet de conducir: 70451238M"))
        .containsExactly("70451238M");
    assertThat(Found.in("mi pasaporte es nuevo, el rijbewijs ook")).isEmpty();
  }

  @Test
  void readsAnIdentifierAfterAGermanNumberAbbreviation() {
    assertThat(Found.ofType(PiiType.PASSPORT, "Reisepass-Nr. C4J7K2M9L"))
        .containsExactly("C4J7K2M9L");
  }

  @Test
  void findsNordicStreetsWithTheTypeAttachedOrAfterAGenitiveName() {
    for (String address :
        List.of(
            "Vesterbrogade 41, 1620 København V",
            "Aleksanterinkatu 52 B 14, 00100 Helsinki",
            "Hämeentie 3, 00530 Helsinki",
            "Holmenkollveien 140, 0784 Oslo",
            "Thorvald Meyers gate 49, 0555 Oslo",
            "Sankt Peders Stræde 3, 1453 København K",
            "Drottning Kristinas väg 8, 114 28 Stockholm",
            "Sveavägen 44 lgh 1101, 111 34 Stockholm")) {
      assertThat(Found.ofType(PiiType.ADDRESS, "Please send it to " + address + " today."))
          .as(address)
          .containsExactly(address);
    }
    assertThat(Found.ofType(PiiType.ADDRESS, "Send it to Christian Krohgs gate 32 by Friday"))
        .containsExactly("Christian Krohgs gate 32");
    assertThat(Found.ofType(PiiType.ADDRESS, "We boarded at Terminal gate 15 late")).isEmpty();
  }

  @Test
  void findsColombianGridAddressesAndLatinAmericanDistrictsAndStatePostcodes() {
    for (String address :
        List.of(
            "Carrera 7 # 71-21",
            "Cl. 26 Sur No. 68B-35",
            "Diagonal 40A # 21-15",
            "Cra 15 N° 93-60",
            "Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México",
            "Rua Oscar Freire 379, Jardins, São Paulo - SP, 01426-001",
            "Av. Atlântica 1702, apto 301, Rio de Janeiro - RJ, 22021-001")) {
      assertThat(Found.ofType(PiiType.ADDRESS, "Please deliver to " + address + "."))
          .as(address)
          .containsExactly(address);
    }
    assertThat(
            Found.in("Please deliver to Rua Oscar Freire 379, Jardins, São Paulo - SP, 01426-001."))
        .noneMatch(f -> f.startsWith("PHONE") || f.startsWith("PERSON"));
    assertThat(Found.in("Endereço: Av. Paulista 900, Bela Vista, São Paulo - SP, 01310-100"))
        .containsExactly("ADDRESS:Av. Paulista 900, Bela Vista, São Paulo - SP, 01310-100");
    assertThat(Found.ofType(PiiType.ADDRESS, "Calle 5 # of the tour was great")).isEmpty();
  }

  @Test
  void readsABirthdayAsADateOfBirthOnlyWhenItIsSomeonesOrLabelsTheDate() {
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "My birthday is 14 June 1983, can you check?"))
        .containsExactly("14 June 1983");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "Birthday: 1983-06-14"))
        .containsExactly("1983-06-14");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "her birthday was on 3/9/1990"))
        .containsExactly("3/9/1990");
    for (String text :
        List.of(
            "Our birthday offer runs until 2026-08-15, thanks for shopping.",
            "Happy birthday to the shop, 25 years open on 2026-03-02!",
            "The birthday voucher expired on 12/10/2025.")) {
      assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, text)).as(text).isEmpty();
    }
  }

  @Test
  void aBirthdayThatQualifiesAVoucherOrABonusDatesThatThingAndNoBirth() {
    for (String text :
        List.of(
            "my birthday bonus ends 31/12/2026, please add it",
            "Your birthday reward expires on 5 May 2027.",
            "her birthday party is on 14/02/2027")) {
      assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, text)).as(text).isEmpty();
    }
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "my birthday 02/07/1979, for the check"))
        .containsExactly("02/07/1979");
  }

  @Test
  void bornOpeningANameIsNoBirthKeyword() {
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "£40 to Born Digital Ltd on 04/05/2026"))
        .isEmpty();
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "Born March 3, 1985 in Leeds"))
        .containsExactly("March 3, 1985");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "Born: 12/03/1985"))
        .containsExactly("12/03/1985");
  }

  @Test
  void readsTheDatesUnderABirthColumnOfATable() {
    String tabs =
        "Employee\tDepartment\tDate of birth\tStart\n"
            + "Wilhelmina Okonkwo-Barnes\tFinance and Controlling\t1971-11-03\t2019-04-01\n"
            + "Tadeusz Wiśniewski\tLogistics\t1988-02-29\t2021-09-15\n";
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, tabs))
        .containsExactly("1971-11-03", "1988-02-29");
    String pipes =
        "| Passenger | Seat | DOB |\n|---|---|---|\n| Alexandra Konstantinidou | 14C | 07/08/1990 |\n";
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, pipes)).containsExactly("07/08/1990");
  }

  @Test
  void findsDatesOfBirthAfterTheBirthWordsOfMoreLanguages() {
    for (String text :
        List.of(
            "Fødselsdato: 02.05.1977",
            "Födelsedatum 1977-05-02",
            "Syntymäaika: 2.5.1977",
            "Data di nascita: 02/05/1977",
            "nato il 02/05/1977",
            "Data de nascimento: 02/05/1977",
            "Data urodzenia: 02.05.1977",
            "Doğum tarihi: 02.05.1977",
            "Datum narození: 02.05.1977",
            "fecha nac.: 02-05-1977")) {
      assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, text)).as(text).hasSize(1);
    }
  }

  @Test
  void findsAPrivateMailBagAsAPostOfficeBox() {
    assertThat(Found.ofType(PiiType.ADDRESS, "Please write to P.M.B. 1104, Garki, Abuja."))
        .containsExactly("P.M.B. 1104, Garki, Abuja");
    assertThat(Found.ofType(PiiType.ADDRESS, "Please write to Private Mail Bag 5025, Ibadan."))
        .containsExactly("Private Mail Bag 5025, Ibadan");
  }

  @Test
  void readsThePlacesAfterABoxWithoutAPostcodeButNoCountryCodeOrCourtesy() {
    assertThat(Found.ofType(PiiType.ADDRESS, "post it to P.O. Box CT 2210, Cantonments, Accra"))
        .containsExactly("P.O. Box CT 2210, Cantonments, Accra");
    assertThat(Found.ofType(PiiType.ADDRESS, "PO Box 5567, Abu Dhabi, UAE."))
        .containsExactly("PO Box 5567, Abu Dhabi");
    assertThat(Found.ofType(PiiType.ADDRESS, "Mine is PO Box 318, Thanks"))
        .containsExactly("PO Box 318");
  }

  @Test
  void findsPostOfficeBoxesOfMoreCountriesAndPolishStreetsWrittenInFull() {
    for (String address :
        List.of(
            "Postbus 9102, 6500 HC Nijmegen",
            "Apartado de Correos 77, 46080 Valencia",
            "Caixa Postal 2150, 70040-020 Brasília",
            "Casella Postale 45, 00187 Roma",
            "Postboks 310, 0103 Oslo",
            "Private Bag 3, Wellington 6140",
            "Locked Bag 1220, Melbourne VIC 3001",
            "Skrytka pocztowa 12, 00-950 Warszawa",
            "Ulica Piotrkowska 104, 90-006 Łódź",
            "Aleja Grunwaldzka 82/4, 80-244 Gdańsk")) {
      assertThat(Found.ofType(PiiType.ADDRESS, "Please write to " + address + "."))
          .as(address)
          .containsExactly(address);
    }
  }

  @Test
  void readsAnIdentifierWhoseLetterSeriesIsSetOffByASpace() {
    assertThat(Found.ofType(PiiType.PASSPORT, "numer paszportu: AY 5820147, ważny do 2029"))
        .containsExactly("AY 5820147");
    assertThat(Found.ofType(PiiType.PASSPORT, "Passport no. ZK 3061952 (Poland)"))
        .containsExactly("ZK 3061952");
    assertThat(Found.ofType(PiiType.PASSPORT, "passport is in my name, AB 12")).isEmpty();
  }

  @Test
  void readsTheBirthLabelsOfHungarianMalayThaiAndGreekFormsAndTheirDates() {
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "Születési idő: 1979. 11. 24."))
        .containsExactly("1979. 11. 24");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "tarikh lahir 30/01/1993"))
        .containsExactly("30/01/1993");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "วันเกิด 14-02-1975 ค่ะ"))
        .containsExactly("14-02-1975");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "Ημ. γέννησης 09.10.1968"))
        .containsExactly("09.10.1968");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "ΗΜΕΡΟΜΗΝΙΑ Γέννησης: 09/10/1968"))
        .containsExactly("09/10/1968");
  }

  @Test
  void readsAMonthBeforeTheDayAndItsArticle() {
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "born June the 21st, 1972 in Cork"))
        .containsExactly("June the 21st, 1972");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "the meeting is June the 21st, 2027")).isEmpty();
  }

  @Test
  void readsADateOfBirthWhoseYearIsWrittenInWords() {
    assertThat(
            Found.ofType(
                PiiType.DATE_OF_BIRTH,
                "Date of birth: fourteenth of February nineteen seventy-two"))
        .containsExactly("fourteenth of February nineteen seventy-two");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "DOB 9 May two thousand and four, London"))
        .containsExactly("9 May two thousand and four");
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "born on March 3rd, nineteen sixty"))
        .containsExactly("March 3rd, nineteen sixty");
    // A year in words without a day and month is no date.
    assertThat(Found.ofType(PiiType.DATE_OF_BIRTH, "born in nineteen eighty-one in Leeds"))
        .isEmpty();
  }
}
