package io.mailtriage.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns body bytes into text under the declared charset, noting in warnings when the declaration
 * could not be trusted. The warning codes are part of the input contract (docs/input-contract.md).
 */
final class Charsets {
  static final String UNKNOWN_CHARSET = "unknown-charset";
  static final String CHARSET_MISMATCH = "charset-mismatch";
  static final String UNDECLARED_CHARSET = "undeclared-8bit-text";

  /**
   * Text read in the legacy charset its bytes clearly are ({@link LegacyCharsets}), not the one
   * declared or none: said, so that a guess is never taken for the sender's word.
   */
  static final String CHARSET_GUESSED = "charset-guessed";

  /** Western mail clients' usual 8-bit charset; it maps every byte, so it is a safe last resort. */
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final int MAX_REMEMBERED = 1024;
  private static final Set<String> UNKNOWN = ConcurrentHashMap.newKeySet();

  /**
   * Labels mail clients write that the JVM does not know, for charsets it does: the Mac OS charsets
   * under the names Apple Mail and Outlook for Mac give them ("x-mac-roman", IANA's "macintosh"),
   * and UCS-2, the UTF-16 of old Windows clients.
   */
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("macintosh", "x-MacRoman"),
          Map.entry("mac", "x-MacRoman"),
          Map.entry("x-mac", "x-MacRoman"),
          Map.entry("x-mac-roman", "x-MacRoman"),
          Map.entry("x-mac-ce", "x-MacCentralEurope"),
          Map.entry("x-mac-centraleurroman", "x-MacCentralEurope"),
          Map.entry("x-mac-cyrillic", "x-MacCyrillic"),
          Map.entry("x-mac-ukrainian", "x-MacUkraine"),
          Map.entry("x-mac-greek", "x-MacGreek"),
          Map.entry("x-mac-turkish", "x-MacTurkish"),
          Map.entry("x-mac-icelandic", "x-MacIceland"),
          Map.entry("x-mac-croatian", "x-MacCroatian"),
          Map.entry("x-mac-romanian", "x-MacRomania"),
          Map.entry("ucs-2", "UTF-16"),
          Map.entry("ucs2", "UTF-16"));

  /** Names mail clients give UTF-7. */
  private static final Set<String> UTF7_NAMES =
      Set.of("utf-7", "unicode-1-1-utf-7", "csunicode11utf7", "x-unicode-2-0-utf-7");

  private static final String BASE64_ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  /**
   * Labels mail clients write for a wider charset, read as that wider one as browsers do (WHATWG
   * Encoding Standard): "iso-8859-1" text carries windows-1252 quotes and euro signs, "gb2312" text
   * GBK characters, "big5" text HKSCS ones, "euc-kr" and "ks_c_5601-1987" text the Windows Korean
   * extension, "shift_jis" text the Windows one (circled digits).
   */
  static final Map<Charset, Charset> WIDER =
      wider(
          "ISO-8859-1", "windows-1252",
          "ISO-8859-9", "windows-1254",
          "TIS-620", "x-windows-874",
          "GB2312", "GB18030",
          "GBK", "GB18030",
          "Big5", "Big5-HKSCS",
          "EUC-KR", "x-windows-949",
          "Shift_JIS", "windows-31j",
          "ISO-2022-JP", "x-windows-50220");

  private Charsets() {}

  /**
   * Decodes {@code bytes}. {@code declared} null means no charset parameter: pure ASCII is read as
   * such, otherwise UTF-8 if the bytes are valid UTF-8, else the legacy CJK or single-byte charset
   * they clearly are ({@link LegacyCharsets}, {@link #CHARSET_GUESSED}), else windows-1252. An
   * unknown charset name gets the same fallback plus {@link #UNKNOWN_CHARSET}. A label is read as
   * the superset mail clients mean by it ({@link #WIDER}). A known charset the bytes are invalid
   * for (a "lying" label) gets {@link #CHARSET_MISMATCH}: labelled UTF-8 or US-ASCII, the bytes are
   * read in the legacy charset they clearly are, else as windows-1252 unless they hold UTF-8
   * sequences (then, like any other charset, the bad bytes become U+FFFD).
   */
  static String decode(byte[] bytes, String declared, Set<String> warnings) {
    if (declared == null || declared.isBlank()) {
      if (isAscii(bytes)) {
        return new String(bytes, StandardCharsets.US_ASCII);
      }
      warnings.add(UNDECLARED_CHARSET);
      return guess(bytes, warnings);
    }
    String name = declared.strip();
    if (UTF7_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
      if (!isAscii(bytes)) {
        warnings.add(CHARSET_MISMATCH);
      }
      return utf7(bytes);
    }
    Charset cs = lookup(name);
    if (cs == null) {
      warnings.add(UNKNOWN_CHARSET);
      return guess(bytes, warnings);
    }
    if (cs.equals(StandardCharsets.UTF_16)) {
      cs = utf16Order(bytes);
    }
    Charset wide = WIDER.getOrDefault(cs, cs);
    String strict = strict(bytes, wide);
    if (strict == null && wide != cs) {
      strict = strict(bytes, cs);
    }
    if (wide.equals(WINDOWS_1252) && !isAscii(bytes)) {
      if (strict == null) {
        // One of the five bytes windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
        warnings.add(CHARSET_MISMATCH);
      }
      return westernLabel(bytes, strict != null ? strict : new String(bytes, wide), warnings);
    }
    if (strict != null) {
      return strict;
    }
    warnings.add(CHARSET_MISMATCH);
    if (cs.equals(StandardCharsets.UTF_8) || cs.equals(StandardCharsets.US_ASCII)) {
      String legacy = LegacyCharsets.guess(bytes);
      if (legacy != null) {
        warnings.add(CHARSET_GUESSED);
        return legacy;
      }
      String lossy = new String(bytes, StandardCharsets.UTF_8);
      return holdsUtf8(lossy) ? lossy : new String(bytes, WINDOWS_1252);
    }
    return new String(bytes, wide);
  }

  /**
   * The charset to read an HTML part in whose label and {@code <meta>} tag name two different known
   * charsets: the meta tag's where the bytes cannot be in the label's, where they are UTF-8 beyond
   * ASCII and the meta tag says so (a client labelled the part with its default charset), or where
   * they read clearly likelier in it ({@link SingleByteCharsets}), warning {@link
   * #CHARSET_MISMATCH}; else the label's, as a browser reads a page (a gateway that converted the
   * part to UTF-8 rewrote the label, not the page).
   */
  static String htmlCharset(byte[] bytes, String label, String meta, Set<String> warnings) {
    Charset l = lookup(label.strip());
    Charset m = lookup(meta.strip());
    if (l == null || m == null || isAscii(bytes)) {
      return label;
    }
    l = WIDER.getOrDefault(l, l);
    m = WIDER.getOrDefault(m, m);
    String byMeta = strict(bytes, m);
    if (l.equals(m) || byMeta == null) {
      return label;
    }
    boolean utf8 = l.equals(StandardCharsets.UTF_8);
    if (strict(bytes, l) == null
        || !utf8 && m.equals(StandardCharsets.UTF_8)
        || !utf8 && SingleByteCharsets.likelier(bytes, m, l)) {
      warnings.add(CHARSET_MISMATCH);
      return meta;
    }
    return label;
  }

  /**
   * Text labelled with Western clients' default charset ("iso-8859-1", "windows-1252"), which every
   * byte decodes in, so the label can never be caught out by a byte as another's can: clients and
   * gateways write it over text of any charset. UTF-8 beyond ASCII (no Western text holds "Ã©") is
   * read as UTF-8, warning {@link #CHARSET_MISMATCH}; text clearly in another legacy charset (a
   * Polish mail in windows-1250 or ISO-8859-2, Chinese in GB2312), by the same evidence as
   * unlabelled text ({@link LegacyCharsets}), in that one, warning {@link #CHARSET_GUESSED};
   * otherwise the label's reading ({@code western}) stands.
   */
  private static String westernLabel(byte[] bytes, String western, Set<String> warnings) {
    String utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      warnings.add(CHARSET_MISMATCH);
      return utf8;
    }
    String legacy = LegacyCharsets.guess(bytes);
    if (legacy != null
        && (legacy.length() != western.length() || letterReadOtherwise(western, legacy))) {
      warnings.add(CHARSET_GUESSED);
      return legacy;
    }
    return western;
  }

  /**
   * Whether a single-byte reading turns a letter of the windows-1252 one into another character
   * (Polish {@code ê}, {@code ñ}, {@code æ} as {@code ę}, {@code ń}, {@code ć}). Against a label,
   * symbols alone are no evidence: Entourage wrote its quotes as {@code ¹}, {@code ³}, {@code ²}
   * ({@code Wallace¹s}), which windows-1250 reads as {@code š}, {@code ł}, {@code ˛}, and so
   * outscored the label (SpamAssassin's easy-ham-1/02447).
   */
  private static boolean letterReadOtherwise(String western, String legacy) {
    for (int i = 0; i < western.length(); i++) {
      char w = western.charAt(i);
      if (w >= 0x80 && Character.isLetter(w) && legacy.charAt(i) != w) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@link #decode} knows the charset of that name (UTF-7 included). */
  static boolean known(String name) {
    String n = name.strip();
    return UTF7_NAMES.contains(n.toLowerCase(Locale.ROOT)) || lookup(n) != null;
  }

  /**
   * The byte order of UTF-16 text ("utf-16", Outlook's "unicode"): its byte order mark's, else the
   * order its zero bytes show. Without a mark the JVM reads big-endian, but Windows clients write
   * little-endian, whose Latin text has its zero bytes at odd offsets: read big-endian, every
   * character became a CJK one.
   */
  private static Charset utf16Order(byte[] bytes) {
    if (bytes.length >= 2
        && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
            || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)) {
      return StandardCharsets.UTF_16;
    }
    int even = 0;
    int odd = 0;
    for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
      if (bytes[i] == 0) {
        if (i % 2 == 0) {
          even++;
        } else {
          odd++;
        }
      }
    }
    return odd > even ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
  }

  /** Whether text decoded from UTF-8 has any non-ASCII character besides U+FFFD. */
  private static boolean holdsUtf8(String lossy) {
    for (int i = 0; i < lossy.length(); i++) {
      char c = lossy.charAt(i);
      if (c >= 0x80 && c != '\uFFFD') {
        return true;
      }
    }
    return false;
  }

  /**
   * UTF-7 (RFC 2152), which the JVM lacks and old Microsoft clients sent: ASCII as is, {@code +}
   * opens modified base64 of UTF-16 units up to the first other character ({@code -} is absorbed),
   * {@code +-} is a plus sign. Bytes above 127 are not UTF-7 and read as U+FFFD.
   */
  static String utf7(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length);
    int n = bytes.length;
    int i = 0;
    while (i < n) {
      int b = bytes[i++] & 0xff;
      if (b != '+') {
        out.append(b < 0x80 ? (char) b : '\uFFFD');
        continue;
      }
      if (i < n && bytes[i] == '-') {
        out.append('+');
        i++;
        continue;
      }
      int acc = 0;
      int bits = 0;
      int v;
      while (i < n && (v = base64Value(bytes[i])) >= 0) {
        acc = ((acc << 6) | v) & 0x3fffff;
        bits += 6;
        if (bits >= 16) {
          bits -= 16;
          out.append((char) (acc >>> bits));
        }
        i++;
      }
      if (i < n && bytes[i] == '-') {
        i++;
      }
    }
    return out.toString();
  }

  private static int base64Value(byte b) {
    return b >= 0 ? BASE64_ALPHABET.indexOf(b) : -1;
  }

  /**
   * UTF-8 when the bytes are valid UTF-8, else the legacy charset they clearly are ({@link
   * #CHARSET_GUESSED}), else windows-1252.
   */
  static String guess(byte[] bytes, Set<String> warnings) {
    String utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return utf8;
    }
    String legacy = LegacyCharsets.guess(bytes);
    if (legacy != null) {
      warnings.add(CHARSET_GUESSED);
      return legacy;
    }
    return new String(bytes, WINDOWS_1252);
  }

  /** The text if {@code bytes} are valid in {@code cs}, else null. */
  static String strict(byte[] bytes, Charset cs) {
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  /** Pairs of charset names, label then wider; pairs the runtime lacks either of are left out. */
  private static Map<Charset, Charset> wider(String... pairs) {
    Map<Charset, Charset> m = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      Charset label = lookup(pairs[i]);
      Charset wide = lookup(pairs[i + 1]);
      if (label != null && wide != null) {
        m.put(label, wide);
      }
    }
    return Map.copyOf(m);
  }

  /**
   * The charset of that name, or null. A name the JVM does not know costs about a millisecond
   * (Charset.forName scans the class path for charset providers on every miss), and hostile mail
   * repeats one thousands of times, so misses are remembered, up to a bound past which they are
   * simply looked up again.
   */
  static Charset lookup(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    if (UNKNOWN.contains(key)) {
      return null;
    }
    try {
      return Charset.forName(ALIASES.getOrDefault(key, name));
    } catch (IllegalArgumentException e) {
      // IllegalCharsetNameException and UnsupportedCharsetException: both mean "unknown" here.
      if (UNKNOWN.size() < MAX_REMEMBERED) {
        UNKNOWN.add(key);
      }
      return null;
    }
  }
}
