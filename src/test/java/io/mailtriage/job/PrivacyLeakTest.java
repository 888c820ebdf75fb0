package io.mailtriage.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.testing.RealKafkaAndFlink;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product's promise, proven on the real pipeline: emails with planted personal data of every
 * type go through Kafka and the whole job with checkpoints on; afterwards every output topic, every
 * file of the retained checkpoint and everything logged meanwhile are scanned for each planted
 * value and its common normalisations. There must be no hit anywhere. A second run plants the forms
 * of issue 13 (national phone numbers of other countries in signatures, loose pattern forms) and
 * values the parser must first decode or unwrap (HTML, base64, quoted-printable, encoded words, an
 * attached mail, a re-wrapped quote).
 */
class PrivacyLeakTest extends RealKafkaAndFlink {
  private static final Path TEST_LOG = Path.of("target/test-logs/tests.log");

  /** Planted values, unique to this test so no other test's logs can produce a hit. */
  static final String NAME = "Quenby Marchetti";

  static final String EMAIL = "quenby.marchetti@leaktest.example";
  static final String PHONE = "+44 7700 900461";
  static final String CARD = "4556 7375 8689 9855";
  static final String IBAN = "DE89 3704 0044 0532 0130 00";
  static final String SSN = "536-22-8147";
  static final String IP = "198.51.100.23";
  static final String MAC = "3C:22:FB:7A:01:9E";
  static final String AWS_KEY = "AKIAQ7LEAKTEST00VAL1";
  static final String CREDENTIAL_URL = "ftp://quenby:Zq8rTu2mWx@ftp.leaktest.example/backup";
  static final String DOB = "14 March 1985";
  static final String STREET = "7731 Larkspur Street";
  static final String MRN = "MRN-90417";
  static final String PASSPORT = "C03005988";
  static final String LICENCE = "MARCH851145QB9XY";

  /** Each planted value as written and in the forms a leak could take after normalisation. */
  static Set<String> needles() {
    Set<String> needles = new LinkedHashSet<>();
    for (String v :
        List.of(
            NAME,
            EMAIL,
            PHONE,
            CARD,
            IBAN,
            SSN,
            IP,
            MAC,
            AWS_KEY,
            CREDENTIAL_URL,
            DOB,
            STREET,
            MRN,
            PASSPORT,
            LICENCE)) {
      needles.add(v);
      needles.add(v.toLowerCase(Locale.ROOT));
      String compact = v.replaceAll("[\\s-]", "");
      if (compact.length() >= 6) {
        needles.add(compact);
      }
    }
    needles.add("Marchetti");
    needles.add("7700900461");
    needles.add("Zq8rTu2mWx");
    return needles;
  }

