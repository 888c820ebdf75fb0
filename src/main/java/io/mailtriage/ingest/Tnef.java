package io.mailtriage.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import org.apache.poi.hmef.CompressedRTF;

/**
 * The message text of an Outlook TNEF stream ({@code winmail.dat}, {@code application/ms-tnef},
 * MS-OXTNEF), which Exchange sends in place of the body: the message's body attribute ({@code
 * attBody}) or the body properties of its MAPI property list ({@code PR_BODY} in the stream's code
 * page or in UTF-16, {@code PR_BODY_HTML}, and {@code PR_RTF_COMPRESSED}, the body Outlook keeps
 * only as compressed RTF, decompressed by POI's HMEF and read by {@link RtfText}). The stream is
 * walked once, every length checked against what is left, so a damaged or hostile one ends the walk
 * instead of the job.
 */
final class Tnef {
  private static final int SIGNATURE = 0x223E9F78;
  private static final int LEVEL_MESSAGE = 1;
  private static final int ATT_BODY = 0x800C;
  private static final int ATT_MSG_PROPS = 0x9003;
  private static final int ATT_OEM_CODEPAGE = 0x9007;
  private static final int ATT_RENDER_DATA = 0x9002;

  private static final int PR_BODY = 0x1000;
  private static final int PR_BODY_HTML = 0x1013;
  private static final int PR_RTF_COMPRESSED = 0x1009;

  /**
   * The most RTF decompressed from one property: compressed RTF grows at most eight and a half
   * times, so a 10 MB record could hold 85 MB of it; the text of a mail's first 16 MB is more than
   * the body keeps.
   */
  private static final int MAX_RTF_BYTES = 16 * 1024 * 1024;

  private static final int PT_STRING8 = 0x001E;
  private static final int PT_UNICODE = 0x001F;
  private static final int PT_BINARY = 0x0102;
  private static final int PT_OBJECT = 0x000D;
  private static final int MV_FLAG = 0x1000;

  /**
   * What was read: plain text, HTML to be converted, or the text of the compressed RTF body; all
   * null where there was none.
   */
  record Body(String text, String html, String rtf) {}

  /** The body properties of a MAPI property list, null where absent. */
  private static final class Properties {
    String text;
    String html;
    byte[] rtf;
  }

  private Tnef() {}

