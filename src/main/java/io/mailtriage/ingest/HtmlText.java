package io.mailtriage.ingest;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an HTML mail body into plain text for PII detection and inference. One left-to-right pass:
 * every search starts where the previous one stopped, so hostile markup (thousands of unclosed
 * {@code <} or a missing {@code </script>}) costs linear time, unlike regex-based strippers.
 *
 * <p>Script, style, head and comment content is dropped; block-level tags become line breaks
 * (paragraph-like ones a blank line); inline tags vanish (as a browser renders {@code <b>Hel</b>lo}
 * as "Hello"); runs of whitespace collapse to one space as in HTML; named entities in common use
 * and all numeric references are decoded.
 */
public final class HtmlText {
  private HtmlText() {}

  /** Elements whose content is never shown to the reader. */
  private static final Set<String> HIDDEN = Set.of("script", "style", "head", "title", "template");

  /** Elements that start a new line. */
  private static final Set<String> LINE =
      Set.of(
          "div", "br", "li", "tr", "hr", "section", "article", "header", "footer", "dt", "dd",
          "address", "center", "form", "body", "html");

  /** Elements that stand apart as paragraphs: a blank line before and after. */
  private static final Set<String> PARAGRAPH =
      Set.of(
          "p", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre");

  /** Cells sit side by side: a space keeps their words apart without breaking the row. */
  private static final Set<String> CELL = Set.of("td", "th");

  private static final Map<String, String> ENTITIES =
      Map.ofEntries(
          Map.entry("amp", "&"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("nbsp", " "),
          Map.entry("euro", "€"),
          Map.entry("trade", "™"),
          Map.entry("ndash", "–"),
          Map.entry("mdash", "—"),
          Map.entry("hellip", "…"),
          Map.entry("lsquo", "‘"),
          Map.entry("rsquo", "’"),
          Map.entry("ldquo", "“"),
          Map.entry("rdquo", "”"),
          Map.entry("bull", "•"),
          Map.entry("shy", ""),
          Map.entry("zwnj", ""),
          Map.entry("zwj", ""));

  /** Names besides the Latin-1 ones that browsers read without a semicolon. */
  private static final Set<String> LEGACY = Set.of("amp", "lt", "gt", "quot");

  /**
   * The HTML 4 names of U+00A0 to U+00FF in code point order (case matters: {@code &Uuml;} is Ü,
   * {@code &uuml;} ü): European mail writes its accented letters this way.
   */
  private static final Map<String, String> LATIN1 =
      byCodePoint(
          0xA0,
          "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg "
              + "macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 "
              + "frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave "
              + "Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc "
              + "Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave "
              + "aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave "
              + "iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash "
              + "ugrave uacute ucirc uuml yacute thorn yuml");

  private static final int META_SCAN = 2048;

  /**
   * {@code <meta charset="x">} and {@code <meta http-equiv=... content="text/html; charset=x">}.
   */
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta\\b[^<>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]{1,40})",
          Pattern.CASE_INSENSITIVE);

  /** Longest entity name we try to match; bounds the look-ahead after each {@code &}. */
  private static final int MAX_ENTITY = 10;