  private static String envelope(String id, String subject, String text) {
    return "{\"messageId\":\""
        + id
        + "@leaktest.example\",\"tenant\":\"demo\",\"mailbox\":\"support@example.com\","
        + "\"receivedAt\":\"2026-11-25T10:00:00Z\",\"from\":{\"name\":\""
        + NAME
        + "\",\"email\":\""
        + EMAIL
        + "\"},"
        + "\"to\":[{\"email\":\"support@example.com\"}],\"subject\":"
        + quote(subject)
        + ",\"text\":"
        + quote(text)
        + "}";
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  static List<byte[]> plantedMail() {
    List<String> mails = new ArrayList<>();
    mails.add(
        envelope(
            "leak-1",
            "Card " + CARD + " stolen",
            "Dear support,\n\nmy card "
                + CARD
                + " was stolen yesterday. Please block it. You can call me on "
                + PHONE
                + " or write to "
                + EMAIL
                + ".\n\nRegards,\n"
                + NAME));
    mails.add(
        envelope(
            "leak-2",
            "Transfer to IBAN",
            "Hi,\nthe transfer to "
                + IBAN
                + " has not arrived. My SSN is "
                + SSN
                + " and my date of birth is "
                + DOB
                + ". I live at "
                + STREET
                + ", Springfield, IL 62704.\n\nThanks,\n"
                + NAME));
    mails.add(
        envelope(
            "leak-3",
            "Login problem",
            "Hello,\nI was locked out after logging in from "
                + IP
                + " (device MAC "
                + MAC
                + "). My colleague pasted "
                + "our key "
                + AWS_KEY
                + " and the link "
                + CREDENTIAL_URL
                + " in a chat.\n\nBest,\n"
                + NAME));
    mails.add(
        envelope(
            "leak-4",
            "Verify identity",
            "Dear team,\nfor the identity check: my passport number is "
                + PASSPORT
                + ", driver's license "
                + LICENCE
                + ", and health plan number "
                + MRN
                + ".\n\nKind regards,\n"
                + NAME));
    String mime =
        "From: \""
            + NAME
            + "\" <"
            + EMAIL
            + ">\r\nTo: support@example.com\r\nSubject: Lost card "
            + CARD
            + "\r\nMessage-ID: <leak-5@leaktest.example>\r\nDate: Wed, 25 Nov 2026 10:05:00 +0000\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\n\r\nHi,\r\nI lost my card "
            + CARD
            + ", call "
            + PHONE
            + ".\r\n\r\nThanks,\r\n"
            + NAME
            + "\r\n";
    mails.add(mime);
    // Broken input full of personal data: it must reach the DLQ sealed, never in clear.
    mails.add(
        "{\"messageId\":\"leak-6\",\"from\":{\"email\":\"" + EMAIL + "\"},\"text\":\"card " + CARD);
    List<byte[]> values = new ArrayList<>();
    for (String m : mails) {
      values.add(m.getBytes(StandardCharsets.UTF_8));
    }
    return values;
  }

  /**
   * Issue 13's forms, from a tenant in the US: national mobile numbers of other countries written
   * in signatures (UK, Germany, France, Japan), with and without a label, and the loose pattern
   * forms (15-digit card, compressed IPv6 with a zone, punycode domain, dotted SSN, lower-case
   * hyphenated IBAN).
   */
  static final String UK_MOBILE = "07911 402781";

  static final String DE_MOBILE = "0151 28443917";
  static final String FR_MOBILE = "06 47 21 83 90";
  static final String JP_MOBILE = "090-4418-2297";
  static final String AMEX = "3752 601815 90834";
  static final String IPV6 = "fe80::a00:27ff:fe4e:66a1";
  static final String PUNYCODE_EMAIL = "quenby@xn--mnchen-3ya.de";
  static final String DOTTED_SSN = "536.22.8147";
  static final String LOOSE_IBAN = "de30-8194-8219-9351-8190-93";
  // Names in running text, none of them in the headers: after a verb of contact and unknown to
  // the gazetteers, after a title, and in lower case.
  static final String CUED_NAME = "Somchai Wongsakul";
  static final String TITLED_SURNAME = "Okonkwo";
  static final String LOWER_CASE_NAME = "ngozi adeyemi";
  // Addresses without a cue word: a directional and a unit, a post-office box, a German street
  // with its type as a word of its own.
  static final String US_STREET = "2200 N Lamar Blvd Apt 210, Austin, TX 78705";
  static final String PO_BOX = "PO Box 4410, Boise, ID 83711";
  static final String DE_STREET = "Mariahilfer Straße 77, 1060 Wien";
  // Values that reach the tokenizer only after the parser has undone how mail carries them: in
  // an HTML-only body sent base64 (a table cell, a mailto: link), in a mail attached to a forward
  // (its own From header, signature and IBAN), in a subject as an RFC 2047 encoded word, split by
  // a quoted-printable soft line break, and in a re-wrapped quote with a marker inside the number;
  // and an address written out to be read back.
  static final String HTML_PHONE = "+44 7700 900837";
  static final String HTML_EMAIL = "o.brandt@leakhtml.example";
  static final String FORWARDED_NAME = "Ottoline Brandt";
  static final String FORWARDED_EMAIL = "ottoline.brandt@leakfwd.example";
  static final String FORWARDED_IBAN = "GB18 WEST 6016 1331 9268 19";
  static final String FORWARDED_PHONE = "+44 7700 900921";
  static final String SUBJECT_CARD = "5412 7534 1928 3671";
  static final String SOFT_BROKEN_PHONE = "+49 151 23456789";
  static final String QUOTE_BROKEN_CARD = "4916 3382 0571 9460";
  static final String WRITTEN_OUT_EMAIL = "ottoline dot brandt at leakspell dot co dot uk";

  // How people write what the recognizers learnt at issue 12's later rounds: a chat link's number,
  // an address spelt out against harvesters, a house with a name and no number, an Indian flat up
  // to its PIN code, a Spanish "c/" street, a postcode typed alone as a chat reply, a defanged IP,
  // a passport number with a space, a contact card's birthday and a date of birth in CJK.
  static final String WA_LINK_PHONE = "447700900512";
  static final String AT_DOT_EMAIL = "quenby <at> leakchat <dot> example";
  static final String HOUSE_NAME = "Larkspur Cottage";
  static final String HOUSE_ADDRESS = HOUSE_NAME + ", Mill Lane, Little Hadham, Ware SG11 2DY";
  static final String PIN_ADDRESS =
      "Flat 4C, Gulmohar Residency, 7th Main, Jayanagar, Bengaluru 560041";
  static final String SPANISH_ADDRESS = "c/ Alcalde Sáinz de Baranda 31, 2º izq, 28009 Madrid";
  static final String CHAT_POSTCODE = "LS6 3QP";
  static final String DEFANGED_IP = "198[.]51[.]100[.]77";
  static final String SPACED_PASSPORT = "EK 4417925";
  static final String VCARD_BIRTHDAY = "1979-08-23";
  static final String CJK_BIRTHDAY = "1979年8月23日";

  // The ninth round's forms: an '@' in brackets, a surname with particles after "to", a street
  // typed in small letters with its town and postcode, a one-word house name over its town, a
  // licence after "DL:", a birth date after "Born:".
  static final String BRACKET_AT_EMAIL = "t.leakmore[@]leakbox.example";
  static final String PARTICLE_NAME = "Anne-Sophie van den Broek";
  static final String LOWER_CASE_STREET = "27 heather lane, harrogate hg2 7ab";
  static final String ONE_WORD_HOUSE = "Brackenlea, Kendal LA9 6PQ";
  static final String DL_LICENCE = "771 402 935";
  static final String BORN_DATE = "19/08/1983";

  // The tenth to twelfth rounds' forms: a card grouped by slashes and one split over a line after
  // its hyphen, a Hungarian mobile with slashes and a Thai one grouped by middle dots, a year-first
  // date of birth after a Hungarian label, a password by another name and after a Korean label,
  // a name in Hangul after its label, a Vietnamese name by its middle name and a lone name asked
  // for.
  static final String SLASH_CARD = "4539/1488/0343/6467";
  static final String SPLIT_CARD = "5167-2938-4015-\n5278";
  static final String SLASH_PHONE = "+36/30/618-2457";
  static final String MIDDLE_DOT_PHONE = "089·734·2261";
  static final String HUNGARIAN_BIRTH_DATE = "1981. 04. 17";
  static final String MEMORABLE_WORD = "Thistledown42";
  static final String KOREAN_PASSWORD = "Bukhansan#73";
  static final String HANGUL_NAME = "한소윤";
  static final String VIETNAMESE_NAME = "Phan Van Khoa";
  static final String LONE_NAME = "Kittichai";

  // The thirteenth round's form: a name whose second half is the father's, after its link.
  static final String PATRONYMIC_NAME = "Meenakshi d/o Thangavelu";

  static Set<String> formNeedles() {
    Set<String> needles = new LinkedHashSet<>();
    for (String v :
        List.of(
            UK_MOBILE,
            DE_MOBILE,
            FR_MOBILE,
            JP_MOBILE,
            AMEX,
            IPV6,
            PUNYCODE_EMAIL,
            DOTTED_SSN,
            LOOSE_IBAN,
            CUED_NAME,
            TITLED_SURNAME,
            LOWER_CASE_NAME,
            US_STREET,
            PO_BOX,
            DE_STREET,
            HTML_PHONE,
            HTML_EMAIL,
            FORWARDED_NAME,
            FORWARDED_EMAIL,
            FORWARDED_IBAN,
            FORWARDED_PHONE,
            SUBJECT_CARD,
            SOFT_BROKEN_PHONE,
            QUOTE_BROKEN_CARD,
            WRITTEN_OUT_EMAIL,
            WA_LINK_PHONE,
            AT_DOT_EMAIL,
            HOUSE_ADDRESS,
            PIN_ADDRESS,
            SPANISH_ADDRESS,
            CHAT_POSTCODE,
            DEFANGED_IP,
            SPACED_PASSPORT,
            VCARD_BIRTHDAY,
            CJK_BIRTHDAY,
            BRACKET_AT_EMAIL,
            PARTICLE_NAME,
            LOWER_CASE_STREET,
            ONE_WORD_HOUSE,
            DL_LICENCE,
            BORN_DATE,
            SLASH_CARD,
            SPLIT_CARD,
            SLASH_PHONE,
            MIDDLE_DOT_PHONE,
            HUNGARIAN_BIRTH_DATE,
            MEMORABLE_WORD,
            KOREAN_PASSWORD,
            HANGUL_NAME,
            VIETNAMESE_NAME,
            LONE_NAME,
            PATRONYMIC_NAME)) {
      needles.add(v);
      needles.add(v.toUpperCase(Locale.ROOT));
      needles.add(v.replaceAll("[\\s.-]", ""));
    }
    // What a missed card broken over the quote marker would leave: the groups before the break.
    needles.add(QUOTE_BROKEN_CARD.substring(0, 14));
    needles.add("leakspell");
    // What a partly found value would leave in clear: the parts that name a place or a person.
    needles.add("leakchat");
    needles.add(HOUSE_NAME);
    needles.add("SG11 2DY");
    needles.add("Gulmohar");
    needles.add("560041");
    needles.add("Sáinz de Baranda");
    needles.add("198.51.100.77");
    needles.add("4417925");
    needles.add("leakbox");
    needles.add("van den Broek");
    needles.add("heather lane");
    needles.add("hg2 7ab");
    needles.add("Brackenlea");
    // The digits of the numbers grouped by slashes, middle dots and a line break.
    needles.add("4539148803436467");
    needles.add("5167293840155278");
    // The JSON of a topic writes the line break as "\\n": a missed split card leaves its first
    // line.
    needles.add(SPLIT_CARD.substring(0, 14));
    needles.add("306182457");
    needles.add("0897342261");
    needles.add("Khoa");
    return needles;
  }

  private static String mime(String subject, String headers, String body) {
    return "From: \""
        + NAME
        + "\" <"
        + EMAIL
        + ">\r\nTo: support@example.com\r\nSubject: "
        + subject
        + "\r\nMessage-ID: <"
        + Integer.toHexString(body.hashCode())
        + "@leaktest.example>\r\nDate: Wed, 25 Nov 2026 11:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        + headers
        + "\r\n\r\n"
        + body;
  }

  /** Mails whose personal data the parser must first decode, unwrap or unquote. */
  private static List<String> encodedForms() {
    String html =
        "<html><body><p>Hello,</p><p>my card payment failed at the till.</p><table><tr>"
            + "<td>Phone</td><td>"
            + HTML_PHONE
            + "</td></tr><tr><td>Email</td><td><a href=\"mailto:"
            + HTML_EMAIL
            + "\">"
            + HTML_EMAIL
            + "</a></td></tr></table><p>Thanks</p></body></html>";
    String forwarded =
        "From: "
            + FORWARDED_NAME
            + " <"
            + FORWARDED_EMAIL
            + ">\r\nSubject: Refund details\r\nDate: Tue, 24 Nov 2026 16:40:00 +0000\r\n\r\n"
            + "Please send the refund to "
            + FORWARDED_IBAN
            + ".\r\n\r\nBest regards,\r\n"
            + FORWARDED_NAME
            + "\r\n"
            + FORWARDED_PHONE
            + "\r\n";
    return List.of(
        mime(
            "Payment failed",
            "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64",
            Base64.getMimeEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8))),
        mime(
            "Fwd: Refund details",
            "Content-Type: multipart/mixed; boundary=\"b1\"",
            "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThe refund my accountant"
                + " asked for, see the attached mail.\r\n--b1\r\nContent-Type: message/rfc822\r\n"
                + "Content-Disposition: attachment\r\n\r\n"
                + forwarded
                + "--b1--\r\n"),
        mime(
            "=?UTF-8?B?"
                + Base64.getEncoder()
                    .encodeToString(
                        ("Karte " + SUBJECT_CARD + " gesperrt").getBytes(StandardCharsets.UTF_8))
                + "?=",
            "Content-Type: text/plain; charset=utf-8",
            "Hallo, bitte sperren Sie die Karte.\r\n"),
        mime(
            "Rueckruf",
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding:"
                + " quoted-printable",
            "Hallo,\r\nbitte rufen Sie mich an: "
                + SOFT_BROKEN_PHONE.substring(0, 11)
                + "=\r\n"
                + SOFT_BROKEN_PHONE.substring(11)
                + ".\r\n\r\nGr=C3=BC=C3=9Fe\r\n"),
        mime(
            "Re: Card swallowed",
            "Content-Type: text/plain; charset=utf-8",
            "Yes, that is the card.\r\n\r\nOn Tue, 24 Nov 2026 at 09:12, Support"
                + " <support@example.com> wrote:\r\n> Which card was it?\r\n>\r\n> > my card "
                + QUOTE_BROKEN_CARD.substring(0, 14)
                + "\r\n> > "
                + QUOTE_BROKEN_CARD.substring(15)
                + " was swallowed by the machine\r\n"),
        envelope(
            "form-7",
            "New address",
            "Hi,\n\nplease write to me at " + WRITTEN_OUT_EMAIL + " from now on.\n\nThanks\n"));
  }

  /** Mails that carry {@link #WA_LINK_PHONE} and the other values written as people write them. */
  private static List<String> writtenForms() {
    return List.of(
        envelope(
            "form-8",
            "New card address",
            "Hi,\n\nwe have moved, please send the replacement card to "
                + HOUSE_ADDRESS
                + ". My son is in India, his is "
                + PIN_ADDRESS
                + ".\nQuickest is WhatsApp: https://wa.me/"
                + WA_LINK_PHONE
                + "\nOr mail "
                + AT_DOT_EMAIL
                + "\n\nThanks\n"),
        envelope(
            "form-9",
            "Transcript of your chat",
            "Agent: Can I take your postcode?\nMe: "
                + CHAT_POSTCODE
                + "\nAgent: And your passport number for the check?\nMe: passport no. "
                + SPACED_PASSPORT
                + "\nAgent: The login came from "
                + DEFANGED_IP
                + ", was that you?\nMe: No\n"),
        envelope(
            "form-10",
            "Datos / contact card",
            "Hola,\n\nmi dirección: "
                + SPANISH_ADDRESS
                + ".\n\n生年月日："
                + CJK_BIRTHDAY
                + "\n\nBEGIN:VCARD\nVERSION:3.0\nBDAY:"
                + VCARD_BIRTHDAY
                + "\nEND:VCARD\n"),
        envelope(
            "form-11",
            "change of details",
            "hello\n\nplease update my address to "
                + LOWER_CASE_STREET
                + " and send the letters for my mum to "
                + ONE_WORD_HOUSE
                + ".\nThe refund should go to "
                + PARTICLE_NAME
                + ", my daughter. Mail me at "
                + BRACKET_AT_EMAIL
                + "\n\nID check: DL: "
                + DL_LICENCE
                + ", Born: "
                + BORN_DATE
                + "\n"),
        envelope(
            "form-12",
            "cards and login",
            "Hi,\n\nthe card "
                + SLASH_CARD
                + " was refused, and the other one reads "
                + SPLIT_CARD
                + " on the statement. Call me on "
                + SLASH_PHONE
                + " or "
                + MIDDLE_DOT_PHONE
                + ".\nSzületési idő: "
                + HUNGARIAN_BIRTH_DATE
                + ".\nmemorable word: "
                + MEMORABLE_WORD
                + "\n비밀번호: "
                + KOREAN_PASSWORD
                + "\n성명: "
                + HANGUL_NAME
                + "\nThe account is in the name of "
                + VIETNAMESE_NAME
                + "; at the branch ask for "
                + LONE_NAME
                + ", he knows. The joint holder is my aunt "
                + PATRONYMIC_NAME
                + ".\n"));
  }

  static List<byte[]> plantedForms() {
    List<String> mails =
        List.of(
            envelope(
                "form-1",
                "Card declined",
                "Hello,\n\nmy card was declined twice today.\n\nKind regards,\n"
                    + NAME
                    + "\nMob: "
                    + UK_MOBILE
                    + "\n"),
            envelope(
                "form-2",
                "Überweisung",
                "Hallo,\n\ndie Überweisung ist nicht angekommen.\n\nViele Grüße\n"
                    + NAME
                    + "\n"
                    + DE_MOBILE
                    + "\n"),
            envelope(
                "form-3",
                "Carte bloquée",
                "Bonjour,\n\nma carte est bloquée.\n\nCordialement,\n"
                    + NAME
                    + "\nTél. "
                    + FR_MOBILE
                    + "\n"),
            envelope(
                "form-4",
                "App crash",
                "Hi,\n\nthe app crashes when I open my statements.\n\nThanks,\n"
                    + NAME
                    + "\n"
                    + JP_MOBILE
                    + "\n"),
            envelope(
                "form-5",
                "Several things",
                "My Amex "
                    + AMEX
                    + " was charged; login from "
                    + IPV6
                    + "%en0 was not me; write to "
                    + PUNYCODE_EMAIL
                    + "; SSN "
                    + DOTTED_SSN
                    + "; refund to "
                    + LOOSE_IBAN
                    + "."),
            envelope(
                "form-6",
                "Still no refund",
                "Hi,\n\nI spoke to "
                    + CUED_NAME
                    + " on Monday and please ask Dr. "
                    + TITLED_SURNAME
                    + " too; my wife "
                    + LOWER_CASE_NAME
                    + " is on the account as well. The new card can go to "
                    + US_STREET
                    + " or "
                    + PO_BOX
                    + "; the old one went to "
                    + DE_STREET
                    + ".\n"));
    mails = new ArrayList<>(mails);
    mails.addAll(encodedForms());
    mails.addAll(writtenForms());
    List<byte[]> values = new ArrayList<>();
    for (String m : mails) {
      values.add(m.getBytes(StandardCharsets.UTF_8));
    }
    return values;
  }

  @Test
  void plantedPersonalDataAppearsInNoTopicCheckpointOrLog(@TempDir Path dir) throws Exception {
    assertThat(leaksAfterRunning(dir, plantedMail(), needles()))
        .as("planted personal data found in clear")
        .isEmpty();
  }

  @Test
  void nationalNumbersInSignaturesAndLooseFormsAppearInNoTopicCheckpointOrLog(@TempDir Path dir)
      throws Exception {
    assertThat(leaksAfterRunning(dir, plantedForms(), formNeedles()))
        .as("planted personal data found in clear")
        .isEmpty();
  }

  /**
   * Runs the job over the inputs and scans every output topic, the retained checkpoint and the log.
   */
  private List<String> leaksAfterRunning(Path dir, List<byte[]> inputs, Set<String> needles)
      throws Exception {
    MailtriageConfig config = MailtriageJobEndToEndTest.testConfig(kafka, dir);
    JobSettings settings = JobSettings.resolve(config);
    MailtriageJobEndToEndTest.createTriageTopics(kafka, settings);
    long logStart = Files.exists(TEST_LOG) ? Files.size(TEST_LOG) : 0;

    kafka.produce(config.topics().input(), inputs);

    // Unbounded run, cancelled once all output is committed: cancellation retains the last
    // checkpoint, which is then scanned file by file.
    JobClient job =
        TestJob.on(settings, JobEdges.kafka(config, false)).executeAsync("mailtriage-leak-test");
    List<String> triageAndDlq = new ArrayList<>(MailtriageJobEndToEndTest.triageTopics(settings));
    triageAndDlq.add(config.topics().deadLetter());
    try {
      kafka.consume(triageAndDlq, inputs.size(), Duration.ofSeconds(120));
    } finally {
      TestJob.cancel(job);
    }

    List<String> allTopics = new ArrayList<>(triageAndDlq);
    MailtriageConfig.Topics t = config.topics();
    allTopics.addAll(List.of(t.stats(), t.subjectKeys(), t.audit(), t.urgent()));
    List<String> hits = new ArrayList<>();
    int scanned = 0;
    for (ConsumerRecord<byte[], byte[]> r : kafka.consumeAll(allTopics, Duration.ofSeconds(60))) {
      scanned++;
      scan("topic " + r.topic(), r.value(), needles, hits);
      scan("key in " + r.topic(), r.key(), needles, hits);
    }
    assertThat(scanned)
        .as("records scanned on the output topics")
        .isGreaterThanOrEqualTo(inputs.size());

    Path checkpoints = Path.of(java.net.URI.create(config.checkpoint().storage()));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(checkpoints)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).as("a retained checkpoint to scan").isNotEmpty();
    for (Path f : files) {
      scan("checkpoint " + checkpoints.relativize(f), Files.readAllBytes(f), needles, hits);
    }

    scan("test log", logTail(logStart), needles, hits);
    return hits;
  }

  /** The scan itself must be able to fail: the raw input contains every needle. */
  @Test
  void theScanFindsEveryPlantedValueInTheRawInput() {
    assertThat(hitsInInput(plantedMail(), needles())).hasSizeGreaterThanOrEqualTo(15);
    assertThat(hitsInInput(plantedForms(), formNeedles())).hasSizeGreaterThanOrEqualTo(15);
    for (String written :
        List.of(
            HOUSE_ADDRESS,
            PIN_ADDRESS,
            SPANISH_ADDRESS,
            DEFANGED_IP,
            CJK_BIRTHDAY,
            SLASH_CARD,
            SPLIT_CARD.substring(0, 14),
            SLASH_PHONE,
            MIDDLE_DOT_PHONE,
            HUNGARIAN_BIRTH_DATE,
            MEMORABLE_WORD,
            KOREAN_PASSWORD,
            HANGUL_NAME,
            VIETNAMESE_NAME,
            LONE_NAME,
            PATRONYMIC_NAME)) {
      assertThat(hitsInInput(plantedForms(), Set.of(written))).as(written).hasSize(1);
    }
  }

  private static List<String> hitsInInput(List<byte[]> mails, Set<String> needles) {
    List<String> hits = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    for (byte[] mail : mails) {
      all.append(new String(mail, StandardCharsets.UTF_8)).append('\n');
    }
    scan("input", all.toString().getBytes(StandardCharsets.UTF_8), needles, hits);
    return hits;
  }

  private static void scan(String where, byte[] data, Set<String> needles, List<String> hits) {
    if (data == null) {
      return;
    }
    String text = new String(data, StandardCharsets.ISO_8859_1);
    String utf8 = new String(data, StandardCharsets.UTF_8);
    for (String needle : needles) {
      if (text.contains(needle) || utf8.contains(needle)) {
        hits.add(needle + " in " + where);
      }
    }
  }

  private static byte[] logTail(long from) throws IOException {
    if (!Files.exists(TEST_LOG)) {
      return new byte[0];
    }
    try (RandomAccessFile f = new RandomAccessFile(TEST_LOG.toFile(), "r")) {
      byte[] tail = new byte[(int) Math.max(0, f.length() - from)];
      f.seek(from);
      f.readFully(tail);
      return tail;
    }
  }
}
