package io.mailtriage.ingest;

import static io.mailtriage.ingest.TestRecords.file;
import static io.mailtriage.ingest.TestRecords.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parser tells mail a machine sent (auto-replies, bounces, read receipts) from a person's. */
class AutoSubmittedTest {
  private static final Path AUTOMATED = Path.of("src/test/resources/automated");
  private final EmailParser parser = TestRecords.parser();

  /** The kind the parser gives a MIME mail from Ann with these headers (each ending in \n). */
  private String mime(String from, String subject, String headers) {
    String mail =
        "From: "
            + from
            + "\nTo: support@example.com\nSubject: "
            + subject
            + "\nMessage-ID: <t1@example.net>\nDate: Mon, 02 Mar 2026 08:00:00 +0000\n"
            + headers
            + "\nI will be back on Monday. My card was stolen last week.\n";
    return parsed(mail);
  }

  private String mime(String headers) {
    return mime("Ann Lee <ann.lee@example.net>", "Re: your card", headers);
  }

  private String parsed(String value) {
    ParseResult r = parser.parse(record(value));
    assertThat(r.isOk()).as("%s", r).isTrue();
    return r.email().autoSubmitted;
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Auto-Submitted: auto-replied                       | auto_reply",
        "Auto-Submitted: Auto-Replied (vacation)            | auto_reply",
        "Auto-Submitted: auto-generated                     | auto_generated",
        "Auto-Submitted: auto-notified; owner-email=a@b.c   | auto_generated",
        "X-Autoreply: yes                                   | auto_reply",
        "X-Autorespond: Re: your card                       | auto_reply",
        "Precedence: auto_reply                             | auto_reply",
        "Return-Path: <>                                    | auto_generated",
        "Return-Path: < >                                   | auto_generated",
      })
  void eachStandardHeaderMarksMachineMail(String header, String kind) {
    assertThat(mime(header + "\n")).isEqualTo(kind);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Auto-Submitted: no",
        "X-Autoreply: no",
        "Precedence: bulk",
        "Precedence: list",
        "Return-Path: <ann.lee@example.net>",
        "X-Auto-Response-Suppress: All",
        "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent",
      })
  void aPersonsMailIsNotMarked(String header) {
    assertThat(mime(header + "\n")).isNull();
  }

  @Test
  void ordinaryMailIsNotMarked() {
    assertThat(mime("")).isNull();
    assertThat(parsed(TestRecords.mime("", "Hello, my card was stolen.\n"))).isNull();
  }

  @Test
  void aMailerDaemonSenderIsABounce() {
    assertThat(mime("Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Returned", ""))
        .isEqualTo(AutoSubmitted.DELIVERY_STATUS);
  }

  @Test
  void aPostmasterSenderIsABounceOnlyWithABounceSubject() {
    assertThat(mime("Paul <postmaster@example.net>", "Your account", "")).isNull();
    assertThat(mime("postmaster@example.net", "Undeliverable: Re: your card", ""))
        .isEqualTo(AutoSubmitted.DELIVERY_STATUS);
  }

  @Test
  void theReportTypeOfAMultipartReportNamesTheKind() {
    assertThat(parser.parse(file(AUTOMATED.resolve("bounce-of-lost-card-reply.eml"))).email())
        .satisfies(e -> assertThat(e.autoSubmitted).isEqualTo(AutoSubmitted.DELIVERY_STATUS))
        // Still triaged as mail: the returned message is read like a forwarded one.
        .satisfies(e -> assertThat(e.body).contains("My card was stolen"));
    assertThat(parser.parse(file(AUTOMATED.resolve("read-receipt.eml"))).email().autoSubmitted)
        .isEqualTo(AutoSubmitted.READ_RECEIPT);
    String abuseReport =
        "From: abuse@isp.example.net\nTo: support@example.com\nSubject: Abuse report\n"
            + "Message-ID: <t3@example.net>\nDate: Mon, 02 Mar 2026 08:00:00 +0000\n"
            + "MIME-Version: 1.0\nContent-Type: multipart/report;\n\treport-type=\"feedback-report\";"
            + " boundary=b\n\n--b\nContent-Type: text/plain\n\nA complaint about a mail.\n--b--\n";
    assertThat(parsed(abuseReport)).isEqualTo(AutoSubmitted.AUTO_GENERATED);
  }

  @Test
  void anOutOfOfficeReplyIsAnAutoReply() {
    assertThat(parser.parse(file(AUTOMATED.resolve("out-of-office.eml"))).email().autoSubmitted)
        .isEqualTo(AutoSubmitted.AUTO_REPLY);
  }

  @Test
  void aSubjectAloneNeverMarksMail() {
    assertThat(mime("Ann Lee <ann.lee@example.net>", "Automatic reply: card", "")).isNull();
    assertThat(mime("Ann Lee <ann.lee@example.net>", "Out of office - card stolen", "")).isNull();
    assertThat(mime("Ann Lee <ann.lee@example.net>", "Undeliverable: my transfer", "")).isNull();
  }

  @Test
  void theSubjectNamesTheKindAStandardSignalLeftOpen() {
    // Exchange's out-of-office replies say auto-generated; their subject says what they are.
    assertThat(
            mime(
                "Ann Lee <ann.lee@example.net>",
                "Automatic reply: Re: your card",
                "Auto-Submitted: auto-generated\n"))
        .isEqualTo(AutoSubmitted.AUTO_REPLY);
    assertThat(
            mime(
                "Mail System <mail@example.net>",
                "Undeliverable: Re: your card",
                "Return-Path: <>\n"))
        .isEqualTo(AutoSubmitted.DELIVERY_STATUS);
    // Exchange's generated-message header is weak alone (inbox rules forward customers' mail with
    // it), but with an automatic-reply subject it marks the mail.
    assertThat(
            mime(
                "Ann Lee <ann.lee@example.net>",
                "Automatic reply: Re: your card",
                "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent\n"))
        .isEqualTo(AutoSubmitted.AUTO_REPLY);
  }

  @Test
  void aBounceTheCustomerForwardsIsTheCustomersMail() {
    String forwarded =
        "From: Ann Lee <ann.lee@example.net>\nTo: support@example.com\nSubject: Fwd: Undelivered"
            + " Mail Returned to Sender\nMessage-ID: <t2@example.net>\n"
            + "Date: Mon, 02 Mar 2026 08:00:00 +0000\nMIME-Version: 1.0\n"
            + "Content-Type: multipart/mixed; boundary=outer\n\n--outer\n"
            + "Content-Type: text/plain\n\nMy reply to you bounced, my card was stolen!\n--outer\n"
            + "Content-Type: message/rfc822\n\nFrom: MAILER-DAEMON@mx.example.net\n"
            + "Auto-Submitted: auto-replied\nSubject: Undelivered Mail Returned to Sender\n"
            + "Content-Type: multipart/report; report-type=delivery-status; boundary=inner\n\n"
            + "--inner\nContent-Type: text/plain\n\nCould not deliver.\n--inner--\n--outer--\n";
    assertThat(parsed(forwarded)).isNull();
  }

  @Test
  void envelopesCarryTheSignalsInTheirHeaders() throws Exception {
    assertThat(envelope("customer@example.org", "Auto-Submitted", "auto-replied"))
        .isEqualTo(AutoSubmitted.AUTO_REPLY);
    assertThat(envelope("customer@example.org", "auto-submitted", "no")).isNull();
    assertThat(
            envelope(
                "customer@example.org",
                "Content-Type",
                "multipart/report; report-type=disposition-notification; boundary=x"))
        .isEqualTo(AutoSubmitted.READ_RECEIPT);
    assertThat(envelope("MAILER-DAEMON@mx.example.net", null, null))
        .isEqualTo(AutoSubmitted.DELIVERY_STATUS);
    assertThat(envelope("customer@example.org", null, null)).isNull();
  }

  /** The kind the parser gives an envelope from {@code from} with one header (when not null). */
  private String envelope(String from, String header, String value) throws Exception {
    ObjectNode e = new ObjectMapper().createObjectNode();
    e.put("messageId", "e1@example.org");
    e.put("mailbox", "support@example.com");
    e.putObject("from").put("email", from);
    e.put("subject", "Re: your card");
    e.put("text", "I am out of the office until Monday.");
    ArrayNode headers = e.putArray("headers");
    headers.addObject().put("name", "In-Reply-To").put("value", "<bank-1@example.com>");
    if (header != null) {
      headers.addObject().put("name", header).put("value", value);
    }
    return parsed(new ObjectMapper().writeValueAsString(e));
  }
}
