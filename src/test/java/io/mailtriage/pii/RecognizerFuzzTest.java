package io.mailtriage.pii;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.keys.TenantKeys;
import io.mailtriage.keys.TestKeys;
import io.mailtriage.pii.detect.DetectionHints;
import io.mailtriage.pii.detect.Finding;
import io.mailtriage.pii.detect.PiiDetector;
import io.mailtriage.pii.detect.PiiSettings;
import io.mailtriage.pii.detect.PiiType;
import io.mailtriage.pii.token.TokenPolicy;
import io.mailtriage.pii.token.TokenizedText;
import io.mailtriage.pii.token.Tokenizer;
import io.mailtriage.testing.Bounded;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;

/**
 * Fuzzes every recognizer on its own (only its type enabled) and all of them together, with text
 * built from the pieces that recognizer reacts to: its trigger characters and keywords, glued
 * together at random, one piece repeated tens of thousands of times (the inputs that make a
 * backtracking regex or a rescan-from-each-start loop quadratic), and the Unicode the normalizer
 * folds (zero-width characters, look-alikes, lone surrogates).
 *
 * <p>Properties: detection and tokenization never throw and finish within {@link #LIMIT}; findings
 * lie inside the text, are sorted and do not overlap, and only enabled types are reported.
 */
class RecognizerFuzzTest {
  private static final Duration LIMIT = Duration.ofSeconds(10);

  private static final String[] COMMON = {
    " ", "  ", "\n", "\r\n", "\t", ",", ".", ":", ";", "-", "/", "(", ")", "\"", "'", "\u200B",
    "\u00AD", "\uFF11", "\uFF21", "\u0430", "\u0455", "\uD800", "\uDFFF", "\u0301", "\u0000",
    "\u202E", "é", "€", "😀",
  };

  private static final Map<PiiType, String[]> PIECES = new EnumMap<>(PiiType.class);

  static {
    PIECES.put(
        PiiType.SECRET,
        new String[] {
          "AKIA",
          "ASIA",
          "ghp_",
          "github_pat_",
          "sk_live_",
          "xoxb-",
          "eyJ",
          "eyJhbGciOi",
          "-----BEGIN ",
          "-----BEGIN RSA PRIVATE KEY-----",
          "-----END ",
          "PRIVATE KEY-----",
          "key",
          "token",
          "secret",
          "password",
          "api",
          "=",
          "aZ9+/",
          "Qx7Kp2Lm9Vn4Rt8Wz3Yb6Hc1Jd5Fg0Se",
          "_",
          "0123456789abcdef"
        });
    PIECES.put(
        PiiType.CREDIT_CARD,
        new String[] {
          "4111",
          "1111",
          "5500",
          "3782",
          "0000",
          "4",
          "1",
          "9",
          " ",
          "-",
          "card",
          "visa",
          "4111 1111 1111 1111",
          "4111-1111-1111-111"
        });
    PIECES.put(
        PiiType.IBAN,
        new String[] {
          "DE89",
          "GB82",
          "FR76",
          "NL",
          "WEST",
          "3704",
          "0044",
          "0532",
          "0130",
          "00",
          "IBAN",
          "iban:",
          "A",
          "Z",
          "DE89 3704 0044 0532 0130 00"
        });
    PIECES.put(
        PiiType.US_SSN,
        new String[] {
          "123",
          "45",
          "6789",
          "000",
          "666",
          "9",
          "-",
          " ",
          "SSN",
          "social security",
          "123-45-6789",
          "078-05-1120"
        });
    PIECES.put(
        PiiType.EMAIL,
        new String[] {
          "a",
          "ann",
          ".",
          "@",
          "@@",
          "..",
          "-",
          "_",
          "+",
          "example",
          "com",
          "\"",
          "ann.lee@example.com",
          "@example",
          "xn--",
          "[127.0.0.1]",
          "mailto:"
        });
    PIECES.put(
        PiiType.URL,
        new String[] {
          "http://",
          "https://",
          "ftp://",
          "user:pass@",
          "?",
          "&",
          "=",
          "token=",
          "access_token=",
          "/",
          "%",
          "%2F",
          "#",
          "a.b",
          "www.",
          "example.com",
          "://",
          "sig=",
          "X-Amz-Signature="
        });
    PIECES.put(
        PiiType.PHONE,
        new String[] {
          "+",
          "+44",
          "+1",
          "(",
          ")",
          "020",
          "7946",
          "0958",
          "555",
          "0",
          "9",
          "-",
          " ",
          ".",
          "ext",
          "x",
          "tel:",
          "call",
          "phone",
          "+44 20 7946 0958",
          "(555) 555-0100"
        });
    PIECES.put(
        PiiType.IP_ADDRESS,
        new String[] {
          "192",
          "168",
          "0",
          "1",
          "255",
          "256",
          ".",
          ":",
          "::",
          "fe80",
          "ffff",
          "a",
          "f",
          "%eth0",
          "/24",
          "::ffff:10.0.0.1",
          "2001:db8::1",
          "1.2.3.4"
        });
    PIECES.put(
        PiiType.MAC_ADDRESS,
        new String[] {
          "00",
          "1a",
          "2B",
          "ff",
          "FF",
          ":",
          "-",
          ".",
          "001a.2b3c.4d5e",
          "00:1A:2B:3C:4D:5E",
          "mac",
          "g"
        });
    PIECES.put(
        PiiType.MEDICAL_ID,
        new String[] {
          "MRN",
          "mrn:",
          "NHS",
          "nhs number",
          "member ID",
          "medical",
          "record",
          "no",
          "number",
          "#",
          "943 476 5919",
          "A1234567",
          "9",
          "X"
        });
    PIECES.put(
        PiiType.PASSPORT,
        new String[] {
          "passport", "Passport No", "number", "#", ":", "123456789", "X1234567", "AB", "12"
        });
    PIECES.put(
        PiiType.DRIVER_LICENSE,
        new String[] {
          "driver",
          "driving",
          "licence",
          "license",
          "DL",
          "number",
          "D1234567",
          "MORGA753116SM9IJ",
          "no."
        });
    PIECES.put(
        PiiType.DATE_OF_BIRTH,
        new String[] {
          "DOB",
          "born",
          "born on",
          "date of birth",
          "1990",
          "19",
          "20",
          "01",
          "12",
          "31",
          "/",
          "-",
          ".",
          "January",
          "Sept.",
          "sep",
          "1st",
          "of",
          "3rd",
          "dec"
        });
    PIECES.put(
        PiiType.ADDRESS,
        new String[] {
          "12",
          "221B",
          "Baker",
          "Street",
          "St",
          "Ave",
          "Road",
          "Apt",
          "Suite",
          "live at",
          "ship to",
          "address:",
          "SW1A 1AA",
          "SW1A",
          "1AA",
          "90210",
          "12345-6789",
          "Springfield",
          "IL",
          "Main"
        });
    PIECES.put(
        PiiType.PERSON,
        new String[] {
          "Dear",
          "Hi",
          "Mr.",
          "Mrs",
          "Dr",
          "Prof",
          "Kind regards,",
          "Thanks,",
          "Cheers",
          "Jane",
          "Doe",
          "O'Neil",
          "Smith-Jones",
          "van",
          "de",
          "JOHN",
          "From:",
          "Quoting ",
          " wrote:",
          "On 1 May,"
        });
  }

