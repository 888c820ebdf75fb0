package io.mailtriage.ingest;

import static io.mailtriage.ingest.TestRecords.mime;
import static io.mailtriage.ingest.TestRecords.parser;
import static io.mailtriage.ingest.TestRecords.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.BEROctetString;
import org.bouncycastle.asn1.BERSequence;
import org.bouncycastle.asn1.BERTaggedObject;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERTaggedObject;
import org.junit.jupiter.api.Test;

/**
 * MIME shapes of real support mail the corpus tests did not hold: S/MIME opaque-signed mail whose
 * text is inside the signature, an HTML part whose meta tag and label name different charsets, a
 * charset parameter written in RFC 2231 sections, base64 whose lines end in CRLF and LF by turns,
 * and an alternative inside a mixed part inside a signed one.
 */
class SupportMailShapesTest {
  private final EmailParser parser = parser();

  private RawEmail ok(byte[] raw) {
    ParseResult r = parser.parse(record(raw));
    assertThat(r.isOk()).as("expected success, got %s", r).isTrue();
    return r.email();
  }

  private static byte[] concat(String head, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(body);
    return out.toByteArray();
  }

  private static final String SIGNED_ENTITY =
      "Content-Type: multipart/alternative; boundary=in\r\n\r\n--in\r\n"
          + "Content-Type: text/plain; charset=utf-8\r\n\r\n"
          + "My card was blocked in Zürich, please unblock it today.\r\n--in\r\n"
          + "Content-Type: text/html; charset=utf-8\r\n\r\n"
          + "<p>My card was blocked in Zürich, please unblock it today.</p>\r\n--in--\r\n";

  /** A CMS SignedData holding {@code content}, as Outlook writes it (BER) or re-encoded (DER). */
  private static byte[] signedData(byte[] content, boolean ber) throws IOException {
    ASN1ObjectIdentifier signedData = new ASN1ObjectIdentifier("1.2.840.113549.1.7.2");
    ASN1ObjectIdentifier data = new ASN1ObjectIdentifier("1.2.840.113549.1.7.1");
    ASN1Encodable[] encapsulated = {
      data,
      ber
          ? new BERTaggedObject(true, 0, new BEROctetString(content))
          : new DERTaggedObject(true, 0, new DEROctetString(content))
    };
    ASN1Encodable[] fields = {
      new ASN1Integer(1),
      new DERSet(),
      ber ? new BERSequence(encapsulated) : new DERSequence(encapsulated),
      new DERSet()
    };
    ASN1Encodable[] info = {
      signedData,
      ber
          ? new BERTaggedObject(true, 0, new BERSequence(fields))
          : new DERTaggedObject(true, 0, new DERSequence(fields))
    };
    return (ber ? new BERSequence(info) : new DERSequence(info)).getEncoded();
  }

  @Test
  void readsTheTextInsideAnSmimeOpaqueSignedPart() throws IOException {
    for (boolean ber : new boolean[] {true, false}) {
      byte[] cms = signedData(SIGNED_ENTITY.getBytes(StandardCharsets.UTF_8), ber);
      String raw =
          mime(
              "MIME-Version: 1.0\nContent-Type: application/pkcs7-mime; smime-type=signed-data;"
                  + " name=smime.p7m\nContent-Transfer-Encoding: base64\n"
                  + "Content-Disposition: attachment; filename=smime.p7m\n",
              Base64.getMimeEncoder().encodeToString(cms) + "\n");
      RawEmail e = ok(raw.getBytes(StandardCharsets.US_ASCII));
      assertThat(e.body)
          .as("ber %s", ber)
          .isEqualTo("My card was blocked in Zürich, please unblock it today.");
      assertThat(e.warnings).as("ber %s", ber).doesNotContain(MimeReader.BODY_ENCRYPTED);
      assertThat(e.attachments)
          .extracting(a -> a.contentType)
          .containsExactly("application/pkcs7-mime");
    }
  }

