package io.mailtriage.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The text of an RTF document: an Outlook body kept only as RTF (a TNEF stream's compressed RTF,
 * MS-OXRTFCP) or a mail whose only text part is {@code text/rtf}. Plain RTF is read as a word
 * processor shows it: paragraphs and line breaks as line ends, its escapes ({@code \'e9} in the
 * document's or the font's code page, {@code \u8364?}) decoded, the groups that hold no text (font
 * and colour tables, pictures, document information, field instructions, every {@code \*}
 * destination) left out. Outlook's RTF that encapsulates an HTML body ({@code \fromhtml1},
 * MS-OXRTFEX) is turned back into that HTML (its {@code \*\htmltag} groups and the text between
 * them, without the {@code \htmlrtf} runs that only the RTF reading shows) and read as HTML. One
 * pass over the document, so hostile RTF cannot stall the job.
 */
final class RtfText {
  /** Destinations whose content is no text of the document. */
  private static final Set<String> NOT_TEXT =
      Set.of(
          "fonttbl",
          "colortbl",
          "stylesheet",
          "info",
          "pict",
          "object",
          "objdata",
          "fldinst",
          "header",
          "headerl",
          "headerr",
          "headerf",
          "footer",
          "footerl",
          "footerr",
          "footerf",
          "listtable",
          "listoverridetable",
          "revtbl",
          "rsidtbl",
          "filetbl",
          "generator",
          "xmlnstbl",
          "themedata",
          "colorschememapping",
          "datastore",
          "latentstyles",
          "pgdsctbl",
          "private",
          "bkmkstart",
          "bkmkend",
          "nonshppict",
          "shppict",
          "mhtmltag");

  /** Code pages of the font charsets ({@code \fcharsetN}) that name one. */
  private static final Map<Integer, Integer> FONT_CHARSETS =
      Map.ofEntries(
          Map.entry(0, 1252),
          Map.entry(128, 932),
          Map.entry(129, 949),
          Map.entry(134, 936),
          Map.entry(136, 950),
          Map.entry(161, 1253),
          Map.entry(162, 1254),
          Map.entry(163, 1258),
          Map.entry(177, 1255),
          Map.entry(178, 1256),
          Map.entry(186, 1257),
          Map.entry(204, 1251),
          Map.entry(222, 874),
          Map.entry(238, 1250));

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** What a group has set, restored when the group closes. */
  private static final class State implements Cloneable {
    boolean skip;
    boolean htmlTag;
    boolean htmlRtf;
    int unicodeSkip = 1;
    Charset charset;

    @Override
    public State clone() {
      try {
        return (State) super.clone();
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }
  }

  private final String rtf;
  private final StringBuilder out = new StringBuilder();
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private Charset pendingCharset;
  private final Map<Integer, Charset> fonts = new HashMap<>();
  private Charset documentCharset = WINDOWS_1252;
  private boolean html;
  private int pos;

  private RtfText(String rtf) {
    this.rtf = rtf;
  }

  /** Whether the bytes are an RTF document. */
  static boolean isRtf(byte[] bytes) {
    int i = 0;
    while (i < bytes.length && Character.isWhitespace(bytes[i])) {
      i++;
    }
    return bytes.length - i >= 5
        && bytes[i] == '{'
        && bytes[i + 1] == '\\'
        && bytes[i + 2] == 'r'
        && bytes[i + 3] == 't'
        && bytes[i + 4] == 'f';
  }

  /** The document's text; an HTML body it encapsulates is read as HTML ({@link HtmlText}). */
  static String toText(byte[] bytes) {
    RtfText reader = new RtfText(new String(bytes, StandardCharsets.ISO_8859_1));
    reader.read();
    return reader.html ? HtmlText.toText(reader.out.toString()) : reader.out.toString();
  }

