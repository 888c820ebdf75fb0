package io.mailtriage.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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

  /** Western mail clients' usual 8-bit charset; it maps every byte, so it is a safe last resort. */
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final int MAX_REMEMBERED = 1024;
  private static final Set<String> UNKNOWN = ConcurrentHashMap.newKeySet();

  private Charsets() {}

  /**
   * Decodes {@code bytes}. {@code declared} null means no charset parameter: pure ASCII is read as
   * such, otherwise UTF-8 if the bytes are valid UTF-8, else windows-1252. An unknown charset name
   * gets the same fallback plus {@link #UNKNOWN_CHARSET}. A known charset the bytes are invalid for
   * (a "lying" label) is decoded with U+FFFD for the bad bytes plus {@link #CHARSET_MISMATCH}.
   */
  static String decode(byte[] bytes, String declared, Set<String> warnings) {
    if (declared == null || declared.isBlank()) {
      if (isAscii(bytes)) {
        return new String(bytes, StandardCharsets.US_ASCII);
      }
      warnings.add(UNDECLARED_CHARSET);
      return guess(bytes);
    }
    Charset cs = lookup(declared.strip());
    if (cs == null) {
      warnings.add(UNKNOWN_CHARSET);
      return guess(bytes);
    }
    String strict = strict(bytes, cs);
    if (strict != null) {
      return strict;
    }
    warnings.add(CHARSET_MISMATCH);
    return new String(bytes, cs);
  }

  /** UTF-8 when the bytes are valid UTF-8, else windows-1252. */
  static String guess(byte[] bytes) {
    String utf8 = strict(bytes, StandardCharsets.UTF_8);
    return utf8 != null ? utf8 : new String(bytes, WINDOWS_1252);
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
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      // IllegalCharsetNameException and UnsupportedCharsetException: both mean "unknown" here.
      if (UNKNOWN.size() < MAX_REMEMBERED) {
        UNKNOWN.add(key);
      }
      return null;
    }
  }
}