  private final Bounded bounded = new Bounded();
  private final Tokenizer tokenizer =
      new Tokenizer(new TenantKeys(TestKeys.ring(1)), TokenPolicy.defaults());

  @Property
  void eachRecognizerAloneFinishesInBoundsOnPathologicalText(
      @ForAll PiiType type, @ForAll Random r) {
    String text = text(PIECES.get(type), r);
    check(new PiiDetector(PiiSettings.defaults().withOnly(Set.of(type))), text, r);
  }

  @Property
  void allRecognizersTogetherFinishInBoundsOnPathologicalText(
      @ForAll("anyPieces") String[] pieces, @ForAll Random r) {
    check(new PiiDetector(), text(pieces, r), r);
  }

  @Provide
  Arbitrary<String[]> anyPieces() {
    return Arbitraries.of(PIECES.values().toArray(new String[0][]));
  }

  @AfterProperty
  void close() {
    bounded.close();
  }

  private void check(PiiDetector detector, String text, Random r) {
    DetectionHints hints =
        r.nextBoolean()
            ? DetectionHints.none()
            : new DetectionHints(
                r.nextBoolean() ? "GB" : "US",
                List.of("Jane Doe", text.substring(0, Math.min(200, text.length()))));
    String what =
        text.length() + " chars starting " + escape(text.substring(0, Math.min(80, text.length())));
    List<Finding> found = bounded.call(LIMIT, what, () -> detector.detect(text, hints));
    int end = 0;
    for (Finding f : found) {
      assertThat(detector.settings().isEnabled(f.type())).as("%s enabled", f.type()).isTrue();
      assertThat(f.start()).as("sorted, no overlap: %s", f).isGreaterThanOrEqualTo(end);
      assertThat(f.end())
          .as("inside the text: %s", f)
          .isGreaterThan(f.start())
          .isLessThanOrEqualTo(text.length());
      end = f.end();
    }
    TokenizedText t =
        bounded.call(
            LIMIT, what + " (tokenize)", () -> tokenizer.tokenize(text, found, "tenant-a"));
    assertThat(t.tokenized()).isNotNull();
    assertThat(t.modelText()).isNotNull();
  }

  /**
   * Pieces glued at random, one piece repeated, or two alternating; up to a few hundred thousand
   * chars.
   */
  private static String text(String[] pieces, Random r) {
    StringBuilder s = new StringBuilder();
    int mode = r.nextInt(4);
    int count = r.nextInt(5) == 0 ? r.nextInt(40_000) : r.nextInt(300);
    String a = piece(pieces, r);
    String b = piece(pieces, r);
    for (int i = 0; i < count; i++) {
      s.append(
          switch (mode) {
            case 0 -> a;
            case 1 -> i % 2 == 0 ? a : b;
            default -> r.nextInt(4) == 0 ? COMMON[r.nextInt(COMMON.length)] : piece(pieces, r);
          });
    }
    return s.toString();
  }

  private static String piece(String[] pieces, Random r) {
    return r.nextInt(6) == 0 ? COMMON[r.nextInt(COMMON.length)] : pieces[r.nextInt(pieces.length)];
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints()
        .forEach(
            c ->
                out.append(
                    c >= 0x20 && c < 0x7F ? Character.toString(c) : String.format("\\u%04X", c)));
    return out.toString();
  }
}