  @Test
  void keepsEnvelopedSmimeDataAndBytesThatAreNoCmsEncrypted() {
    for (String content : new String[] {"MIAGCSqGSIb3DQEHA6CAMIACAQAx", "bm90IGNtcyBhdCBhbGw="}) {
      String raw =
          mime(
              "MIME-Version: 1.0\nContent-Type: application/pkcs7-mime; name=smime.p7m\n"
                  + "Content-Transfer-Encoding: base64\n",
              content + "\n");
      ParseResult r = parser.parse(record(raw));
      assertThat(r.isOk()).isTrue();
      assertThat(r.email().warnings).contains(MimeReader.BODY_ENCRYPTED);
    }
  }

  private static final String POLISH = "Proszę o pomoc, karta została zablokowana.";

  private static String page(String metaCharset) {
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset="
        + metaCharset
        + "\"></head><body><p>"
        + POLISH
        + "</p></body></html>";
  }

  @Test
  void readsAnHtmlPartInItsMetaTagsCharsetWhereItsLabelCannotBeRight() {
    // UTF-8 labelled with the client's default charset; the page says UTF-8.
    RawEmail utf8 =
        ok(
            concat(
                mime("MIME-Version: 1.0\nContent-Type: text/html; charset=iso-8859-1\n", ""),
                page("utf-8").getBytes(StandardCharsets.UTF_8)));
    assertThat(utf8.body).isEqualTo(POLISH);
    assertThat(utf8.warnings).contains(Charsets.CHARSET_MISMATCH);
    // ISO-8859-2 labelled windows-1252 (every byte of which is a character): the Polish reading
    // is the likelier by far.
    RawEmail latin2 =
        ok(
            concat(
                mime("MIME-Version: 1.0\nContent-Type: text/html; charset=windows-1252\n", ""),
                page("iso-8859-2").getBytes(Charset.forName("ISO-8859-2"))));
    assertThat(latin2.body).isEqualTo(POLISH);
    assertThat(latin2.warnings).contains(Charsets.CHARSET_MISMATCH);
  }

