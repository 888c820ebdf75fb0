package io.mailtriage.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns a decoded text/plain or text/enriched body into the text a person reading the mail sees:
 * one line end, no NUL or other invisible control characters, format=flowed lines joined (RFC
 * 3676), text/enriched markup removed (RFC 1896), inline PGP armor and uuencoded and yEnc files
 * taken out. mime4j decodes transfer encodings but none of these. Every step is one pass over the
 * text.
 */
final class BodyText {
  private static final String PGP_SIGNED = "-----BEGIN PGP SIGNED MESSAGE-----";
  private static final String PGP_SIGNATURE = "-----BEGIN PGP SIGNATURE-----";
  private static final String PGP_SIGNATURE_END = "-----END PGP SIGNATURE-----";
  private static final String PGP_MESSAGE = "-----BEGIN PGP MESSAGE-----";
  private static final String PGP_MESSAGE_END = "-----END PGP MESSAGE-----";

  /** What the readable text left out: files found uuencoded in it, and whether it was encrypted. */
  static final class Found {
    final List<AttachmentMeta> files;
    boolean encrypted;

    Found(List<AttachmentMeta> files) {
      this.files = files;
    }
  }

  private BodyText() {}

  /**
   * The readable text of a decoded text/plain body; uuencoded files are added to {@code found} as
   * attachments, and an inline PGP message marks it encrypted.
   */
  static String plain(String decoded, boolean flowed, boolean delsp, Found found) {
    String[] lines = lines(decoded);
    StringBuilder out = new StringBuilder(decoded.length());
    boolean joinNext = false;
    boolean clearSigned = false;
    int lastDepth = 0;
    int i = 0;
    while (i < lines.length) {
      String line = lines[i];
      int skip = armorOrFile(lines, i, found);
      if (skip > 0) {
        clearSigned &= !line.equals(PGP_SIGNATURE);
        i += skip;
        joinNext = false;
        // One blank line stays where the block stood between two paragraphs.
        boolean blankBefore = out.isEmpty() || out.charAt(out.length() - 1) == '\n';
        if (blankBefore && i < lines.length && lines[i].isBlank()) {
          i++;
        }
        continue;
      }
      if (line.equals(PGP_SIGNED)) {
        // The armor's "Hash:" lines run to the first blank line.
        i++;
        while (i < lines.length && !lines[i].isEmpty()) {
          i++;
        }
        i++;
        clearSigned = true;
        continue;
      }
      if (clearSigned && line.startsWith("- ")) {
        line = line.substring(2); // dash-escaping of clear-signed text (RFC 4880 §7.1)
      }
      int depth = quoteDepth(line);
      if (joinNext && depth == lastDepth) {
        out.append(line.substring(depth).stripLeading());
      } else {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(line);
      }
      lastDepth = depth;
      // RFC 3676: a line ending in a space continues on the next one, except the signature line.
      joinNext = flowed && line.endsWith(" ") && !line.equals("-- ");
      if (joinNext && delsp) {
        out.setLength(out.length() - 1);
      }
      i++;
    }
    return out.toString();
  }