  /** The message body of the stream, or null where it holds none that can be read. */
  static Body body(byte[] stream) {
    ByteBuffer in = ByteBuffer.wrap(stream).order(ByteOrder.LITTLE_ENDIAN);
    if (in.remaining() < 6 || in.getInt() != SIGNATURE) {
      return null;
    }
    in.getShort(); // legacy key
    Charset codepage = Charset.forName("windows-1252");
    String text = null;
    String html = null;
    byte[] rtf = null;
    byte[] attBody = null;
    while (in.remaining() >= 9) {
      int level = in.get();
      int id = in.getInt() & 0xFFFF;
      int length = in.getInt();
      if (length < 0 || length > in.remaining() - 2) {
        break;
      }
      byte[] data = new byte[length];
      in.get(data);
      in.getShort(); // checksum
      if (level != LEVEL_MESSAGE) {
        if (id == ATT_RENDER_DATA) {
          // The attachments follow the message's attributes: its body has been seen.
          break;
        }
        continue;
      }
      if (id == ATT_OEM_CODEPAGE && length >= 4) {
        Charset cs =
            Charsets.lookup("cp" + ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).getInt());
        codepage = cs != null ? cs : codepage;
      } else if (id == ATT_BODY) {
        attBody = data;
      } else if (id == ATT_MSG_PROPS) {
        Properties found = properties(data, codepage);
        text = found.text;
        html = found.html;
        rtf = found.rtf;
      }
    }
    if (text == null && attBody != null) {
      text = new String(attBody, codepage);
    }
    text = text == null ? null : text.replace("\0", "");
    String rtfText = text == null && html == null && rtf != null ? rtfText(rtf) : null;
    return text == null && html == null && rtfText == null ? null : new Body(text, html, rtfText);
  }

  /** The text of a compressed RTF body, or null where it holds no RTF that can be read. */
  private static String rtfText(byte[] compressed) {
    CompressedRTF decompresser = new CompressedRTF();
    Bounded out = new Bounded();
    try {
      decompresser.decompress(new ByteArrayInputStream(compressed), out);
    } catch (IOException | RuntimeException e) {
      // Damaged, cut short or past the bound: what was decompressed before stands.
    }
    byte[] rtf = out.toByteArray();
    int size = decompresser.getDeCompressedSize();
    // The decompresser reads to the end of its input, past the data's end marker.
    rtf = size > 0 && size < rtf.length ? Arrays.copyOf(rtf, size) : rtf;
    return RtfText.isRtf(rtf) ? RtfText.toText(rtf) : null;
  }

  /** Decompressed RTF, refused past {@link #MAX_RTF_BYTES}. */
  private static final class Bounded extends ByteArrayOutputStream {
    @Override
    public void write(int b) {
      check(1);
      super.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      check(len);
      super.write(b, off, len);
    }

    private void check(int more) {
      if (size() + more > MAX_RTF_BYTES) {
        throw new IllegalStateException("decompressed RTF past its bound");
      }
    }
  }

  /** PR_BODY, PR_BODY_HTML and PR_RTF_COMPRESSED of a MAPI property list (MS-OXTNEF 2.1.3.4). */
  private static Properties properties(byte[] data, Charset codepage) {
    Properties found = new Properties();
    ByteBuffer in = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    try {
      int count = in.getInt();
      for (int p = 0; p < count && in.remaining() >= 4; p++) {
        int type = in.getShort() & 0xFFFF;
        int id = in.getShort() & 0xFFFF;
        if (id >= 0x8000) {
          // A named property: its set's GUID, then a number or a name.
          in.position(in.position() + 16);
          int kind = in.getInt();
          int skip = kind == 0 ? 4 : padded(in.getInt());
          in.position(in.position() + skip);
        }
        int base = type & ~MV_FLAG;
        boolean variable =
            base == PT_STRING8 || base == PT_UNICODE || base == PT_BINARY || base == PT_OBJECT;
        int values = (type & MV_FLAG) != 0 || variable ? in.getInt() : 1;
        for (int v = 0; v < values; v++) {
          if (!variable) {
            in.position(in.position() + fixedSize(base));
            continue;
          }
          int length = in.getInt();
          if (length < 0 || length > in.remaining()) {
            return found;
          }
          byte[] value = new byte[length];
          in.get(value);
          in.position(Math.min(in.limit(), in.position() + padded(length) - length));
          if (id == PR_BODY && base == PT_UNICODE) {
            found.text = new String(value, StandardCharsets.UTF_16LE);
          } else if (id == PR_BODY && base == PT_STRING8) {
            found.text = new String(value, codepage);
          } else if (id == PR_BODY_HTML && (base == PT_BINARY || base == PT_STRING8)) {
            found.html = Charsets.decode(value, HtmlText.metaCharset(value), new HashSet<>());
          } else if (id == PR_BODY_HTML && base == PT_UNICODE) {
            found.html = new String(value, StandardCharsets.UTF_16LE);
          } else if (id == PR_RTF_COMPRESSED && base == PT_BINARY) {
            found.rtf = value;
          }
        }
      }
    } catch (RuntimeException e) {
      // A length or position past the list's end: what was read before it stands.
    }
    return found;
  }

  private static int padded(int length) {
    return (length + 3) & ~3;
  }

  /** The size of a fixed-size value in the stream, each padded to four bytes. */
  private static int fixedSize(int type) {
    return switch (type) {
      case 0x0005, 0x0006, 0x0007, 0x0014, 0x0040 -> 8; // double, currency, apptime, int64, time
      case 0x0048 -> 16; // GUID
      default -> 4; // short, long, float, boolean, error, null
    };
  }
}
