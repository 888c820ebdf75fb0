package io.mailtriage.pii.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonRecognizerTest {

  @Test
  void findsHeaderNamesWhereverTheyRecurInFullOrInPart() {
    DetectionHints hints = new DetectionHints("US", List.of("Jane Doe"));
    assertThat(
            Found.ofType(
                PiiType.PERSON, "Jane Doe here. Ask for Jane or Mrs Doe. Janet is not her.", hints))
        .containsExactly("Jane Doe", "Jane", "Doe");
  }

  @Test
  void findsAKnownGivenNameWithASurnameInRunningTextWithoutACue() {
    assertThat(Found.ofType(PiiType.PERSON, "Yesterday Aisha Rahman called about the contract."))
        .containsExactly("Aisha Rahman");
    assertThat(
            Found.ofType(PiiType.PERSON, "the letter went to Pieter de Vries and John F. Kennedy"))
        .containsExactly("Pieter de Vries", "John F. Kennedy");
    assertThat(
            Found.ofType(PiiType.PERSON, "please ask Declan O'Shea, not Tom Gardner's assistant"))
        .containsExactly("Declan O'Shea", "Tom Gardner");
  }

  @Test
  void aFamilyNameInCapitalsBeforeAKnownGivenNameIsAName() {
    assertThat(Found.ofType(PiiType.PERSON, "Traveller: BIANCHI Francesca, seat 22A"))
        .containsExactly("BIANCHI Francesca");
    assertThat(Found.ofType(PiiType.PERSON, "the parcel was signed by SATO Kenji at 10:02"))
        .containsExactly("SATO Kenji");
    assertThat(Found.ofType(PiiType.PERSON, "Caller: ADEYEMI TUNDE +44 161 496 0555"))
        .containsExactly("ADEYEMI TUNDE");
    assertThat(Found.ofType(PiiType.PERSON, "Holder: MOREAU Jean-Luc"))
        .containsExactly("MOREAU Jean-Luc");
    for (String text :
        List.of("Status: OPEN Ticket", "see the WHITE Paper", "GRAND Opening on Friday")) {
      assertThat(Found.ofType(PiiType.PERSON, text)).as(text).isEmpty();
    }
  }

  @Test
  void aFoundersNameBeforeHouseholdGoodsOrAnAppIsABrand() {
    for (String text :
        List.of(
            "the Jamie Oliver set arrived without its lid",
            "I pay for the Charles Schwab app each month",
            "our Mary Berry kit was missing from the hamper")) {
      assertThat(Found.ofType(PiiType.PERSON, text)).as(text).isEmpty();
    }
    assertThat(Found.ofType(PiiType.PERSON, "the Jamie Oliver I spoke to was helpful"))
        .containsExactly("Jamie Oliver");
  }

  @Test
  void aPlacesWordAfterAParticleIsAFamilyName() {
    assertThat(Found.ofType(PiiType.PERSON, "the refund went to Marie-Hélène de la Tour today"))
        .containsExactly("Marie-Hélène de la Tour");
    assertThat(Found.ofType(PiiType.PERSON, "please send it to Pieter van der Berg"))
        .containsExactly("Pieter van der Berg");
  }

  @Test
  void aFamilyNameInCapitalsACommaAndAGivenNameIsOneName() {
    assertThat(Found.ofType(PiiType.PERSON, "the room is booked as SCHNEIDER, Katrin for two"))
        .containsExactly("SCHNEIDER, Katrin");
    assertThat(Found.ofType(PiiType.PERSON, "Claim 7781 / KOWALSKI, Piotr / pending"))
        .containsExactly("KOWALSKI, Piotr");
    for (String text : List.of("URGENT, Please help", "WARNING, Will not refund")) {
      assertThat(Found.ofType(PiiType.PERSON, text)).as(text).isEmpty();
    }
  }

  @Test
  void aNameInAScriptWithoutLetterCaseCountsWhereALabelCueOrSignOffSaysOneComes() {
    assertThat(Found.ofType(PiiType.PERSON, "From: 李娜 <li.na@example.cn>\n\n请帮我查一下。"))
        .containsExactly("李娜");
    assertThat(Found.ofType(PiiType.PERSON, "Name: 佐藤花子\nOrder: 4471")).containsExactly("佐藤花子");
    assertThat(Found.ofType(PiiType.PERSON, "My name is 陈静 and I cannot log in."))
        .containsExactly("陈静");
    assertThat(Found.ofType(PiiType.PERSON, "The card is blocked.\n\nBest regards,\nप्रिया वर्मा"))
        .containsExactly("प्रिया वर्मा");
    assertThat(Found.ofType(PiiType.PERSON, "카드가 안 와요.\n\n감사합니다\n이서연")).containsExactly("이서연");
    assertThat(Found.ofType(PiiType.PERSON, "لم تصل البطاقة.\n\nمع تحياتي\nفاطمة الزهراء"))
        .containsExactly("فاطمة الزهراء");
    assertThat(Found.ofType(PiiType.PERSON, "Η κάρτα δεν ήρθε.\n\nΜε εκτίμηση,\nΕλένη Δημητρίου"))
        .containsExactly("Ελένη Δημητρίου");
    assertThat(Found.ofType(PiiType.PERSON, "Карта не пришла.\n\nС уважением,\nАнна Петрова"))
        .containsExactly("Анна Петрова");
    for (String text :
        List.of(
            "The card is blocked.\n\nThanks,\n请尽快回复我的邮件谢谢",
            "My name is on the card, 请尽快回复我的邮件谢谢")) {
      assertThat(Found.ofType(PiiType.PERSON, text)).as(text).isEmpty();
    }
  }

  @Test
  void theWriterSpeakingAfterAGreetingIsNotAName() {
    for (String text :
        List.of(
            "Hi I'm a new customer and want to know how to top up.",
            "Hello I've lost my card",
            "Hey I'd like to close my account",
            "Hi I'll be abroad next week")) {
      assertThat(Found.ofType(PiiType.PERSON, text)).as(text).isEmpty();
    }
    assertThat(Found.ofType(PiiType.PERSON, "Hi Anna, I'm writing about my card"))
        .containsExactly("Anna");
  }

  @Test
  void aQuestionAfterAGreetingWithoutACommaIsNotAName() {
    for (String text :
        List.of(
            "hi When will I get my card?",
            "hello Can you explain the fee?",
            "hey How many days does it take?",
            "hi There's a payment I don't recognise",
            "hello Are credit cards accepted?",
            "hi What's the exchange rate?")) {
      assertThat(Found.ofType(PiiType.PERSON, text)).as(text).isEmpty();
    }
    assertThat(Found.ofType(PiiType.PERSON, "hi Will, when does my card come?"))
        .containsExactly("Will");
  }

  @Test
  void aLoneGivenNameCountsOnlyAfterACue() {
    assertThat(Found.ofType(PiiType.PERSON, "I think my colleague Siobhan already asked."))
        .containsExactly("Siobhan");
    assertThat(Found.ofType(PiiType.PERSON, "we stock the Siobhan dress in blue")).isEmpty();
    assertThat(Found.ofType(PiiType.PERSON, "the form and Siobhan agreed on it"))
        .as("a verb of speaking after it is a cue too")
        .containsExactly("Siobhan");
  }

  @Test
  void findsNamesAfterVerbsOfSpeakingAndContactEvenWhenNoListKnowsThem() {
    assertThat(Found.ofType(PiiType.PERSON, "\"It is fixed,\" said Yaron Brook on Monday."))
        .containsExactly("Yaron Brook");
    assertThat(Found.ofType(PiiType.PERSON, "I spoke to Oyelaran Babatope yesterday."))
        .containsExactly("Oyelaran Babatope");
    assertThat(Found.ofType(PiiType.PERSON, "I was told by Dragana Vukotic that it was waived."))
        .containsExactly("Dragana Vukotic");
    assertThat(Found.ofType(PiiType.PERSON, "My name is Somchai Wongsakul and my card is lost."))
        .containsExactly("Somchai Wongsakul");
    assertThat(Found.ofType(PiiType.PERSON, "Your agent, Lucia Fernandez, was helpful."))
        .containsExactly("Lucia Fernandez");
  }

  @Test
  void aCueBeforeTeamsCompaniesAndProductsFindsNoPerson() {
    for (String text :
        List.of(
            "I spoke to Customer Services yesterday.",
            "I was transferred to Fraud Prevention twice.",
            "Please ask Apple Support to call me back.",
            "I called Barclays and they said to email you.",
            "I have already emailed PayPal twice.",
            "This is Very Urgent, please.",
            "the manager DIAMOND SAFARI confirmed it",
            "according to Google Maps the branch is closed")) {
      assertThat(Found.ofType(PiiType.PERSON, text)).as(text).isEmpty();
    }
  }

  @Test
  void findsAKnownFamilyNameAfterAnUnknownGivenNameAndAfterATitle() {
    assertThat(Found.ofType(PiiType.PERSON, "The form was sent to Xiaoming Liu last week."))
        .containsExactly("Xiaoming Liu");
    assertThat(Found.ofType(PiiType.PERSON, "Please ask Dr. Chen, or Prof. Okafor."))
        .containsExactly("Chen", "Okafor");
    assertThat(Found.ofType(PiiType.PERSON, "Baroness Williams of Crosby recalled it"))
        .containsExactly("Williams");
    assertThat(Found.ofType(PiiType.PERSON, "We walked through Central Park and Hyde Park."))
        .as("a family name that is also a word is no evidence alone")
        .isEmpty();
  }

  @Test
  void findsNamesInLowerCaseWhenTheListsKnowThemOrACueComesFirst() {
    assertThat(Found.ofType(PiiType.PERSON, "i spoke to maria lopez yesterday"))
        .containsExactly("maria lopez");
    assertThat(Found.ofType(PiiType.PERSON, "can you put ngozi okafor on the account too?"))
        .containsExactly("ngozi okafor");
    assertThat(Found.ofType(PiiType.PERSON, "thanks ahmed, that worked")).containsExactly("ahmed");
    assertThat(Found.ofType(PiiType.PERSON, "please ask dr. chen to call")).containsExactly("chen");
    assertThat(Found.ofType(PiiType.PERSON, "hi, my name is tyrone jackson and i cant log in"))
        .containsExactly("tyrone jackson");
    for (String text :
        List.of(
            "i spoke to customer service and they said to wait",
            "please ask the manager to call me",
            "my name is misspelled on the card",
            "i will park the car and mark the date")) {
      assertThat(Found.ofType(PiiType.PERSON, text)).as(text).isEmpty();
    }
  }

  @Test
  void findsNamesOfManyCulturesWithAccentsFolded() {
    assertThat(
            Found.ofType(
                PiiType.PERSON,
                "Jürgen Hoffmann, Małgorzata Wójcik and Gonçalo Pereira signed; so did Thandiwe"
                    + " Dlamini and Nguyen Van An."))
        .contains("Jürgen Hoffmann", "Małgorzata Wójcik", "Gonçalo Pereira", "Thandiwe Dlamini");
  }

  @Test
  void findsNamesInCapitalsOnlyWhenBothWordsAreKnown() {
    assertThat(Found.ofType(PiiType.PERSON, "I AM DOUGLAS SMITH, THE AUDITOR GENERAL"))
        .containsExactly("DOUGLAS SMITH");
    assertThat(Found.ofType(PiiType.PERSON, "GRAND OPENING SALE AT MAIN STREET STORE")).isEmpty();
  }

  @Test
  void aNameFoundOnceCountsWhereverItRecursInFullOrByPart() {
    assertThat(
            Found.ofType(
                PiiType.PERSON,
                "TONY BLAIR met Yassir Arafat. Later Tony Blair said Blair was late."))
        .containsExactly("TONY BLAIR", "Yassir Arafat", "Tony Blair", "Blair");
    assertThat(
            Found.ofType(
                PiiType.PERSON, "\"No,\" said Steve Dasbach, director. Dasbach noted the cost."))
        .as("an unknown family name spreads from a name a cue vouches for")
        .containsExactly("Steve Dasbach", "Dasbach");
    assertThat(
            Found.ofType(
                PiiType.PERSON,
                "1) Disney/Orlando Vacation\n2) Las Vegas Vacation\n3) Bahamas Vacation"))
        .as("a known given name with an unknown word does not spread the word")
        .doesNotContain("Vacation");
  }

  @Test
  void aNameBrokenOntoTheNextLineOfProseIsOneName() {
    assertThat(Found.ofType(PiiType.PERSON, "Blair, Bush and Jacques\nChirac were discussing it"))
        .contains("Jacques\nChirac");
    assertThat(Found.ofType(PiiType.PERSON, "Best wishes from John\nSenior Engineer\n"))
        .doesNotContain("John\nSenior");
  }

  @Test
  void givenNamesThatAreWordsOrOpenPlaceNamesAreNotPeople() {
    for (String text :
        List.of(
            "Can Keep the old plan?",
            "You Can Keep It Forever",
            "the Grace Hopper Day exhibit",
            "Maria Theresa Square is lovely",
            "the Victoria Line was down",
            "Will Shop Online Again")) {
      assertThat(Found.ofType(PiiType.PERSON, text)).as(text).isEmpty();
    }
  }

  @Test
  void findsNamesAfterSalutations() {
    assertThat(Found.ofType(PiiType.PERSON, "Dear Mr. Smith,\nthanks.")).containsExactly("Smith");
    assertThat(Found.ofType(PiiType.PERSON, "Hello Maria Lopez,\nyour order"))
        .containsExactly("Maria Lopez");
  }

  @Test
  void displayNamesOfBrandsAndCompaniesAreNoHints() {
    for (String hint : List.of("CNET CatchUp", "The Motley Fool", "IBM Watson")) {
      DetectionHints hints = new DetectionHints("US", List.of(hint));
      String text = "Welcome to " + hint + " and Motley and CatchUp and Watson news";
      assertThat(Found.ofType(PiiType.PERSON, text, hints)).as(hint).isEmpty();
    }
    DetectionHints person = new DetectionHints("US", List.of("Albert White - SUN Ireland"));
    assertThat(Found.ofType(PiiType.PERSON, "Cheers,\nAlbert White\nSun Ireland", person))
        .containsExactly("Albert White");
  }

  @Test
  void ignoresGenericSalutations() {
    assertThat(Found.ofType(PiiType.PERSON, "Hi Team,\nHello there,\nDear Customer,\n")).isEmpty();
  }

  @Test
  void greetingAddressedToAnOrganisationIsNotAPerson() {
    assertNoPersonInMails(
        "",
        BODY,
        "Dear Acme Bank,",
        "Hello Contoso Ltd",
        "Dear Litware LLC,",
        "Dear Acme GmbH,",
        "Dear Lumen Insurance,",
        "Hallo Acme Bank,",
        "Bonjour Acme Banque,",
        "Dear Acme Bank Customer Care",
        "Dear Woodgrove Savings Trust Fraud Team,");
  }

  @Test
  void greetingAddressedToATeamOrRoleIsNotAPerson() {
    assertNoPersonInMails(
        "",
        BODY,
        "Hi Fraud Team,",
        "Dear Hiring Manager",
        "Dear Claims Department,",
        "Dear Accounts Payable,",
        "Dear Admissions Office,",
        "Dear Sir or Madam,",
        "Hallo Support-Team,",
        "Hallo Kundenservice,");
  }

  @Test
  void signOffOfAnOrganisationOrTeamIsNotAPerson() {
    assertNoPersonInMails(
        "Hello," + BODY,
        "\n",
        "Kind regards,\nAcme Bank Customer Care",
        "Thanks,\nContoso Ltd",
        "Regards,\nAccounts Receivable",
        "Sincerely,\nYour Acme Support Team",
        "Mit freundlichen Grüßen\nIhr Kundenservice");
  }

  private static final String BODY = "\n\nmy card was declined twice today.\n\n";

  /** No person in the mail of each part between {@code before} and {@code after}. */
  private static void assertNoPersonInMails(String before, String after, String... parts) {
    for (String part : parts) {
      assertThat(Found.ofType(PiiType.PERSON, before + part + after)).as(part).isEmpty();
    }
  }

  @Test
  void titledNameAfterGreetingStaysAPerson() {
    assertThat(Found.ofType(PiiType.PERSON, "Dear Ms. Bank,\nyour card is on its way."))
        .containsExactly("Bank");
    assertThat(Found.ofType(PiiType.PERSON, "Hallo Frau Bank,\nIhre Karte ist unterwegs."))
        .containsExactly("Bank");
    assertThat(Found.ofType(PiiType.PERSON, "Dear Mr Head,\nyour card is on its way."))
        .containsExactly("Head");
  }

  @Test
  void nameBeforeTheRestOfTheGreetingLineStaysAPerson() {
    assertThat(Found.ofType(PiiType.PERSON, "Hi Anna Please find the invoice attached."))
        .containsExactly("Anna");
    assertThat(Found.ofType(PiiType.PERSON, "Hi Tomasz It was charged twice."))
        .containsExactly("Tomasz");
  }

  @Test
  void signatureNameAboveItsTeamAndCompanyStaysAPerson() {
    assertThat(
            Found.ofType(
                PiiType.PERSON,
                "Dear Acme Bank,\nplease call me.\n\nBest,\nPriya Patel\nFraud Team, Acme Bank\n"))
        .containsExactly("Priya Patel");
  }

  @Test
  void findsNamesOnTheLineAfterASignOff() {
    assertThat(
            Found.ofType(
                PiiType.PERSON, "It still fails.\n\nKind regards,\nPriya Natarajan\nAcme Ltd"))
        .containsExactly("Priya Natarajan");
    assertThat(Found.ofType(PiiType.PERSON, "Thanks,\r\n\r\nTom\r\n")).containsExactly("Tom");
  }

  @Test
  void findsTheNameInAQuoteAttribution() {
    assertThat(Found.ofType(PiiType.PERSON, "On 28 Aug 2002, Daniel Quinlan wrote:\n> it works"))
        .containsExactly("Daniel Quinlan");
    assertThat(Found.ofType(PiiType.PERSON, "Justin Mason <jm@example.org> writes:\n> yes"))
        .containsExactly("Justin Mason");
    assertThat(Found.ofType(PiiType.PERSON, "Martin A posted:\n")).containsExactly("Martin A");
  }

  @Test
  void ignoresAttributionVerbsThatDoNotEndALineOrFollowAName() {
    assertThat(
            Found.ofType(
                PiiType.PERSON, "The list wrote:\nHe said: Monday works.\nAnna wrote: fine"))
        .isEmpty();
  }

  @Test
  void doesNotTakeOrganisationDisplayNamesForPeople() {
    DetectionHints hints =
        new DetectionHints("US", List.of("DivX News", "Matrox Support", "jobfair24", "CNET"));
    assertThat(
            Found.ofType(PiiType.PERSON, "The new DivX player from Matrox and CNET is out.", hints))
        .isEmpty();
  }

  @Test
  void toleratesDisplayNamesMadeOfSeparators() {
    DetectionHints hints = new DetectionHints("US", List.of(",,", " , ", ",Bob"));
    assertThat(Found.ofType(PiiType.PERSON, "Bob says hi.", hints)).containsExactly("Bob");
  }

  @Test
  void matchesAMultiWordHeaderNameInAnyLetterCase() {
    DetectionHints hints = new DetectionHints("US", List.of("leslie ellen jones", "will"));
    assertThat(Found.ofType(PiiType.PERSON, "Leslie Ellen Jones says we will meet.", hints))
        .containsExactly("Leslie Ellen Jones");
  }

  @Test
  void findsANameAloneAboveTheSignatureOrAtTheEnd() {
    assertThat(
            Found.ofType(PiiType.PERSON, "It worked.\n\nKate\n\n\n-- \nIrish Linux Users' Group"))
        .containsExactly("Kate");
    assertThat(Found.ofType(PiiType.PERSON, "Solaris x86 as standard.\n\n~Al\n\n-- \nsig"))
        .containsExactly("Al");
    assertThat(Found.ofType(PiiType.PERSON, "don't do anything I wouldn't do.\n\n- Dan"))
        .containsExactly("Dan");
  }

  @Test
  void aOneWordSubjectIsNoNameUnlessItIsAGivenName() {
    // A subject is scanned as a text of its own: its only line signs nothing off.
    assertThat(Found.ofType(PiiType.PERSON, "Enquiry")).isEmpty();
    assertThat(Found.ofType(PiiType.PERSON, "Help")).isEmpty();
    assertThat(Found.ofType(PiiType.PERSON, "Refund")).isEmpty();
    assertThat(Found.ofType(PiiType.PERSON, "Maria")).containsExactly("Maria");
    // The same word after text is a sign-off without a closing word.
    assertThat(Found.ofType(PiiType.PERSON, "It worked.\n\nWoodrow")).containsExactly("Woodrow");
  }

  @Test
  void aLineAloneIsNoNameWhenTextFollowsOrItIsACommonWord() {
    assertThat(Found.ofType(PiiType.PERSON, "It worked.\n\nWoohoo.\n\nMore text here.")).isEmpty();
    assertThat(Found.ofType(PiiType.PERSON, "It worked.\n\nThanks\n\n-- \nsig")).isEmpty();
  }

  @Test
  void findsTheSenderOfAQuotedOrForwardedMessage() {
    assertThat(
            Found.ofType(
                PiiType.PERSON,
                "-----Original Message-----\nFrom: Jane Doe [mailto:jd@example.org]\nSent: Monday"))
        .containsExactly("Jane Doe");
    assertThat(Found.ofType(PiiType.PERSON, "Quoting Brendan Kehoe (b@example.org):\n> hi"))
        .containsExactly("Brendan Kehoe");
  }

  @Test
  void leavesOrganisationsAndDomainsAfterFromAlone() {
    assertThat(
            Found.ofType(
                PiiType.PERSON, "From: Amazon.com\nFrom: Acme Bank <no-reply@acme.example>\n"))
        .isEmpty();
  }

  @Test
  void aGreetingOrAttributionVerbAtTheVeryEndFindsNothing() {
    // Scan.at reads past the end as a space: unbounded space-skipping loops there used to run until
    // the int wrapped around, then took the text's first word for a name.
    assertThat(Found.ofType(PiiType.PERSON, "See you on Monday. Hi")).isEmpty();
    assertThat(Found.ofType(PiiType.PERSON, "Quoting Brendan Kehoe:\n> hi"))
        .containsExactly("Brendan Kehoe");
    assertThat(Found.ofType(PiiType.PERSON, "Monday it is, as Tom wrote")).isEmpty();
  }

  /** The names found in a mail of a greeting, {@link #BODY} and the sign-off {@code part}. */
  private static List<String> signedBy(String part) {
    return Found.ofType(PiiType.PERSON, "Hello," + BODY + part + "\n");
  }

  @Test
  void lowerCaseNameUnderSignOffFromAPhoneIsAPerson() {
    assertThat(signedBy("thanks\nmike")).containsExactly("mike");
    assertThat(signedBy("cheers\nsarah k")).containsExactly("sarah k");
    assertThat(signedBy("ty\njessica")).containsExactly("jessica");
    assertThat(signedBy("thanks\n- mike")).containsExactly("mike");
    assertThat(signedBy("Cheers\nSarah K")).containsExactly("Sarah K");
    assertThat(signedBy("lg\nanna")).as("German: liebe Grüße").containsExactly("anna");
    assertThat(signedBy("thanks\ntom"))
        .as("a given name that is also a word")
        .containsExactly("tom");
    assertThat(signedBy("thx, liz")).as("a short form of a given name").containsExactly("liz");
  }

  @Test
  void nameOnTheSignOffsOwnLineIsAPerson() {
    assertThat(signedBy("thanks, mike")).containsExactly("mike");
    assertThat(signedBy("thx -sarah")).containsExactly("sarah");
    assertThat(signedBy("Thanks, Mike")).containsExactly("Mike");
    assertThat(signedBy("merci, julien")).containsExactly("julien");
  }

  @Test
  void anEmojiOrFaceAfterASignOffStillSignsTheNameUnderOrBesideIt() {
    assertThat(Found.ofType(PiiType.PERSON, "The fee is gone now.\n\nMany thanks 🙏🏽\nOluwaseun"))
        .containsExactly("Oluwaseun");
    assertThat(Found.ofType(PiiType.PERSON, "That worked.\n\ncheers ✌️\nmarta"))
        .containsExactly("marta");
    assertThat(Found.ofType(PiiType.PERSON, "Sorted, thank you.\n\nBest wishes :)\nRhiannon Pugh"))
        .containsExactly("Rhiannon Pugh");
    assertThat(signedBy("Thanks 😀 Declan")).containsExactly("Declan");
    assertThat(Found.ofType(PiiType.PERSON, "Card arrived.\n\nThanks 🙏\nSent from my iPhone"))
        .isEmpty();
    assertThat(Found.ofType(PiiType.PERSON, "All good.\n\ncheers 🍻\nhave a good one")).isEmpty();
  }

  @Test
  void signOffAndNameClosingALineOfTextSignIt() {
    assertThat(
            Found.ofType(
                PiiType.PERSON,
                "Hi,\n\nThe parcel is two weeks late now. Kind regards, Olivia",
                DetectionHints.none()))
        .containsExactly("Olivia");
    assertThat(
            Found.ofType(
                PiiType.PERSON,
                "My order still shows as pending since Monday. Thanks! Marco",
                DetectionHints.none()))
        .containsExactly("Marco");
    assertThat(
            Found.ofType(
                PiiType.PERSON,
                "The app crashed again on the payment page. Cheers, Northwind",
                DetectionHints.none()))
        .isEmpty();
    assertThat(
            Found.ofType(
                PiiType.PERSON,
                "It has happened twice this week already. Thanks again for the help",
                DetectionHints.none()))
        .isEmpty();
  }

  @Test
  void nameAboveItsPhoneNumberAndAPhonesFooterIsAPerson() {
    assertThat(
            Found.ofType(
                PiiType.PERSON,
                "Please call me back.\n\nOliver Grant\n+44 7911 204518\n\nSent from my iPad",
                DetectionHints.none()))
        .containsExactly("Oliver Grant");
    assertThat(
            Found.ofType(
                PiiType.PERSON,
                "Please call me back.\n\nMaja\nMob: 0176 23458812\n\nSent from my iPhone",
                DetectionHints.none()))
        .containsExactly("Maja");
    assertThat(
            Found.ofType(
                PiiType.PERSON,
                "Please call me back.\n\nOrder Total\n4471 2093\n\nSent from my iPhone",
                DetectionHints.none()))
        .isEmpty();
  }

  @Test
  void findsTheSenderAfterTheFromLabelOfOtherLanguages() {
    assertThat(
            Found.ofType(
                PiiType.PERSON,
                "Von: \"Kowalczyk, Agnieszka\" <a.k@example.de>\nGesendet: Montag",
                DetectionHints.none()))
        .containsExactly("Kowalczyk, Agnieszka");
    assertThat(
            Found.ofType(
                PiiType.PERSON,
                "De : Lefèvre, Camille <c.lefevre@example.fr>\nEnvoyé : lundi",
                DetectionHints.none()))
        .contains("Lefèvre, Camille");
    assertThat(
            Found.ofType(
                PiiType.PERSON,
                "Van: Acme Bank Klantenservice <info@example.nl>",
                DetectionHints.none()))
        .isEmpty();
  }

  @Test
  void nameAboveAPhonesFooterIsAPerson() {
    assertThat(signedBy("- mike\n\nSent from my iPhone")).containsExactly("mike");
    assertThat(signedBy("mike\nSent from my iPhone")).containsExactly("mike");
    assertThat(signedBy("- Tom\n\nSent from my iPhone")).containsExactly("Tom");
  }

  @Test
  void ordinaryWordUnderSignOffIsNotAPerson() {
    assertNoPersonInMails(
        "Hello," + BODY,
        "\n",
        "thanks\nagain",
        "cheers\nhave a good day",
        "thanks in advance",
        "regards\nsent from my iphone",
        "thanks\nwill send the receipt tomorrow",
        "cheers\nhope this helps",
        "thanks\nmay",
        "cheers mate",
        "thanks, guys",
        "Thanks, team",
        "Thanks, Northwind",
        "danke\nschönen tag noch");
  }

  /** The names found in a mail of the greeting and {@link #BODY}. */
  private static List<String> greeted(String greeting) {
    return Found.ofType(PiiType.PERSON, greeting + BODY);
  }

  @Test
  void lowerCaseNameAfterAGreetingIsAPerson() {
    assertThat(greeted("hi sarah,")).containsExactly("sarah");
    assertThat(greeted("hey tom -")).containsExactly("tom");
    assertThat(greeted("hi sarah k,")).containsExactly("sarah k");
    assertThat(greeted("hi mr lee,")).containsExactly("lee");
    assertThat(greeted("hallo jürgen,")).containsExactly("jürgen");
    assertThat(greeted("hi sarah i need help"))
        .as("a lone letter that goes on is no initial")
        .containsExactly("sarah");
  }

  @Test
  void ordinaryWordAfterALowerCaseGreetingIsNotAPerson() {
    assertNoPersonInMails(
        "",
        BODY,
        "hi there",
        "hi all",
        "hey guys",
        "hello again",
        "hey can you help",
        "hi, will you call me back",
        "hey will you call me back",
        "hey tom and jerry fans");
  }

  @Test
  void multiWordSalutationIsReadAsASalutation() {
    assertThat(greeted("Good morning Anna,")).containsExactly("Anna");
    assertThat(greeted("Good afternoon Mr Lee")).containsExactly("Lee");
    assertThat(greeted("Morning Tom,")).containsExactly("Tom");
    assertThat(greeted("good morning sarah,")).containsExactly("sarah");
    assertThat(greeted("Guten Tag Frau Schmidt,")).containsExactly("Schmidt");
  }

  @Test
  void multiWordSalutationToNoOneFindsNoPerson() {
    assertNoPersonInMails(
        "",
        BODY,
        "Evening all",
        "good morning team",
        "Good morning,",
        "Good morning support,",
        "Guten Tag zusammen,",
        "Good day to you");
  }

  @Test
  void findsAGivenNameWithADoubleBarrelledFamilyName() {
    assertThat(
            Found.ofType(
                PiiType.PERSON, "I was helped by Bartholomew Adeyemi-Clarke in the Leeds store."))
        .containsExactly("Bartholomew Adeyemi-Clarke");
  }

  @Test
  void findsIrishFamilyNamesWithTheirParticle() {
    assertThat(Found.ofType(PiiType.PERSON, "Could Siobhán Ó Súilleabháin call me back?"))
        .containsExactly("Siobhán Ó Súilleabháin");
    assertThat(Found.ofType(PiiType.PERSON, "I spoke to Aoife Ní Bhriain yesterday"))
        .containsExactly("Aoife Ní Bhriain");
  }

  @Test
  void findsAQuotedDisplayNameWrittenFamilyNameFirstAfterFrom() {
    assertThat(
            Found.ofType(
                PiiType.PERSON,
                "From: \"Wiśniewski, Tomasz\" <t.wisniewski@example.pl>\nSubject: refund",
                DetectionHints.none()))
        .containsExactly("Wiśniewski, Tomasz");
    assertThat(
            Found.ofType(
                PiiType.PERSON,
                "From: \"Acme Bank, Fraud Team\" <fraud@example.com>",
                DetectionHints.none()))
        .isEmpty();
  }

  @Test
  void findsATitledNameWithInitialsInRunningText() {
    assertThat(
            Found.ofType(
                PiiType.PERSON,
                "The cheque was made out to Mr K Adebayo, not to me.",
                DetectionHints.none()))
        .containsExactly("K Adebayo");
    assertThat(
            Found.ofType(
                PiiType.PERSON,
                "Please ask Dr. A. B. Lindqvist to sign it.",
                DetectionHints.none()))
        .containsExactly("A. B. Lindqvist");
  }

  @Test
  void findsATitledNameWithInitialsUnderASignOff() {
    assertThat(
            Found.ofType(
                PiiType.PERSON,
                "Hi,\n\nthe refund has not arrived.\n\nmany thanks\nMs. A. Kowalski",
                DetectionHints.none()))
        .containsExactly("A. Kowalski");
    assertThat(
            Found.ofType(
                PiiType.PERSON,
                "Hi,\n\nthe refund has not arrived.\n\nRegards,\nDr J. R. Okafor\nAcme Ltd",
                DetectionHints.none()))
        .containsExactly("J. R. Okafor");
    assertThat(
            Found.ofType(
                PiiType.PERSON,
                "Hi,\n\nthe refund has not arrived.\n\nthanks\nmr lee",
                DetectionHints.none()))
        .containsExactly("lee");
  }

  @Test
  void readsTheShortSignOffsOfBritishAndCorporateMail() {
    for (String signOff : List.of("ta", "rgds", "BR", "tia", "xx")) {
      assertThat(
              Found.ofType(
                  PiiType.PERSON,
                  "Hi,\n\nthe refund has not arrived.\n\n" + signOff + "\nsarah",
                  DetectionHints.none()))
          .as(signOff)
          .containsExactly("sarah");
    }
  }

  @Test
  void findsTheNameAfterAVerbOfServiceAndBy() {
    assertThat(Found.ofType(PiiType.PERSON, "the form was filled in by wei zhang not me"))
        .containsExactly("wei zhang");
    assertThat(Found.ofType(PiiType.PERSON, "The parcel was signed for by Kemal Aydın at noon."))
        .containsExactly("Kemal Aydın");
    assertThat(
            Found.ofType(
                PiiType.PERSON, "I was served by Customer Services, then ordered by phone"))
        .isEmpty();
  }

  @Test
  void aTitleBeforeAFamilyNameWithLowerCaseParticlesTakesTheParticles() {
    assertThat(Found.ofType(PiiType.PERSON, "Dear Ms van den Broek,\n\nthanks for writing."))
        .containsExactly("van den Broek");
    assertThat(Found.ofType(PiiType.PERSON, "Guten Tag Frau von der Leyen,\n\ndanke."))
        .containsExactly("von der Leyen");
    assertThat(Found.ofType(PiiType.PERSON, "Estimado Sr. de la Fuente:\n\ngracias."))
        .containsExactly("de la Fuente");
    assertThat(Found.ofType(PiiType.PERSON, "I had a call with Dr. di Matteo yesterday."))
        .containsExactly("di Matteo");
    assertThat(Found.ofType(PiiType.PERSON, "Mr de la is not a name.")).isEmpty();
  }

  @Test
  void readsTheNameAfterAFormsNameLabel() {
    assertThat(Found.ofType(PiiType.PERSON, "Name: Thành Long Phạm\nPhone: none"))
        .containsExactly("Thành Long Phạm");
    assertThat(Found.ofType(PiiType.PERSON, "Full name: Oyelaran Babatunde\nCity: Lagos"))
        .containsExactly("Oyelaran Babatunde");
    assertThat(Found.ofType(PiiType.PERSON, "Nombre: Xóchitl Huitzil"))
        .containsExactly("Xóchitl Huitzil");
    assertThat(Found.ofType(PiiType.PERSON, "Name: Acme Holdings Ltd")).isEmpty();
    assertThat(Found.ofType(PiiType.PERSON, "Name:\nPhone:")).isEmpty();
  }

  @Test
  void aBrandNamedAfterItsFounderBeforeAProductIsNoPerson() {
    for (String text :
        List.of(
            "The Ralph Lauren shirt was torn at the seam.",
            "my Calvin Klein jeans shrank in the wash",
            "I returned a Tommy Hilfiger jacket last week.")) {
      assertThat(Found.ofType(PiiType.PERSON, text)).as(text).isEmpty();
    }
    assertThat(Found.ofType(PiiType.PERSON, "Ralph Lauren called about the shirt."))
        .containsExactly("Ralph Lauren");
  }

  @Test
  void readsTheNameUnderTheSignOffsOfUkrainianSerbianBulgarianArabicAndPersianMail() {
    for (String[] mail :
        new String[][] {
          {"З повагою,\nТарас Мельник", "Тарас Мельник"},
          {"Щиро дякую,\nОксана Литвин", "Оксана Литвин"},
          {"Срдачан поздрав,\nДраган Петровић", "Драган Петровић"},
          {"Поздрав,\nЈелена Стојановић", "Јелена Стојановић"},
          {"Поздрави,\nГеорги Иванов", "Георги Иванов"},
          {"مع خالص التحيات،\nخالد الحربي", "خالد الحربي"},
          {"مع الشكر،\nسارة القحطاني", "سارة القحطاني"},
          {"با احترام،\nمریم رضایی", "مریم رضایی"}
        }) {
      assertThat(Found.ofType(PiiType.PERSON, "Карта не работает.\n\n" + mail[0]))
          .as(mail[0])
          .containsExactly(mail[1]);
    }
  }

  @Test
  void readsAGivenAndFamilyNameInCyrillicOnTheSignOffsOwnLine() {
    assertThat(Found.ofType(PiiType.PERSON, "Дякую за відповідь. З повагою, Ірина Бондаренко"))
        .containsExactly("Ірина Бондаренко");
    assertThat(Found.ofType(PiiType.PERSON, "З повагою, Ірина Бондаренко"))
        .containsExactly("Ірина Бондаренко");
    assertThat(Found.ofType(PiiType.PERSON, "Спасибо, Яндекс")).isEmpty();
  }

  @Test
  void readsTheNameAfterTheNameLabelsOfRussianUkrainianAndSerbianForms() {
    assertThat(Found.ofType(PiiType.PERSON, "Контактное лицо: Анна Смирнова, тел. неизвестен"))
        .containsExactly("Анна Смирнова");
    assertThat(Found.ofType(PiiType.PERSON, "ФИО: Кузнецов Дмитрий Олегович"))
        .containsExactly("Кузнецов Дмитрий Олегович");
    assertThat(Found.ofType(PiiType.PERSON, "Ім'я: Богдан Ткаченко"))
        .containsExactly("Богдан Ткаченко");
    assertThat(Found.ofType(PiiType.PERSON, "Име и презиме: Мирко Лазић"))
        .containsExactly("Мирко Лазић");
  }

  @Test
  void leavesTheTeamsOfScriptsWithoutLetterCaseUnderASignOffAlone() {
    for (String mail :
        List.of(
            "مع خالص التحيات،\nفريق خدمة العملاء",
            "בברכה,\nצוות השירות",
            "با احترام،\nپشتیبانی مشتریان",
            "З повагою,\nСлужба підтримки",
            "감사합니다\n고객센터")) {
      assertThat(Found.ofType(PiiType.PERSON, mail)).as(mail).isEmpty();
    }
  }

  @Test
  void readsTheNamesInAPastedTablesNameColumns() {
    assertThat(
            Found.ofType(
                PiiType.PERSON,
                "Name,Email\nKittipong Asante-Darko,kad@example.com\nNilufar Rashidova,nr@example.org"))
        .containsExactly("Kittipong Asante-Darko", "Nilufar Rashidova");
    assertThat(
            Found.ofType(PiiType.PERSON, "surname\tgiven name\tdob\nTehrani\tAshkan\t1988-02-11\n"))
        .containsExactly("Tehrani\tAshkan");
    assertThat(
            Found.ofType(
                PiiType.PERSON,
                "ref|beneficiary|amount\n1|Oyelaran Adebisi|40.00\n2|Xochitl Mendez|9.00"))
        .containsExactly("Oyelaran Adebisi", "Xochitl Mendez");
  }

  @Test
  void leavesTheNameColumnOfGoodsAndOfTeamsAlone() {
    for (String table :
        List.of(
            "sku,name,price\nP-11,Wall Clock,12.00\nP-12,Bath Towel,8.50",
            "name;plan\nGold Saver;monthly",
            "Name,Email\nHelpdesk Team,help@example.com",
            "full_name,city\nAcme Holdings Ltd,Leeds")) {
      assertThat(Found.ofType(PiiType.PERSON, table)).as(table).isEmpty();
    }
  }

  @Test
  void readsTheNameAfterTheHonorificsOfIndianWestAfricanAndFilipinoMail() {
    assertThat(Found.ofType(PiiType.PERSON, "The form was countersigned by Shri T. Nagarajan."))
        .containsExactly("T. Nagarajan");
    assertThat(Found.ofType(PiiType.PERSON, "Engr. Oluwaseun Adebayo approved the transfer."))
        .containsExactly("Oluwaseun Adebayo");
    assertThat(Found.ofType(PiiType.PERSON, "Please ring Alhaja Bisola Kareem-Ojo today."))
        .containsExactly("Bisola Kareem-Ojo");
    assertThat(Found.ofType(PiiType.PERSON, "Our lawyer, Atty. Rosario Villanueva, wrote twice."))
        .containsExactly("Rosario Villanueva");
  }

  @Test
  void readsTheNameAfterATitleWithASecondInBrackets() {
    assertThat(Found.ofType(PiiType.PERSON, "a letter from Prof. (Dr.) M. Krishnan of Pune"))
        .containsExactly("M. Krishnan");
    assertThat(Found.ofType(PiiType.PERSON, "signed: Prof. Dr. Hartmut Lindqvist"))
        .containsExactly("Hartmut Lindqvist");
  }

  @Test
  void readsInitialsBeforeTheNameUnderASignOff() {
    assertThat(Found.ofType(PiiType.PERSON, "Please revert.\n\nRegards,\nP. Subramaniam\nChennai"))
        .containsExactly("P. Subramaniam");
    assertThat(Found.ofType(PiiType.PERSON, "Thank you.\n\nThanks & Regards,\nK. S. Raghavan"))
        .containsExactly("K. S. Raghavan");
    assertThat(Found.ofType(PiiType.PERSON, "Sincerely,\nMd. Rafiqul Islam"))
        .containsExactly("Md. Rafiqul Islam");
    assertThat(Found.ofType(PiiType.PERSON, "Thanks for the help.\nGod bless,\nIfeoluwa Adigun"))
        .containsExactly("Ifeoluwa Adigun");
  }

  @Test
  void readsAGivenNameWrittenShortAndAFilipinoParticleAfterACue() {
    assertThat(Found.ofType(PiiType.PERSON, "It was handled by Ma. Luisa delos Reyes."))
        .containsExactly("Ma. Luisa delos Reyes");
  }

  @Test
  void leavesTheTitleOutOfADisplayNameAndKeepsTheInitials() {
    assertThat(Found.ofType(PiiType.PERSON, "From: \"Prof. N. Okeke\" <n.okeke@example.org>"))
        .containsExactly("N. Okeke");
    assertThat(Found.ofType(PiiType.PERSON, "From: Mrs. J. Adewale-Cole <jac@example.net>"))
        .containsExactly("J. Adewale-Cole");
  }

  @Test
  void readsTheNamesOfFormsThatSplitThemOverTwoLabels() {
    assertThat(Found.ofType(PiiType.PERSON, "Surname: ADEBAYO\nFirst name: Temitope\nAge: 41"))
        .containsExactly("ADEBAYO", "Temitope");
    assertThat(Found.ofType(PiiType.PERSON, "Family name: Nowicka\nGiven names: Zofia Anna"))
        .containsExactly("Nowicka", "Zofia Anna");
  }

  @Test
  void readsAFamilyNameInCapitalsAndTheGivenNameAfterASignOffOrInTheNameOf() {
    assertThat(Found.ofType(PiiType.PERSON, "Awaiting your reply.\n\nRegards,\nOGUNLEYE, Adaora"))
        .containsExactly("OGUNLEYE, Adaora");
    assertThat(Found.ofType(PiiType.PERSON, "The account is in the name of IWUCHUKWU, Somadina."))
        .containsExactly("IWUCHUKWU, Somadina");
  }

  @Test
  void leavesPlacesNamedAfterPeopleAndBrandsWithATitleBeforeTheirGoods() {
    for (String text :
        List.of(
            "My card was declined at Jomo Kenyatta International Airport.",
            "Two Mr Kipling cakes and a Mr Muscle spray were missing.",
            "I ordered the Maria Clara gown in size M.")) {
      assertThat(Found.ofType(PiiType.PERSON, text)).as(text).isEmpty();
    }
  }

  @Test
  void readsTheNamesInAJsonPayloadsNameFields() {
    assertThat(
            Found.ofType(
                PiiType.PERSON,
                "422 {\"first_name\":\"Radoslava\",\"last_name\":\"Tchakarova\",\"plan\":\"Gold\"}"))
        .containsExactly("Radoslava", "Tchakarova");
    assertThat(
            Found.ofType(PiiType.PERSON, "{\"givenName\": \"Ebere\", \"familyName\": \"Nnaji\"}"))
        .containsExactly("Ebere", "Nnaji");
    assertThat(Found.ofType(PiiType.PERSON, "{\"name\":\"Wall Clock\",\"last_name\":\"n/a\"}"))
        .isEmpty();
  }

  @Test
  void readsAChatAgentsNameBeforeTheirRoleInBrackets() {
    assertThat(
            Found.ofType(
                PiiType.PERSON,
                "[09:12:40] Customer: hello\n[09:13:02] Oisín (Support): can I have your postcode?"))
        .containsExactly("Oisín");
    assertThat(Found.ofType(PiiType.PERSON, "Agent (Support): one moment\nBot (Live Chat): hi"))
        .isEmpty();
  }

  @Test
  void readsAHyphenatedGivenNameBeforeAPossessiveAfterACue() {
    assertThat(Found.ofType(PiiType.PERSON, "my son Jean-Luc's card was swallowed"))
        .containsExactly("Jean-Luc");
    assertThat(Found.ofType(PiiType.PERSON, "my wife Mary-Kate's phone"))
        .containsExactly("Mary-Kate");
  }

  @Test
  void aFullStopAfterAGreetingClosesItAndTheSentenceAfterNamesNobody() {
    assertThat(Found.ofType(PiiType.PERSON, "Hello. Uploading the receipt again.")).isEmpty();
    assertThat(Found.ofType(PiiType.PERSON, "Good afternoon. Chasing my refund from May."))
        .isEmpty();
    assertThat(Found.ofType(PiiType.PERSON, "Hi. Deirdre here, my card is stuck."))
        .containsExactly("Deirdre");
  }

  @Test
  void readsTheNameUnderTheSignOffsOfHungarianCzechRomanianIndonesianAndThaiMail() {
    assertThat(Found.ofType(PiiType.PERSON, "Köszönöm szépen.\n\nÜdvözlettel,\nBalogh Réka"))
        .containsExactly("Balogh Réka");
    assertThat(Found.ofType(PiiType.PERSON, "Děkuji.\n\nS pozdravem\nMarek Holub"))
        .containsExactly("Marek Holub");
    assertThat(Found.ofType(PiiType.PERSON, "Cu stimă,\nAndreea Ionescu"))
        .containsExactly("Andreea Ionescu");
    assertThat(Found.ofType(PiiType.PERSON, "Hormat saya,\nDewi Lestari"))
        .containsExactly("Dewi Lestari");
    assertThat(Found.ofType(PiiType.PERSON, "ขอบคุณครับ\nวิชัย ศรีสุข"))
        .containsExactly("วิชัย ศรีสุข");
  }

  @Test
  void readsTheNameAfterTheNameLabelsOfMoreLanguagesAndScripts() {
    assertThat(Found.ofType(PiiType.PERSON, "Név: Farkas Gergely\nSzámla: zárolva"))
        .containsExactly("Farkas Gergely");
    assertThat(Found.ofType(PiiType.PERSON, "Nama lengkap: Putri Ayu Kusuma\nNo HP: -"))
        .containsExactly("Putri Ayu Kusuma");
    assertThat(Found.ofType(PiiType.PERSON, "성명: 이서연\n문의: 카드")).containsExactly("이서연");
    assertThat(Found.ofType(PiiType.PERSON, "ชื่อ: มาลี วงศ์ใหญ่\nปัญหา: บัตร"))
        .containsExactly("มาลี วงศ์ใหญ่");
    assertThat(Found.ofType(PiiType.PERSON, "ስም: ሰላም ገብሩ\nጉዳይ: ካርድ")).containsExactly("ሰላም ገብሩ");
  }

  @Test
  void readsAVietnameseNameByItsMiddleNameEvenWhereItOpensTheSentence() {
    assertThat(Found.ofType(PiiType.PERSON, "Vo Thi Hanh sent the form on Monday."))
        .containsExactly("Vo Thi Hanh");
    assertThat(Found.ofType(PiiType.PERSON, "The card belongs to Ho Van Tuan, my uncle."))
        .containsExactly("Ho Van Tuan");
    assertThat(Found.ofType(PiiType.PERSON, "Đỗ Văn Phúc đã chuyển khoản"))
        .containsExactly("Đỗ Văn Phúc");
    // "Van" is a Dutch particle and a vehicle too: no Vietnamese family name, no name.
    assertThat(Found.ofType(PiiType.PERSON, "Our Rental Van Fleet is ready.")).isEmpty();
  }

  @Test
  void readsALoneNameAskedForOrSpokenToWhenItsClauseEndsWithIt() {
    assertThat(Found.ofType(PiiType.PERSON, "At the counter ask for Kittipong, he has my file."))
        .containsExactly("Kittipong");
    assertThat(Found.ofType(PiiType.PERSON, "Please speak to Nthabiseng at the Soweto branch."))
        .containsExactly("Nthabiseng");
    assertThat(
            Found.ofType(PiiType.PERSON, "You can ask for Help Desk or speak to Billing at once."))
        .isEmpty();
    assertThat(Found.ofType(PiiType.PERSON, "I asked for Apple Pay on the card.")).isEmpty();
  }

  @Test
  void readsAFamilyNameAfterTwoInitialsWithoutATitle() {
    assertThat(Found.ofType(PiiType.PERSON, "Please copy the letter to T. N. Quaicoe today."))
        .containsExactly("T. N. Quaicoe");
    assertThat(Found.ofType(PiiType.PERSON, "A. R. S. Kodituwakku opened the account."))
        .containsExactly("A. R. S. Kodituwakku");
    // One capital before a full stop ends many a sentence: "Plan B. Then …".
    assertThat(Found.ofType(PiiType.PERSON, "We chose plan B. Then Fernwood said no.")).isEmpty();
  }

  @Test
  void aNameJoinedToTheFathersByItsLinkIsOneNameKnownToNoList() {
    assertThat(
            Found.ofType(
                PiiType.PERSON, "Our account manager is Lakshmi d/o Perumal, she will call."))
        .containsExactly("Lakshmi d/o Perumal");
    assertThat(Found.ofType(PiiType.PERSON, "Guarantor: Deepa A/P Krishnan"))
        .containsExactly("Deepa A/P Krishnan");
    assertThat(Found.ofType(PiiType.PERSON, "The cheque came from Velu s/o Sinnathamby today."))
        .containsExactly("Velu s/o Sinnathamby");
    // A name found before the link is the whole of the own name, the father's goes with it.
    assertThat(Found.ofType(PiiType.PERSON, "Name: Mohd Firdaus bin Rahmat"))
        .containsExactly("Mohd Firdaus bin Rahmat");
    assertThat(Found.ofType(PiiType.PERSON, "Regards,\nNur Izzati binti Harun"))
        .containsExactly("Nur Izzati binti Harun");
    // "bin" is an English word too: after no name it links nothing.
    assertThat(Found.ofType(PiiType.PERSON, "The Green bin Collection moves to Friday.")).isEmpty();
  }

  @Test
  void aThingAskedForWithACapitalIsNoName() {
    for (String text :
        List.of(
            "At the hotel ask for Upgrades, they are free.",
            "Please ask for Clarification before you pay.",
            "Just ask for Receipts at the till.",
            "In the chat window ask for Assistance when it opens.")) {
      assertThat(Found.ofType(PiiType.PERSON, text)).as(text).isEmpty();
    }
    assertThat(Found.ofType(PiiType.PERSON, "When you phone, ask for Oluwaseun, she has the file."))
        .containsExactly("Oluwaseun");
  }
}
