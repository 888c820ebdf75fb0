package io.mailtriage.pii.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AddressRecognizerTest {

  @Test
  void readsAStreetTypedInSmallLettersWithItsTownAndPostcode() {
    for (String address :
        List.of(
            "9 birch avenue, leeds ls7 3pq",
            "77 lakeshore blvd e, unit 5, ottawa on k1a 0b1",
            "310 oak st apt 2, austin tx 78701",
            "flat 2, 14 quay street, galway h91 e2k3")) {
      assertThat(Found.ofType(PiiType.ADDRESS, "my address is " + address + " thanks"))
          .as(address)
          .containsExactly(address);
    }
    for (String text :
        List.of(
            "it took 3 days walk from the main road",
            "I live at 12 green st, so close by",
            "we waited 2 hours on the line, sheffield s10 team said")) {
      assertThat(Found.ofType(PiiType.ADDRESS, text)).as(text).isEmpty();
    }
  }

  @Test
  void readsUkAddressesLedByAHouseNameWithoutAHouseNumber() {
    for (String address :
        List.of(
            "Bramble Cottage, Chapel Lane, Long Sutton, Spalding PE12 9EZ",
            "The Old Vicarage, Church Road, Wickham Market, Woodbridge IP13 0RX",
            "Flat 7, Beechwood Court, Park Avenue, Harrogate HG2 9BQ",
            "Plas Newydd, Ffordd Llanfair, Rhuthun LL15 1SH",
            "Hollybush Farm, Stow-on-the-Wold, Cheltenham GL54 1JH")) {
      assertThat(Found.ofType(PiiType.ADDRESS, "Please send the form to " + address + "."))
          .as(address)
          .containsExactly(address);
    }
    String lines = "Kestrel Barn\nStation Road\nHarpley\nKing's Lynn\nPE31 6TL";
    assertThat(Found.ofType(PiiType.ADDRESS, "Ship it here:\n" + lines)).containsExactly(lines);
  }

  @Test
  void readsAHouseNamedInOneWordAfterItsLandBeforeItsTownAndPostcode() {
    for (String address :
        List.of(
            "Hillcrest, Malton YO17 7HR",
            "Westcroft, Penrith CA11 9PB",
            "Oakdene, Bude EX23 8LF")) {
      assertThat(Found.ofType(PiiType.ADDRESS, "Please send the form to " + address + "."))
          .as(address)
          .containsExactly(address);
    }
    assertThat(Found.ofType(PiiType.ADDRESS, "Regards\nIsla\nAshlea, Oban PA34 4LD"))
        .containsExactly("Ashlea, Oban PA34 4LD");
    for (String text :
        List.of("Thanks, Leeds LS6 2QT", "Huddersfield, West Yorkshire HD1 2AB is the office")) {
      assertThat(Found.ofType(PiiType.ADDRESS, text)).as(text).isEmpty();
    }
  }

  @Test
  void keepsAHouseNameBeforeANumberedStreetInTheAddressAndOutOfTheNames() {
    String mail =
        "Hello,\n\nPlease send the new card to Lark Villa, 9 Mill Street, Ludlow SY8 1BB."
            + "\n\nThanks\nOwen Hughes";
    assertThat(Found.in(mail))
        .containsExactly("ADDRESS:Lark Villa, 9 Mill Street, Ludlow SY8 1BB", "PERSON:Owen Hughes");
  }

  @Test
  void leavesTheSignersNameOutOfTheAddressUnderIt() {
    assertThat(
            Found.ofType(
                PiiType.ADDRESS, "Regards,\nRuth Evans\n14 Bridge Street\nHay-on-Wye HR3 5DB"))
        .containsExactly("14 Bridge Street\nHay-on-Wye HR3 5DB");
    assertThat(Found.ofType(PiiType.ADDRESS, "Cheers,\nTom Reilly\nBack Lane\nBrough HU15 2QT"))
        .containsExactly("Back Lane\nBrough HU15 2QT");
  }

  @Test
  void readsIndianAddressesUpToTheirPinCode() {
    for (String address :
        List.of(
            "Flat 3C, Lakshmi Towers, 6th Main, Malleswaram, Bengaluru 560003",
            "Plot No. 41, Sector 21, Gurugram, Haryana - 122016",
            "D.No. 12-5-88, MG Road, Vijayawada - 520 010",
            "B-204, Green Park Apartments, Link Road, Andheri West, Mumbai 400053",
            "House No. 17, 3rd Cross, R. T. Nagar, Mysuru, Karnataka 570001")) {
      assertThat(Found.ofType(PiiType.ADDRESS, "My address is " + address + ", thanks"))
          .as(address)
          .containsExactly(address);
    }
  }

  @Test
  void readsSpanishAddressesWrittenWithCSlashAndAbbreviatedStreetTypes() {
    for (String address :
        List.of(
            "c/ Alcalá 120, 5º D, 28009 Madrid",
            "C/Sant Pere 7-1º, 17001 Girona",
            "Pza. Mayor 3, 2º izq., 37002 Salamanca",
            "Pº de la Castellana 89, bajo, 28046 Madrid",
            "C/ del Carme 15")) {
      assertThat(Found.ofType(PiiType.ADDRESS, "Mi dirección es " + address + ", gracias"))
          .as(address)
          .containsExactly(address);
    }
  }

  @Test
  void readsAPostcodeTypedAloneOnTheReplyToAPostcodeQuestion() {
    assertThat(
            Found.ofType(
                PiiType.ADDRESS,
                "[11:20] Agent: Could you give me your postcode?\n[11:21] Me: ls6 3hn"))
        .containsExactly("ls6 3hn");
    assertThat(Found.ofType(PiiType.ADDRESS, "Bot: What's your post code?\nUser: it's NE1 4ST"))
        .containsExactly("NE1 4ST");
    assertThat(
            Found.ofType(
                PiiType.ADDRESS, "Agent: and the postal code?\nAgent: to check\nCustomer: K1A 0B1"))
        .containsExactly("K1A 0B1");
    assertThat(
            Found.ofType(PiiType.ADDRESS, "the postcode we have on file for you is BT9 5AG, right"))
        .containsExactly("BT9 5AG");
  }

  @Test
  void leavesStreetLikeWordsOfOrdinarySupportTextAlone() {
    for (String text :
        List.of(
            "Unit 4 of the course covers Flat fee pricing and House rules.",
            "Apartment hunting in Leeds, so send it to my office, Cross-border payment failed.",
            "c/o Maria Lopez, Floor 3, Room 12",
            "Your OTP 482913 is valid for 10 minutes, Sector 7 of the form",
            "Ticket 560001 raised in Chennai, Tamil Nadu 600017 is the branch",
            "We had lunch at Ivy Cottage Tearooms, High Street, Pateley Bridge on Friday.",
            "Agent: what's the postcode?\nMe: hang on, looking",
            "Agent: postcode?\nMe: yes I'm at gate A12 now",
            "Pedido nº 45 enviado el 3º día, c/c 1234")) {
      assertThat(Found.ofType(PiiType.ADDRESS, text)).as(text).isEmpty();
    }
  }

  @Test
  void readsTheStreetsOfMalaysiaIndonesiaAndPakistanWithTheirBlocksAndSectors() {
    assertThat(
            Found.ofType(
                PiiType.ADDRESS, "Send it to No. 8, Jalan Tun Razak, 50400 Kuala Lumpur, thanks"))
        .containsExactly("No. 8, Jalan Tun Razak, 50400 Kuala Lumpur");
    assertThat(
            Found.ofType(
                PiiType.ADDRESS,
                "Alamat saya: Jl. Pemuda Baru No. 41, RT 07/RW 11, Semarang 50132"))
        .containsExactly("Jl. Pemuda Baru No. 41, RT 07/RW 11, Semarang 50132");
    assertThat(
            Found.ofType(
                PiiType.ADDRESS, "we moved to House 112, Street 9, G-9/4, Rawalpindi 46000."))
        .containsExactly("House 112, Street 9, G-9/4, Rawalpindi 46000");
  }

  @Test
  void readsTheStreetsOfHungaryRomaniaTheCzechRepublicAndGreece() {
    assertThat(Found.ofType(PiiType.ADDRESS, "Lakcím: 6720 Szeged, Kárász utca 9. 1/4"))
        .containsExactly("Kárász utca 9");
    assertThat(
            Found.ofType(
                PiiType.ADDRESS,
                "Adresa mea: Bd. Unirii nr. 44, bl. A2, sc. 1, ap. 12, 030833 Oradea"))
        .containsExactly("Bd. Unirii nr. 44, bl. A2, sc. 1, ap. 12, 030833 Oradea");
    assertThat(Found.ofType(PiiType.ADDRESS, "pošlete to na třída Svobody 31, 779 00 Olomouc"))
        .containsExactly("třída Svobody 31, 779 00 Olomouc");
    assertThat(Found.ofType(PiiType.ADDRESS, "Διεύθυνση: Πατησίων 76, 104 34 Αθήνα"))
        .containsExactly("Πατησίων 76, 104 34 Αθήνα");
    // A number before a spaced group of digits is no address without a name before it.
    assertThat(Found.ofType(PiiType.ADDRESS, "Order 25, 105 63 items shipped")).isEmpty();
  }
}
