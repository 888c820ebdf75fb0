package io.mailtriage.pii.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * State of one detection run: the normalised text, an ASCII-lower-cased copy for context-word
 * look-ups, the hints, and the raw candidates (in normalised coordinates). Thread-confined: one
 * instance per {@link PiiDetector#detect} call.
 */
final class Scan {

  // Classes of the ASCII chars, so that the per-char tests every recogniser makes on every char
  // of the text are one table load instead of a chain of range comparisons.
  private static final byte WORD = 1;
  private static final byte LETTER = 2;
  private static final byte HEX = 4;
  private static final byte SYMBOL = 8;
  private static final byte[] ASCII = new byte[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      boolean digit = c >= '0' && c <= '9';
      ASCII[c] =
          (byte)
              ((letter || digit || c == '_' ? WORD : 0)
                  | (letter ? LETTER : 0)
                  | (digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') ? HEX : 0)
                  | (c == '+' || c == '(' || c == ':' || c == '@' ? SYMBOL : 0));
    }
  }

  final NormalizedText norm;
  final char[] text;
  final char[] lower;

  /** A word folded for a gazetteer look-up ({@link GivenNames#kind}). */
  final char[] scratch = new char[GivenNames.MAX_LENGTH];

  final int length;
  final DetectionHints hints;
  final PiiSettings settings;
  final List<Finding> candidates = new ArrayList<>();

  /** Spans already taken by checksum-validated findings; later, costlier recognisers skip them. */
  private final java.util.BitSet validated = new java.util.BitSet();

  private int[][] keywordHits;
  private Signatures signatures;

  /** {@link #lower} as a String, made on the first {@link #indexOf} call. */
  private String lowerText;

  /**
   * Ascending positions where a run of word chars starts ({@code wordCount} of them). Every match
   * that must begin a word (letters, digits) can only start here, so the recognisers that need one
   * visit these instead of every char.
   */
  final int[] wordStarts;

  final int wordCount;

  /**
   * Ascending positions of the symbols that can begin or anchor a match where no word starts: '+'
   * and '(' (phone numbers), ':' (IPv6) and '@' (email addresses); {@code symbolCount} of them.
   */
  final int[] symbols;

  final int symbolCount;

  Scan(NormalizedText norm, DetectionHints hints, PiiSettings settings) {
    this.norm = norm;
    this.text = norm.chars;
    this.length = norm.length;
    this.hints = hints;
    this.settings = settings;
    this.lower = new char[length];
    // A word start needs a non-word char before it, so there are at most (length + 1) / 2 of
    // them: sized for that, the position is written unconditionally and the count advanced by
    // 0 or 1, which keeps the loop free of a hard-to-predict branch per word.
    int[] starts = new int[(length + 1) / 2 + 1];
    int[] marks = new int[16];
    int count = 0;
    int symbolsSeen = 0;
    int inWord = 0;
    for (int i = 0; i < length; i++) {
      char c = text[i];
      lower[i] = asciiLower(c);
      int cls = c < 0x80 ? ASCII[c] : Character.isLetterOrDigit(c) ? WORD : 0;
      if ((cls & SYMBOL) != 0) {
        if (symbolsSeen == marks.length) {
          marks = java.util.Arrays.copyOf(marks, symbolsSeen * 2);
        }
        marks[symbolsSeen++] = i;
      }
      int word = cls & WORD;
      starts[count] = i;
      count += word & ~inWord;
      inWord = word;
    }
    this.wordStarts = starts;
    this.wordCount = count;
    this.symbols = marks;
    this.symbolCount = symbolsSeen;
  }

  /**
   * Walks the word starts and the {@link #symbols} together in ascending order: every place a
   * number-like match (a phone number, an IP address) can begin, without visiting each char.
   */
  final class Starts {
    private int word;
    private int symbol;

    /** The first word start or symbol at or after {@code from}, or -1 when none is left. */
    int next(int from) {
      while (word < wordCount && wordStarts[word] < from) {
        word++;
      }
      int first =
          Math.min(word < wordCount ? wordStarts[word] : Integer.MAX_VALUE, nextSymbol(from));
      return first == Integer.MAX_VALUE ? -1 : first;
    }

    /**
     * The first symbol at or after {@code from}, or {@link Integer#MAX_VALUE}; calls must not go
     * back.
     */
    int nextSymbol(int from) {
      while (symbol < symbolCount && symbols[symbol] < from) {
        symbol++;
      }
      return symbol < symbolCount ? symbols[symbol] : Integer.MAX_VALUE;
    }
  }

  /** Records a candidate in normalised coordinates; confidence is clamped to [0,1]. */
  void add(PiiType type, int start, int end, double confidence) {
    if (end > start && settings.isEnabled(type)) {
      candidates.add(new Finding(type, start, end, Math.max(0.0, Math.min(1.0, confidence))));
      // Context only raises cards and IBANs, so one at the threshold already is sure to be
      // reported.
      if ((type == PiiType.CREDIT_CARD || type == PiiType.IBAN)
          && confidence >= settings.threshold(type)) {
        validated.set(start, end);
      }
    }
  }

  /** Whether every char in [start, end) lies inside a validated card or IBAN candidate. */
  boolean validatedSpan(int start, int end) {
    return validated.nextClearBit(start) >= end;
  }

  char at(int i) {
    return i >= 0 && i < length ? text[i] : ' ';
  }

  boolean isDigit(int i) {
    char c = at(i);
    return c >= '0' && c <= '9';
  }

  boolean isAsciiLetter(int i) {
    return isAsciiLetter(at(i));
  }

  /** Letter, digit or underscore, including non-ASCII letters: a "word" character. */
  boolean isWordChar(int i) {
    return isWordChar(at(i));
  }

  /** The folding of {@link #lower}: A–Z to a–z, every other char as it is. */
  static char asciiUpper(char c) {
    return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
  }

  static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  static boolean isAsciiLetter(char c) {
    return c < 0x80 && (ASCII[c] & LETTER) != 0;
  }

  static boolean isWordChar(char c) {
    return c < 0x80 ? (ASCII[c] & WORD) != 0 : Character.isLetterOrDigit(c);
  }

  static boolean isHex(char c) {
    return c < 0x80 && (ASCII[c] & HEX) != 0;
  }

  /** Whether the lower-cased text at {@code i} equals {@code word} (lower-case ASCII). */
  boolean regionEquals(int i, String word) {
    if (i < 0 || i + word.length() > length) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (lower[i + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Next index at or after {@code from} where lower-case {@code word} starts, or -1. */
  int indexOf(String word, int from) {
    return indexOf(word, from, length);
  }

  /** As {@link #indexOf(String, int)}, for an occurrence that ends by {@code to}. */
  int indexOf(String word, int from, int to) {
    // String.indexOf is a vectorised intrinsic; a char loop here cost a few percent of a scan.
    int i = lowerText().indexOf(word, Math.max(0, from));
    return i >= 0 && i + word.length() <= Math.min(length, to) ? i : -1;
  }

  /**
   * Next index at or after {@code from} of the char {@code c} in the lower-cased text, or -1. A
   * search for one char is a few times cheaper than one for a word: use it for a rare char.
   */
  int indexOf(char c, int from) {
    return lowerText().indexOf(c, Math.max(0, from));
  }

  private String lowerText() {
    if (lowerText == null) {
      lowerText = new String(lower);
    }
    return lowerText;
  }

  /** (start, end) pairs of the group's keyword occurrences, computed once per scan. */
  int[] hits(Keywords group) {
    if (keywordHits == null) {
      keywordHits = Keywords.find(this);
    }
    return keywordHits[group.ordinal()];
  }

  /** The signature blocks of the text, found on first use. */
  Signatures signatures() {
    if (signatures == null) {
      signatures = new Signatures(this);
    }
    return signatures;
  }

  CharSequence window(int start, int end) {
    return java.nio.CharBuffer.wrap(text, start, end - start);
  }
}
