package io.mailtriage.ingest;

import static io.mailtriage.ingest.TestRecords.mime;
import static io.mailtriage.ingest.TestRecords.parser;
import static io.mailtriage.ingest.TestRecords.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.deadletter.DeadLetterReason;
import io.mailtriage.inference.text.ModelText;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * The shapes public MIME corpora (mail libraries' test suites, spam and ham collections) are known
 * for, written here from scratch, each with the outcome a person reading the mail would expect: the
 * text they would see, decoded right, or a dead letter that says what is wrong.
 */
class MimeCorpusTest {
  private final EmailParser parser = parser();

  private RawEmail ok(byte[] raw) {
    ParseResult r = parser.parse(record(raw));
    assertThat(r.isOk()).as("expected success, got %s", r).isTrue();
    return r.email();
  }

  private RawEmail ok(String raw) {
    return ok(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The text read of a mail with these headers and body. */
  private String text(String headers, String body) {
    return ok(mime(headers, body)).body;
  }

  private ParseResult failed(String raw, DeadLetterReason reason) {
    ParseResult r = parser.parse(record(raw));
    assertThat(r.isOk()).as("expected %s, got %s", reason, r).isFalse();
    assertThat(r.reason()).isEqualTo(reason);
    return r;
  }

  /** A mail with {@code headers} whose body is {@code body} encoded in {@code charset}. */
  private static byte[] mail(String headers, String body, Charset charset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(mime(headers, "").getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(body.getBytes(charset));
    return out.toByteArray();
  }

  private static String multipart(String type, String... parts) {
    StringBuilder s = new StringBuilder();
    for (String part : parts) {
      s.append("--zz\n").append(part).append('\n');
    }
    return mime("Content-Type: multipart/" + type + "; boundary=zz\n", s + "--zz--\n");
  }

  private static String base64(String text) {
    return Base64.getMimeEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static final String FORWARDED =
      "Content-Type: message/rfc822\n\n"
          + "From: Shop <billing@shop.example>\nSubject: Your receipt\n"
          + "Date: Sun, 01 Mar 2026 10:00:00 +0000\n\n"
          + "Your card ending 4411 was charged 40.00 EUR.\n";

  // ---- forwarded and signed mail ----

  @Test
  void readsForwardedMessageAttachedAsRfc822() {
    RawEmail e =
        ok(
            multipart(
                "mixed",
                "Content-Type: text/plain\n\nThey charged me twice, see the receipt below.",
                FORWARDED));
    assertThat(e.body)
        .startsWith("They charged me twice, see the receipt below.")
        .contains("Subject: Your receipt", "Your card ending 4411 was charged 40.00 EUR.");
    assertThat(e.attachments).extracting(a -> a.contentType).containsExactly("message/rfc822");
    // The note points at the receipt ("see the receipt below"): both are read, the note first.
    ModelText.Result model = ModelText.of(e.subject, e.body);
    assertThat(model.part()).isEqualTo(ModelText.Part.QUOTED_ONLY);
    assertThat(model.text())
        .containsSubsequence("charged me twice", "Your card ending 4411 was charged 40.00 EUR.");
  }

  @Test
  void readsForwardedMessageSentInBase64() {
    String inner = FORWARDED.substring(FORWARDED.indexOf("\n\n") + 2);
    RawEmail e =
        ok(
            multipart(
                "mixed",
                "Content-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n"
                    + base64(inner)));
    assertThat(e.body).contains("Your card ending 4411 was charged 40.00 EUR.");
  }

  @Test
  void modelReadsTheForwardedTextWhenTheForwardHasNoWordsOfItsOwn() {
    RawEmail e = ok(multipart("mixed", FORWARDED));
    ModelText.Result model = ModelText.of(e.subject, e.body);
    assertThat(model.part()).isEqualTo(ModelText.Part.QUOTED_ONLY);
    assertThat(model.text()).contains("Your card ending 4411 was charged 40.00 EUR.");
  }

  @Test
  void readsTheSignedTextOfSmimeAndPgpMimeSignedMail() {
    for (String protocol :
        new String[] {"application/pkcs7-signature", "application/pgp-signature"}) {
      String sig =
          protocol.contains("pkcs7")
              ? "Content-Type: application/pkcs7-signature; name=smime.p7s\n"
                  + "Content-Transfer-Encoding: base64\n\nMIAGCSqGSIb3DQEHAqCAMIACAQExDzAN\n"
              : "Content-Type: application/pgp-signature\n\n-----BEGIN PGP SIGNATURE-----\n\n"
                  + "iQEzBAEBCAAdFiEE\n-----END PGP SIGNATURE-----\n";
      RawEmail e =
          ok(
              mime(
                  "Content-Type: multipart/signed; micalg=sha-256; protocol=\""
                      + protocol
                      + "\"; boundary=\"s g\"\n",
                  "--s g\nContent-Type: text/plain; charset=utf-8\n\nPlease close my account.\n"
                      + "--s g\n"
                      + sig
                      + "--s g--\n"));
      assertThat(e.body).isEqualTo("Please close my account.");
      assertThat(e.attachments).extracting(a -> a.contentType).containsExactly(protocol);
    }
  }

  @Test
  void readsInlinePgpSignedTextWithoutTheArmor() {
    assertThat(
            text(
                "",
                "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\nPlease close my account.\n"
                    + "- -- \nAnn\n-----BEGIN PGP SIGNATURE-----\n\niQEzBAEBCAAdFiEE\n=x1Yz\n"
                    + "-----END PGP SIGNATURE-----\n"))
        .isEqualTo("Please close my account.\n-- \nAnn");
  }

  @Test
  void marksEncryptedBodiesAndDeadLettersThemWithoutASubjectSayingWhy() {
    String pgpMime =
        "Content-Type: multipart/encrypted; protocol=\"application/pgp-encrypted\"; boundary=e\n";
    String parts =
        "--e\nContent-Type: application/pgp-encrypted\n\nVersion: 1\n--e\n"
            + "Content-Type: application/octet-stream\n\n-----BEGIN PGP MESSAGE-----\n\nhQEMA\n"
            + "-----END PGP MESSAGE-----\n--e--\n";
    RawEmail withSubject = ok(mime(pgpMime, parts));
    assertThat(withSubject.body).isEmpty();
    assertThat(withSubject.warnings).contains(MimeReader.BODY_ENCRYPTED);

    RawEmail inline =
        ok(mime("", "-----BEGIN PGP MESSAGE-----\n\nhQEMA5x\n=abcd\n-----END PGP MESSAGE-----\n"));
    assertThat(inline.body).isEmpty();
    assertThat(inline.warnings).contains(MimeReader.BODY_ENCRYPTED);

    String smime =
        mime(
                "Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m\n"
                    + "Content-Transfer-Encoding: base64\n",
                "MIAGCSqGSIb3DQEHA6CAMIACAQAx\n")
            .replace("Subject: Help\n", "");
    assertThat(failed(smime, DeadLetterReason.MISSING_FIELD).message()).contains("encrypted");
  }

  // ---- which part is the text ----

  @Test
  void readsHtmlOfMultipartRelatedWithCidImagesOnly() {
    RawEmail e =
        ok(
            multipart(
                "related; type=\"text/html\"",
                "Content-Type: text/html\n\n<p>My statement:</p><img src=\"cid:img1@x\">",
                "Content-Type: image/png\nContent-ID: <img1@x>\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n"));
    assertThat(e.body).isEqualTo("My statement:");
    assertThat(e.attachments).extracting(a -> a.contentType).containsExactly("image/png");
  }

  @Test
  void readsTheHtmlAlternativeWhenThePlainOneOnlySaysToViewItInHtml() {
    RawEmail e =
        ok(
            multipart(
                "alternative",
                "Content-Type: text/plain\n\nThis message is best viewed in an HTML mail reader.",
                "Content-Type: text/html\n\n<p>My card was blocked after a payment abroad. "
                    + "I need it unblocked today, I am travelling and cannot pay for the hotel.</p>"));
    assertThat(e.body).startsWith("My card was blocked");
  }

  @Test
  void keepsThePlainAlternativeWhenItCarriesTheSameContent() {
    RawEmail e =
        ok(
            multipart(
                "alternative",
                "Content-Type: text/plain\n\nMy card was blocked.\nPlease help.",
                "Content-Type: text/html\n\n<div style=\"x\">My card was <b>blocked</b>.</div>"
                    + "<div>Please help.</div>"));
    assertThat(e.body).isEqualTo("My card was blocked.\nPlease help.");
  }

  @Test
  void readsATextPartShownInlineThoughItHasAFileName() {
    RawEmail e =
        ok(
            multipart(
                "mixed",
                "Content-Type: text/plain\nContent-Disposition: inline; filename=\"body.txt\"\n\n"
                    + "My card was blocked."));
    assertThat(e.body).isEqualTo("My card was blocked.");
  }

  @Test
  void readsHtmlLabelledAsPlainTextAsHtml() {
    assertThat(
            text(
                "Content-Type: text/plain\n",
                "\n<HTML><body><p>My card</p>was blocked</body></html>\n"))
        .isEqualTo("My card\n\nwas blocked");
  }

  @Test
  void readsMarkupWithoutAnHtmlTypeAsHtml() {
    // No Content-Type at all (text/plain by default), opening with a tag the document has lost
    // its <html> above.
    assertThat(
            text(
                "",
                "<META http-equiv=Content-Type content=\"text/html\"></HEAD>\n"
                    + "<BODY><FONT size=2>Your loan is <B>approved</B></FONT><BR>\n"
                    + "Call us today</BODY>\n"))
        .isEqualTo("Your loan is approved\nCall us today");
    // A comment a browser saved above the document.
    assertThat(
            text(
                "Content-Type: text/plain\n",
                "<!-- saved from url=(0022)http://internet.e-mail -->\n"
                    + "<head><title>Offer</title></head>\n<p>Refinance now</p>\n"))
        .isEqualTo("Refinance now");
    // Lines that each end in a tag, under a Content-Type that names no type.
    assertThat(
            text(
                "Content-Type: <html>\n",
                "Please pay the invoice below.<br>\n<br>\nDo not reply to this mail.<br>\n"
                    + "Your Team<br>\n</font></p>\n"))
        .isEqualTo("Please pay the invoice below.\nDo not reply to this mail.\nYour Team");
  }

  @Test
  void keepsPlainTextThatMentionsOrQuotesATagAsText() {
    String quoting =
        "<ann.lee@example.net> wrote:\n> use <br> for a line break\n\n"
            + "Thanks, that fixed my statement template.\nAnn\n";
    assertThat(text("Content-Type: text/plain\n", quoting)).isEqualTo(quoting.strip());
    String link =
        "Click the link to reset:\n<a href=\"https://bank.example/reset\">reset</a>\n"
            + "If it fails, call us.\nThe fee is under 5 <b>pounds</b>.\nKind regards\n";
    assertThat(text("Content-Type: text/plain\n", link)).isEqualTo(link.strip());
    // A blog quote opening with its link: text, its lines kept.
    String quote =
        "<a href=\"https://bank.example/help\">\nHelp page</a> says:\n\n"
            + "  Cards are blocked after three wrong PINs.\n\nMine was blocked after one.\n";
    assertThat(text("", quote)).isEqualTo(quote.strip());
  }

  @Test
  void readsHtmlWhoseHeadIsNeverClosed() {
    // The head's end tag is optional: the body tag ends it, as a browser reads the page.
    RawEmail e =
        ok(
            mime(
                    "Content-Type: text/html\n",
                    "<html>\n<HEAD>\n<title>Offer</title>\n<Body bgcolor=white>\n"
                        + "<p>My savings account was closed without notice.</p>\n</body></html>\n")
                .replace("Subject: Help\n", ""));
    assertThat(e.body).isEqualTo("My savings account was closed without notice.");
  }

  @Test
  void readsHtmlEntitiesWrittenWithoutTheirSemicolon() {
    assertThat(
            text(
                "Content-Type: text/html\n",
                "<p>Fee&nbsp40 &amp co &copy 2026 caf&eacute AT&T &notanentity</p>"))
        .isEqualTo("Fee 40 & co © 2026 café AT&T ¬anentity");
  }

  @Test
  void keepsTheLineEndsOfPreformattedHtml() {
    assertThat(
            text(
                "Content-Type: text/html\n",
                "<pre>Account: <b>12</b>\nAmount:  40\n\n\n\nThanks</pre><p>after</p>\n"))
        .isEqualTo("Account: 12\nAmount: 40\n\nThanks\n\nafter");
  }

  @Test
  void triagesTnefOnlyMailOnItsSubjectAndNamesTnefWhenNothingIsReadable() {
    String tnef =
        "Content-Type: application/ms-tnef; name=\"winmail.dat\"\n"
            + "Content-Disposition: attachment; filename=\"winmail.dat\"\n"
            + "Content-Transfer-Encoding: base64\n\neJ8+IhAAAQaQCAAEAAAAAAABAAEAAQeQBgAIAAAA5AQAAAAAAADoAAEIgAcAGAAAAElQTS5NaWNyb3NvZnQgTWFpbC5Ob3RlADEIAQ2ABAACAAAAAgACAAEFgAMADgAAAA==\n";
    RawEmail e = ok(multipart("mixed", tnef));
    assertThat(e.subject).isEqualTo("Help");
    assertThat(e.attachments).extracting(a -> a.filename).containsExactly("winmail.dat");
    ParseResult r =
        failed(
            multipart("mixed", tnef).replace("Subject: Help\n", ""),
            DeadLetterReason.MISSING_FIELD);
    assertThat(r.message()).contains("application/ms-tnef");
  }

  @Test
  void readsUuencodedFilesAsAttachmentsNotText() {
    RawEmail e =
        ok(
            mime(
                "",
                "See the invoice attached.\n\nbegin 644 invoice.txt\n"
                    + "M26YV;VEC92`C,3(S-#4@9F]R(#0P+C`P($55\"`H*\"@H*\"@H*\"@H*\"@H*\n"
                    + "`\nend\n\nThanks\n"));
    assertThat(e.body).isEqualTo("See the invoice attached.\n\nThanks");
    assertThat(e.attachments).extracting(a -> a.filename).containsExactly("invoice.txt");
  }

  @Test
  void decodesTextSentWithUuencodeTransferEncoding() {
    assertThat(
            text(
                "Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: X-UUencode\n",
                "begin 644 body.txt\nI4F5F=6YD('!L96%S92P@;7D@8V%R9\"!W87,@8VAA<F=E9\"!T=VEC92X`\n`\nend\n"))
        .isEqualTo("Refund please, my card was charged twice.");
  }

  @Test
  void readsTheCharsetAnHtmlPartNamesInItsMetaTagWhenTheHeaderNamesNone() {
    RawEmail e =
        ok(
            mail(
                "Content-Type: text/html\n",
                "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"
                    + "</head><body><p>カードが使えません</p></body></html>",
                Charset.forName("Shift_JIS")));
    assertThat(e.body).isEqualTo("カードが使えません");
    assertThat(e.warnings).isEmpty();
  }

  @Test
  void readsTextEnrichedAsText() {
    assertThat(
            text(
                "Content-Type: text/enriched\n",
                "<bold>Urgent:</bold> my card\nwas <italic>blocked</italic>.\n\n"
                    + "<param>x</param>Send <<help>.\n"))
        .isEqualTo("Urgent: my card was blocked.\nSend <help>.");
  }

  @Test
  void joinsFormatFlowedLinesAndDropsDelspSpaces() {
    assertThat(
            text(
                "Content-Type: text/plain; charset=utf-8; format=flowed\n",
                "My card was blocked after a \npayment abroad.\n> Quoted \n> text\n-- \nAnn\n"))
        .isEqualTo("My card was blocked after a payment abroad.\n> Quoted text\n-- \nAnn");
    assertThat(
            text(
                "Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\n",
                "Kreditkar \nte gesperrt\n"))
        .isEqualTo("Kreditkarte gesperrt");
  }

  // ---- charsets ----

  @Test
  void decodesLatin1BodyWithoutCharset() {
    RawEmail e =
        ok(mail("", "Carte bloqu\u00e9e, d\u00e9bit refus\u00e9", StandardCharsets.ISO_8859_1));
    assertThat(e.body).isEqualTo("Carte bloquée, débit refusé");
    assertThat(e.warnings).contains(Charsets.UNDECLARED_CHARSET);
  }

  @Test
  void readsWindows1252BytesLabelledUtf8AsWindows1252() {
    RawEmail e =
        ok(
            mail(
                "Content-Type: text/plain; charset=utf-8\n",
                "I can\u2019t pay \u20ac40 \u2013 caf\u00e9",
                Charset.forName("windows-1252")));
    assertThat(e.body).isEqualTo("I can’t pay €40 – café");
    assertThat(e.warnings).contains(Charsets.CHARSET_MISMATCH);
  }

  @Test
  void readsWindows1252PunctuationLabelledLatin1OrAscii() {
    for (String label : new String[] {"iso-8859-1", "us-ascii", "latin1"}) {
      RawEmail e =
          ok(
              mail(
                  "Content-Type: text/plain; charset=" + label + "\n",
                  "I can\u2019t pay \u201cthe fee\u201d",
                  Charset.forName("windows-1252")));
      assertThat(e.body).as(label).isEqualTo("I can’t pay “the fee”");
    }
  }

  @Test
  void decodesEastAsianAndCyrillicCharsets() {
    String[][] cases = {
      {"iso-2022-jp", "カードが使えません", "ISO-2022-JP"},
      {"koi8-r", "Карта заблокирована", "KOI8-R"},
      {"gb2312", "我的银行卡被冻结了", "GB2312"},
      // GBK bytes labelled gb2312, as Chinese mail clients send them.
      {"gb2312", "銀行卡被凍結", "GBK"},
      {"gbk", "银行卡", "GBK"},
      {"big5", "我的信用卡被凍結了", "Big5"},
      {"shift_jis", "①カード", "windows-31j"},
      {"iso-2022-jp", "①カード", "x-windows-50220"},
      {"ks_c_5601-1987", "카드가 정지되었습니다", "x-windows-949"},
    };
    for (String[] c : cases) {
      RawEmail e =
          ok(mail("Content-Type: text/plain; charset=" + c[0] + "\n", c[1], Charset.forName(c[2])));
      assertThat(e.body).as(c[0] + " as " + c[2]).isEqualTo(c[1]);
      assertThat(e.warnings).as(c[0]).isEmpty();
    }
  }

  @Test
  void readsChineseJapaneseKoreanAndRussianTextLabelledAsciiOrUnlabelledInTheCharsetItIs() {
    String[][] texts = {
      {"我的信用卡昨天被银行冻结了，请问怎么办？我需要尽快使用这张卡支付房租。", "GB18030"},
      {"我的信用卡昨天被銀行凍結了，請問怎麼辦？我需要盡快使用這張卡支付房租。", "Big5"},
      {"어제 제 신용카드가 은행에서 정지되었습니다. 어떻게 해야 하나요? 감사합니다.", "x-windows-949"},
      {"昨日、私のクレジットカードが銀行に凍結されました。どうすればいいですか？", "windows-31j"},
      {"昨日、私のクレジットカードが銀行に凍結されました。どうすればいいですか？", "EUC-JP"},
      {"Вчера банк заблокировал мою кредитную карту. Что мне делать?", "windows-1251"},
      {"Вчера банк заблокировал мою кредитную карту. Что мне делать?", "KOI8-R"},
    };
    for (String[] t : texts) {
      Charset cs = Charset.forName(t[1]);
      RawEmail labelled = ok(mail("Content-Type: text/plain; charset=us-ascii\n", t[0], cs));
      assertThat(labelled.body).as(t[1]).isEqualTo(t[0]);
      assertThat(labelled.warnings)
          .as(t[1])
          .contains(Charsets.CHARSET_MISMATCH, Charsets.CHARSET_GUESSED);
      RawEmail unlabelled = ok(mail("", t[0], cs));
      assertThat(unlabelled.body).as(t[1]).isEqualTo(t[0]);
      assertThat(unlabelled.warnings)
          .as(t[1])
          .contains(Charsets.UNDECLARED_CHARSET, Charsets.CHARSET_GUESSED);
    }
  }

  @Test
  void readsChineseLinesAmongEnglishLinesInTheirCharset() {
    String english =
        "This is NOT spam. You are receiving this newsletter because you subscribed to our list of"
            + " offers. To be removed from the list, reply with remove in the subject line and we"
            + " will take you off within ten working days. Best prices on the net, click below.\n";
    String chinese = "本公司是一家专业的软件开发公司，我们的产品质量好，价格低，欢迎您来电咨询。\n" + "如果您不想再收到我们的邮件，请回复退订，谢谢您的支持！\n";
    String text = english + chinese + english + english;
    RawEmail e = ok(mail("", text, Charset.forName("GB18030")));
    assertThat(e.body).contains(chinese.strip());
    assertThat(e.warnings).contains(Charsets.CHARSET_GUESSED);

    // A German paragraph among English lines, as many letters outside ASCII, stays windows-1252.
    String german =
        "Schöne Grüße aus Köln: Jürgen, Bärbel, Jörg und Käthe wünschen frohe Ostern, "
            + "Müller, Gößweinstein, Hüttenbäcker, Überlingen, Fürth, Nürnberg, Düsseldorf.\n";
    RawEmail latin = ok(mail("", english + german + english, Charset.forName("windows-1252")));
    assertThat(latin.body).contains(german.strip());
    assertThat(latin.warnings).doesNotContain(Charsets.CHARSET_GUESSED);
  }

  @Test
  void readsAnHtmlPartWithAnUnknownLabelInTheCharsetItsMetaTagNames() {
    String polish = "Dzień dobry, proszę o pomoc: moja karta została zablokowana.";
    String html =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\">"
            + "</head><body><p>"
            + polish
            + "</p></body></html>";
    RawEmail e =
        ok(
            mail(
                "Content-Type: text/html; charset=\"CENTRALEUROPEAN\"\n",
                html,
                Charset.forName("ISO-8859-2")));
    assertThat(e.body).isEqualTo(polish);
    assertThat(e.warnings).contains(Charsets.UNKNOWN_CHARSET);
  }

  @Test
  void readsAShortChineseJapaneseOrKoreanRequestInItsCharsetNotAsRussian() {
    String[][] texts = {
      {"您好，请帮我", "GB18030"},
      {"我的卡丢了", "GB18030"},
      {"請幫我查帳", "Big5"},
      {"カードを紛失", "windows-31j"},
      {"카드 분실 신고", "x-windows-949"},
    };
    for (String[] t : texts) {
      RawEmail e = ok(mail("", t[0], Charset.forName(t[1])));
      assertThat(e.body).as(t[1]).isEqualTo(t[0]);
      assertThat(e.warnings).as(t[1]).contains(Charsets.CHARSET_GUESSED);
    }
  }

  @Test
  void keepsLatinTextAndShortOrDamagedTextOutOfTheLegacyCharsets() {
    String[][] texts = {
      // Latin text: a letter outside ASCII now and then, read as windows-1252 as before.
      {
        "Die Drachenköpfe unserer Boote bogen um das gelbe Segel, es waren dreißig Kilometer.",
        "windows-1252"
      },
      {
        "Gestern wurde meine Kreditkarte gesperrt. Ich muss die Miete für März überweisen.",
        "windows-1252"
      },
    };
    for (String[] t : texts) {
      RawEmail e =
          ok(mail("Content-Type: text/plain; charset=us-ascii\n", t[0], Charset.forName(t[1])));
      assertThat(e.body).isEqualTo(t[0]);
      assertThat(e.warnings).doesNotContain(Charsets.CHARSET_GUESSED);
    }
    // Too short to tell: three characters.
    RawEmail shortText = ok(mail("", "谢谢你", Charset.forName("GB18030")));
    assertThat(shortText.warnings).doesNotContain(Charsets.CHARSET_GUESSED);
    // UTF-8 with one broken byte stays UTF-8.
    byte[] utf8 =
        mail(
            "Content-Type: text/plain; charset=utf-8\n",
            "Привет, банк! Карта ",
            StandardCharsets.UTF_8);
    byte[] broken = Arrays.copyOf(utf8, utf8.length + 1);
    broken[utf8.length] = (byte) 0xff;
    RawEmail damaged = ok(broken);
    assertThat(damaged.body).startsWith("Привет, банк!");
    assertThat(damaged.warnings).doesNotContain(Charsets.CHARSET_GUESSED);
  }

  @Test
  void decodesCharsetAliasesAndUtf7() {
    RawEmail utf8 =
        ok(mail("Content-Type: text/plain; charset=utf8\n", "Grüße", StandardCharsets.UTF_8));
    assertThat(utf8.body).isEqualTo("Grüße");
    assertThat(utf8.warnings).isEmpty();
    RawEmail utf7 =
        ok(
            mime(
                "Content-Type: text/plain; charset=\"unicode-1-1-utf-7\"\n",
                "Gr+APwA3w-e, 5+-3 +IKw-\n"));
    assertThat(utf7.body).isEqualTo("Grüße, 5+3 €");
    assertThat(utf7.warnings).isEmpty();
  }

  @Test
  void readsUnknownCharsetNamesAsUtf8OrWindows1252WithWarning() {
    RawEmail e =
        ok(
            mail(
                "Content-Type: text/plain; charset=x-user-defined\n",
                "café",
                StandardCharsets.UTF_8));
    assertThat(e.body).isEqualTo("café");
    assertThat(e.warnings).containsExactly(Charsets.UNKNOWN_CHARSET);
  }

  // ---- headers ----

  @Test
  void decodesEncodedWordsSplitAcrossFoldsAdjacentOrInsideACharacter() {
    // "€" (E2 82 AC) split between two adjacent base64 words, as some encoders cut at byte counts.
    RawEmail e =
        ok(
            mime("", "x\n")
                .replace(
                    "Subject: Help",
                    "Subject: =?UTF-8?Q?Geb=C3=BChr?=\n =?UTF-8?Q?_von_5?= =?UTF-8?B?4oI=?="
                        + " =?UTF-8?B?rA==?= =?utf-8?q?bad=ZZ?= =?UTF-8?B?***?="));
    assertThat(e.subject).startsWith("Gebühr von 5€");
    assertThat(e.subject).doesNotContain("\uFFFD");
  }

  @Test
  void readsEncodedWordCharsetLabelsAsTheirWiderCharsets() {
    RawEmail e =
        ok(mime("", "x\n").replace("Subject: Help", "Subject: =?iso-8859-1?q?Geb=FChr_=80_40?="));
    assertThat(e.subject).isEqualTo("Gebühr € 40");
  }

  @Test
  void readsSenderNamesInTheWiderCharsetsAndWithALanguageTag() {
    RawEmail e =
        ok(
            mime("", "x\n")
                .replace(
                    "From: Ann Lee <ann.lee@example.net>",
                    "From: =?iso-8859-1?Q?Siobh=E1n_O=92Brien?= <siobhan@example.net>"));
    assertThat(e.from.name).isEqualTo("Siobhán O’Brien");

    // RFC 2231 section 5: a language after the charset, in a name and in the subject.
    RawEmail tagged =
        ok(
            mime("", "x\n")
                .replace(
                    "From: Ann Lee <ann.lee@example.net>",
                    "From: =?utf-8*de?Q?J=C3=B6rg_M=C3=BCller?= <joerg@example.net>")
                .replace("Subject: Help", "Subject: =?UTF-8*de-DE?b?R2Viw7xocg==?= zu hoch"));
    assertThat(tagged.from.name).isEqualTo("Jörg Müller");
    assertThat(tagged.subject).isEqualTo("Gebühr zu hoch");
  }

  @Test
  void readsRfc2231ContinuedFileNames() {
    RawEmail e =
        ok(
            multipart(
                "mixed",
                "Content-Type: text/plain\n\nsee file",
                "Content-Type: application/pdf\nContent-Disposition: attachment;\n"
                    + " filename*0*=utf-8''Kontoauszug%20M%C3%A4rz;\n filename*1=\".pdf\"\n\n%PDF\n"));
    assertThat(e.attachments).extracting(a -> a.filename).containsExactly("Kontoauszug März.pdf");
  }

  @Test
  void readsRawUtf8HeadersAndVeryLongOnes() {
    String subject = String.join(" ", Collections.nCopies(8000, "Überweisung"));
    RawEmail e = ok(mime("", "x\n").replace("Subject: Help", "Subject: " + subject));
    assertThat(e.subject).isEqualTo(subject);
    assertThat(e.warnings).isEmpty();
  }

  @Test
  void readsMboxFromLineAsNoHeader() {
    RawEmail e = ok("From ann.lee@example.net Mon Mar  2 08:00:00 2026\n" + mime("", "Hi\n"));
    assertThat(e.from.email).isEqualTo("ann.lee@example.net");
    assertThat(e.subject).isEqualTo("Help");
    assertThat(e.body).isEqualTo("Hi");
  }

  @Test
  void readsTextWrittenStraightBelowTheHeadersOrBelowALineOfSpacesWithoutTheBlankLine() {
    // No blank line at all, and a line of spaces where the blank line should be.
    for (String gap : new String[] {"\r\n", "\nOrganization: Home\n \n"}) {
      RawEmail e =
          ok(
              "From: Ann Lee <ann.lee@example.net>\nSubject: Stolen card"
                  + gap
                  + "Someone took my card this morning.\nPlease block it.\n");
      assertThat(e.subject).isEqualTo("Stolen card");
      assertThat(e.body).isEqualTo("Someone took my card this morning.\nPlease block it.");
      assertThat(e.warnings).contains(MimeReader.HEADER_SEPARATOR_MISSING);
    }
    // A line that is no field but has fields below it is a broken field, not the start of the text.
    RawEmail broken = ok("From: ann.lee@example.net\nX-Junk\nSubject: Card\n\nBlock it\n");
    assertThat(broken.subject).isEqualTo("Card");
    assertThat(broken.body).isEqualTo("Block it");
    assertThat(broken.warnings).doesNotContain(MimeReader.HEADER_SEPARATOR_MISSING);
    // A line of spaces that a fold goes on below is the obsolete syntax's fold, not the end.
    RawEmail folded = ok("From: ann.lee@example.net\nSubject: Lost\n \n card\n\nBlock it\n");
    assertThat(folded.subject).isEqualToNormalizingWhitespace("Lost card");
    assertThat(folded.body).isEqualTo("Block it");
  }

  @Test
  void readsAHeaderFieldWhoseFoldLostItsLeadingSpace() {
    // A mail store that unfolded and re-wrapped the header without the folds' leading space.
    RawEmail e =
        ok(
            "From: Ann Lee <ann.lee@example.net>\nSubject: Refund\n"
                + "Content-Type: multipart/alternative;\nboundary=\"xq\"; charset=\"UTF-8\"\n"
                + "X-Delivered-At: 02 Mar 2026 08:00:00\n(UTC)\nMIME-Version: 1.0\n\n"
                + "--xq\nContent-Type: text/plain\n\nWhere is my refund?\n"
                + "--xq\nContent-Type: text/html\n\n<p>Where is my refund?</p>\n--xq--\n");
    assertThat(e.body).isEqualTo("Where is my refund?");
    assertThat(e.attachments).isEmpty();
    assertThat(e.warnings).contains(MimeReader.HEADER_FOLD_BROKEN);
    // A field that is not open (no ';' or ',' at its end, a value) takes no text: the line is a
    // broken field, and so is an mbox "From " line a store wrote below fields it added.
    RawEmail closed =
        ok(
            "X-Forwarded: yes,\nFrom ann.lee@example.net Mon Mar  2 08:00:00 2026\n"
                + "From: ann.lee@example.net\nSubject: Card\nNot a field\nTo: support@example.com\n\n"
                + "Block it\n");
    assertThat(closed.subject).isEqualTo("Card");
    assertThat(closed.from.email).isEqualTo("ann.lee@example.net");
    assertThat(closed.body).isEqualTo("Block it");
    assertThat(closed.warnings).doesNotContain(MimeReader.HEADER_FOLD_BROKEN);
  }

  @Test
  void readsARecordWithoutAnyHeaderFieldAsItsText() {
    // A digest's body, a note pasted without headers: its first lines are text, not broken fields.
    RawEmail e =
        ok(
            "My card was charged twice for\n\tthe same order.\n\n"
                + "Please refund one of the payments.\n");
    assertThat(e.body)
        .isEqualTo(
            "My card was charged twice for\n\tthe same order.\n\nPlease refund one of the payments.");
    assertThat(e.subject).isNull();
    assertThat(e.warnings).contains(MimeReader.HEADER_MISSING, EmailParser.FROM_MISSING);
    // Bytes that are no text are not read as a customer's words.
    byte[] binary = new byte[400];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 7 + 1);
    }
    ParseResult r = parser.parse(record(binary));
    assertThat(r.isOk()).as("%s", r).isFalse();
    assertThat(r.reason()).isEqualTo(DeadLetterReason.MISSING_FIELD);
  }

  @Test
  void readsInlineTextOfAnUnknownTextTypeAsPlainText() {
    // RFC 2046: an unknown subtype of text is read as text/plain; calendars and tables are files.
    RawEmail e =
        ok(
            multipart(
                "mixed",
                "Content-Type: text/x-note\n\nMy new address is 4 Elm Road.",
                "Content-Type: text/calendar; method=REQUEST\n\nBEGIN:VCALENDAR\nEND:VCALENDAR",
                "Content-Type: text/x-log; name=app.log\n\nERROR 42"));
    assertThat(e.body).isEqualTo("My new address is 4 Elm Road.");
    assertThat(e.attachments)
        .extracting(a -> a.contentType)
        .containsExactly("text/calendar", "text/x-log");
  }

  @Test
  void readsAMultipartHeldByAPartThatDeclaresAnotherType() {
    // A client wrote text/html with the boundary of the multipart it holds.
    RawEmail e =
        ok(
            mime(
                "Content-Type: text/html; boundary=\"--77aa\"\n",
                "----77aa\nContent-Type: text/plain\n\nMy statement is missing.\n"
                    + "----77aa\nContent-Type: application/pdf; name=form.pdf\n\n%PDF\n----77aa--\n"));
    assertThat(e.body).isEqualTo("My statement is missing.");
    assertThat(e.attachments).extracting(a -> a.contentType).containsExactly("application/pdf");
    assertThat(e.warnings).contains(MimeReader.MULTIPART_UNDECLARED);
    // A boundary parameter without its delimiter lines means nothing: the part is read as it is.
    assertThat(text("Content-Type: text/plain; boundary=\"zz\"\n", "-- \nAnn\n"))
        .isEqualTo("-- \nAnn");
  }

  @Test
  void readsAMultipartWhoseMailerLeftItsContentTypeOut() {
    // No Content-Type: the body opens with a delimiter line and closes with its closing one.
    String parts =
        "--4410.rov\nContent-Type: text/plain; charset=iso-8859-1\n\nYour statement is ready.\n"
            + "--4410.rov\nContent-Type: text/html; charset=iso-8859-1\n\n"
            + "<p>Your statement is <b>ready</b>.</p>\n--4410.rov--\n";
    RawEmail e = ok(mime("", parts));
    // A plain and an HTML part are the alternatives of one text: read once.
    assertThat(e.body).isEqualTo("Your statement is ready.");
    assertThat(e.warnings).contains(MimeReader.MULTIPART_UNDECLARED);
    RawEmail withFile =
        ok(
            mime(
                "",
                "--4410.rov\nContent-Type: text/plain\n\nThe form is attached.\n"
                    + "--4410.rov\nContent-Type: application/pdf; name=form.pdf\n\n%PDF\n"
                    + "--4410.rov--\n"));
    assertThat(withFile.body).isEqualTo("The form is attached.");
    assertThat(withFile.attachments)
        .extracting(a -> a.contentType)
        .containsExactly("application/pdf");
    // Text that quotes a multipart below its own words is text.
    String quoting = "Your mail arrived like this:\n\n" + parts;
    assertThat(text("", quoting)).isEqualTo(quoting.strip());
  }

  @Test
  void triagesHeaderOnlyMailOnItsSubjectAndDeadLettersItWithoutOne() {
    RawEmail e = ok(mime("", "").stripTrailing());
    assertThat(e.body).isEmpty();
    assertThat(e.subject).isEqualTo("Help");
    failed(mime("", "").replace("Subject: Help\n", ""), DeadLetterReason.MISSING_FIELD);
  }

  @Test
  void readsDatesWithASpacePaddedDayAndObsoleteZoneNames() {
    // "Mon,  2 Sep" (the day padded to two columns, as many mailers write it) and the US zone
    // names of RFC 822, which RFC 5322 still reads: EST is five hours behind UTC. A three-digit
    // year (a year-2000 bug: years since 1900) is 1900 years on, as RFC 5322 section 4.3 says.
    String[][] dates = {
      {"Mon,  2 Mar 2026 10:00:00 +0100 (CET)", "2026-03-02T09:00:00Z"},
      {"Mon,  2 Mar 2026 10:00:00 +0100", "2026-03-02T09:00:00Z"},
      {"Mon, 2 Mar 2026 10:00:00 EST", "2026-03-02T15:00:00Z"},
      {"2 Mar 26 10:00:00 PDT", "2026-03-02T17:00:00Z"},
      {"Mon, 2 Mar 126 10:00:00 +0000", "2026-03-02T10:00:00Z"},
      // Years since 1900 in four digits (SpamAssassin corpus): 22 August 2002 was a Thursday.
      {"Thu, 22 Aug 0102 12:07:35 +0800", "2002-08-22T04:07:35Z"},
      // C's asctime(), no zone: read as UTC.
      {"Sat Sep 21 08:18:08 2002", "2002-09-21T08:18:08Z"},
      {"Mon Mar  2 10:00:00 2026", "2026-03-02T10:00:00Z"},
    };
    assertReadAs(dates);
  }

  /** Each date, the Date header of a mail, read as the instant beside it, without a warning. */
  private void assertReadAs(String[][] dates) {
    for (String[] d : dates) {
      RawEmail e =
          ok(mime("", "x\n").replace("Date: Mon, 02 Mar 2026 08:00:00 +0000", "Date: " + d[0]));
      assertThat(Instant.ofEpochMilli(e.receivedAt)).as(d[0]).isEqualTo(Instant.parse(d[1]));
      assertThat(e.receivedAtClamped).as(d[0]).isFalse();
      assertThat(e.warnings).as(d[0]).isEmpty();
    }
  }

  @Test
  void readsDatesInTheFormsOtherMailersWriteThemInTheirZone() {
    String[][] dates = {
      // A 12-hour clock, which the lenient parser read as a 24-hour one.
      {"05 Mar 26 3:41:07 PM", "2026-03-05T15:41:07Z"},
      {"Thu, 5 Mar 2026 12:10:00 AM +0100", "2026-03-04T23:10:00Z"},
      // Year first, the weekday after the date; ISO 8601.
      {"2026/03/05 Thu 07:15:00 CST", "2026-03-05T13:15:00Z"},
      {"2026-03-05T07:15:00Z", "2026-03-05T07:15:00Z"},
      {"2026-03-05 07:15:00.250 -03:00", "2026-03-05T10:15:00Z"},
      // The month's name first or in full, "at" before the time, an offset after GMT.
      {"Thursday, March 5, 2026 7:15 PM", "2026-03-05T19:15:00Z"},
      {"5 March 2026 at 07:15:00 GMT+2", "2026-03-05T05:15:00Z"},
      {"Thu, 05 Mar 2026 07:15:00 GMT-0430", "2026-03-05T11:45:00Z"},
      // Zone names RFC 5322 does not know, which were read as UTC.
      {"Thu, 5 Mar 2026 07:15:00 CET", "2026-03-05T06:15:00Z"},
      {"Fri, 5 Sep 2025 07:15:00 BST", "2025-09-05T06:15:00Z"},
    };
    assertReadAs(dates);
  }

  @Test
  void readsDatesWrittenInOtherLanguagesAndWithNumericMonths() {
    String[][] dates = {
      // A Korean weekday (EUC-KR bytes read as windows-1252) and a numeric month, day first.
      {"\u00bc\u00f6, 27 6 2001 15:23:36 +0900", "2001-06-27T06:23:36Z"},
      {"Mi, 27.06.2001 15:23:36 +0200", "2001-06-27T13:23:36Z"},
      // Month names of other languages.
      {"mer., 27 juin 2001 15:23:36 +0200", "2001-06-27T13:23:36Z"},
      {"Do, 5. M\u00e4rz 2026 07:15:00 +0100", "2026-03-05T06:15:00Z"},
      {"5 dic 2025 07:15:00 -0300", "2025-12-05T10:15:00Z"},
      // Slashes: read where a number over 12 says which is the day.
      {"27/6/2001 15:23:36 +0000", "2001-06-27T15:23:36Z"},
      {"6/27/2001 3:23:36 PM -0500", "2001-06-27T20:23:36Z"},
    };
    assertReadAs(dates);
    // 6/7/2001 may be June or July: not read.
    RawEmail e =
        ok(
            mime("", "x\n")
                .replace("Date: Mon, 02 Mar 2026 08:00:00 +0000", "Date: 6/7/2001 10:00:00 +0000"));
    assertThat(e.warnings).contains(MimeReader.DATE_INVALID);
  }

  @Test
  void readsAZoneNameOfSeveralZonesAtTheOneTheFirstServerStampedTheMailNearest() {
    // IST: India (+0530), Ireland's summer (+0100), Israel (+0200). The first server's Received
    // time (the last field) says which.
    String[][] cases = {
      {"Thu, 5 Mar 2026 07:15:20 +0530", "Thu, 5 Mar 2026 07:15:00 IST", "2026-03-05T01:45:00Z"},
      {"Sat, 5 Jul 2025 07:17:00 +0100", "Sat, 5 Jul 2025 07:15:00 IST", "2025-07-05T06:15:00Z"},
      {"Thu, 5 Mar 2026 05:15:40 +0000", "Thu, 5 Mar 2026 07:15:00 IST", "2026-03-05T05:15:00Z"},
    };
    for (String[] c : cases) {
      RawEmail e =
          ok(
              mime("", "x\n")
                  .replace(
                      "Date: Mon, 02 Mar 2026 08:00:00 +0000",
                      "Received: from relay.example by mx.bank.example; Thu, 5 Mar 2026 09:00:00"
                          + " +0000\nReceived: from ann-pc by smtp.example.net; "
                          + c[0]
                          + "\nDate: "
                          + c[1]));
      assertThat(Instant.ofEpochMilli(e.receivedAt)).as(c[0]).isEqualTo(Instant.parse(c[2]));
    }
  }

  @Test
  void readsAnOffsetWrittenWithAPlusBeforeItsMinus() {
    // A mailer that printed a sign before a negative offset: "+-0500" is five hours behind UTC.
    assertReadAs(new String[][] {{"Thu, 5 Mar 2026 07:15:00 +-0500", "2026-03-05T12:15:00Z"}});
  }

  @Test
  void readsTheSenderOfAListArchiveThatWroteTheAddressWithAt() {
    RawEmail e =
        ok(
            mime("", "Hi\n")
                .replace(
                    "From: Ann Lee <ann.lee@example.net>",
                    "From: ann.lee at example.net (=?iso-8859-1?q?Ann_L=E9e?=)"));
    assertThat(e.from.email).isEqualTo("ann.lee@example.net");
    assertThat(e.from.name).isEqualTo("Ann Lée");
    assertThat(e.warnings).doesNotContain(EmailParser.FROM_INVALID);
    // A name with "at" in it and no domain is still no address.
    RawEmail name =
        ok(mime("", "Hi\n").replace("From: Ann Lee <ann.lee@example.net>", "From: Ann at Home"));
    assertThat(name.from.email).isNull();
    assertThat(name.warnings).contains(EmailParser.FROM_INVALID);
  }

  @Test
  void readsTheSenderOfAListArchiveThatWroteTheNameFirstAndTheAddressWithAt() {
    String[][] cases = {
      {"Ann Lee <ann.lee at example.net>", "Ann Lee"},
      {"\"Lee, Ann\" <ann.lee at example.net>", "Lee, Ann"},
      {"=?utf-8?q?Ann_L=C3=A9e?= <ann.lee at example.net>", "Ann Lée"},
      {"<ann.lee at example.net>", null},
    };
    for (String[] c : cases) {
      RawEmail e =
          ok(mime("", "Hi\n").replace("From: Ann Lee <ann.lee@example.net>", "From: " + c[0]));
      assertThat(e.from.email).as(c[0]).isEqualTo("ann.lee@example.net");
      assertThat(e.from.name).as(c[0]).isEqualTo(c[1]);
      assertThat(e.warnings).doesNotContain(EmailParser.FROM_INVALID);
    }
    // No dot in what follows "at": a name, not an address.
    RawEmail name =
        ok(
            mime("", "Hi\n")
                .replace("From: Ann Lee <ann.lee@example.net>", "From: Ann <ann at home>"));
    assertThat(name.from == null ? null : name.from.email).isNull();
    assertThat(name.warnings).contains(EmailParser.FROM_INVALID);
  }

  @Test
  void readsAFromWhoseDisplayNameHasAnUnquotedComma() {
    RawEmail e =
        ok(
            mime("", "x\n")
                .replace(
                    "From: Ann Lee <ann.lee@example.net>", "From: Lee, Ann <ann.lee@example.net>"));
    assertThat(e.from.email).isEqualTo("ann.lee@example.net");
    assertThat(e.from.name).isEqualTo("Lee, Ann");
    assertThat(e.warnings).isEmpty();
  }

  @Test
  void triagesDeliveryAndReadReportsWithoutTextOnTheirReport() {
    // A bounce with no subject and no human-readable part: the report itself is what a reader
    // sees (mail clients show it as text), and the mail is machine-sent, not a dead letter.
    String bounce =
        multipart(
                "report; report-type=delivery-status",
                "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.com\n\n"
                    + "Final-Recipient: rfc822; bob@gone.example\nAction: failed\nStatus: 5.1.1\n",
                "Content-Type: text/rfc822-headers\n\nFrom: support@example.com\nSubject: Case 7\n")
            .replace("Subject: Help\n", "")
            .replace("Ann Lee <ann.lee@example.net>", "MAILER-DAEMON@mx.example.com");
    RawEmail e = ok(bounce);
    assertThat(e.autoSubmitted).isEqualTo("delivery_status");
    assertThat(e.body).contains("Final-Recipient: rfc822; bob@gone.example", "Status: 5.1.1");
    assertThat(e.attachments)
        .extracting(a -> a.contentType)
        .containsExactly("message/delivery-status", "text/rfc822-headers");

    String receipt =
        multipart(
                "report; report-type=disposition-notification",
                "Content-Type: message/disposition-notification\n\nReporting-UA: mua.example\n"
                    + "Final-Recipient: rfc822; support@example.com\n"
                    + "Disposition: manual-action/MDN-sent-manually; displayed\n")
            .replace("Subject: Help\n", "");
    RawEmail r = ok(receipt);
    assertThat(r.autoSubmitted).isEqualTo("read_receipt");
    assertThat(r.body).contains("Disposition: manual-action/MDN-sent-manually; displayed");
  }

  @Test
  void keepsTheHumanPartOfABounceAndNotItsReport() {
    RawEmail e =
        ok(
            multipart(
                "report; report-type=delivery-status",
                "Content-Type: text/plain\n\nYour message could not be delivered.",
                "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.com\n"));
    assertThat(e.body).isEqualTo("Your message could not be delivered.");
  }

  @Test
  void readsMailWithBareCrLineEnds() {
    // Classic Mac OS clients ended lines with CR alone; the whole mail would be one header line.
    RawEmail e = ok(mime("", "Line one\nLine two\n").replace("\n", "\r"));
    assertThat(e.subject).isEqualTo("Help");
    assertThat(e.from.email).isEqualTo("ann.lee@example.net");
    assertThat(e.body).isEqualTo("Line one\nLine two");
  }

  @Test
  void readsATextPartWhoseContentTypeLacksTheSemicolonBeforeItsCharset() {
    RawEmail e =
        ok(
            mail(
                "Content-Type: TEXT/PLAIN charset=ISO-8859-1\n",
                "Gebühr für März",
                StandardCharsets.ISO_8859_1));
    assertThat(e.body).isEqualTo("Gebühr für März");
    assertThat(e.attachments).isEmpty();
    assertThat(e.warnings).isEmpty();
  }

  // ---- structure and transfer encodings ----

  @Test
  void readsMultipartWithQuotedBoundaryWithSpacesAndWithoutFinalBoundary() {
    assertThat(
            text(
                "Content-Type: multipart/mixed;\n boundary=\"----=_Part 1 2\"\n",
                "preamble\n------=_Part 1 2\nContent-Type: text/plain\n\nBlocked card\n"
                    + "------=_Part 1 2--\nepilogue\n"))
        .isEqualTo("Blocked card");
    RawEmail open =
        ok(multipart("mixed", "Content-Type: text/plain\n\nBlocked card").replace("--zz--\n", ""));
    assertThat(open.body).isEqualTo("Blocked card");
    assertThat(open.warnings).contains(MimeReader.MULTIPART_UNTERMINATED);
  }

  @Test
  void readsAPartWhoseContentTypeNamesNoSubtypeAsPlainText() {
    // "text" alone is no type: RFC 2045 reads such a part as text/plain; it was a parser crash.
    assertThat(text("Content-Type: text; charset=us-ascii\n", "My card was declined twice.\n"))
        .isEqualTo("My card was declined twice.");
    RawEmail e =
        ok(
            multipart(
                "mixed",
                "Content-Type: TEXT; charset=\"utf-8\"\n\nThe ATM kept my card.",
                "Content-Type: text/plain\n\nIt was at the station."));
    assertThat(e.body).isEqualTo("The ATM kept my card.\n\nIt was at the station.");
  }

  @Test
  void readsAMultipartWithTheBoundaryItsDelimiterLinesUse() {
    // A boundary declared with a character less, and one in single quotes (no quotes to RFC 2045).
    String parts =
        "This is a multi-part message.\n\n--=Part 0925\nContent-Type: text/plain\n\n"
            + "My transfer of 300 EUR never arrived.\n--=Part 0925\nContent-Type: text/html\n\n"
            + "<p>My transfer of 300 EUR never arrived.</p>\n--=Part 0925--\n";
    for (String declared : new String[] {"\"=Part0925\"", "'=Part 0925'"}) {
      RawEmail e =
          ok(mime("Content-Type: multipart/alternative; boundary=" + declared + "\n", parts));
      assertThat(e.body).as(declared).isEqualTo("My transfer of 300 EUR never arrived.");
      assertThat(e.warnings)
          .contains(MimeReader.MULTIPART_BOUNDARY_MISMATCH)
          .doesNotContain(MimeReader.MULTIPART_UNTERMINATED);
    }
    // Parts without headers, and a nested multipart whose delimiters are off too.
    RawEmail nested =
        ok(
            mime(
                "Content-Type: multipart/mixed; boundary=outer\n",
                "--outer\nContent-Type: multipart/alternative; boundary=inner\n\n"
                    + "--inner_\n\nPlease call me.\n--inner_--\n--outer--\n"));
    assertThat(nested.body).isEqualTo("Please call me.");
  }

  @Test
  void readsTheTextOfAMultipartWithoutDelimiterLinesAndSkipsAnEmptyOne() {
    RawEmail e =
        ok(
            mime(
                "Content-Type: multipart/mixed; boundary=\"BOUNDARY\"\n",
                "Hello,\n\nmy card was swallowed by the ATM.\n"));
    assertThat(e.body).isEqualTo("Hello,\n\nmy card was swallowed by the ATM.");
    assertThat(e.warnings).contains(MimeReader.MULTIPART_WITHOUT_PARTS);
    // A nested multipart that reuses its parent's boundary ends up empty; its siblings are read.
    RawEmail reused =
        ok(
            mime(
                "Content-Type: multipart/mixed; boundary=\"same\"\n",
                "--same\nContent-Type: multipart/alternative; boundary=\"same\"\n\n"
                    + "--same\nContent-Type: text/plain\n\nThe fee is wrong.\n--same--\n"));
    assertThat(reused.body).isEqualTo("The fee is wrong.");
    // No subject and nothing in it: still a dead letter, for want of text.
    failed(
        mime("Content-Type: multipart/mixed; boundary=b\n", "\n").replace("Subject: Help\n", ""),
        DeadLetterReason.MISSING_FIELD);
  }

  @Test
  void readsTextNestedSixMultipartsDeep() {
    String inner = "Content-Type: text/plain\n\nDeep text\n";
    for (int i = 0; i < 6; i++) {
      inner =
          "Content-Type: multipart/mixed; boundary=b"
              + i
              + "\n\n--b"
              + i
              + "\n"
              + inner
              + "--b"
              + i
              + "--\n";
    }
    RawEmail e = ok(mime("", "").replace("\n\n", "\n") + inner);
    assertThat(e.body).isEqualTo("Deep text");
  }

  @Test
  void decodesTransferEncodingsWrittenInAnyCase() {
    String[][] cases = {
      {"BASE64", base64("Refund please")},
      {"Quoted-Printable", "Refund=20please"},
      {"8Bit", "Refund please"},
      {"binary", "Refund please"},
      {"x-unknown", "Refund please"},
    };
    for (String[] c : cases) {
      RawEmail e =
          ok(
              mime(
                  "Content-Type: text/plain\nContent-Transfer-Encoding: " + c[0] + "\n",
                  c[1] + "\n"));
      assertThat(e.body).as(c[0]).isEqualTo("Refund please");
    }
  }

  @Test
  void decodesBase64WithLineNoiseAndMissingPadding() {
    String b64 = base64("My card was blocked yesterday");
    RawEmail e =
        ok(
            mime(
                "Content-Transfer-Encoding: base64\n",
                b64.substring(0, 10) + " \t\n" + b64.substring(10).replace("=", "") + "\n"));
    assertThat(e.body).isEqualTo("My card was blocked yesterday");
  }

  @Test
  void readsPlainTextLabelledBase64AsWritten() {
    RawEmail e =
        ok(
            mime(
                "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n",
                "My card was charged twice.\nPlease refund one payment.\n\nAnn\n"));
    assertThat(e.body).isEqualTo("My card was charged twice.\nPlease refund one payment.\n\nAnn");
    assertThat(e.warnings).contains(MimeReader.INVALID_BASE64);
    // Base64 lines have no spaces: real base64 is decoded as before.
    assertThat(
            text(
                "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n",
                base64("Please refund one payment.")))
        .isEqualTo("Please refund one payment.");
  }

  @Test
  void readsLfCrlfAndMixedLineEndsAlike() {
    String lf = multipart("mixed", "Content-Type: text/plain\n\nLine one\nLine two");
    for (String raw : new String[] {lf, lf.replace("\n", "\r\n"), lf.replaceFirst("\n", "\r\n")}) {
      assertThat(ok(raw).body).isEqualTo("Line one\nLine two");
    }
  }

  @Test
  void dropsNulBytesAndByteOrderMarksFromTheText() {
    assertThat(text("Content-Type: text/plain; charset=utf-8\n", "\uFEFFMy card\n"))
        .isEqualTo("My card");
    assertThat(text("", "My\u0000 card\u0000\n")).isEqualTo("My card");
  }

  @Test
  void readsHtmlAsAReaderSeesIt() {
    assertThat(
            text(
                "Content-Type: text/html; charset=utf-8\n",
                "<html><head><style>p{color:red}</style></head><body>"
                    + "<!--[if mso]><p>Outlook only</p><![endif]--><script>track()</script>"
                    + "<!-- hidden note --><p>Mon relev&eacute; de compte &ndash; &Uuml;bersicht, "
                    + "na&iuml;ve &amp; &#233;t&#xE9;</p></body></html>\n"))
        .isEqualTo("Mon relevé de compte – Übersicht, naïve & été");
  }

  @Test
  void readsHostileTextBodiesInTimeLinearInTheirSize() {
    // Unclosed armor and uuencode blocks, and enriched text of unclosed tags, each repeated: a
    // scan that restarted at every opener would be quadratic (minutes for these 2 MB).
    String[][] bodies = {
      {"", "-----BEGIN PGP MESSAGE-----\nx\n".repeat(70_000)},
      {"", "begin 644 a.bin\nM\n".repeat(110_000)},
      {"Content-Type: text/enriched\n", "<".repeat(2_000_000)},
      {"Content-Type: text/plain; format=flowed; delsp=yes\n", "a \n".repeat(700_000)},
    };
    for (String[] b : bodies) {
      long start = System.nanoTime();
      RawEmail e = ok(mime(b[0], b[1]));
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(e.body).isNotEmpty();
      assertThat(millis).as("ms to read %s", b[0]).isLessThan(5_000);
    }
  }
}
