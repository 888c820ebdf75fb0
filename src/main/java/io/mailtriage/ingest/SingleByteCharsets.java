package io.mailtriage.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells which single-byte charset unlabelled 8-bit text was written in: windows-1252 (Western
 * Europe), windows-1250 or ISO-8859-2 (Polish, Czech, Slovak, Hungarian, Croatian, Romanian),
 * windows-1254 (Turkish), windows-1253 or ISO-8859-7 (Greek), windows-1251, KOI8-R or KOI8-U
 * (Cyrillic), windows-874 (Thai), windows-1255 (Hebrew), windows-1256 or ISO-8859-6 (Arabic).
 *
 * <p>These charsets share ASCII and map the bytes above it to different letters, so each reading is
 * scored by how likely its words are in the languages written in that charset: the sum of the log
 * frequencies of the letters of every word that holds a byte above ASCII (how often the language
 * writes each letter; ASCII letters as the rest of a Latin language's letters, as all but
 * impossible inside a Greek, Cyrillic, Thai, Hebrew or Arabic word), with a heavy cost for a letter
 * the language does not write, a symbol inside a word ({@code zosta³a}), a control character or an
 * unmapped byte, and an upper-case letter inside a lower-case word ({@code ÊáëçìÝñá}). The wrong
 * reading of a text makes letters its language rarely writes or never does, symbols and broken
 * case; the right one makes the language's common letters.
 *
 * <p>windows-1252 is what the caller reads otherwise: another charset is chosen only when its
 * reading is clearly likelier ({@link #MARGIN}) and plausible in itself (few letters its language
 * does not write, few broken words), so a text whose bytes read the same in several charsets
 * ({@code café}, {@code Grüße}) stays windows-1252 and bytes that are no text are left alone.
 */
final class SingleByteCharsets {
  private SingleByteCharsets() {}

  /**
   * How much likelier (natural log) the chosen reading must be than windows-1252's: e^6, about 400
   * times, a few letters of evidence; a short request of two or three telling letters is enough.
   */
  static final double MARGIN = 6;

  /** The log weight of what a language's text holds almost never. */
  private static final double NEVER = Math.log(1e-5);

  /** An ASCII letter inside a word of a script that is not Latin. */
  private static final double LATIN_IN_SCRIPT = Math.log(1e-4);

  /**
   * Punctuation above ASCII next to a letter (an apostrophe, a dash, a quotation mark): uncommon,
   * not wrong.
   */
  private static final double PUNCTUATION_TOUCHING = Math.log(0.01);

  /** An upper-case letter after the first of a word that also holds lower-case ones. */
  private static final double CASE_BREAK = Math.log(0.01);

  /**
   * A reading with more than one letter in this many that its language does not write, or as many
   * broken words, is no text of that language (Chinese bytes read as Cyrillic).
   */
  private static final int PLAUSIBLE_PER_FAULT = 8;

  /**
   * How far below its language's typical weight a reading's mean may be: text of the language stays
   * within it (a few rare letters), bytes of another script read in its charset do not.
   */
  private static final double TYPICAL_SLACK = 1.0;

  /** Symbols written against a word: {@code LABTEC®}, {@code Brand™}, {@code 20°C}. */
  private static final String MARKS = "®©™°";

  private static final String WESTERN = "windows-1252";

  private enum Script {
    LATIN,
    OTHER
  }

  /**
   * A language: its script, a prior (log) for how rarely support mail is written in it, and its
   * letters above ASCII, each with how many in a thousand of its letters it is.
   */
  private record Language(
      String name, Script script, double prior, Map<Integer, Double> letters, double typical) {
    /** The log weight of an ASCII letter in a word of this language. */
    double ascii() {
      if (script == Script.OTHER) {
        return LATIN_IN_SCRIPT;
      }
      double rest = 1 - letters.values().stream().mapToDouble(Double::doubleValue).sum();
      return Math.log(Math.max(rest, 0.5) / 26);
    }
  }

  /**
   * {@code letters}: each letter above ASCII the language writes, with how many in a thousand of
   * its letters it is. Its typical weight is the mean log frequency of those letters in its text.
   */
  private static Language language(String name, Script script, double prior, String letters) {
    Map<Integer, Double> m = new HashMap<>();
    for (String entry : letters.split(" ")) {
      int cp = entry.codePointAt(0);
      m.put(cp, Double.parseDouble(entry.substring(Character.charCount(cp))) / 1000);
    }
    double share = m.values().stream().mapToDouble(Double::doubleValue).sum();
    double typical = m.values().stream().mapToDouble(f -> f * Math.log(f)).sum() / share;
    return new Language(name, script, prior, Map.copyOf(m), typical);
  }

  // Letter frequencies of each language's own letters, per thousand letters of running text.
  private static final List<Language> WESTERN_LANGUAGES =
      List.of(
          language("German", Script.LATIN, 0, "ä6 ö3 ü6 ß3"),
          language(
              "French",
              Script.LATIN,
              0,
              "é19 è3 ê2 à5 â1 ç1 ù0.6 û0.6 î0.5 ô0.5 ë0.1 ï0.2 œ0.2 ÿ0.01"),
          language("Spanish", Script.LATIN, 0, "á5 é4 í7 ó8 ú2 ñ3 ü0.2"),
          language(
              "Portuguese",
              Script.LATIN,
              0,
              "ã7 ç5 é3.4 á1.2 í1.3 ó1.2 ú0.6 â0.6 ê1.3 ô0.6 õ0.4 à0.4"),
          language("Italian", Script.LATIN, 0, "à1.5 è2.6 é0.3 ì0.3 ò0.8 ù0.7 í0.05 ó0.05 ú0.05"),
          language("Dutch", Script.LATIN, 0, "é0.4 ë0.2 ï0.1 è0.1 ö0.05 ü0.05"),
          language("Swedish", Script.LATIN, 0, "å13 ä18 ö13 é0.1"),
          language("Finnish", Script.LATIN, 0, "ä37 ö5 å0.1 š0.05 ž0.05"),
          language("Danish and Norwegian", Script.LATIN, 0, "æ8 ø9 å12 é0.1"),
          language("Catalan", Script.LATIN, 0, "à5 è3 é3 í7 ï0.5 ò2 ó3 ú1.3 ü0.2 ç1"),
          // Few write to a support desk in Icelandic; its þ, ð and ý are Turkish ş, ğ and ı in
          // windows-1252, which Icelandic must not win on a tie.
          language("Icelandic", Script.LATIN, -3, "á18 é6.5 í16 ó10 ú6 ý2.3 þ15 ð44 æ8.6 ö7.7"));

  private static final List<Language> CENTRAL_LANGUAGES =
      List.of(
          language("Polish", Script.LATIN, 0, "ą10 ć4 ę11 ł18 ń2 ó8.5 ś6.6 ź0.6 ż8.3"),
          language(
              "Czech",
              Script.LATIN,
              0,
              "á22 é11 í33 ý10 č10 ř11 ě12 š8 ž8 ů5 ú1 ň1 ť0.5 ď0.5 ó0.3"),
          language(
              "Slovak",
              Script.LATIN,
              0,
              "á21 ä1 č9 ď2 é7 í16 ĺ0.1 ľ4 ň2 ó2 ô2 ŕ0.1 š8 ť5 ú7 ý14 ž8"),
          language("Hungarian", Script.LATIN, 0, "á34 é55 í9 ó9 ö10 ő8 ú3 ü5 ű3"),
          language("Croatian and Slovenian", Script.LATIN, 0, "č10 ć6 đ2 š10 ž7"),
          language("Romanian", Script.LATIN, 0, "ă35 â9 î14 ş14 ţ10 ș14 ț10"));

  private static final Language TURKISH =
      language("Turkish", Script.LATIN, 0, "ç11.5 ğ11 ı51 İ3 ö7.8 ş18 ü20 â0.5 î0.2 û0.2");

  private static final Language GREEK =
      language(
          "Greek",
          Script.OTHER,
          0,
          "α110 ο85 ι75 ε70 τ75 ν65 η45 σ40 ς25 υ40 ρ45 π40 κ40 μ33 λ30 ω15 δ18 γ18 θ12 χ10 φ8 β6"
              + " ξ4 ψ2 ζ4 ά20 έ16 ί15 ή12 ό17 ύ9 ώ7 ϊ1 ϋ0.5 ΐ0.2 ΰ0.1");

  private static final Language CYRILLIC =
      language(
          "Cyrillic",
          Script.OTHER,
          0,
          "о110 е85 а80 и74 н67 т63 с55 р47 в45 л43 к35 м32 д30 п28 у26 я20 ы19 ь17 г17 з16 б16"
              + " ч14 й12 х10 ж9 ш7 ю6 ц5 щ4 э3 ф3 ъ3 ё1 і10 ї3 є3 ґ0.5 ў1 ј1 љ1 њ1 ћ1 ђ0.5 џ0.5"
              + " ѓ0.2 ќ0.2 ѕ0.2");

  private static final Language THAI =
      language(
          "Thai",
          Script.OTHER,
          0,
          "า80 น70 ร60 อ50 ก50 เ50 ง40 ม40 ย35 ่60 ้40 ี35 ั30 ล30 ว30 ด30 ท30 ส25 ต25 ะ25 ิ30"
              + " ค20 ห20 ไ15 บ20 ป20 แ15 จ15 ข15 ใ10 พ15 ุ15 ู10 ็10 ช12 โ10 ำ10 ์10 ื10 ึ5 ถ6"
              + " ผ5 ซ5 ศ5 ษ4 ญ4 ณ5 ธ4 ภ3 ฟ3 ฉ2 ฝ1 ฐ1 ๊3 ๋2 ๆ2 ฏ0.5 ฎ0.5 ฑ0.5 ฒ0.5 ฌ0.3 ฆ0.3"
              + " ฤ0.5 ฦ0.1 ฬ0.3 ฮ0.5 ฯ0.3 ํ0.3 ๅ0.1");

  private static final Language HEBREW =
      language(
          "Hebrew",
          Script.OTHER,
          0,
          "י110 ו100 ה90 ל70 מ60 ר55 א50 ת50 ב45 נ40 ש40 ם30 ד25 כ25 ע25 ח20 ק20 ן15 פ15 ס13"
              + " ז10 ג10 ט10 צ9 ך5 ף3 ץ2");

  private static final Language ARABIC =
      language(
          "Arabic",
          Script.OTHER,
          0,
          "ا125 ل100 ي70 م60 و55 ن55 ه30 ة25 ر45 ب40 ت40 ع30 ف25 ك25 د25 س25 ق20 أ20 ح18 ج12"
              + " إ10 ى15 ش10 ص10 ط10 خ9 ذ8 ز5 ض6 غ4 ث5 ظ2 ء5 ئ5 ؤ2 آ2 پ1 چ1 ژ0.5 گ1 ک1 ی1"
              + " ً1 ٌ0.3 ٍ0.3 َ1 ُ1 ِ1 ّ1 ْ0.5 ـ0.5");

  /** What a byte is in one charset. */
  private static final byte LETTER = 0;

  private static final byte BREAK = 1;
  private static final byte SYMBOL = 2;
  private static final byte BAD = 3;

  /** One charset: what each byte is in it, and its weight in each language written in it. */
  private static final class Reading {
    final Charset charset;
    final List<Language> languages;
    final char[] map = new char[256];

    final byte[] kind = new byte[256];
    final boolean[] upper = new boolean[256];
    final boolean[] lower = new boolean[256];
    final double[][] weight;
    final boolean[][] foreign;

    Reading(Charset charset, List<Language> languages) {
      this.charset = charset;
      this.languages = languages;
      this.weight = new double[languages.size()][256];
      this.foreign = new boolean[languages.size()][256];
      CharsetDecoder decoder =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      for (int b = 0; b < 256; b++) {
        int c = decodeOne(decoder, b);
        map[b] = c < 0 ? '\uFFFD' : (char) c;
        kind[b] = kind(c, b);
        upper[b] = c >= 0 && Character.isUpperCase(c);
        lower[b] = c >= 0 && Character.isLowerCase(c);
        for (int l = 0; l < languages.size(); l++) {
          Language lang = languages.get(l);
          if (kind[b] != LETTER) {
            continue;
          }
          if (b < 0x80) {
            weight[l][b] = lang.ascii();
            foreign[l][b] = lang.script == Script.OTHER;
            continue;
          }
          Double f = lang.letters.get(c);
          if (f == null) {
            f = lang.letters.get(Character.toLowerCase(c));
          }
          weight[l][b] = f == null ? NEVER : Math.log(f);
          foreign[l][b] = f == null;
        }
      }
    }

    private static int decodeOne(CharsetDecoder decoder, int b) {
      try {
        CharBuffer out = decoder.reset().decode(ByteBuffer.wrap(new byte[] {(byte) b}));
        return out.length() == 1 ? out.charAt(0) : -1;
      } catch (CharacterCodingException e) {
        return -1;
      }
    }

    private static byte kind(int c, int b) {
      if (c < 0) {
        return BAD;
      }
      if (b < 0x80) {
        return Character.isLetter(c) ? LETTER : BREAK;
      }
      int type = Character.getType(c);
      if (Character.isLetter(c)
          || type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK) {
        return LETTER;
      }
      return switch (type) {
        case Character.CONTROL, Character.PRIVATE_USE, Character.UNASSIGNED -> BAD;
        case Character.DASH_PUNCTUATION,
            Character.START_PUNCTUATION,
            Character.END_PUNCTUATION,
            Character.INITIAL_QUOTE_PUNCTUATION,
            Character.FINAL_QUOTE_PUNCTUATION,
            Character.OTHER_PUNCTUATION,
            Character.CONNECTOR_PUNCTUATION,
            Character.SPACE_SEPARATOR,
            Character.DECIMAL_DIGIT_NUMBER ->
            BREAK;
        default -> SYMBOL;
      };
    }

    /**
     * Scores one word, a run of ASCII letters and bytes above ASCII (the same words in every
     * charset, so the scores compare), into {@code word}: what each byte is in this charset counts.
     */
    void score(byte[] bytes, int start, int end, Tally word) {
      word.clear();
      // Case: an upper-case letter after the first of a run of letters that has lower-case ones.
      int runStart = start;
      int highRun = 0;
      for (int k = start; k <= end; k++) {
        boolean letter = k < end && kind[bytes[k] & 0xff] == LETTER;
        if (letter && bytes[k] < 0) {
          highRun++;
        } else {
          word.highInRuns += highRun >= 3 ? highRun : 0;
          highRun = 0;
        }
        if (letter) {
          continue;
        }
        int broken = brokenCase(bytes, runStart, k);
        word.penalty += broken * CASE_BREAK;
        word.penalties += broken;
        runStart = k + 1;
      }
      for (int k = start; k < end; k++) {
        int c = bytes[k] & 0xff;
        switch (kind[c]) {
          case LETTER -> {
            word.high += c >= 0x80 ? 1 : 0;
            for (int l = 0; l < languages.size(); l++) {
              word.sum[l] += weight[l][c];
              word.highSum[l] += c >= 0x80 ? weight[l][c] : 0;
              word.faults[l] += foreign[l][c] ? 1 : 0;
            }
          }
          case BAD -> {
            word.penalty += NEVER;
            word.penalties++;
          }
          default -> {
            // A symbol stuck to a letter (zosta³a, piln±) is a letter read in the wrong
            // charset; punctuation there (can’t, «word») is only less likely than a letter.
            boolean touches =
                k > start && letterAt(bytes, k - 1) || k + 1 < end && letterAt(bytes, k + 1);
            boolean wrong = kind[c] == SYMBOL && !MARKS.contains(Character.toString(map[c]));
            if (touches) {
              word.penalty += wrong ? NEVER : PUNCTUATION_TOUCHING;
              word.penalties += wrong ? 1 : 0;
            }
          }
        }
      }
    }

    /** Upper-case letters after the first of the letters [from, to) that hold lower-case ones. */
    private int brokenCase(byte[] bytes, int from, int to) {
      boolean hasLower = false;
      int upperAfterFirst = 0;
      for (int k = from; k < to; k++) {
        int c = bytes[k] & 0xff;
        hasLower |= lower[c];
        upperAfterFirst += k > from && upper[c] ? 1 : 0;
      }
      return hasLower ? upperAfterFirst : 0;
    }

    /** Whether this charset reads any of the bytes [from, to) otherwise than {@code other}. */
    boolean differs(Reading other, byte[] bytes, int from, int to) {
      for (int k = from; k < to; k++) {
        int b = bytes[k] & 0xff;
        if (map[b] != other.map[b] || kind[b] != other.kind[b]) {
          return true;
        }
      }
      return false;
    }

    private boolean letterAt(byte[] bytes, int i) {
      return kind[bytes[i] & 0xff] == LETTER;
    }
  }

  /** What the words scored so far make of one reading, per language of its charset. */
  private static final class Tally {
    final Reading reading;
    final double[] sum;
    final double[] highSum;
    final int[] faults;
    double penalty;
    int penalties;
    int high;
    int highInRuns;

    Tally(Reading reading) {
      this.reading = reading;
      int n = reading.languages.size();
      sum = new double[n];
      highSum = new double[n];
      faults = new int[n];
    }

    void clear() {
      Arrays.fill(sum, 0);
      Arrays.fill(highSum, 0);
      Arrays.fill(faults, 0);
      penalty = 0;
      penalties = 0;
      high = 0;
      highInRuns = 0;
    }

    /** Whether some language of the charset reads these words with few faults. */
    boolean text() {
      int fewest = Integer.MAX_VALUE;
      for (int f : faults) {
        fewest = Math.min(fewest, f);
      }
      return high > 0 && (fewest + penalties) * PLAUSIBLE_PER_FAULT <= high;
    }

    void add(Tally word) {
      for (int l = 0; l < sum.length; l++) {
        sum[l] += word.sum[l];
        highSum[l] += word.highSum[l];
        faults[l] += word.faults[l];
      }
      penalty += word.penalty;
      penalties += word.penalties;
      high += word.high;
      highInRuns += word.highInRuns;
    }

    /** The score of one language of the charset. */
    double score(Language language) {
      int l = reading.languages.indexOf(language);
      return sum[l] + penalty + language.prior;
    }

    /** The best language's score. */
    Score best() {
      Score best = null;
      for (int l = 0; l < sum.length; l++) {
        Language lang = reading.languages.get(l);
        double total = sum[l] + penalty + lang.prior;
        if (best == null || total > best.total) {
          double mean = high == 0 ? 0 : (highSum[l] + penalty) / high;
          best = new Score(reading, lang, total, high, highInRuns, faults[l] + penalties, mean);
        }
      }
      return best;
    }
  }

  /**
   * Whether the byte is part of a word in some charset: an ASCII letter or any byte above ASCII.
   */
  private static boolean inWord(byte b) {
    return b < 0 || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
  }

  /**
   * A reading's best language: its score, the letters above ASCII it read, how many of them stand
   * in runs of three or more, its faults (letters the language does not write, symbols stuck to
   * letters, unmapped bytes, broken case) and the mean weight of those letters, faults included.
   */
  private record Score(
      Reading reading,
      Language language,
      double total,
      int high,
      int highInRuns,
      int faults,
      double mean) {
    /**
     * Likelier, or as likely and reading more bytes as letters: the two charsets of one language
     * can tie where one reads a letter (ISO-8859-2 ť) as punctuation ({@code »}) and another letter
     * as a rarer one.
     */
    boolean betterThan(Score other) {
      double d = total - other.total;
      return d > 1e-9 || d > -1e-9 && high > other.high;
    }

    /**
     * Whether the reading looks like text of its language: few faults, letters about as common as
     * its text's are (Chinese bytes read as Thai make its rare letters), and for a script that
     * writes whole words in it, most letters in words of three or more (a list of accented letters,
     * {@code é è ç à}, read as Cyrillic is single letters).
     */
    boolean plausible() {
      return high > 0
          && faults * PLAUSIBLE_PER_FAULT <= high
          && mean >= language.typical - TYPICAL_SLACK
          && (language.script == Script.LATIN || highInRuns * 2 >= high);
    }
  }

  private static final List<Reading> READINGS = readings();

  private static List<Reading> readings() {
    Object[][] table = {
      {WESTERN, WESTERN_LANGUAGES},
      {"windows-1250", CENTRAL_LANGUAGES},
      {"ISO-8859-2", CENTRAL_LANGUAGES},
      {"windows-1254", List.of(TURKISH)},
      {"windows-1253", List.of(GREEK)},
      {"ISO-8859-7", List.of(GREEK)},
      {"windows-1251", List.of(CYRILLIC)},
      {"KOI8-R", List.of(CYRILLIC)},
      {"KOI8-U", List.of(CYRILLIC)},
      {"x-windows-874", List.of(THAI)},
      {"windows-1255", List.of(HEBREW)},
      {"windows-1256", List.of(ARABIC)},
      {"ISO-8859-6", List.of(ARABIC)},
    };
    List<Reading> readings = new ArrayList<>();
    for (Object[] row : table) {
      Charset cs = Charsets.lookup((String) row[0]);
      if (cs != null) {
        @SuppressWarnings("unchecked")
        List<Language> languages = (List<Language>) row[1];
        readings.add(new Reading(cs, languages));
      }
    }
    return List.copyOf(readings);
  }

  /**
   * The single-byte charset other than windows-1252 the bytes are clearly written in, or null
   * (windows-1252 stands, or nothing tells).
   */
  /**
   * Counts a line's words where some charset reads them as text. A line that none reads with few
   * faults is binary bytes among the text (a list footer's junk, a file pasted in): it tells
   * nothing, and would drown the words of the text.
   */
  private static void endLine(Tally[][] line, Tally[][] text) {
    boolean isText = false;
    for (Tally t : line[0]) {
      isText |= t.text();
    }
    for (int k = 0; k < line.length; k++) {
      for (int r = 0; r < line[k].length; r++) {
        if (isText) {
          text[k][r].add(line[k][r]);
        }
        line[k][r].clear();
      }
    }
  }

  /**
   * The bytes read in the single-byte charset other than windows-1252 that {@code sample} (their
   * first bytes) is clearly written in, or null (windows-1252 stands, or nothing tells). A byte the
   * charset leaves undefined or holds a control character for (binary junk among the text) is read
   * as windows-1252 reads it, so the guess adds no U+FFFD.
   */
  static String guess(byte[] bytes, byte[] sample) {
    Reading reading = best(sample, READINGS.get(0), READINGS.subList(1, READINGS.size()));
    if (reading == null) {
      return null;
    }
    char[] western = READINGS.get(0).map;
    char[] out = new char[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      out[i] = reading.kind[b] == BAD ? western[b] : reading.map[b];
    }
    return new String(out);
  }

  /**
   * Whether {@code bytes} (their first 64 kB) read clearly likelier in {@code candidate} than in
   * {@code base} and as text of its language (both single-byte charsets scored here; false for any
   * other).
   */
  static boolean likelier(byte[] bytes, Charset candidate, Charset base) {
    Reading c = readingOf(candidate);
    Reading b = readingOf(base);
    byte[] sample = bytes.length > SAMPLE ? Arrays.copyOf(bytes, SAMPLE) : bytes;
    return c != null && b != null && c != b && best(sample, b, List.of(c)) != null;
  }

  /** Only the first bytes are scored: enough to tell, and bounded on a 10 MB record. */
  private static final int SAMPLE = 64 * 1024;

  private static Reading readingOf(Charset charset) {
    for (Reading r : READINGS) {
      if (r.charset.equals(charset)) {
        return r;
      }
    }
    return null;
  }

  /**
   * The candidate whose reading of {@code sample} is plausible and clearly likelier than {@code
   * base}'s, the likeliest of them, or null.
   */
  private static Reading best(byte[] sample, Reading base, List<Reading> candidates) {
    int n = candidates.size();
    // Per candidate: every word; the words it reads otherwise than the base, and the base's
    // reading of those same words. A line's, then the text's; the base's every word last.
    Tally[] words = tallies(candidates, base);
    Tally[][] line = {tallies(candidates, base), tallies(candidates, null), bases(n, base)};
    Tally[][] text = {tallies(candidates, base), tallies(candidates, null), bases(n, base)};
    for (int i = 0; i <= sample.length; ) {
      if (i == sample.length || sample[i] == '\n') {
        endLine(line, text);
        i++;
        continue;
      }
      if (!inWord(sample[i])) {
        i++;
        continue;
      }
      int start = i;
      boolean hasHigh = false;
      while (i < sample.length && inWord(sample[i])) {
        hasHigh |= sample[i] < 0;
        i++;
      }
      if (!hasHigh) {
        continue;
      }
      for (Tally word : words) {
        word.reading.score(sample, start, i, word);
      }
      for (int r = 0; r <= n; r++) {
        line[0][r].add(words[r]);
        if (r < n && candidates.get(r).differs(base, sample, start, i)) {
          line[1][r].add(words[r]);
          line[2][r].add(words[n]);
        }
      }
    }
    Score baseScore = text[0][n].best();
    Score best = null;
    for (int r = 0; r < n; r++) {
      Score s = text[0][r].best();
      // Compared where the two read the bytes differently: text that reads the same in both
      // (é, ü, Öcalan) says which language, not which charset.
      double margin = text[1][r].score(s.language) - text[2][r].score(baseScore.language);
      if (s.plausible() && margin >= MARGIN && (best == null || s.betterThan(best))) {
        best = s;
      }
    }
    return best == null ? null : best.reading;
  }

  /** A tally for each candidate, and one for {@code last} after them where it is not null. */
  private static Tally[] tallies(List<Reading> candidates, Reading last) {
    List<Reading> all = new ArrayList<>(candidates);
    if (last != null) {
      all.add(last);
    }
    return all.stream().map(Tally::new).toArray(Tally[]::new);
  }

  private static Tally[] bases(int n, Reading base) {
    return tallies(Collections.nCopies(n, base), null);
  }
}