  /**
   * The charset an HTML document names in a {@code <meta>} tag within its first 2 kB, or null: what
   * browsers read when the mail part declares none.
   */
  static String metaCharset(byte[] html) {
    String head =
        new String(html, 0, Math.min(html.length, META_SCAN), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /** The elements mail markup is written with: their tags are no angle-bracketed words of text. */
  private static final String ELEMENTS =
      "html|head|body|meta|title|style|table|tbody|tr|td|th|div|span|p|br|font|center|a|b|i|u"
          + "|strong|em|img|hr|ul|ol|li|h[1-6]|blockquote|pre|form|input|link|base";

  /** A tag of one of {@link #ELEMENTS}, opening or closing; linear, as it stops at any '<'. */
  private static final Pattern MARKUP_TAG =
      Pattern.compile("(?i)</?(?:" + ELEMENTS + ")(?=[\\s/>])[^<>]*+>");

  private static final Pattern CLOSING_TAG = Pattern.compile("(?i)</(?:" + ELEMENTS + ")\\s*>");

  /**
   * Text that opens with a comment or a tag of a document's or a block's element (a link or a bold
   * word opens a line of text too, "<ann@example.net> wrote:" is no tag); Eudora wrapped its HTML
   * in {@code <x-html>}.
   */
  private static final Pattern OPENS_AS_MARKUP =
      Pattern.compile(
          "(?i)\\s*(?:<!--|<(?:html|head|body|meta|title|style|table|div|p|font|center|x-html)"
              + "[\\s/>])");

  /** Fewer lines with tags than this are text that mentions a tag or two. */
  private static final int MIN_MARKUP_LINES = 3;

  /**
   * Whether text declared plain (or not declared at all) is HTML, as spam and broken clients send
   * it: an HTML document ({@code <html}, {@code <!DOCTYPE html}); text that opens with a comment or
   * a document's or block's tag and closes an element ({@code <META ...>}, {@code <head>}, {@code
   * <!-- saved from url -->} before the document); or text of which at least half the lines, three
   * or more, hold a tag of the elements mail markup uses ({@code ...<br>} at each line's end). A
   * reader would see markup; the model should read the words. Text that mentions a tag or quotes
   * one now and then stays text.
   */
  static boolean isMarkup(String text) {
    String head = text.substring(0, Math.min(text.length(), 64)).stripLeading();
    if (head.regionMatches(true, 0, "<!doctype html", 0, 14)
        || head.regionMatches(true, 0, "<html", 0, 5)) {
      return true;
    }
    if (OPENS_AS_MARKUP.matcher(text).lookingAt() && CLOSING_TAG.matcher(text).find()) {
      return true;
    }
    Matcher tag = MARKUP_TAG.matcher(text);
    int lines = 0;
    int tagged = 0;
    for (int start = 0, n = text.length(); start < n; ) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? n : end;
      if (!text.substring(start, end).isBlank()) {
        lines++;
        tagged += tag.region(start, end).find() ? 1 : 0;
      }
      start = end + 1;
    }
    return tagged >= MIN_MARKUP_LINES && tagged * 2 >= lines;
  }

  public static String toText(String html) {
    Out out = new Out(html.length());
    int n = html.length();
    int i = 0;
    while (i < n) {
      char c = html.charAt(i);
      if (c == '<' && i + 1 < n && startsTag(html.charAt(i + 1))) {
        i = tag(html, i, out);
      } else if (c == '&') {
        i = entity(html, i, out);
      } else {
        out.text(c);
        i++;
      }
    }
    return out.finish();
  }

  private static boolean startsTag(char next) {
    return next == '/' || next == '!' || next == '?' || Character.isLetter(next);
  }

  /** Consumes the tag starting at {@code start} and returns the index after it. */
  private static int tag(String html, int start, Out out) {
    if (html.startsWith("<!--", start)) {
      int end = html.indexOf("-->", start + 4);
      return end < 0 ? html.length() : end + 3;
    }
    int close = html.indexOf('>', start);
    if (close < 0) {
      return html.length();
    }
    int p = start + 1;
    boolean closing = html.charAt(p) == '/';
    if (closing) {
      p++;
    }
    int nameStart = p;
    while (p < close && (Character.isLetterOrDigit(html.charAt(p)))) {
      p++;
    }
    String name = html.substring(nameStart, p).toLowerCase(Locale.ROOT);
    if (!closing && HIDDEN.contains(name) && html.charAt(close - 1) != '/') {
      return skipHidden(html, close + 1, name);
    }
    if (name.equals("pre")) {
      out.preformatted(!closing);
    }
    if (PARAGRAPH.contains(name)) {
      out.lineBreak(2);
    } else if (LINE.contains(name)) {
      out.lineBreak(1);
    } else if (CELL.contains(name)) {
      out.space();
    }
    return close + 1;
  }

  /**
   * Skips to after {@code </name ...>}, matching case-insensitively; content is dropped. The head's
   * end tag is optional in HTML: a body tag ends it too, as browsers read it, or a head never
   * closed would hide the whole text.
   */
  private static int skipHidden(String html, int from, String name) {
    int n = html.length();
    int i = from;
    while (true) {
      int lt = html.indexOf('<', i);
      if (lt < 0) {
        return n;
      }
      if (html.startsWith("/", lt + 1)
          && html.regionMatches(true, lt + 2, name, 0, name.length())) {
        int close = html.indexOf('>', lt);
        return close < 0 ? n : close + 1;
      }
      if (name.equals("head") && html.regionMatches(true, lt + 1, "body", 0, 4)) {
        return lt;
      }
      i = lt + 1;
    }
  }

  /** Decodes the reference at {@code start} (an {@code &}); an unknown one is kept literally. */
  private static int entity(String html, int start, Out out) {
    int n = html.length();
    int limit = Math.min(n, start + 2 + MAX_ENTITY);
    int semi = -1;
    for (int j = start + 1; j < limit; j++) {
      char c = html.charAt(j);
      if (c == ';') {
        semi = j;
        break;
      }
      if (!(Character.isLetterOrDigit(c) || c == '#')) {
        break;
      }
    }
    if (semi < 0) {
      return legacy(html, start, limit, out);
    }
    String ref = html.substring(start + 1, semi);
    if (ref.startsWith("#")) {
      int cp = numeric(ref);
      out.codePoint(cp);
      return semi + 1;
    }
    String value = named(ref);
    if (value == null) {
      out.text('&');
      return start + 1;
    }
    for (int k = 0; k < value.length(); k++) {
      out.text(value.charAt(k));
    }
    return semi + 1;
  }

  /** Entity names, space-separated, of consecutive code points from {@code first}. */
  private static Map<String, String> byCodePoint(int first, String names) {
    Map<String, String> m = new HashMap<>();
    String[] split = names.split(" ");
    for (int k = 0; k < split.length; k++) {
      m.put(split[k], String.valueOf((char) (first + k)));
    }
    return Map.copyOf(m);
  }

  private static String named(String name) {
    String value = ENTITIES.get(name.toLowerCase(Locale.ROOT));
    return value != null ? value : LATIN1.get(name);
  }

  /**
   * A reference without its semicolon ({@code &nbsp}, {@code &copy 2026}, {@code &eacute}), which
   * browsers still read for the Latin-1 names and {@code amp lt gt quot}: the longest such name at
   * {@code start}, else a literal {@code &}.
   */
  private static int legacy(String html, int start, int limit, Out out) {
    int end = start + 1;
    while (end < limit && Character.isLetterOrDigit(html.charAt(end))) {
      end++;
    }
    for (; end > start + 2; end--) {
      String name = html.substring(start + 1, end);
      String value = LEGACY.contains(name) || LATIN1.containsKey(name) ? named(name) : null;
      if (value != null) {
        for (int k = 0; k < value.length(); k++) {
          out.text(value.charAt(k));
        }
        return end;
      }
    }
    out.text('&');
    return start + 1;
  }

  /** A numeric reference's code point; out-of-range, surrogate or NUL values read as U+FFFD. */
  private static int numeric(String ref) {
    boolean hex = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X');
    String digits = ref.substring(hex ? 2 : 1);
    int cp;
    try {
      cp = Integer.parseInt(digits, hex ? 16 : 10);
    } catch (NumberFormatException e) {
      return 0xFFFD;
    }
    boolean valid = cp > 0 && cp <= Character.MAX_CODE_POINT && !(cp >= 0xD800 && cp <= 0xDFFF);
    return valid ? cp : 0xFFFD;
  }

  /** Output with HTML whitespace rules: one space between words, at most one blank line. */
  private static final class Out {
    private final StringBuilder sb;
    private boolean pendingSpace;
    private int pre;
    private int pendingBreaks;

    Out(int capacity) {
      sb = new StringBuilder(Math.min(capacity, 1 << 16));
    }

    void text(char c) {
      if (c == '\n' && pre > 0) {
        // A reader sees the line ends of preformatted text (plain text mail sent as <pre>).
        pendingBreaks = Math.min(pendingBreaks + 1, 2);
        return;
      }
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        pendingSpace = true;
        return;
      }
      if (c == '\u00a0') {
        c = ' ';
      }
      flush();
      sb.append(c);
    }

    void codePoint(int cp) {
      if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
        text((char) cp);
      } else {
        flush();
        sb.appendCodePoint(cp);
      }
    }

    void preformatted(boolean opens) {
      pre = Math.max(0, pre + (opens ? 1 : -1));
    }

    void space() {
      pendingSpace = true;
    }

    /** Adjacent tags do not add up: {@code </li><li>} is one line break, not two. */
    void lineBreak(int lines) {
      pendingBreaks = Math.max(pendingBreaks, lines);
    }

    private void flush() {
      if (sb.length() > 0) {
        if (pendingBreaks > 0) {
          sb.append(pendingBreaks > 1 ? "\n\n" : "\n");
        } else if (pendingSpace) {
          sb.append(' ');
        }
      }
      pendingBreaks = 0;
      pendingSpace = false;
    }

    String finish() {
      return sb.toString();
    }
  }
}
