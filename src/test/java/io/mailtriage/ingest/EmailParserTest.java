package io.mailtriage.ingest;

import static io.mailtriage.ingest.TestRecords.KAFKA_TS;
import static io.mailtriage.ingest.TestRecords.mime;
import static io.mailtriage.ingest.TestRecords.parser;
import static io.mailtriage.ingest.TestRecords.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.deadletter.DeadLetterReason;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EmailParserTest {
  private final EmailParser parser = parser();

  private ParseResult parse(String value) {
    return parser.parse(record(value));
  }

  private static void assertFailure(ParseResult r, DeadLetterReason reason) {
    assertThat(r.isOk()).as("expected %s, got %s", reason, r).isFalse();
    assertThat(r.reason()).isEqualTo(reason);
    assertThat(r.message()).isNotBlank();
  }

  /** Each value is dead-lettered with {@code reason}. */
  private void assertEachFails(DeadLetterReason reason, String... values) {
    for (String value : values) {
      assertFailure(parse(value), reason);
    }
  }

  private static RawEmail assertOk(ParseResult r) {
    assertThat(r.isOk()).as("expected success, got %s", r).isTrue();
    return r.email();
  }

  private static String json(String fields) {
    return "{\"messageId\":\"<m1@portal.example.com>\",\"from\":{\"name\":\"Ann Lee\",\"email\":\"ann.lee@example.net\"},"
        + fields
        + "}";
  }

  // ---- JSON envelope ----

  @Test
  void parsesJsonEnvelope() {
    RawEmail e =
        assertOk(
            parse(
                json(
                    "\"subject\":\"Card\",\"text\":\" My card is lost \",\"receivedAt\":\"2026-03-01T09:00:00+01:00\","
                        + "\"to\":[{\"email\":\"support@example.com\"}],\"attachments\":[{\"filename\":\"a.pdf\",\"contentType\":\"application/pdf\",\"size\":10}],"
                        + "\"headers\":[{\"name\":\"in-reply-to\",\"value\":\"<p0@x>\"},{\"name\":\"References\",\"value\":\"<r1@x> <p0@x>\"}]")));
    assertThat(e.format).isEqualTo("json");
    assertThat(e.messageId).isEqualTo("m1@portal.example.com");
    assertThat(e.from.email).isEqualTo("ann.lee@example.net");
    assertThat(e.body).isEqualTo("My card is lost");
    assertThat(e.receivedAt).isEqualTo(Instant.parse("2026-03-01T08:00:00Z").toEpochMilli());
    assertThat(e.receivedAtClamped).isFalse();
    assertThat(e.inReplyTo).isEqualTo("p0@x");
    assertThat(e.references).containsExactly("r1@x", "p0@x");
    assertThat(e.attachments).singleElement().satisfies(a -> assertThat(a.size).isEqualTo(10));
    assertThat(e.tenant).isEqualTo("demo");
    assertThat(e.mailbox).isEqualTo("support@example.com");
    assertThat(e.warnings).isEmpty();
  }

  @Test
  void convertsHtmlOnlyEnvelopeToText() {
    RawEmail e = assertOk(parse(json("\"html\":\"<p>Hello&nbsp;there</p><script>x()</script>\"")));
    assertThat(e.body).isEqualTo("Hello there");
  }

  @Test
  void deadLettersMalformedJsonWithReason() {
    assertEachFails(
        DeadLetterReason.MALFORMED_JSON,
        "{\"messageId\": \"x\", \"from\": {",
        json("\"text\":\"hi\"") + " trailing",
        "{\"messageId\":\"a\",\"messageId\":\"b\"}");
    assertFailure(
        parser.parse(record(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'})),
        DeadLetterReason.MALFORMED_JSON);
  }

  @Test
  void deadLettersJsonMissingEachRequiredField() {
    assertEachFails(
        DeadLetterReason.MISSING_FIELD,
        "{\"from\":{\"email\":\"a@x.net\"},\"text\":\"hi\"}",
        "{\"messageId\":\"  \",\"from\":{\"email\":\"a@x.net\"},\"text\":\"hi\"}",
        json("\"subject\":\"only a subject\""),
        json("\"text\":\" \",\"html\":\"\""));
    assertThat(parse("{\"from\":{\"email\":\"a@x.net\"},\"text\":\"hi\"}").message())
        .isEqualTo("missing messageId");
  }

  @Test
  void deadLettersJsonFieldsOfWrongTypeOrShape() {
    ParseResult number =
        parse("{\"messageId\":123,\"from\":{\"email\":\"a@x.net\"},\"text\":\"hi\"}");
    assertFailure(number, DeadLetterReason.INVALID_FIELD);
    assertThat(number.message()).isEqualTo("wrong type for messageId");
    assertEachFails(
        DeadLetterReason.INVALID_FIELD,
        json("\"text\":\"hi\",\"to\":{\"email\":\"a@x.net\"}"),
        json("\"text\":\"hi\",\"receivedAt\":\"yesterday\""),
        json("\"text\":\"hi\",\"receivedAt\":\"2026-13-45T99:00:00Z\""),
        json("\"text\":\"hi\",\"cc\":[{\"email\":\"not an address\"}]"),
        json("\"text\":\"hi\",\"attachments\":[{\"size\":-1}]"),
        json("\"text\":\"hi\",\"attachments\":[{\"size\":1.5}]"));
  }

  // ---- raw MIME ----

  @Test
  void parsesMimeHeadersAndThreading() {
    RawEmail e =
        assertOk(
            parse(
                mime(
                    "Cc: =?UTF-8?Q?Zo=C3=AB?= <zoe@example.net>\nIn-Reply-To: <p0@x>\nReferences: <r1@x>\n <p0@x>\n",
                    "Body\n")));
    assertThat(e.format).isEqualTo("mime");
    assertThat(e.messageId).isEqualTo("t1@example.net");
    assertThat(e.inReplyTo).isEqualTo("p0@x");
    assertThat(e.references).containsExactly("r1@x", "p0@x");
    assertThat(e.cc).singleElement().satisfies(a -> assertThat(a.name).isEqualTo("Zoë"));
    assertThat(e.receivedAt).isEqualTo(Instant.parse("2026-03-02T08:00:00Z").toEpochMilli());
    assertThat(e.warnings).isEmpty();
  }

  @Test
  void acceptsMultipartWithoutClosingBoundaryWithWarning() {
    RawEmail e =
        assertOk(
            parse(
                mime(
                    "Content-Type: multipart/alternative; boundary=b\n",
                    "--b\nContent-Type: text/plain\n\nStill readable\n")));
    assertThat(e.body).isEqualTo("Still readable");
    assertThat(e.warnings).contains(MimeReader.MULTIPART_UNTERMINATED);
  }

  @Test
  void decodesUnknownCharsetAsFallbackWithWarning() {
    RawEmail ascii =
        assertOk(parse(mime("Content-Type: text/plain; charset=x-klingon\n", "Plain words\n")));
    assertThat(ascii.body).isEqualTo("Plain words");
    assertThat(ascii.warnings).containsExactly(Charsets.UNKNOWN_CHARSET);

    byte[] latin1 =
        concat(
            mime("Content-Type: text/plain; charset=x-klingon\n", ""),
            "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    RawEmail fallback = assertOk(parser.parse(record(latin1)));
    assertThat(fallback.body).isEqualTo("café");
  }

  @Test
  void replacesBytesInvalidForADeclaredCharsetAndWarns() {
    byte[] lying =
        concat(
            mime("Content-Type: text/plain; charset=utf-8\n", "Grüße, "),
            "caf\u00e9 bill".getBytes(StandardCharsets.ISO_8859_1));
    RawEmail e = assertOk(parser.parse(record(lying)));
    assertThat(e.body).isEqualTo("Grüße, caf\uFFFD bill");
    assertThat(e.warnings).containsExactly(Charsets.CHARSET_MISMATCH);
  }

  @Test
  void undeclared8BitTextIsReadAsUtf8WithWarning() {
    RawEmail e = assertOk(parse(mime("", "Grüße\n")));
    assertThat(e.body).isEqualTo("Grüße");
    assertThat(e.warnings).containsExactly(Charsets.UNDECLARED_CHARSET);
  }

  @Test
  void skipsInvalidBase64CharactersAndWarns() {
    String encoded =
        Base64.getEncoder().encodeToString("Refund my fee please".getBytes(StandardCharsets.UTF_8));
    String damaged = encoded.substring(0, 8) + "!!*" + encoded.substring(8);
    RawEmail e =
        assertOk(
            parse(
                mime(
                    "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n",
                    damaged + "\n")));
    assertThat(e.body).isEqualTo("Refund my fee please");
    assertThat(e.warnings).contains(MimeReader.INVALID_BASE64);
  }

  @Test
  void decodesQuotedPrintableAndEncodedWords() {
    RawEmail e =
        assertOk(
            parse(
                mime(
                        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n",
                        "Limit 5.000 =E2=82=AC, soft=\nbreak\n")
                    .replace(
                        "Subject: Help", "Subject: =?ISO-8859-1?Q?Gr=FC=DFe?= =?UTF-8?B?4oKs?=")));
    assertThat(e.body).isEqualTo("Limit 5.000 €, softbreak");
    assertThat(e.subject).isEqualTo("Grüße€");
    assertThat(e.warnings).isEmpty();
  }

  @Test
  void keepsInvalidQuotedPrintableLiterallyAndWarns() {
    RawEmail e =
        assertOk(parse(mime("Content-Transfer-Encoding: quoted-printable\n", "fee =ZZ twice\n")));
    assertThat(e.body).isEqualTo("fee =ZZ twice");
    assertThat(e.warnings).containsExactly(MimeReader.INVALID_QUOTED_PRINTABLE);
  }

  @Test
  void acceptsLongBodyLinesButNotHugeHeaders() {
    String longHtmlLine = "<p>" + "x".repeat(MimeReader.MAX_LINE_LEN * 2) + "</p>";
    RawEmail e =
        assertOk(
            parse(
                mime(
                    "Content-Type: multipart/mixed; boundary=q\n",
                    "--q\nContent-Type: text/html\n\n" + longHtmlLine + "\n--q--\n")));
    assertThat(e.body).hasSize(TestRecords.INGEST.maxBodyChars());
    assertEachFails(
        DeadLetterReason.MALFORMED_MIME,
        mime("X-Big: " + "a".repeat(MimeReader.MAX_HEADER_LEN + 1) + "\n", "body\n"),
        mime("X-Big: a\n" + " folded\n".repeat(MimeReader.MAX_HEADER_LEN / 8 + 1), "body\n"));
  }

  @Test
  void readsNonUtf8HeaderBytesAsWindows1252WithWarning() {
    byte[] raw =
        ("From: Ren\u00e9e L\u00e9ger <renee@example.fr>\nTo: support@example.com\nSubject: Carte bloqu\u00e9e\n\nBody\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    RawEmail e = assertOk(parser.parse(record(raw)));
    assertThat(e.from.name).isEqualTo("Renée Léger");
    assertThat(e.subject).isEqualTo("Carte bloquée");
    assertThat(e.warnings).contains(MimeReader.HEADER_NOT_UTF8);
  }

  @Test
  void readsUtf8HeaderBytesAsUtf8WithoutWarning() {
    RawEmail e =
        assertOk(
            parse(
                "From: Renée Léger <renee@example.fr>\nTo: support@example.com\nSubject: Carte bloquée\nMessage-ID: <u@x>\nDate: Mon, 02 Mar 2026 08:00:00 +0000\n\nBody\n"));
    assertThat(e.from.name).isEqualTo("Renée Léger");
    assertThat(e.warnings).isEmpty();
  }

  @Test
  void prefersPlainTextAlternativeAndListsAttachments() {
    String body =
        "--o\nContent-Type: multipart/alternative; boundary=i\n\n--i\nContent-Type: text/html\n\n<p>html</p>\n--i\nContent-Type: text/plain\n\nplain\n--i--\n"
            + "--o\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=\"s.pdf\"\nContent-Transfer-Encoding: base64\n\nAAECAw==\n--o--\n";
    RawEmail e = assertOk(parse(mime("Content-Type: multipart/mixed; boundary=o\n", body)));
    assertThat(e.body).isEqualTo("plain");
    assertThat(e.attachments)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.filename).isEqualTo("s.pdf");
              assertThat(a.contentType).isEqualTo("application/pdf");
              assertThat(a.size).isEqualTo(4);
            });
  }

  @Test
  void fallsBackToHtmlWhenThePlainAlternativeIsEmpty() {
    String body =
        "--a\nContent-Type: text/plain\n\n \n--a\nContent-Type: text/html\n\n<p>Real &amp; readable</p>\n--a--\n";
    RawEmail e = assertOk(parse(mime("Content-Type: multipart/alternative; boundary=a\n", body)));
    assertThat(e.body).isEqualTo("Real & readable");
  }

  @Test
  void triagesJsonWithoutAUsableSenderWithAnUnknownSender() {
    RawEmail none =
        assertOk(
            parse("{\"messageId\":\"m\",\"mailbox\":\"support@example.com\",\"text\":\"hi\"}"));
    assertThat(none.from).isNull();
    assertThat(none.warnings).containsExactly(EmailParser.FROM_MISSING);
    RawEmail nameOnly =
        assertOk(
            parse(
                "{\"messageId\":\"m\",\"mailbox\":\"support@example.com\",\"from\":{\"name\":\"Ana Lima\",\"email\":\" \"},\"text\":\"hi\"}"));
    assertThat(nameOnly.from.email).isNull();
    assertThat(nameOnly.from.name).as("kept as a hint for PII detection").isEqualTo("Ana Lima");
    assertThat(nameOnly.warnings).containsExactly(EmailParser.FROM_MISSING);
    RawEmail notAnAddress =
        assertOk(
            parse(
                "{\"messageId\":\"m\",\"mailbox\":\"support@example.com\",\"from\":{\"email\":\"web form\"},\"text\":\"hi\"}"));
    assertThat(notAnAddress.from).isNull();
    assertThat(notAnAddress.warnings).containsExactly(EmailParser.FROM_INVALID);
  }

  @Test
  void triagesMimeWithoutAUsableFromWithAnUnknownSender() {
    RawEmail none = assertOk(parse("To: support@example.com\nSubject: x\n\nbody\n"));
    assertThat(none.from).isNull();
    assertThat(none.warnings).contains(EmailParser.FROM_MISSING);
    assertThat(assertOk(parse("From: \nTo: support@example.com\nSubject: x\n\nbody\n")).warnings)
        .contains(EmailParser.FROM_MISSING);
    RawEmail nameOnly =
        assertOk(parse("From: Ana Lima\nTo: support@example.com\nSubject: x\n\nbody\n"));
    assertThat(nameOnly.from.email).isNull();
    assertThat(nameOnly.from.name).as("kept as a hint for PII detection").isEqualTo("Ana Lima");
    assertThat(nameOnly.warnings).contains(EmailParser.FROM_INVALID);
    assertThat(assertOk(parse("From: <<>>\nTo: support@example.com\nSubject: x\n\nbody\n")).from)
        .isNull();
  }

  @Test
  void deadLettersMimeWithoutContent() {
    assertEachFails(
        DeadLetterReason.MISSING_FIELD, "From: a@example.net\nTo: support@example.com\n\n \n");
    assertOk(parse("From: a@example.net\nSubject: Call me back\n\n"));
  }

  @Test
  void synthesizesMissingMessageIdFromTheDigest() {
    SourceRecord r = record("From: a@example.net\nSubject: s\n\nbody\n");
    RawEmail e = assertOk(parser.parse(r));
    assertThat(e.messageId).isEqualTo("sha256-" + r.sha256 + "@mailtriage.invalid");
    assertThat(e.warnings).contains(MimeReader.MESSAGE_ID_MISSING, MimeReader.DATE_MISSING);
  }

  @Test
  void deadLettersTooManyHeadersAndTooDeepNesting() {
    assertFailure(
        parse(mime("X-Filler: 1\n".repeat(MimeReader.MAX_HEADER_COUNT + 10), "body\n")),
        DeadLetterReason.MALFORMED_MIME);

    StringBuilder nested = new StringBuilder();
    int depth = MimeReader.MAX_DEPTH + 5;
    for (int i = 0; i < depth; i++) {
      nested
          .append("--b")
          .append(i)
          .append("\nContent-Type: multipart/mixed; boundary=b")
          .append(i + 1)
          .append("\n\n");
    }
    nested.append("--b").append(depth).append("\nContent-Type: text/plain\n\ndeep\n");
    assertFailure(
        parse(mime("Content-Type: multipart/mixed; boundary=b0\n", nested.toString())),
        DeadLetterReason.MALFORMED_MIME);
  }

  @Test
  void deadLettersNestingThousandsDeepInTimeLinearInItsSize() {
    // Found by BadInputFuzzTest: mime4j reads a nested part through one stream per enclosing level,
    // so building the DOM of 20,000 nested multiparts (1 MB) took minutes before the depth was
    // checked ahead of it, and forwarded messages nested 30,000 deep overflowed the stack.
    StringBuilder multiparts = new StringBuilder("--b0\n");
    for (int i = 1; i < 20_000; i++) {
      multiparts
          .append("Content-Type: multipart/mixed; boundary=\"b")
          .append(i)
          .append("\"\n\n--b")
          .append(i)
          .append('\n');
    }
    multiparts.append("Content-Type: text/plain\n\ndeep\n");
    String messages = mime("Content-Type: message/rfc822\n", "").repeat(30_000);
    for (String deep :
        new String[] {
          mime("Content-Type: multipart/mixed; boundary=\"b0\"\n", multiparts.toString()), messages
        }) {
      long start = System.nanoTime();
      ParseResult r = parse(deep);
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertFailure(r, DeadLetterReason.MALFORMED_MIME);
      assertThat(r.message()).isEqualTo("MIME nesting deeper than " + MimeReader.MAX_DEPTH);
      assertThat(millis).as("ms to refuse %d bytes", deep.length()).isLessThan(5_000);
    }
  }

  @Test
  void deadLettersMailStuffedWithEncodedWordsInUnknownCharsets() {
    // Found by BadInputFuzzTest: every encoded word in a charset the JVM does not know cost mime4j
    // about a millisecond (a class-path scan per lookup), and 10,000 took 10 s in one 200 kB
    // subject.
    String words = "=?x-no-such?Q?=FF?= ".repeat(10_000);
    long start = System.nanoTime();
    ParseResult r =
        parse(
            "From: Ann <ann@example.net>\nTo: support@example.com\nSubject: "
                + words
                + "\n\nhello\n");
    assertFailure(r, DeadLetterReason.MALFORMED_MIME);
    assertThat(r.message())
        .isEqualTo(
            "more than "
                + MimeReader.MAX_UNKNOWN_CHARSET_WORDS
                + " encoded words in unknown charsets");
    assertThat((System.nanoTime() - start) / 1_000_000).as("ms to refuse").isLessThan(5_000);

    String few = "=?x-no-such?Q?=FF?= ".repeat(MimeReader.MAX_UNKNOWN_CHARSET_WORDS);
    assertOk(parse(mime("", "hello\n").replace("Subject: Help", "Subject: " + few.strip())));
  }

  // ---- shared rules ----

  @Test
  void deadLettersEmptyMessage() {
    assertFailure(parser.parse(record((byte[]) null)), DeadLetterReason.EMPTY_MESSAGE);
    assertFailure(parser.parse(record(new byte[0])), DeadLetterReason.EMPTY_MESSAGE);
    assertFailure(parse(" \r\n\t\n"), DeadLetterReason.EMPTY_MESSAGE);
  }

  @Test
  void deadLettersOversizedRecordAsTooLarge() {
    SourceRecord r = record((byte[]) null);
    r.oversized = true;
    r.size = 30 * 1024 * 1024;
    assertFailure(parser.parse(r), DeadLetterReason.TOO_LARGE);
  }

  @Test
  void deadLettersUnknownTenantNamedAnywhereWithoutFallingBackToDefault() {
    SourceRecord viaKafka = record(mime("", "body\n"));
    viaKafka.tenantHeader = "globex";
    assertFailure(parser.parse(viaKafka), DeadLetterReason.UNKNOWN_TENANT);
    assertEachFails(
        DeadLetterReason.UNKNOWN_TENANT,
        json("\"text\":\"hi\",\"tenant\":\"globex\""),
        mime("X-Mailtriage-Tenant: globex\n", "body\n"));
    assertThat(parse(mime("X-Mailtriage-Tenant: globex\n", "body\n")).message())
        .doesNotContain("globex");
  }

  @Test
  void resolvesTenantInDocumentedOrder() {
    SourceRecord header = record(json("\"text\":\"hi\",\"tenant\":\"globex\""));
    header.tenantHeader = "acme-bank";
    assertThat(assertOk(parser.parse(header)).tenant)
        .as("Kafka header wins")
        .isEqualTo("acme-bank");

    assertThat(assertOk(parse(mime("X-Mailtriage-Tenant: acme-bank\n", "b\n"))).tenant)
        .isEqualTo("acme-bank");

    RawEmail byMailbox =
        assertOk(
            parse(
                mime("Delivered-To: Help@Acme-Bank.example\n", "b\n")
                    .replace("To: support@example.com\n", "To: loans@acme-bank.example\n")));
    assertThat(byMailbox.tenant).isEqualTo("acme-bank");
    assertThat(byMailbox.mailbox).isEqualTo("Help@Acme-Bank.example");

    RawEmail byDefault =
        assertOk(parse(mime("", "b\n").replace("support@example.com", "someone@example.org")));
    assertThat(byDefault.tenant).isEqualTo("demo");

    EmailParser noDefault = new EmailParser(TestRecords.INGEST, TestRecords.tenants(null));
    assertFailure(
        noDefault.parse(
            record(mime("", "b\n").replace("support@example.com", "someone@example.org"))),
        DeadLetterReason.UNKNOWN_TENANT);
  }

  @Test
  void clampsMissingOrFutureDatesToTheKafkaTimestamp() {
    RawEmail future = assertOk(parse(mime("", "b\n").replace("2026", "2031")));
    assertThat(future.receivedAt).isEqualTo(KAFKA_TS);
    assertThat(future.receivedAtClamped).isTrue();
    assertThat(future.warnings).contains(EmailParser.DATE_IN_FUTURE);

    // A four-digit year of the first century whose weekday is not that of the same day in 2002
    // (MimeCorpusTest reads the ones that are, a year-2000 bug, as 2002).
    RawEmail ancient =
        assertOk(
            parse(
                mime("", "b\n")
                    .replace(
                        "Mon, 02 Mar 2026 08:00:00 +0000", "Mon, 22 Aug 0102 12:07:35 +0800")));
    assertThat(ancient.receivedAt).isEqualTo(KAFKA_TS);
    assertThat(ancient.receivedAtClamped).isTrue();
    assertThat(ancient.warnings).contains(EmailParser.DATE_BEFORE_EPOCH);

    RawEmail invalid =
        assertOk(parse(mime("", "b\n").replace("Mon, 02 Mar 2026 08:00:00 +0000", "someday")));
    assertThat(invalid.receivedAtClamped).isTrue();
    assertThat(invalid.warnings).contains(MimeReader.DATE_INVALID);

    RawEmail withinSkew =
        assertOk(parse(json("\"text\":\"hi\",\"receivedAt\":\"2026-06-01T00:04:00Z\"")));
    assertThat(withinSkew.receivedAtClamped).isFalse();
    RawEmail missing = assertOk(parse(json("\"text\":\"hi\"")));
    assertThat(missing.receivedAt).isEqualTo(KAFKA_TS);
    assertThat(missing.receivedAtClamped).isTrue();
  }

  @Test
  void ignoresAUtf8ByteOrderMarkInFrontOfEitherForm() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertThat(
            assertOk(
                    parser.parse(
                        record(
                            concat(
                                new String(bom, StandardCharsets.UTF_8),
                                json("\"text\":\"hi\"").getBytes(StandardCharsets.UTF_8)))))
                .format)
        .isEqualTo("json");
    assertThat(
            assertOk(
                    parser.parse(
                        record(
                            concat(
                                new String(bom, StandardCharsets.UTF_8),
                                mime("", "hi\n").getBytes(StandardCharsets.UTF_8)))))
                .from
                .email)
        .isEqualTo("ann.lee@example.net");
  }

  @Test
  void truncatesBodyAtMaxBodyChars() {
    EmailParser small =
        new EmailParser(new MailtriageConfig.Ingest(1 << 20, 10, 0), TestRecords.TENANTS);
    RawEmail e = assertOk(small.parse(record(json("\"text\":\"0123456789ABCDEF\""))));
    assertThat(e.body).isEqualTo("0123456789");
    assertThat(e.bodyTruncated).isTrue();

    RawEmail pair = assertOk(small.parse(record(json("\"text\":\"012345678\uD83D\uDE00x\""))));
    assertThat(pair.body).as("surrogate pair not split").isEqualTo("012345678");
  }

  @Test
  void neverThrowsAndNeverEchoesInputOnArbitraryBytes() {
    Random random = new Random(7);
    String[] seeds = {
      mime(
          "Content-Type: multipart/mixed; boundary=q\n",
          "--q\nContent-Type: text/plain\n\nSECRETWORD\n--q--\n"),
      json("\"text\":\"SECRETWORD\"")
    };
    for (int i = 0; i < 1000; i++) {
      byte[] bytes = seeds[i % 2].getBytes(StandardCharsets.UTF_8);
      for (int k = random.nextInt(6); k >= 0; k--) {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
      if (i % 3 == 0) {
        bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));
      }
      ParseResult r = parser.parse(record(bytes));
      assertThat(r).isNotNull();
      if (!r.isOk()) {
        assertThat(r.message()).doesNotContain("SECRET").doesNotContain("ann.lee");
      }
    }
  }

  @Test
  void toStringOfParsedTypesPrintsNoContent() {
    RawEmail e = assertOk(parse(mime("", "SECRETWORD\n")));
    assertThat(e.toString() + e.from + parse(json("\"text\":\"SECRETWORD\"")))
        .doesNotContain("SECRETWORD")
        .doesNotContain("ann.lee");
  }

  private static byte[] concat(String head, byte[] tail) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(tail);
    return out.toByteArray();
  }
}