  @Test
  void keepsTheLabelOfAnHtmlPartAGatewayConvertedToUtf8() {
    // The gateway rewrote the label and the bytes, not the page's meta tag.
    RawEmail e =
        ok(
            concat(
                mime("MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n", ""),
                page("iso-8859-2").getBytes(StandardCharsets.UTF_8)));
    assertThat(e.body).isEqualTo(POLISH);
    assertThat(e.warnings).isEmpty();
    // A Western page whose meta tag names Central European: the bytes read alike, the label stays.
    String french =
        "<html><head><meta charset=\"iso-8859-2\"></head><body>Carte bloquée à Paris</body></html>";
    RawEmail western =
        ok(
            concat(
                mime("MIME-Version: 1.0\nContent-Type: text/html; charset=iso-8859-1\n", ""),
                french.getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(western.body).isEqualTo("Carte bloquée à Paris");
  }

  @Test
  void readsACharsetParameterWrittenInRfc2231Sections() {
    String[] labels = {
      "charset*0=\"iso-8859\"; charset*1=\"-2\"",
      "charset*=us-ascii'en'iso%2D8859%2D2",
      "charset*0*=''iso-8859; charset*1=\"-2\""
    };
    for (String label : labels) {
      RawEmail e =
          ok(
              concat(
                  mime("MIME-Version: 1.0\nContent-Type: text/plain;\n " + label + "\n", ""),
                  "Dzień dobry, karta została zablokowana."
                      .getBytes(Charset.forName("ISO-8859-2"))));
      assertThat(e.body).as(label).isEqualTo("Dzień dobry, karta została zablokowana.");
      assertThat(e.warnings).as(label).isEmpty();
    }
  }

  @Test
  void readsBase64WhoseLinesEndInCrlfAndLfByTurns() {
    String text = "Hello,\r\nmy card was blocked yesterday.\nPlease help.\r\nThanks, Ann\n";
    String[] lines =
        Base64.getMimeEncoder(16, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(text.getBytes(StandardCharsets.UTF_8))
            .split("\n");
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      body.append(lines[i]).append(i % 2 == 0 ? "\r\n" : "\n");
    }
    RawEmail e =
        ok(
            mime(
                    "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
                        + "Content-Transfer-Encoding: base64\n",
                    body.toString())
                .getBytes(StandardCharsets.US_ASCII));
    assertThat(e.body)
        .isEqualTo("Hello,\nmy card was blocked yesterday.\nPlease help.\nThanks, Ann");
    assertThat(e.warnings).isEmpty();
  }

  @Test
  void readsTheAlternativeInsideAMixedPartInsideASignedOne() {
    String raw =
        mime(
            "MIME-Version: 1.0\nContent-Type: multipart/signed;"
                + " protocol=\"application/pkcs7-signature\"; micalg=sha-256; boundary=s\n",
            "--s\nContent-Type: multipart/mixed; boundary=m\n\n--m\n"
                + "Content-Type: multipart/alternative; boundary=a\n\n--a\n"
                + "Content-Type: text/plain; charset=utf-8\n\n"
                + "My card was blocked at the airport, please unblock it.\n--a\n"
                + "Content-Type: text/html; charset=utf-8\n\n"
                + "<p>My card was blocked at the airport, please unblock it.</p>\n--a--\n--m\n"
                + "Content-Type: application/pdf; name=receipt.pdf\n"
                + "Content-Disposition: attachment; filename=receipt.pdf\n\n%PDF\n--m--\n--s\n"
                + "Content-Type: application/pkcs7-signature; name=smime.p7s\n"
                + "Content-Transfer-Encoding: base64\n\nMIAGCSqGSIb3DQEHAqCAMIACAQEx\n--s--\n");
    RawEmail e = ok(raw.getBytes(StandardCharsets.US_ASCII));
    assertThat(e.body).isEqualTo("My card was blocked at the airport, please unblock it.");
    assertThat(e.attachments)
        .extracting(a -> a.contentType)
        .containsExactly("application/pdf", "application/pkcs7-signature");
    assertThat(Arrays.asList(e.warnings)).isEmpty();
  }

  /** A TNEF attribute: level, id (type in the high word), length, data, checksum. */
  private static void attribute(ByteBuffer out, int level, int id, byte[] data) {
    out.put((byte) level).putInt(id).putInt(data.length).put(data);
    int sum = 0;
    for (byte b : data) {
      sum += b & 0xff;
    }
    out.putShort((short) sum);
  }

  /** A variable-size MAPI value: count 1, length, bytes, padding to four. */
  private static void value(ByteBuffer props, byte[] bytes) {
    props.putInt(1).putInt(bytes.length).put(bytes);
    props.put(new byte[(4 - bytes.length % 4) % 4]);
  }

  /**
   * A winmail.dat as Exchange writes it: the code page, the message's MAPI properties (a number, a
   * named string property, and PR_BODY in UTF-16 when {@code unicodeBody} is not null), the plain
   * body attribute when {@code attBody} is not null, and an attachment's attributes after them.
   */
  private static byte[] winmail(String unicodeBody, String attBody) {
    return winmail(unicodeBody, attBody, null);
  }

  /** The same, with PR_RTF_COMPRESSED after PR_BODY when {@code compressedRtf} is not null. */
  private static byte[] winmail(String unicodeBody, String attBody, byte[] compressedRtf) {
    int rtfLength = compressedRtf == null ? 0 : compressedRtf.length;
    ByteBuffer props = ByteBuffer.allocate(4096 + rtfLength).order(ByteOrder.LITTLE_ENDIAN);
    props.putInt(2 + (unicodeBody == null ? 0 : 1) + (compressedRtf == null ? 0 : 1));
    props.putShort((short) 0x0003).putShort((short) 0x0E07).putInt(1); // PR_MESSAGE_FLAGS
    props.putShort((short) 0x001E).putShort((short) 0x8005).put(new byte[16]).putInt(0).putInt(7);
    value(props, "IPM.Note\0".getBytes(StandardCharsets.US_ASCII));
    if (unicodeBody != null) {
      props.putShort((short) 0x001F).putShort((short) 0x1000);
      value(props, (unicodeBody + "\0").getBytes(StandardCharsets.UTF_16LE));
    }
    if (compressedRtf != null) {
      props.putShort((short) 0x0102).putShort((short) 0x1009);
      value(props, compressedRtf);
    }
    ByteBuffer out = ByteBuffer.allocate(8192 + rtfLength).order(ByteOrder.LITTLE_ENDIAN);
    out.putInt(0x223E9F78).putShort((short) 0x0101);
    attribute(
        out,
        1,
        0x00069007,
        ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(1252).putInt(0).array());
    if (attBody != null) {
      attribute(out, 1, 0x0002800C, attBody.getBytes(Charset.forName("windows-1252")));
    }
    attribute(out, 1, 0x00069003, Arrays.copyOf(props.array(), props.position()));
    attribute(out, 2, 0x00069002, new byte[14]);
    attribute(out, 2, 0x00018010, "receipt.pdf\0".getBytes(StandardCharsets.US_ASCII));
    return Arrays.copyOf(out.array(), out.position());
  }

  private static String tnefPart(byte[] stream) {
    return "Content-Type: application/ms-tnef; name=\"winmail.dat\"\n"
        + "Content-Disposition: attachment; filename=\"winmail.dat\"\n"
        + "Content-Transfer-Encoding: base64\n\n"
        + Base64.getMimeEncoder().encodeToString(stream)
        + "\n";
  }

  private static String mixed(String... parts) {
    StringBuilder s = new StringBuilder();
    for (String part : parts) {
      s.append("--zz\n").append(part);
    }
    return mime("MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=zz\n", s + "--zz--\n")
        .replace("Subject: Help\n", "");
  }

  @Test
  void readsTheBodyOfAMailWhoseTextIsOnlyInsideItsWinmailDat() {
    String request = "My card was blocked in Zürich, please call me back today.";
    RawEmail unicode = ok(mixed(tnefPart(winmail(request, null))).getBytes(StandardCharsets.UTF_8));
    assertThat(unicode.body).isEqualTo(request);
    assertThat(unicode.attachments).extracting(a -> a.filename).containsExactly("winmail.dat");
    // Older Outlook: the plain body attribute, in the stream's code page.
    RawEmail plain =
        ok(
            mixed(tnefPart(winmail(null, "Karte gesperrt, bitte um Rückruf.")))
                .getBytes(StandardCharsets.UTF_8));
    assertThat(plain.body).isEqualTo("Karte gesperrt, bitte um Rückruf.");
  }

  @Test
  void readsATextPartBesideAWinmailDatOnceAndACutStreamAsNothing() {
    String request = "My card was blocked in Zürich, please call me back today.";
    RawEmail beside =
        ok(
            mixed(
                    "Content-Type: text/plain; charset=utf-8\n\n" + request + "\n",
                    tnefPart(winmail(request, null)))
                .getBytes(StandardCharsets.UTF_8));
    assertThat(beside.body).isEqualTo(request);
    byte[] stream = winmail(request, null);
    for (int cut = 6; cut < stream.length; cut += 7) {
      ParseResult r =
          parser.parse(
              record(
                  mixed(tnefPart(Arrays.copyOf(stream, cut)))
                      .replace("To: support", "Subject: Help\nTo: support")
                      .getBytes(StandardCharsets.UTF_8)));
      assertThat(r.isOk()).as("cut at %d", cut).isTrue();
    }
  }

  @Test
  void decodesATransferEncodingWhoseNameIsWrittenWithJunk() {
    String request = "Please reset my PIN, it is blocked since Monday.";
    String base64 =
        Base64.getMimeEncoder().encodeToString(request.getBytes(StandardCharsets.UTF_8));
    for (String name :
        new String[] {
          "base-64", "BASE64;", "x-base64", "\"base64\"", "base64 (binary)", "Base_64"
        }) {
      String raw =
          mime(
              "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
                  + "Content-Transfer-Encoding: "
                  + name
                  + "\n",
              base64 + "\n");
      assertThat(ok(raw.getBytes(StandardCharsets.US_ASCII)).body).as(name).isEqualTo(request);
    }
    for (String name :
        new String[] {"quoted_printable", "Quoted-Printable; x", "x-quotedprintable"}) {
      String raw =
          mime(
              "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
                  + "Content-Transfer-Encoding: "
                  + name
                  + "\n",
              "Please reset my PIN=2C it is =\nblocked since Monday.\n");
      assertThat(ok(raw.getBytes(StandardCharsets.US_ASCII)).body).as(name).isEqualTo(request);
    }
  }

  private RawEmail labelled(String charset, byte[] body) {
    return ok(
        concat(
            mime(
                "MIME-Version: 1.0\nContent-Type: text/plain; charset="
                    + charset
                    + "\nContent-Transfer-Encoding: 8bit\n",
                ""),
            body));
  }

  @Test
  void readsTheMacCharsetsAndUtf16WithoutAByteOrderMarkUnderTheirMailClientsNames() {
    String german = "Die Überweisung für das Café ist nicht angekommen – bitte prüfen.";
    byte[] mac = german.getBytes(Charset.forName("x-MacRoman"));
    for (String label : new String[] {"x-mac-roman", "macintosh", "MACINTOSH"}) {
      assertThat(labelled(label, mac).body).as(label).isEqualTo(german);
    }
    String polish = "Karta została zablokowana, proszę o pomoc.";
    assertThat(labelled("x-mac-ce", polish.getBytes(Charset.forName("x-MacCentralEurope"))).body)
        .isEqualTo(polish);
    // Outlook's "unicode" and old clients' "ucs-2": UTF-16 little-endian, without a mark.
    for (String label : new String[] {"unicode", "ucs-2", "utf-16"}) {
      assertThat(labelled(label, german.getBytes(StandardCharsets.UTF_16LE)).body)
          .as(label)
          .isEqualTo(german);
    }
    assertThat(labelled("utf-16", german.getBytes(StandardCharsets.UTF_16BE)).body)
        .isEqualTo(german);
    assertThat(labelled("utf-16", german.getBytes(StandardCharsets.UTF_16)).body).isEqualTo(german);
  }

  /** The CRC of compressed RTF (MS-OXRTFCP 3.1.3.2): CRC-32's table, from 0, not inverted. */
  private static int rtfCrc(byte[] data, int from) {
    int crc = 0;
    for (int i = from; i < data.length; i++) {
      int c = (crc ^ data[i]) & 0xff;
      for (int k = 0; k < 8; k++) {
        c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
      }
      crc = c ^ (crc >>> 8);
    }
    return crc;
  }

  /**
   * Compressed RTF (MS-OXRTFCP) as Outlook stores a body: a document that opens "{\rtf1\ansi" has
   * that opening as a reference into the dictionary the format preloads (207 bytes that open the
   * same way), every other byte as a literal, then the reference to the write position that ends
   * the data.
   */
  private static byte[] compressedRtf(String rtf) {
    byte[] raw = rtf.getBytes(StandardCharsets.ISO_8859_1);
    String opening = "{\\rtf1\\ansi";
    assertThat(rtf).startsWith(opening);
    List<byte[]> tokens = new ArrayList<>();
    tokens.add(new byte[] {0x00, (byte) (opening.length() - 2)});
    for (int i = opening.length(); i < raw.length; i++) {
      tokens.add(new byte[] {raw[i]});
    }
    int end = (207 + raw.length) & 0xFFF;
    tokens.add(new byte[] {(byte) (end >> 4), (byte) ((end & 0xF) << 4)});
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int t = 0; t < tokens.size(); t += 8) {
      int control = 0;
      for (int k = 0; k < 8 && t + k < tokens.size(); k++) {
        control |= tokens.get(t + k).length == 2 ? 1 << k : 0;
      }
      body.write(control);
      for (int k = 0; k < 8 && t + k < tokens.size(); k++) {
        body.writeBytes(tokens.get(t + k));
      }
    }
    byte[] data = body.toByteArray();
    ByteBuffer out = ByteBuffer.allocate(16 + data.length).order(ByteOrder.LITTLE_ENDIAN);
    out.putInt(data.length + 12).putInt(raw.length).putInt(0x75465A4C).putInt(rtfCrc(data, 0));
    return out.put(data).array();
  }

  /** RTF as Outlook and Exchange write a plain body: tables, a picture, escapes, two code pages. */
  private static final String RTF_DOCUMENT =
      "{\\rtf1\\ansi\\ansicpg1252\\fromtext \\deff0{\\fonttbl\r\n"
          + "{\\f0\\fswiss\\fcharset0 Arial;}\r\n{\\f1\\fswiss\\fcharset238 Arial CE;}}\r\n"
          + "{\\colortbl\\red0\\green0\\blue0;}\r\n{\\*\\generator Microsoft Exchange Server;}\r\n"
          + "\\uc1\\pard\\plain\\f0\\fs20 My card was charged twice at the caf\\'e9, \\u8364?12.50"
          + " each.\\par\r\n{\\pict\\wmetafile8 010009000003}Please refund one of them"
          + " \\endash  today.\\par\r\n\\f1 Dzi\\'eaki, Ann\\par\r\n}";

  private static final String RTF_TEXT =
      "My card was charged twice at the café, €12.50 each.\nPlease refund one of them – today.\n"
          + "Dzięki, Ann";

  /** RTF that encapsulates an HTML body (MS-OXRTFEX), as Outlook keeps an HTML mail. */
  private static final String RTF_HTML =
      "{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 \\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\r\n"
          + "{\\*\\htmltag19 <html>}{\\*\\htmltag34 <head><style>p {margin:0}</style></head>}\r\n"
          + "{\\*\\htmltag50 <body>}\\htmlrtf \\pard\\plain\\f0\\fs20 RTF only\\htmlrtf0 \r\n"
          + "{\\*\\htmltag64 <p>}The app logs me out after every payment.{\\*\\htmltag72 </p>}"
          + "\\htmlrtf \\par\\htmlrtf0 \r\n{\\*\\htmltag64 <p>}Caf\\'e9 &amp; bar{\\*\\htmltag116 <br>}"
          + "\\htmlrtf \\line\\htmlrtf0 Ann{\\*\\htmltag72 </p>}\\htmlrtf \\par\\htmlrtf0 \r\n"
          + "{\\*\\htmltag58 </body>}{\\*\\htmltag27 </html>}}";

  @Test
  void readsAWinmailDatWhoseBodyIsOnlyCompressedRtf() {
    RawEmail plain =
        ok(
            mixed(tnefPart(winmail(null, null, compressedRtf(RTF_DOCUMENT))))
                .getBytes(StandardCharsets.UTF_8));
    assertThat(plain.body).isEqualTo(RTF_TEXT);
    assertThat(plain.attachments).extracting(a -> a.filename).containsExactly("winmail.dat");
    RawEmail html =
        ok(
            mixed(tnefPart(winmail(null, null, compressedRtf(RTF_HTML))))
                .getBytes(StandardCharsets.UTF_8));
    assertThat(html.body).isEqualTo("The app logs me out after every payment.\n\nCafé & bar\nAnn");
    // PR_BODY, where Outlook kept one beside the RTF, is read first.
    RawEmail both =
        ok(
            mixed(tnefPart(winmail("Plain body.", null, compressedRtf(RTF_DOCUMENT))))
                .getBytes(StandardCharsets.UTF_8));
    assertThat(both.body).isEqualTo("Plain body.");
  }

  @Test
  void readsCompressedRtfCutShortAsFarAsItGoes() {
    byte[] compressed = compressedRtf(RTF_DOCUMENT);
    for (int cut = 0; cut < compressed.length; cut += 5) {
      ParseResult r =
          parser.parse(
              record(
                  mixed(tnefPart(winmail(null, null, Arrays.copyOf(compressed, cut))))
                      .replace("To: support", "Subject: Help\nTo: support")
                      .getBytes(StandardCharsets.UTF_8)));
      assertThat(r.isOk()).as("cut at %d", cut).isTrue();
    }
  }

  @Test
  void readsAMailWhoseOnlyTextIsAnRtfPart() {
    for (String type : new String[] {"text/rtf", "application/rtf"}) {
      RawEmail e =
          ok(
              mime(
                      "MIME-Version: 1.0\nContent-Type: " + type + "; charset=us-ascii\n",
                      RTF_DOCUMENT + "\n")
                  .getBytes(StandardCharsets.US_ASCII));
      assertThat(e.body).as(type).isEqualTo(RTF_TEXT);
    }
    // Beside a plain text, or named as a file, it is an attachment only.
    RawEmail beside =
        ok(
            mixed(
                    "Content-Type: text/plain; charset=us-ascii\n\nSee my letter.\n",
                    "Content-Type: text/rtf\n\n" + RTF_DOCUMENT + "\n")
                .getBytes(StandardCharsets.US_ASCII));
    assertThat(beside.body).isEqualTo("See my letter.");
    RawEmail letter =
        ok(
            mime(
                    "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=zz\n",
                    "--zz\nContent-Type: text/rtf; name=letter.rtf\n"
                        + "Content-Disposition: attachment; filename=letter.rtf\n\n"
                        + RTF_DOCUMENT
                        + "\n--zz--\n")
                .getBytes(StandardCharsets.US_ASCII));
    assertThat(letter.body).isEmpty();
    assertThat(letter.attachments).extracting(a -> a.filename).containsExactly("letter.rtf");
  }

  @Test
  void readsUtf8LabelledWithTheWesternDefaultCharsetAsUtf8() {
    String text = "Die Überweisung für das Café ist nicht angekommen – bitte prüfen.";
    for (String label : new String[] {"iso-8859-1", "windows-1252", "latin1"}) {
      RawEmail e = labelled(label, text.getBytes(StandardCharsets.UTF_8));
      assertThat(e.body).as(label).isEqualTo(text);
      assertThat(e.warnings).as(label).contains(Charsets.CHARSET_MISMATCH);
    }
    RawEmail western = labelled("iso-8859-1", text.getBytes(Charset.forName("windows-1252")));
    assertThat(western.body).isEqualTo(text);
    assertThat(western.warnings).isEmpty();
  }

  @Test
  void readsTheTextAroundAYencFileAndListsTheFile() {
    // A yEnc line holds raw bytes: all but NUL, CR, LF and '=' as they are, those escaped.
    byte[] data = {(byte) 0x8f, (byte) 0x9a, (byte) 0xe3, 0x4d, (byte) 0xc1, 0x3d, 0x4d, 0x55};
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    raw.writeBytes(
        mime(
                "MIME-Version: 1.0\nContent-Type: text/plain; charset=iso-8859-1\n",
                "Here is the log file you asked for.\n\n=ybegin line=128 size=10 name=app log.txt\n")
            .getBytes(StandardCharsets.US_ASCII));
    raw.writeBytes(data);
    raw.writeBytes(
        "\n=yend size=10 crc32=abcdef12\n\nThanks, Ann\n".getBytes(StandardCharsets.US_ASCII));
    RawEmail e = ok(raw.toByteArray());
    assertThat(e.body).isEqualTo("Here is the log file you asked for.\n\nThanks, Ann");
    assertThat(e.attachments)
        .extracting(a -> a.filename + " " + a.size)
        .containsExactly("app log.txt 10");
  }

  @Test
  void readsAppleMailsTextOnBothSidesOfAnInlineImageInOrder() {
    String image = Base64.getMimeEncoder().encodeToString(new byte[] {(byte) 0xff, (byte) 0xd8, 1});
    RawEmail e =
        ok(
            mime(
                    "MIME-Version: 1.0\nContent-Type: multipart/mixed;\n\tboundary=\"Apple-Mail=_A1\"\n",
                    "--Apple-Mail=_A1\nContent-Type: text/plain;\n\tcharset=us-ascii\n\n"
                        + "Here is the error I get:\n\n--Apple-Mail=_A1\n"
                        + "Content-Disposition: inline;\n\tfilename=IMG_0412.jpg\n"
                        + "Content-Type: image/jpeg;\n\tname=\"IMG_0412.jpg\"\n"
                        + "Content-Transfer-Encoding: base64\n\n"
                        + image
                        + "\n--Apple-Mail=_A1\nContent-Type: text/plain;\n\tcharset=us-ascii\n\n"
                        + "It happens every time I log in.\n\n--Apple-Mail=_A1--\n")
                .getBytes(StandardCharsets.US_ASCII));
    assertThat(e.body).isEqualTo("Here is the error I get:\n\nIt happens every time I log in.");
    assertThat(e.attachments).extracting(a -> a.filename).containsExactly("IMG_0412.jpg");
  }
}
