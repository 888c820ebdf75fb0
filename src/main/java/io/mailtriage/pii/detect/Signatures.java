package io.mailtriage.pii.detect;

import java.util.Arrays;

/**
 * Where the signature blocks of a text are: the lines after a sign-off line ("Kind regards,",
 * "Thanks") or a signature separator ("-- "), up to {@link #MAX_LINES} lines and {@link #MAX_CHARS}
 * chars on. People write their own phone number there in whatever form they use at home, so a
 * signature is context that vouches for a phone-shaped digit group. Computed once per scan, on
 * first use.
 */
final class Signatures {

  private static final String[] SIGN_OFF_PHRASES = {
    "regards",
    "best regards",
    "kind regards",
    "warm regards",
    "warmest regards",
    // Indian, West African and Filipino mail: "Thanks & Regards,", "With regards,", "God bless,".
    "thanks & regards",
    "thanks and regards",
    "thanks n regards",
    "thanks & rgds",
    "with regards",
    "with warm regards",
    "with best regards",
    "god bless",
    "many thanks",
    "thanks",
    "thank you",
    "thanks again",
    "thanks so much",
    "thx",
    "thnx",
    "ty",
    "thank u",
    "many thx",
    "ta",
    "tia",
    "rgds",
    "br",
    "xx",
    "best",
    "all the best",
    "best wishes",
    "cheers",
    "sincerely",
    "yours sincerely",
    "sincerely yours",
    "yours truly",
    "yours faithfully",
    "yours",
    "take care",
    "cordially",
    "respectfully",
    "mit freundlichen grüßen",
    "viele grüße",
    "liebe grüße",
    "gruß",
    "grüße",
    "mfg",
    "lg",
    "vg",
    "danke",
    "vielen dank",
    "cordialement",
    "bien cordialement",
    "bien à vous",
    "merci",
    "merci beaucoup",
    "atentamente",
    "saludos",
    "un saludo",
    "cordiali saluti",
    "distinti saluti",
    "saluti",
    "met vriendelijke groet",
    "groetjes",
    "groeten",
    "hälsningar",
    "med vänlig hälsning",
    "pozdrawiam",
    "srdačan pozdrav",
    "s poštovanjem",
    "saygılarımla",
    // Hungarian, Czech, Romanian, Indonesian, Malay and Vietnamese mail: "Köszönöm,", "S
    // pozdravem,",
    // "Cu stimă,", "Hormat saya,", "Trân trọng,".
    "köszönöm",
    "üdvözlettel",
    "tisztelettel",
    "s pozdravem",
    "děkuji",
    "cu stimă",
    "cu stima",
    "mulțumesc",
    "terima kasih",
    "hormat saya",
    "salam",
    "trân trọng",
    "sent from my iphone",
    // Russian, Ukrainian, Serbian, Bulgarian, Macedonian, Greek, Arabic, Persian, Hebrew, Hindi,
    // Chinese, Japanese, Korean and Thai mail.
    "с уважением",
    "спасибо",
    "з повагою",
    "дякую",
    "щиро дякую",
    "з найкращими побажаннями",
    "поздрав",
    "срдачан поздрав",
    "срдачно",
    "хвала",
    "с поштовањем",
    "поздрави",
    "с уважение",
    "благодаря",
    "со почит",
    "με εκτίμηση",
    "ευχαριστώ",
    "مع التحية",
    "مع تحياتي",
    "مع خالص التحيات",
    "مع أطيب التحيات",
    "تحياتي",
    "مع الشكر",
    "شكرا",
    "با تشکر",
    "با احترام",
    "با سپاس",
    "בברכה",
    "תודה",
    "धन्यवाद",
    "谢谢",
    "此致敬礼",
    "よろしくお願いします",
    "감사합니다",
    "ขอบคุณ",
    "ขอบคุณครับ",
    "ขอบคุณค่ะ"
  };

  /**
   * The sign-offs as the scan's lower-case copy holds them (look-alike letters of other scripts
   * folded, ASCII lowered), written in lower case and capitalised.
   */
  private static final String[] SCANNED_SIGN_OFFS =
      Arrays.stream(SIGN_OFF_PHRASES)
          .flatMap(
              p -> java.util.stream.Stream.of(p, p.substring(0, 1).toUpperCase() + p.substring(1)))
          .map(Signatures::asScanned)
          .distinct()
          .toArray(String[]::new);

  static final WordSet SIGN_OFFS = WordSet.of(SCANNED_SIGN_OFFS);

  /** The first words of the sign-offs: most lines open with none, and then hold none. */
  private static final WordSet FIRST_WORDS =
      WordSet.of(
          Arrays.stream(SCANNED_SIGN_OFFS)
              .map(p -> p.split(" ")[0])
              .distinct()
              .toArray(String[]::new));