  private void read() {
    Deque<State> stack = new ArrayDeque<>();
    State state = new State();
    int n = rtf.length();
    int toSkip = 0; // characters after a \\uN that stand in for it
    boolean fontTable = false;
    int fontNumber = -1;
    while (pos < n) {
      char c = rtf.charAt(pos++);
      if (c == '{') {
        stack.push(state);
        state = state.clone();
        state.htmlTag = false;
        toSkip = 0;
        continue;
      }
      if (c == '}') {
        if (stack.isEmpty()) {
          break;
        }
        boolean wasFonts = fontTable && state.skip && !stack.peek().skip;
        state = stack.pop();
        fontTable &= !wasFonts;
        toSkip = 0;
        continue;
      }
      if (c == '\r' || c == '\n') {
        continue;
      }
      if (c != '\\') {
        if (toSkip > 0) {
          toSkip--;
        } else {
          text(state, c);
        }
        continue;
      }
      if (pos >= n) {
        break;
      }
      char next = rtf.charAt(pos);
      if (next == '\'') {
        int value = pos + 3 <= n ? hex(rtf.substring(pos + 1, pos + 3)) : -1;
        pos = Math.min(n, pos + 3);
        if (toSkip > 0) {
          toSkip--;
        } else if (value >= 0) {
          bytes(state, value);
        }
        continue;
      }
      if (!Character.isLetter(next)) {
        pos++;
        if (toSkip > 0) {
          toSkip--;
          continue;
        }
        switch (next) {
          case '*' -> {
            // An optional destination: read only Outlook's encapsulated HTML tags.
            int save = pos;
            if (pos < n && rtf.charAt(pos) == '\\') {
              pos++;
            }
            String word = word();
            if (html && word.equals("htmltag")) {
              state.htmlTag = true;
              skipDelimiterAndParameter();
            } else {
              state.skip = true;
              pos = save;
            }
          }
          case '~' -> literal(state, '\u00a0');
          case '_' -> literal(state, '-');
          case '\\', '{', '}' -> text(state, next);
          case '\n', '\r' -> literal(state, '\n');
          default -> {
            // \- (optional hyphen), \: (index entry) and others show nothing.
          }
        }
        continue;
      }
      String word = word();
      int sign = 1;
      if (pos < n && rtf.charAt(pos) == '-') {
        sign = -1;
        pos++;
      }
      int start = pos;
      while (pos < n && Character.isDigit(rtf.charAt(pos)) && pos - start < 10) {
        pos++;
      }
      boolean hasParameter = pos > start;
      int parameter = hasParameter ? sign * Integer.parseInt(rtf.substring(start, pos)) : 0;
      if (pos < n && rtf.charAt(pos) == ' ') {
        pos++;
      }
      if (word.equals("bin") && hasParameter) {
        pos = Math.min(n, pos + Math.max(0, parameter));
        continue;
      }
      if (toSkip > 0) {
        toSkip--;
        continue;
      }
      switch (word) {
        case "fromhtml" -> html = stack.size() <= 1;
        case "ansicpg" -> documentCharset = codePage(parameter, documentCharset);
        case "fonttbl" -> {
          fontTable = true;
          state.skip = true;
        }
        case "f" -> {
          if (fontTable) {
            fontNumber = parameter;
          } else {
            state.charset = fonts.get(parameter);
          }
        }
        case "fcharset" -> {
          Integer page = FONT_CHARSETS.get(parameter);
          if (fontTable && page != null && fontNumber >= 0) {
            fonts.put(fontNumber, codePage(page, null));
          }
        }
        case "uc" -> state.unicodeSkip = Math.max(0, parameter);
        case "u" -> {
          literal(state, (char) (parameter < 0 ? parameter + 65536 : parameter));
          toSkip = state.unicodeSkip;
        }
        case "htmlrtf" -> state.htmlRtf = !hasParameter || parameter != 0;
        case "par", "line", "sect", "page", "row" -> literal(state, '\n');
        case "tab", "cell" -> literal(state, '\t');
        case "emdash" -> literal(state, '\u2014');
        case "endash" -> literal(state, '\u2013');
        case "bullet" -> literal(state, '\u2022');
        case "lquote" -> literal(state, '\u2018');
        case "rquote" -> literal(state, '\u2019');
        case "ldblquote" -> literal(state, '\u201c');
        case "rdblquote" -> literal(state, '\u201d');
        case "emspace", "enspace", "qmspace" -> literal(state, ' ');
        default -> {
          if (NOT_TEXT.contains(word)) {
            state.skip = true;
          }
        }
      }
    }
    flush();
  }

  /** The letters of a control word at the position, which moves past them. */
  private String word() {
    int start = pos;
    while (pos < rtf.length() && pos - start < 32 && isAsciiLetter(rtf.charAt(pos))) {
      pos++;
    }
    return rtf.substring(start, pos);
  }

  private void skipDelimiterAndParameter() {
    while (pos < rtf.length() && (Character.isDigit(rtf.charAt(pos)) || rtf.charAt(pos) == '-')) {
      pos++;
    }
    if (pos < rtf.length() && rtf.charAt(pos) == ' ') {
      pos++;
    }
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static int hex(String two) {
    try {
      return Integer.parseInt(two, 16);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Whether what the state is in shows: not a skipped group, nor RTF only in encapsulated HTML. */
  private boolean shows(State state) {
    return !state.skip && !(html && state.htmlRtf && !state.htmlTag);
  }

  /** A character as written: ASCII, or a byte above it in the document's code page. */
  private void text(State state, char c) {
    if (shows(state)) {
      if (c < 0x80) {
        literal(state, c);
      } else {
        bytes(state, c);
      }
    }
  }

  private void bytes(State state, int value) {
    if (!shows(state)) {
      return;
    }
    Charset cs = state.charset != null ? state.charset : documentCharset;
    if (pendingCharset != null && !pendingCharset.equals(cs)) {
      flush();
    }
    pendingCharset = cs;
    pending.write(value);
  }

  private void literal(State state, char c) {
    if (shows(state)) {
      flush();
      out.append(c);
    }
  }

  private void flush() {
    if (pending.size() > 0) {
      out.append(new String(pending.toByteArray(), pendingCharset));
      pending.reset();
    }
    pendingCharset = null;
  }

  /** The charset of a Windows code page, or {@code fallback} where the JVM has none. */
  private static Charset codePage(int page, Charset fallback) {
    for (String name :
        new String[] {"windows-" + page, "x-windows-" + page, "cp" + page, "x-IBM" + page}) {
      Charset cs = Charsets.lookup(name);
      if (cs != null) {
        return cs;
      }
    }
    return fallback;
  }
}
