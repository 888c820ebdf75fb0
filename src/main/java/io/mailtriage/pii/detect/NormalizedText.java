package io.mailtriage.pii.detect;

/**
 * A matching copy of the input with obfuscation undone, plus a map from each normalised char back
 * to the original offset, so findings can be reported on the original span.
 *
 * <p>Normalisation removes zero-width and soft-hyphen characters, folds fullwidth forms, other
 * Unicode decimal digits, typographic spaces, dashes and middle dots, and common Cyrillic/Greek
 * letters that look like Latin ones to ASCII, and replaces unpaired surrogates with U+FFFD. A
 * non-breaking space left as an entity by a broken HTML conversion ({@code &nbsp;}, {@code &#160;})
 * reads as a space ("Hi&nbsp;Callum"). Pure-ASCII input without such an entity (the common case) is
 * used as is, without a map.
 */
final class NormalizedText {

  /** 0 means "drop this char"; any other value is the replacement. Shared, never mutated. */
  private static final char[] FOLD = buildFoldTable();

  final String original;
  final char[] chars;
  final int length;

  /** Original offset of each normalised char; {@code null} when the text is unchanged. */
  private final int[] origin;

  private NormalizedText(String original, char[] chars, int length, int[] origin) {
    this.original = original;
    this.chars = chars;
    this.length = length;
    this.origin = origin;
  }

  static NormalizedText of(String text) {
    int n = text.length();
    int firstNonAscii = -1;
    for (int i = 0; i < n; i++) {
      if (text.charAt(i) >= 0x80) {
        firstNonAscii = i;
        break;
      }
    }
    int entity = text.indexOf('&') < 0 ? -1 : nbspEntity(text);
    if (entity >= 0) {
      firstNonAscii = firstNonAscii < 0 ? entity : Math.min(firstNonAscii, entity);
    }
    if (firstNonAscii < 0) {
      return new NormalizedText(text, text.toCharArray(), n, null);
    }
    char[] out = new char[n];
    int[] origin = new int[n + 1];
    text.getChars(0, firstNonAscii, out, 0);
    for (int i = 0; i < firstNonAscii; i++) {
      origin[i] = i;
    }
    int o = firstNonAscii;
    for (int i = firstNonAscii; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, text.charAt(i + 1));
        origin[o] = i;
        out[o++] = foldSupplementary(cp);
        i++;
        continue;
      }
      if (Character.isSurrogate(c)) {
        origin[o] = i;
        out[o++] = '\uFFFD';
        continue;
      }
      if (c == '&' && (text.startsWith("nbsp;", i + 1) || text.startsWith("#160;", i + 1))) {
        origin[o] = i;
        out[o++] = ' ';
        i += 5;
        continue;
      }
      char f = FOLD[c];
      if (f != 0) {
        origin[o] = i;
        out[o++] = f;
      }
    }
    origin[o] = n;
    return new NormalizedText(text, out, o, origin);
  }

  /** Where the first non-breaking space entity starts, or -1. */
  private static int nbspEntity(String text) {
    int a = text.indexOf("&nbsp;");
    int b = text.indexOf("&#160;");
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  /** Maps a normalised span to the original one; the end covers the whole last source char. */
  int originalStart(int normStart) {
    return origin == null ? normStart : origin[normStart];
  }

  int originalEnd(int normEnd) {
    if (origin == null) {
      return normEnd;
    }
    int last = origin[normEnd - 1];
    boolean pair =
        Character.isHighSurrogate(original.charAt(last))
            && last + 1 < original.length()
            && Character.isLowSurrogate(original.charAt(last + 1));
    return last + (pair ? 2 : 1);
  }

  String substring(int start, int end) {
    return new String(chars, start, end - start);
  }

  private static char foldSupplementary(int cp) {
    // Mathematical alphanumeric digits (bold, double-struck, sans, monospace ...).
    if (cp >= 0x1D7CE && cp <= 0x1D7FF) {
      return (char) ('0' + (cp - 0x1D7CE) % 10);
    }
    // Other supplementary chars (emoji, CJK ext.) carry no PII structure: a neutral symbol
    // keeps word boundaries without creating false ASCII matches.
    return '\uFFFC';
  }

  private static char[] buildFoldTable() {
    char[] t = new char[0x10000];
    for (int c = 0; c < t.length; c++) {
      t[c] = (char) c;
    }
    for (char c :
        new char[] {
          '\u200B', '\u200C', '\u200D', '\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\uFEFF',
          '\u00AD', '\u180E', '\u034F'
        }) {
      t[c] = 0;
    }
    for (int c = 0xFF01; c <= 0xFF5E; c++) {
      t[c] = (char) (c - 0xFEE0);
    }
    t['\u3000'] = ' ';
    t['\u00A0'] = ' ';
    t['\u202F'] = ' ';
    t['\u205F'] = ' ';
    for (int c = 0x2000; c <= 0x200A; c++) {
      t[c] = ' ';
    }
    for (int c = 0x2010; c <= 0x2015; c++) {
      t[c] = '-';
    }
    t['\u2212'] = '-';
    t['\uFE6B'] = '@';
    t['\uFE52'] = '.';
    t['\u2024'] = '.';
    // Middle dots group digits ("081·572·4136") and are the British decimal point ("2·5"): both
    // are read as a full stop is.
    for (char c : new char[] {'\u00B7', '\u2027', '\u22C5', '\u30FB', '\uFF65'}) {
      t[c] = '.';
    }
    for (int c = 0x80; c < 0x10000; c++) {
      if (Character.isDigit(c) && c < 0xFF10) {
        t[c] = (char) ('0' + Character.digit(c, 10));
      }
    }
    String lookAlikes =
        // Cyrillic lower, Cyrillic upper, Greek lower, Greek upper: pairs of (source, ASCII).
        "аaеeоoрpсcуyхxіiјjѕsԁdԛqԝwһhӏl"
            + "АAВBЕEКKМMНHОOРPСCТTХXІIЈJЅSԜW"
            + "οoαaνvρpιiκkυuϲc"
            + "ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX";
    for (int i = 0; i < lookAlikes.length(); i += 2) {
      t[lookAlikes.charAt(i)] = lookAlikes.charAt(i + 1);
    }
    return t;
  }
}