  /**
   * The phrase as the scan's lower-case copy holds it: look-alike letters folded, ASCII lowered.
   */
  static String asScanned(String phrase) {
    NormalizedText n = NormalizedText.of(phrase);
    char[] c = Arrays.copyOf(n.chars, n.length);
    for (int i = 0; i < c.length; i++) {
      c[i] = Scan.asciiLower(c[i]);
    }
    return new String(c);
  }

  private static final int MAX_LINES = 8;
  private static final int MAX_CHARS = 400;
  private static final int MAX_LINE = 50;

  /** Offsets where a signature block starts (the line after its sign-off), ascending. */
  private final int[] starts;

  private final int count;
  private final Scan s;

  Signatures(Scan s) {
    this.s = s;
    int[] found = new int[4];
    int n = 0;
    int lineStart = 0;
    while (lineStart < s.length) {
      int lineEnd = lineEnd(s, lineStart);
      int a = lineStart;
      while (a < lineEnd && (s.text[a] == ' ' || s.text[a] == '\t' || s.text[a] == '>')) {
        a++;
      }
      if (signOff(s, a, lineEnd)) {
        if (n == found.length) {
          found = Arrays.copyOf(found, n * 2);
        }
        found[n++] = lineEnd + 1;
      }
      lineStart = lineEnd + 1;
    }
    this.starts = found;
    this.count = n;
  }

  /**
   * Whether {@code pos} lies in a signature block, on a line of at most {@link #MAX_LINE} chars: a
   * number amid a quip or a disclaimer is not one the sender gave as theirs.
   */
  boolean contains(int pos) {
    int k = Arrays.binarySearch(starts, 0, count, pos);
    int start = k >= 0 ? starts[k] : -k - 2 >= 0 ? starts[-k - 2] : -1;
    if (start < 0 || pos - start > MAX_CHARS) {
      return false;
    }
    int lines = 0;
    int lineStart = start;
    for (int i = start; i < pos; i++) {
      if (s.text[i] == '\n') {
        lineStart = i + 1;
        if (++lines > MAX_LINES) {
          return false;
        }
      }
    }
    return lineEnd(s, pos) - lineStart <= MAX_LINE;
  }

  /**
   * Whether the line from {@code a} (its first char after indentation and quote marks) holds only a
   * sign-off, trailing punctuation aside, or the separator "--".
   */
  static boolean signOff(Scan s, int a, int lineEnd) {
    int b = lineEnd;
    while (b > a
        && (s.text[b - 1] == ' '
            || s.text[b - 1] == ','
            || s.text[b - 1] == '،'
            || s.text[b - 1] == '!'
            || s.text[b - 1] == '.'
            || s.text[b - 1] == '\r'
            || s.text[b - 1] == '-'
            || decoration(s.text[b - 1]))) {
      b--;
    }
    if (b == a) {
      // "--" and "-- " separate a signature; a line of dashes or nothing does not count.
      return lineEnd - a >= 2
          && lineEnd - a <= 4
          && s.text[a] == '-'
          && s.text[a + 1] == '-'
          && (a + 2 == lineEnd || s.text[a + 2] != '-');
    }
    return b - a >= 2 && b - a <= 30 && SIGN_OFFS.contains(s.lower, a, b);
  }

  /**
   * End of the sign-off that opens the line from {@code a} and is set off from the rest of it by a
   * comma, a dash or a space ("thanks, mike", "thx -sarah", "Best regards Jane"), the longest such;
   * or -1.
   */
  static int signOffOpening(Scan s, int a, int lineEnd) {
    int w = a;
    while (w < lineEnd && Character.isLetter(s.text[w])) {
      w++;
    }
    if (!FIRST_WORDS.contains(s.lower, a, w)) {
      return -1;
    }
    int found = -1;
    int limit = Math.min(lineEnd, a + 31);
    for (int b = w; b < limit; b++) {
      char c = s.text[b];
      if ((c == ',' || c == '،' || c == ' ' || c == '-' || c == '!')
          && Character.isLetter(s.text[b - 1])
          && SIGN_OFFS.contains(s.lower, a, b)) {
        found = b;
      }
    }
    return found;
  }

  /**
   * Whether {@code c} is a char of an emoji or emoticon that people put after a sign-off or before
   * their name from a phone ("Thanks so much 🙏", "Cheers :) Tom"): an emoji of the supplementary
   * planes (which the normalised text holds as U+FFFC), a dingbat or miscellaneous symbol (☺, ❤,
   * ✌), the variation selector that dresses them, and an ASCII face's eyes and mouth.
   */
  static boolean decoration(char c) {
    return c == '\uFFFC'
        || (c >= '\u2600' && c <= '\u27BF')
        || c == '\uFE0F'
        || c == ':'
        || c == ';'
        || c == ')'
        || c == '(';
  }

  static int lineEnd(Scan s, int from) {
    int i = from;
    while (i < s.length && s.text[i] != '\n') {
      i++;
    }
    return i;
  }
}
