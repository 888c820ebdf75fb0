package io.mailtriage.ingest;

import static io.mailtriage.ingest.TestRecords.file;
import static io.mailtriage.ingest.TestRecords.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.deadletter.DeadLetterReason;
import io.mailtriage.inference.text.ModelText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled samples: good mail parses, broken input is dead-lettered, odd input warns. */
class SamplesTest {
  private static final Path SAMPLES = Path.of("samples");
  private final EmailParser parser = TestRecords.parser();

  static Stream<Path> mail() throws IOException {
    return list("mail");
  }

  static Stream<Path> broken() throws IOException {
    return list("broken");
  }

  static Stream<Path> odd() throws IOException {
    return list("odd");
  }

  static Stream<String> envelopes() throws IOException {
    return Files.readAllLines(SAMPLES.resolve("envelopes.jsonl")).stream()
        .filter(l -> !l.isBlank());
  }

  private static Stream<Path> list(String dir) throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES.resolve(dir))) {
      List<Path> sorted = files.sorted().toList();
      assertThat(sorted).isNotEmpty();
      return sorted.stream();
    }
  }

  private RawEmail parseOk(Path path) {
    ParseResult r = parser.parse(file(path));
    assertThat(r.isOk()).as("%s: %s", path.getFileName(), r).isTrue();
    return r.email();
  }

  private RawEmail mail(String name) {
    return parseOk(SAMPLES.resolve("mail").resolve(name));
  }

  @ParameterizedTest
  @MethodSource("mail")
  void everyBundledMailParses(Path path) {
    RawEmail e = parseOk(path);
    assertThat(e.format).isEqualTo("mime");
    assertThat(e.from.email).contains("@");
    assertThat(e.body).isNotBlank();
    assertThat(e.messageId).isNotBlank();
    assertThat(e.tenant).isIn("demo", "acme-bank");
    if (path.getFileName().toString().contains("no-date")) {
      assertThat(e.warnings).containsExactly(MimeReader.DATE_MISSING);
      assertThat(e.receivedAtClamped).isTrue();
    } else {
      assertThat(e.warnings).as(path.getFileName().toString()).isEmpty();
      assertThat(e.receivedAtClamped).isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("envelopes")
  void everyBundledEnvelopeParses(String line) {
    ParseResult r = parser.parse(record(line));
    assertThat(r.isOk()).as("%s", r).isTrue();
    assertThat(r.email().format).isEqualTo("json");
    assertThat(r.email().warnings).isEmpty();
  }

  /** File names start with the expected reason: {@code MALFORMED_JSON--truncated.json}. */
  @ParameterizedTest
  @MethodSource("broken")
  void everyBrokenSampleIsDeadLetteredWithTheReasonInItsName(Path path) {
    String name = path.getFileName().toString();
    DeadLetterReason expected = DeadLetterReason.valueOf(name.substring(0, name.indexOf("--")));
    ParseResult r = parser.parse(file(path));
    assertThat(r.isOk()).as(name).isFalse();
    assertThat(r.reason()).as(name + ": " + r.message()).isEqualTo(expected);
  }

  /** File names start with the expected warning code: {@code unknown-charset--x-klingon.eml}. */
  @ParameterizedTest
  @MethodSource("odd")
  void everyOddSampleParsesWithTheWarningInItsName(Path path) {
    String name = path.getFileName().toString();
    RawEmail e = parseOk(path);
    assertThat(e.warnings).contains(name.substring(0, name.indexOf("--")));
    assertThat(e.body).isNotBlank();
  }

  @Test
  void threadsCarryInReplyToAndReferences() throws IOException {
    assertThat(mail("02-lost-card-reply.eml").inReplyTo).isEqualTo("CAK1x9f2@mail.example.net");
    RawEmail third = mail("03-lost-card-followup.eml");
    assertThat(third.inReplyTo).isEqualTo("support-5521.1@example.com");
    assertThat(third.references)
        .containsExactly("CAK1x9f2@mail.example.net", "support-5521.1@example.com");
    assertThat(mail("10-dispute-reply.eml").inReplyTo)
        .isEqualTo(mail("09-dispute-with-receipt.eml").messageId);
    RawEmail folded = mail("21-account-locked-thanks.eml");
    assertThat(folded.references)
        .containsExactly("locked-ahmed-0317@example.eg", "support-9034.1@example.com");

    List<String> lines = envelopes().toList();
    RawEmail envReply = parser.parse(record(lines.get(2))).email();
    assertThat(envReply.inReplyTo).isEqualTo("env-0002@portal.example.com");
    assertThat(envReply.references)
        .containsExactly("env-0001@portal.example.com", "env-0002@portal.example.com");
  }

  @Test
  void htmlIsConvertedToText() throws IOException {
    RawEmail html = mail("05-html-only.eml");
    assertThat(html.body)
        .contains("Since yesterday I cannot log in — the site says my account is locked.")
        .contains("Balance shown last week was £2,300 & I need to pay rent €900 on the 10th.")
        .contains("Regards,\nPriya Raman\nCustomer no. 8830-2291")
        .doesNotContain("<")
        .doesNotContain("trackOpen")
        .doesNotContain("color")
        .doesNotContain("signature follows");
    assertThat(parser.parse(record(envelopes().toList().get(9))).email().body)
        .isEqualTo(
            "I was charged £25 overdraft fees three times this month.\n\n1 March\n4 March\n6 March\n\nIan McGregor – 07700 900654");
  }

  @Test
  void transferEncodingsAndCharsetsAreDecoded() {
    assertThat(mail("06-base64-body.eml").body)
        .contains("Je constate des frais de 35,00 € prélevés deux fois");
    assertThat(mail("07-quoted-printable.eml").body)
        .contains("in einem Hotel in München abgelehnt")
        .contains("5.000 €");
    RawEmail latin1 = mail("08-latin1.eml");
    assertThat(latin1.from.name).isEqualTo("José Muñoz");
    assertThat(latin1.subject).isEqualTo("Transferencia no recibida - señor Muñoz");
    assertThat(latin1.body).contains("¿Pueden ayudarme?");
    RawEmail encodedWords = mail("17-encoded-word-from.eml");
    assertThat(encodedWords.from.name).isEqualTo("Łukasz Wiśniewski");
    assertThat(encodedWords.subject).isEqualTo("Blokada konta – pilne");
  }

  @Test
  void multipartBodiesAndAttachments() {
    RawEmail nested = mail("13-nested-multipart.eml");
    assertThat(nested.body).startsWith("The mobile app shows error E-204").doesNotContain("<b>");
    assertThat(nested.attachments)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.filename).isEqualTo("error.png");
              assertThat(a.contentType).isEqualTo("image/png");
              assertThat(a.size).isEqualTo(29);
            });
    assertThat(mail("09-dispute-with-receipt.eml").attachments)
        .extracting(a -> a.contentType)
        .containsExactly("application/pdf");
    assertThat(mail("23-statement-request.eml").attachments)
        .extracting(a -> a.filename)
        .containsExactly("statement-2026-02.csv");
    assertThat(mail("23-statement-request.eml").body).doesNotContain("GROCER");
    RawEmail forwarded = mail("25-forwarded-phishing.eml");
    assertThat(forwarded.attachments)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.contentType).isEqualTo("message/rfc822");
              assertThat(a.size).isEqualTo(-1);
            });
    // The forwarded mail is readable below a forward header, which keeps it out of the model text.
    assertThat(forwarded.body)
        .contains("---------- Forwarded message ---------\nFrom:", "Your account is suspended.");
    assertThat(ModelText.of(forwarded.subject, forwarded.body).text())
        .contains("should I cancel it?")
        .doesNotContain("suspended");
  }

  @Test
  void tenantsResolveFromHeaderAndMailboxes() {
    assertThat(mail("14-phishing-report.eml").tenant).isEqualTo("acme-bank");
    RawEmail delivered = mail("15-loan-enquiry.eml");
    assertThat(delivered.tenant).isEqualTo("acme-bank");
    assertThat(delivered.mailbox).isEqualTo("help@acme-bank.example");
    assertThat(mail("04-iban-transfer.eml").tenant).isEqualTo("acme-bank");
    assertThat(mail("01-lost-card.eml").tenant).isEqualTo("demo");
  }
}
