package io.mailtriage.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Mutates real mail the way broken clients, relays and attackers do: byte damage (flips, cuts,
 * repeats, insertions, truncation), and MIME-aware damage (stray or repeated boundaries, bogus
 * encodings and charsets, header lines without a colon, endless lines, splices of two messages).
 */
final class MimeMutations {
  private static final String[] SNIPPETS = {
    "\n--",
    "\r\n--boundary\r\n",
    "\n\n",
    "\r\n\r\n",
    "\n--=_NextPart_000\n",
    "\n--=_NextPart_000--\n",
    "Content-Type: multipart/mixed; boundary=\"=_NextPart_000\"\n",
    "Content-Type: multipart/alternative; boundary=\n",
    "Content-Type: message/rfc822\n",
    "Content-Type: text/html; charset=x-no-such-charset\n",
    "Content-Type: text/plain; charset=\"utf-16\"\n",
    "Content-Type: text/plain; charset=utf-7\n",
    "Content-Transfer-Encoding: base64\n",
    "Content-Transfer-Encoding: quoted-printable\n",
    "Content-Transfer-Encoding: x-uuencode\n",
    "Content-Disposition: attachment; filename*=utf-8''%FF%FE\n",
    "Subject: =?utf-8?B?////?= =?iso-8859-1?Q?=FF=00=?=\n",
    "From: <@>\n",
    "From: \"\" <>\n",
    "Date: Thu, 31 Feb 99999 25:61:61 +9999\n",
    "Message-ID: <<<>>>\n",
    "References: " + "<a@b> ".repeat(2000) + "\n",
    "header line without a colon\n",
    ": no name\n",
    " folded continuation first\n",
    "=\n",
    "=XY=",
    "=\r",
    "<html><body><table><tr><td>",
    "<!--",
    "<script>",
    "&#xFFFFFF;",
    "&#0;",
    "\u0000",
    "\uFFFD",
  };

  private MimeMutations() {}

  static byte[] mutate(byte[] base, List<byte[]> corpus, Random r) {
    byte[] b = base;
    int n = 1 + r.nextInt(8);
    for (int i = 0; i < n; i++) {
      b = once(b, corpus, r);
    }
    return b;
  }

  private static byte[] once(byte[] b, List<byte[]> corpus, Random r) {
    int at = b.length == 0 ? 0 : r.nextInt(b.length + 1);
    switch (r.nextInt(10)) {
      case 0 -> { // flip a few bytes
        byte[] c = b.clone();
        for (int k = 0; k < 1 + r.nextInt(16) && c.length > 0; k++) {
          c[r.nextInt(c.length)] = (byte) r.nextInt(256);
        }
        return c;
      }
      case 1 -> { // cut a range
        int len = Math.min(b.length - at, r.nextInt(512));
        return BadInputFuzzTest.concat(
            Arrays.copyOf(b, at), Arrays.copyOfRange(b, at + len, b.length));
      }
      case 2 -> { // repeat a range, sometimes many times
        int len = Math.min(b.length - at, 1 + r.nextInt(256));
        byte[] range = Arrays.copyOfRange(b, at, at + len);
        int times = r.nextInt(10) == 0 ? 1 + r.nextInt(2000) : 1 + r.nextInt(4);
        byte[] repeated = new byte[range.length * times];
        for (int k = 0; k < times; k++) {
          System.arraycopy(range, 0, repeated, k * range.length, range.length);
        }
        return insert(b, at, repeated);
      }
      case 3 -> { // random bytes
        byte[] junk = new byte[1 + r.nextInt(64)];
        r.nextBytes(junk);
        return insert(b, at, junk);
      }
      case 4 -> { // truncate
        return Arrays.copyOf(b, at);
      }
      case 5, 6 -> { // a MIME-significant snippet at a line start
        return insert(
            b,
            lineStart(b, at),
            SNIPPETS[r.nextInt(SNIPPETS.length)].getBytes(StandardCharsets.UTF_8));
      }
      case 7 -> { // an endless line
        byte[] line = new byte[r.nextInt(400_000)];
        Arrays.fill(line, (byte) (r.nextBoolean() ? 'A' : '='));
        return insert(b, at, line);
      }
      case 8 -> { // splice: the head of this message, the tail of another
        byte[] other = corpus.get(r.nextInt(corpus.size()));
        int from = other.length == 0 ? 0 : r.nextInt(other.length);
        return BadInputFuzzTest.concat(
            Arrays.copyOf(b, at), Arrays.copyOfRange(other, from, other.length));
      }
      default -> { // line ends: all CR, all CRLF, or none
        String s = new String(b, StandardCharsets.ISO_8859_1);
        String t =
            switch (r.nextInt(3)) {
              case 0 -> s.replace("\r\n", "\n").replace('\n', '\r');
              case 1 -> s.replace("\r\n", "\n").replace("\n", "\r\n");
              default -> s.replace("\r", "").replace("\n", "");
            };
        return t.getBytes(StandardCharsets.ISO_8859_1);
      }
    }
  }

  private static int lineStart(byte[] b, int at) {
    int i = Math.min(at, b.length);
    while (i > 0 && b[i - 1] != '\n') {
      i--;
    }
    return i;
  }

  private static byte[] insert(byte[] b, int at, byte[] what) {
    return BadInputFuzzTest.concat(Arrays.copyOf(b, at), what, Arrays.copyOfRange(b, at, b.length));
  }
}
