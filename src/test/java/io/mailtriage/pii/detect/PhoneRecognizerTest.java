package io.mailtriage.pii.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhoneRecognizerTest {

  @Test
  void findsNationalNumbersUsingTheTenantRegion() {
    assertThat(
            Found.ofType(
                PiiType.PHONE, "call me at (415) 692-4173 tomorrow", DetectionHints.region("US")))
        .containsExactly("(415) 692-4173");
    assertThat(
            Found.ofType(PiiType.PHONE, "ring 020 7946 0958 any time", DetectionHints.region("GB")))
        .containsExactly("020 7946 0958");
  }

  @Test
  void findsInternationalNumbersWithoutARegion() {
    assertThat(Found.ofType(PiiType.PHONE, "mobile: +44 7911 123456", DetectionHints.none()))
        .containsExactly("+44 7911 123456");
  }

  @Test
  void readsNationalNumbersInTheConfiguredRegionsWhenTheTenantHasNoCountry() {
    assertThat(Found.ofType(PiiType.PHONE, "it is (415) 692-4173 now", DetectionHints.none()))
        .containsExactly("(415) 692-4173");
    DetectionHints onlyBritain = new DetectionHints(null, List.of(), List.of("GB"));
    assertThat(Found.ofType(PiiType.PHONE, "it is (415) 692-4173 now", onlyBritain)).isEmpty();
    assertThat(Found.ofType(PiiType.PHONE, "it is 020 7946 0958 now", onlyBritain))
        .containsExactly("020 7946 0958");
  }

  @Test
  void aCountryCodeElsewhereInTheMailReadsNationalNumbersOfThatCountry() {
    DetectionHints usOnly = new DetectionHints("US", List.of(), List.of("US"));
    String withCode = "Office: +44 20 7946 0958. I am mostly on 07911 123456 after six.";
    assertThat(Found.ofType(PiiType.PHONE, withCode, usOnly))
        .containsExactly("+44 20 7946 0958", "07911 123456");
    assertThat(Found.ofType(PiiType.PHONE, "I am mostly on 07911 123456 after six.", usOnly))
        .isEmpty();
  }

  @Test
  void nationalMobilesOfOtherCountriesInASignatureAreFound() {
    for (String number :
        List.of(
            "07700 912345",
            "0151 23456789",
            "06 12 34 56 78",
            "090-1234-5678",
            "138 0013 8000",
            "02-6251234")) {
      String mail = "Hi,\n\nthe parcel never came.\n\nKind regards,\nNoor Haddad\n" + number + "\n";
      assertThat(Found.ofType(PiiType.PHONE, mail, DetectionHints.region("US")))
          .as(number)
          .containsExactly(number);
    }
  }

  @Test
  void aCueWordLowersTheBarToAPhoneShapedNumber() {
    // Area code 123 does not exist: the metadata calls the number invalid, the sender calls it
    // theirs.
    assertThat(
            Found.ofType(
                PiiType.PHONE, "call me on (123) 154-5427 tonight", DetectionHints.region("US")))
        .containsExactly("(123) 154-5427");
    assertThat(Found.ofType(PiiType.PHONE, "WhatsApp: 0130 5551234", DetectionHints.region("DE")))
        .containsExactly("0130 5551234");
    assertThat(
            Found.ofType(
                PiiType.PHONE, "call me on 123 154 5427 tonight", DetectionHints.region("US")))
        .containsExactly("123 154 5427");
    assertThat(
            Found.ofType(PiiType.PHONE, "it was 123 154 5427 tonight", DetectionHints.region("US")))
        .isEmpty();
  }

  @Test
  void findsUsNumbersWrittenWithoutASpaceAndInThe555Range() {
    assertThat(
            Found.ofType(
                PiiType.PHONE, "I'm on (212)555-0147 most days", DetectionHints.region("US")))
        .containsExactly("(212)555-0147");
    assertThat(Found.ofType(PiiType.PHONE, "Tel:(646)926-1183", DetectionHints.region("US")))
        .containsExactly("(646)926-1183");
  }

  @Test
  void findsNumbersRightAfterAShortLabelAndSeveralInOneSentence() {
    assertThat(
            Found.ofType(
                PiiType.PHONE, "M:07911 123456\nT: 020 7946 0958", DetectionHints.region("US")))
        .containsExactly("07911 123456", "020 7946 0958");
    assertThat(
            Found.ofType(
                PiiType.PHONE,
                "tel 312 426 0880 / 718 760 7141 / +1 646 836 7868",
                DetectionHints.region("US")))
        .containsExactly("312 426 0880", "718 760 7141", "+1 646 836 7868");
    assertThat(
            Found.ofType(
                PiiType.PHONE,
                "Call 020 7946 0321 or 07700 900456, or my wife on 07700 900789.",
                DetectionHints.region("GB")))
        .containsExactly("020 7946 0321", "07700 900456", "07700 900789");
  }

  @Test
  void datesAmountsOrderNumbersIbanFragmentsAndVersionsAreNotNumbersEvenNextToACue() {
    for (String text :
        List.of(
            "Call me on 15.03.2024 at 10:30.",
            "Phone bill total EUR 1 234 567,00",
            "Phone order 112-4567890-1234567 was cancelled.",
            "Please call about invoice 2024-0042-17.",
            "the IBAN ends in 0532 0130 00, call me",
            "mobile app version 10.0.19045.3693",
            "call 0.651766 secs",
            "Tel. hours 09:00-17:30",
            "Produced By Microsoft MimeOLE V6.00.2600.0000",
            "Received: from [209.103.203.17] (209-103-203-17.dial-in1.example.net)",
            "Timestamp 1700000000 in the log.",
            "SSN 123-45-6789 on the form, call me")) {
      for (String region : List.of("US", "GB", "DE")) {
        assertThat(Found.ofType(PiiType.PHONE, text, DetectionHints.region(region)))
            .as(text + " " + region)
            .isEmpty();
      }
    }
  }

  @Test
  void aSignatureVouchesForAPossibleNumberButNotForAnyDigitRunOnALongLine() {
    String sig =
        "Thanks\n\n-- \nkevin@example.net    a believer is happier than a skeptic, forked on 37058400 at noon";
    assertThat(Found.ofType(PiiType.PHONE, sig, DetectionHints.region("US"))).isEmpty();
  }

  @Test
  void ignoresOrderNumbersAndShortDigitRuns() {
    assertThat(
            Found.ofType(
                PiiType.PHONE, "order #4155550132 and code 12345", DetectionHints.region("US")))
        .isEmpty();
  }

  @Test
  void findsANumberFollowedByDigitsGluedToAWord() {
    assertThat(
            Found.ofType(
                PiiType.PHONE, "Toll Free: 1-866-522-8575 24hrs.", DetectionHints.region("US")))
        .containsExactly("1-866-522-8575");
  }

  @Test
  void findsANumberBeforeAnAsideInBracketsThatOpensWithDigits() {
    assertThat(
            Found.ofType(
                PiiType.PHONE,
                "Missed call from 0161 496 0872 (3 times today)",
                DetectionHints.region("GB")))
        .containsExactly("0161 496 0872");
    assertThat(
            Found.ofType(
                PiiType.PHONE,
                "reach me on 415-555-0162 (10am to 4pm)",
                DetectionHints.region("US")))
        .containsExactly("415-555-0162");
  }

  @Test
  void readsTheDigitsOfAWhatsAppLinkAsAnInternationalNumber() {
    assertThat(
            Found.ofType(
                PiiType.PHONE, "Message me: https://wa.me/353861234567", DetectionHints.none()))
        .containsExactly("353861234567");
    assertThat(
            Found.ofType(
                PiiType.PHONE, "whatsapp://send?phone=61412345678&text=hi", DetectionHints.none()))
        .containsExactly("61412345678");
    assertThat(
            Found.ofType(
                PiiType.PHONE, "see https://example.com/353861234567", DetectionHints.none()))
        .isEmpty();
    // 4915211234567 also passes a Visa prefix and the Luhn check: in the link it is a number.
    assertThat(Found.in("https://api.whatsapp.com/send?phone=4915211234567", DetectionHints.none()))
        .containsExactly("PHONE:4915211234567");
  }

  @Test
  void joinsANumberAReplyReWrappedOverAQuotedLine() {
    assertThat(
            Found.ofType(
                PiiType.PHONE,
                "> you can call me on 0161\n> 496 0872 tonight",
                DetectionHints.region("GB")))
        .containsExactly("0161\n> 496 0872");
    assertThat(
            Found.ofType(
                PiiType.PHONE, ">> my cell is (212)\n>> 555-0147 btw", DetectionHints.region("US")))
        .containsExactly("(212)\n>> 555-0147");
    assertThat(
            Found.ofType(
                PiiType.PHONE,
                "> Tel: 0161 496 0872\n> 0161 496 0999",
                DetectionHints.region("GB")))
        .containsExactly("0161 496 0872", "0161 496 0999");
    assertThat(Found.ofType(PiiType.PHONE, "> ref 12\n> 345678", DetectionHints.region("GB")))
        .isEmpty();
  }

  @Test
  void findsVanityNumbersSpelledInCapitalsOnTheKeypad() {
    assertThat(
            Found.ofType(
                PiiType.PHONE, "their line is 1-866-GO-BANKS, open late", DetectionHints.none()))
        .containsExactly("1-866-GO-BANKS");
    assertThat(
            Found.ofType(PiiType.PHONE, "ring (877) PAY-HELP today", DetectionHints.region("US")))
        .containsExactly("(877) PAY-HELP");
    assertThat(
            Found.ofType(
                PiiType.PHONE, "Freephone 0800 CARDLOST NOW OPEN", DetectionHints.region("GB")))
        .containsExactly("0800 CARDLOST");
    assertThat(
            Found.ofType(
                PiiType.PHONE,
                "Error 1-800 NOT FOUND, order 2210 ABCDEF, 1-866-go-banks, 5521 SAINSBURYS, #263 SANDTON CITY",
                DetectionHints.region("US")))
        .isEmpty();
  }

  @Test
  void findsAVanityNumberWhoseWordsAreCapitalisedAfterHyphens() {
    assertThat(
            Found.ofType(
                PiiType.PHONE,
                "billing said to call 1-855-Pay-Bill instead",
                DetectionHints.none()))
        .containsExactly("1-855-Pay-Bill");
    assertThat(Found.ofType(PiiType.PHONE, "the 1-800 flowers line", DetectionHints.region("US")))
        .isEmpty();
  }

  @Test
  void findsAnInternationalNumberWrittenWithDots() {
    assertThat(Found.ofType(PiiType.PHONE, "Office +1.212.555.0147, cell +1.646.555.0199"))
        .containsExactly("+1.212.555.0147", "+1.646.555.0199");
  }

  @Test
  void findsANumberThatEndsASentence() {
    assertThat(
            Found.ofType(
                PiiType.PHONE,
                "Call 888-400-1919. - 99 cents a minute",
                DetectionHints.region("US")))
        .containsExactly("888-400-1919");
  }

  @Test
  void stillIgnoresDigitsGluedToAWord() {
    assertThat(Found.ofType(PiiType.PHONE, "serial 4156924173abc", DetectionHints.region("US")))
        .isEmpty();
  }

  @Test
  void aNumberWordInAnEarlierSentenceDoesNotLowerAPhone() {
    assertThat(
            Found.ofType(
                PiiType.PHONE,
                "It has not reached my card yet. 07804 557331 is my work line",
                DetectionHints.region("GB")))
        .containsExactly("07804 557331");
    assertThat(
            Found.ofType(
                PiiType.PHONE,
                "Invoice no. 0151 2345 6789 was sent twice.",
                DetectionHints.region("DE")))
        .isEmpty();
    assertThat(
            Found.ofType(
                PiiType.PHONE,
                "Customer number 204 556 7781 in your system.",
                DetectionHints.region("US")))
        .isEmpty();
  }

  @Test
  void aCallingCodeAfterTheInternationalPrefix00NamesTheMailsCountry() {
    assertThat(Found.ofType(PiiType.PHONE, "Tel. 0049 (0)30 4050 6070", DetectionHints.none()))
        .containsExactly("0049 (0)30 4050 6070");
    assertThat(
            Found.ofType(
                PiiType.PHONE,
                "the last digits were 0044 0532 0130, I think",
                DetectionHints.none()))
        .isEmpty();
  }

  @Test
  void aCouriersNumberInAPhonesShapeIsNoPhoneNumber() {
    assertThat(
            Found.ofType(
                PiiType.PHONE,
                "Consignment no. 0161 4960 7723 is stuck at the hub",
                DetectionHints.region("GB")))
        .isEmpty();
  }

  @Test
  void readsANumberWrittenOutInWordsWithDoubleAndTriple() {
    assertThat(
            Found.ofType(
                PiiType.PHONE,
                "ring me on oh seven nine double six, one two three four five six tonight",
                DetectionHints.region("GB")))
        .containsExactly("oh seven nine double six, one two three four five six");
    assertThat(
            Found.ofType(
                PiiType.PHONE,
                "my cell is two one two - triple five - zero one four seven",
                DetectionHints.region("US")))
        .containsExactly("two one two - triple five - zero one four seven");
    for (String text :
        List.of(
            "Room two four one, second floor, one two three easy",
            "we gave it five, then four, then one star")) {
      assertThat(Found.ofType(PiiType.PHONE, text, DetectionHints.region("GB"))).as(text).isEmpty();
    }
  }

  @Test
  void readsAMexicanMobileWrittenWithTheOneItCarriedBefore2019() {
    assertThat(
            Found.ofType(
                PiiType.PHONE, "Cel: +52 1 81 8340 2291 (Monterrey)", DetectionHints.none()))
        .containsExactly("+52 1 81 8340 2291");
    assertThat(Found.ofType(PiiType.PHONE, "whatsapp +5213398765432", DetectionHints.none()))
        .containsExactly("+5213398765432");
  }

  @Test
  void digitsContinuingACodeOfLettersAndDigitsAreNoPhoneNumber() {
    assertThat(
            Found.ofType(
                PiiType.PHONE,
                "The parcel 1Z 84F 7W2 01 5566 0921 is stuck in the depot",
                DetectionHints.region("GB")))
        .isEmpty();
    assertThat(
            Found.ofType(
                PiiType.PHONE, "Call me on 01 5566 0921 after six", DetectionHints.region("FR")))
        .containsExactly("01 5566 0921");
  }

  @Test
  void readsANumberGivenAsTheValueOfAPhoneParameterInALink() {
    assertThat(
            Found.ofType(
                PiiType.PHONE,
                "the form opened https://crm.example.com/lead?src=mail&mobile=+447911123456&x=1",
                DetectionHints.none()))
        .containsExactly("+447911123456");
    assertThat(
            Found.ofType(
                PiiType.PHONE,
                "see https://book.example.de/confirm?step=2&telefon=015123456789",
                DetectionHints.none()))
        .containsExactly("015123456789");
    // Another parameter's digits continue the link, as before.
    assertThat(
            Found.ofType(
                PiiType.PHONE,
                "see https://book.example.de/confirm?ref=015123456789&step=2",
                DetectionHints.none()))
        .isEmpty();
  }

  @Test
  void readsAnInternationalNumberWhoseGroupsAreSeparatedBySlashes() {
    assertThat(Found.ofType(PiiType.PHONE, "mobil: +36/20/512-3456", DetectionHints.none()))
        .containsExactly("+36/20/512-3456");
    assertThat(Found.ofType(PiiType.PHONE, "Büro +43/1/5123456", DetectionHints.none()))
        .containsExactly("+43/1/5123456");
  }

  @Test
  void aDotBetweenTwoLongHalvesSplitsANationalNumberWhereAShortHalfMakesADecimal() {
    assertThat(Found.ofType(PiiType.PHONE, "mob 99001.23456", DetectionHints.region("IN")))
        .containsExactly("99001.23456");
    assertThat(Found.ofType(PiiType.PHONE, "paid 99001.23 today", DetectionHints.region("IN")))
        .isEmpty();
  }

  @Test
  void aBrazilianPostcodeAfterItsLabelIsNoPhoneNumber() {
    assertThat(Found.ofType(PiiType.PHONE, "CEP: 01452-002, São Paulo", DetectionHints.none()))
        .isEmpty();
    assertThat(Found.ofType(PiiType.PHONE, "cep 04538-133", DetectionHints.region("BR"))).isEmpty();
  }

  @Test
  void readsANumberWhoseGroupsAreSeparatedByMiddleDots() {
    assertThat(Found.ofType(PiiType.PHONE, "line: 089·614·2273", DetectionHints.region("TH")))
        .containsExactly("089·614·2273");
    assertThat(Found.ofType(PiiType.PHONE, "ring +44 7700・900・318", DetectionHints.none()))
        .containsExactly("+44 7700・900・318");
    // The British decimal point is a middle dot too: a price is no number to ring.
    assertThat(Found.ofType(PiiType.PHONE, "it cost 2·50 a month", DetectionHints.region("GB")))
        .isEmpty();
  }

  @Test
  void digitsGroupedByTwoSlashesAreAReferenceUnlessACueSaysPhone() {
    DetectionHints gb = DetectionHints.region("GB");
    assertThat(
            Found.ofType(
                PiiType.PHONE, "Production batch 0203/7946/0328 was sent back to the depot.", gb))
        .isEmpty();
    assertThat(Found.ofType(PiiType.PHONE, "My file number is 0161/4960/872 at the council.", gb))
        .isEmpty();
    assertThat(Found.ofType(PiiType.PHONE, "WhatsApp: 0203/7946/0328", gb))
        .containsExactly("0203/7946/0328");
    // A calling code vouches for the number however it is grouped.
    assertThat(Found.ofType(PiiType.PHONE, "The mobile is +36/30/481-2739 for the weekend.", gb))
        .containsExactly("+36/30/481-2739");
  }
}