  /**
   * RFC 1896 text/enriched: tags vanish, {@code <<} is a {@code <}, {@code <param>} content is not
   * text, a single line end is a space and n line ends are n-1.
   */
  static String enriched(String decoded) {
    String s = visible(decoded);
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    int param = 0;
    boolean closed = true;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      int close = c == '<' && closed ? s.indexOf('>', i) : -1;
      closed = c != '<' || close >= 0;
      if (c == '<' && i + 1 < n && s.charAt(i + 1) == '<') {
        out.append(param == 0 ? "<" : "");
        i++;
      } else if (close >= 0) {
        String tag = s.substring(i + 1, close).strip();
        if (tag.equalsIgnoreCase("param")) {
          param++;
        } else if (tag.equalsIgnoreCase("/param") && param > 0) {
          param--;
        }
        i = close;
      } else if (param == 0 && c == '\n') {
        int run = 1;
        while (i + 1 < n && s.charAt(i + 1) == '\n') {
          run++;
          i++;
        }
        out.append(run == 1 ? " " : "\n".repeat(run - 1));
      } else if (param == 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Lines of {@code s} after {@link #visible}; a final line end does not start another line. */
  private static String[] lines(String s) {
    String v = visible(s);
    return (v.endsWith("\n") ? v.substring(0, v.length() - 1) : v).split("\n", -1);
  }

  /**
   * One line end (LF) for CRLF, LF and lone CR, and no C0 control characters besides tab and line
   * ends, and no byte order mark (U+FEFF, which UTF-8 bodies from Windows tools start with): a
   * reader sees nothing of them (NUL, form feed, escape), and they split or glue words for the
   * model.
   */
  static String visible(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < n && s.charAt(i + 1) == '\n') {
          i++;
        }
      } else if ((c >= ' ' && c != '\uFEFF') || c == '\n' || c == '\t') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The number of lines from {@code i} that are not text: a PGP signature or message block, or a
   * uuencoded file (then listed in {@code found}); 0 when line {@code i} starts none or the block
   * is not closed. The scan stops at the first line that cannot be inside the block, so each line
   * is read at most twice.
   */
  private static int armorOrFile(String[] lines, int i, Found found) {
    String line = lines[i];
    String end =
        line.equals(PGP_SIGNATURE)
            ? PGP_SIGNATURE_END
            : line.equals(PGP_MESSAGE) ? PGP_MESSAGE_END : null;
    if (end != null) {
      for (int j = i + 1; j < lines.length; j++) {
        if (lines[j].equals(end)) {
          found.encrypted |= end.equals(PGP_MESSAGE_END);
          return j - i + 1;
        }
        if (lines[j].startsWith("-----BEGIN PGP")) {
          return 0; // another block starts: this one is not closed, and is read as text
        }
      }
      return 0;
    }
    if (line.startsWith("=ybegin ")) {
      return yenc(lines, i, found);
    }
    String name = uuBegin(line);
    if (name == null) {
      return 0;
    }
    long size = 0;
    for (int j = i + 1; j < lines.length; j++) {
      String l = lines[j];
      if (l.equals("end")) {
        found.files.add(new AttachmentMeta(name, "application/octet-stream", size));
        return j - i + 1;
      }
      if (!isUuLine(l)) {
        return 0;
      }
      size += l.isEmpty() ? 0 : (l.charAt(0) - ' ') & 63;
    }
    return 0;
  }

  /**
   * The number of lines of a yEnc file from its {@code =ybegin} line to its {@code =yend} line (a
   * newsgroup gateway's binary, its bytes raw in the text), then listed in {@code found} under the
   * name and size its first line gives; 0 where no end line comes before another file's start.
   */
  private static int yenc(String[] lines, int i, Found found) {
    String begin = lines[i];
    int at = begin.indexOf(" name=");
    String name = at < 0 ? "" : begin.substring(at + 6).strip();
    for (int j = i + 1; j < lines.length; j++) {
      if (lines[j].startsWith("=yend")) {
        found.files.add(
            new AttachmentMeta(
                name.isEmpty() ? null : name, "application/octet-stream", yencSize(begin)));
        return j - i + 1;
      }
      if (lines[j].startsWith("=ybegin ")) {
        return 0;
      }
    }
    return 0;
  }

  /** The file size a {@code =ybegin} line gives ({@code size=N}), 0 where it gives none. */
  private static long yencSize(String begin) {
    int at = begin.indexOf(" size=");
    if (at < 0) {
      return 0;
    }
    int end = at + 6;
    while (end < begin.length() && end < at + 24 && Character.isDigit(begin.charAt(end))) {
      end++;
    }
    return end == at + 6 ? 0 : Long.parseLong(begin.substring(at + 6, end));
  }

  /** The file name of a uuencode "begin 644 name" line, or null. */
  private static String uuBegin(String line) {
    if (!line.startsWith("begin ") || line.length() < 11) {
      return null;
    }
    int sp = line.indexOf(' ', 6);
    if (sp < 9 || sp > 10) {
      return null;
    }
    for (int k = 6; k < sp; k++) {
      if (line.charAt(k) < '0' || line.charAt(k) > '7') {
        return null;
      }
    }
    String name = line.substring(sp + 1).strip();
    return name.isEmpty() ? null : name;
  }

  /** Characters of uuencoded data only (space to backquote). */
  private static boolean isUuLine(String l) {
    for (int k = 0; k < l.length(); k++) {
      char c = l.charAt(k);
      if (c < ' ' || c > '`') {
        return false;
      }
    }
    return true;
  }

  private static int quoteDepth(String line) {
    int d = 0;
    while (d < line.length() && line.charAt(d) == '>') {
      d++;
    }
    return d;
  }

  /**
   * The data of the first uuencoded file in {@code raw} (a part sent with transfer encoding
   * x-uuencode, which mime4j leaves as it is), or {@code raw} when it holds none.
   */
  static byte[] uudecode(byte[] raw) {
    String[] lines = lines(new String(raw, StandardCharsets.ISO_8859_1));
    int i = 0;
    while (i < lines.length && uuBegin(lines[i]) == null) {
      i++;
    }
    if (i == lines.length) {
      return raw;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
    for (i++; i < lines.length && !lines[i].equals("end") && isUuLine(lines[i]); i++) {
      String l = lines[i];
      int n = l.isEmpty() ? 0 : (l.charAt(0) - ' ') & 63;
      int[] group = new int[4];
      for (int k = 1; n > 0; k += 4) {
        for (int g = 0; g < 4; g++) {
          group[g] = k + g < l.length() ? (l.charAt(k + g) - ' ') & 63 : 0;
        }
        int[] bytes = {
          group[0] << 2 | group[1] >> 4,
          (group[1] & 15) << 4 | group[2] >> 2,
          (group[2] & 3) << 6 | group[3]
        };
        for (int b = 0; b < 3 && n > 0; b++, n--) {
          out.write(bytes[b]);
        }
      }
    }
    return out.toByteArray();
  }
}
