package io.mailtriage.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Generated MIME at and past the parser's bounds: thousands of headers, megabyte folded headers,
 * multiparts nested far deeper than {@link MimeReader#MAX_DEPTH}, tens of thousands of parts,
 * forwarded messages inside forwarded messages, and bodies in every transfer encoding, broken, made
 * of the pieces the text readers react to (PGP armor, uuencode, enriched and HTML tags).
 */
final class MimeShapes {
  private MimeShapes() {}

  static byte[] any(Random r) {
    String mail =
        switch (r.nextInt(8)) {
          case 0 -> manyHeaders(r);
          case 1 -> hugeHeader(r);
          case 2 -> nestedMultiparts(r);
          case 3 -> manyParts(r);
          case 4 -> nestedMessages(r);
          case 5 -> encodedBodies(r);
          case 6 -> manyParameters(r);
          default -> encodedWords(r);
        };
    return mail.getBytes(r.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
  }

  private static String head() {
    return "From: Ann Lee <ann.lee@example.net>\nTo: support@example.com\nSubject: card blocked\n"
        + "Message-ID: <m@example.net>\nDate: Mon, 02 Mar 2026 08:00:00 +0000\n";
  }

  private static String manyHeaders(Random r) {
    StringBuilder s = new StringBuilder(head());
    int n = pick(r, 10, MimeReader.MAX_HEADER_COUNT - 10, 3 * MimeReader.MAX_HEADER_COUNT);
    for (int i = 0; i < n; i++) {
      s.append("X-H").append(i).append(": v").append(i).append('\n');
    }
    return s.append("\nMy card is blocked.\n").toString();
  }

  private static String hugeHeader(Random r) {
    StringBuilder s = new StringBuilder(head()).append(r.nextBoolean() ? "To: " : "X-Big: ");
    int len = pick(r, 100, MimeReader.MAX_HEADER_LEN - 100, 2 * MimeReader.MAX_HEADER_LEN);
    boolean folded = r.nextBoolean();
    for (int i = 0; s.length() < len; i++) {
      s.append("p").append(i).append("@example.com,");
      if (folded && i % 4 == 3) {
        s.append("\n ");
      }
    }
    return s.append("\n\nMy card is blocked.\n").toString();
  }

  private static String nestedMultiparts(Random r) {
    int depth = pick(r, 2, MimeReader.MAX_DEPTH + 1, 10 * MimeReader.MAX_DEPTH);
    StringBuilder s = new StringBuilder(head());
    for (int i = 0; i < depth; i++) {
      s.append("Content-Type: multipart/")
          .append(r.nextBoolean() ? "mixed" : "alternative")
          .append("; boundary=\"b")
          .append(i)
          .append("\"\n\n--b")
          .append(i)
          .append('\n');
    }
    s.append("Content-Type: text/plain\n\nMy card is blocked.\n");
    boolean closed = r.nextBoolean();
    for (int i = depth - 1; i >= 0 && closed; i--) {
      s.append("--b").append(i).append("--\n");
    }
    return s.toString();
  }

  private static String manyParts(Random r) {
    int parts = pick(r, 2, 100, 3_000);
    StringBuilder s =
        new StringBuilder(head()).append("Content-Type: multipart/mixed; boundary=\"x\"\n\n");
    for (int i = 0; i < parts; i++) {
      s.append("--x\nContent-Type: ")
          .append(i % 3 == 0 ? "text/plain" : i % 3 == 1 ? "text/html" : "application/pdf")
          .append(i % 5 == 0 ? "\nContent-Disposition: attachment; filename=f" + i : "")
          .append("\n\n<p>part ")
          .append(i)
          .append("</p>\n");
    }
    return s.append(r.nextBoolean() ? "--x--\n" : "").toString();
  }

  private static String nestedMessages(Random r) {
    int depth = pick(r, 2, 50, 300);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      s.append(head()).append("Content-Type: message/rfc822\n\n");
    }
    return s.append(head()).append("\nMy card is blocked.\n").toString();
  }

  private static String encodedBodies(Random r) {
    String[] encodings = {
      "base64", "quoted-printable", "7bit", "8bit", "binary", "x-bogus", "x-uuencode"
    };
    String[] charsets = {
      "utf-8",
      "utf-16",
      "utf-32",
      "gb18030",
      "iso-2022-jp",
      "x-no-such",
      "",
      "\"\"",
      "unicode-1-1-utf-7",
      "iso-8859-1",
      "gb2312",
      "us-ascii"
    };
    String[] types = {"plain", "html", "enriched", "plain; format=flowed; delsp=yes"};
    // What the text readers react to: armor, uuencode, enriched and HTML tags, UTF-7 shifts.
    String[] tokens = {
      "-----BEGIN PGP MESSAGE-----\n",
      "-----END PGP MESSAGE-----\n",
      "-----BEGIN PGP SIGNED MESSAGE-----\n",
      "-----BEGIN PGP SIGNATURE-----\n",
      "begin 644 a.bin\n",
      "\nend\n",
      "M86)C\n",
      "<<",
      "<param>",
      "</param>",
      "<pre>",
      "</pre>",
      "<html>",
      "&nbsp",
      "&eacute;",
      "+AOk-",
      "+",
      " \n",
      "- ",
      "> "
    };
    StringBuilder body = new StringBuilder();
    int len = pick(r, 0, 1_000, 150_000);
    String alphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r \t.-_?%&#;<>äö€";
    while (body.length() < len) {
      if (r.nextInt(8) == 0) {
        body.append(tokens[r.nextInt(tokens.length)]);
      } else {
        body.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
    }
    return head()
        + "Content-Type: text/"
        + types[r.nextInt(types.length)]
        + "; charset="
        + charsets[r.nextInt(charsets.length)]
        + "\nContent-Transfer-Encoding: "
        + encodings[r.nextInt(encodings.length)]
        + "\n\n"
        + body;
  }

  private static String manyParameters(Random r) {
    StringBuilder s = new StringBuilder(head()).append("Content-Type: text/plain");
    int n = pick(r, 1, 100, 10_000);
    for (int i = 0; i < n; i++) {
      s.append(";\n p")
          .append(i)
          .append("*")
          .append(i % 3)
          .append("*=utf-8''%")
          .append(Integer.toHexString(r.nextInt(256)));
    }
    return s.append("\n\nMy card is blocked.\n").toString();
  }

  private static String encodedWords(Random r) {
    StringBuilder subject = new StringBuilder("Subject: ");
    int n = pick(r, 1, 100, 20_000);
    for (int i = 0; i < n; i++) {
      subject.append(
          r.nextBoolean()
              ? "=?utf-8?B?" + (r.nextBoolean() ? "w6TDtg==" : "!!!") + "?= "
              : "=?x?Q?=FF=?= ");
      if (i % 10 == 9) {
        subject.append("\n ");
      }
    }
    return "From: =?utf-8?Q?Ann_=E2=82?= <ann.lee@example.net>\nTo: support@example.com\n"
        + subject
        + "\n\n";
  }

  /** Mostly small, sometimes just inside a bound, sometimes far past it. */
  private static int pick(Random r, int small, int nearBound, int huge) {
    return switch (r.nextInt(4)) {
      case 0 -> nearBound;
      case 1 -> nearBound + 1 + r.nextInt(Math.max(1, huge - nearBound));
      default -> small + r.nextInt(Math.max(1, nearBound - small));
    };
  }
}
