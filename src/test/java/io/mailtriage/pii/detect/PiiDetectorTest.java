package io.mailtriage.pii.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PiiDetectorTest {

  private static final Duration GENEROUS = Duration.ofSeconds(20);
  private final PiiDetector detector = new PiiDetector();

  @Test
  void reportsFindingsInTextOrderWithOriginalOffsets() {
    String text = "Jane (jane@example.com) paid with 4111 1111 1111 1111.";
    List<Finding> found = detector.detect(text, DetectionHints.region("US"));
    assertThat(found).extracting(Finding::type).containsExactly(PiiType.EMAIL, PiiType.CREDIT_CARD);
    assertThat(found.get(0).start()).isEqualTo(6);
    assertThat(found.get(0).end()).isEqualTo(22);
  }

  @Test
  void resolvesOverlapsInFavourOfTheStrongerFinding() {
    // The card digits are also a plausible phone-number window; the checksum-validated card wins.
    List<Finding> found = detector.detect("card 4111111111111111", DetectionHints.region("US"));
    assertThat(found).extracting(Finding::type).containsExactly(PiiType.CREDIT_CARD);
  }

  @Test
  void appliesPerTypeThresholds() {
    PiiSettings strict = PiiSettings.defaults().withThreshold(PiiType.US_SSN, 0.9);
    PiiDetector d = new PiiDetector(strict);
    assertThat(d.detect("ref 123-45-6789")).isEmpty();
    assertThat(d.detect("SSN 123-45-6789")).hasSize(1);
  }

  @Test
  void detectsOnlyEnabledTypes() {
    PiiDetector onlyEmail =
        new PiiDetector(PiiSettings.defaults().withOnly(EnumSet.of(PiiType.EMAIL)));
    assertThat(onlyEmail.detect("a@example.com 4111111111111111"))
        .extracting(Finding::type)
        .containsExactly(PiiType.EMAIL);
  }

  @Test
  void mapsSpansBackAcrossSurrogatePairsAndZeroWidthCharacters() {
    String text = "😀😀 mail: b\u200Bo\u200Db@exa\uFEFFmple.org 😀";
    List<Finding> found = detector.detect(text, DetectionHints.none());
    assertThat(found).hasSize(1);
    assertThat(found.get(0).valueIn(text)).isEqualTo("b\u200Bo\u200Db@exa\uFEFFmple.org");
  }

  @Test
  void findsDigitsWrittenWithMathematicalAlphanumericsOnTheOriginalSpan() {
    // U+1D7D2 etc. are surrogate pairs: 2 UTF-16 units per digit in the original text.
    StringBuilder card = new StringBuilder();
    for (char c : "4111111111111111".toCharArray()) {
      card.appendCodePoint(0x1D7CE + (c - '0'));
    }
    String text = "card " + card + " thanks";
    List<Finding> found = detector.detect(text, DetectionHints.none());
    assertThat(found).extracting(f -> f.valueIn(text)).containsExactly(card.toString());
  }

  @Test
  void survivesUnpairedSurrogatesAndControlCharacters() {
    String text = "\uD800x\uDC00 a@b.co \u0000\u0007 \uDBFF 4111111111111111\uD800";
    assertThat(detector.detect(text, DetectionHints.region("US")))
        .extracting(Finding::type)
        .containsExactly(PiiType.EMAIL, PiiType.CREDIT_CARD);
  }

  @Test
  void returnsNothingForEmptyOrNullText() {
    assertThat(detector.detect("", DetectionHints.none())).isEmpty();
    assertThat(detector.detect(null, null)).isEmpty();
  }

  @Test
  void finishesOnAMegabyteOfChainedAtSigns() {
    String hostile = "a@a.a@a.".repeat(128 * 1024);
    assertTimeoutPreemptively(
        GENEROUS, () -> detector.detect(hostile, DetectionHints.region("US")));
  }

  @Test
  void finishesOnLongDigitRunsAndSeparatedDigitRuns() {
    String digits = "4".repeat(1_000_000);
    String spaced = "1 ".repeat(500_000);
    String dashed = "12-".repeat(300_000);
    String dotted = "1.".repeat(500_000);
    assertTimeoutPreemptively(
        GENEROUS,
        () -> {
          assertThat(detector.detect(digits, DetectionHints.region("US"))).isEmpty();
          detector.detect(spaced, DetectionHints.region("DE"));
          detector.detect(dashed, DetectionHints.region("US"));
          detector.detect(dotted, DetectionHints.region("US"));
        });
  }

  @Test
  void finishesOnPathologicalKeywordUrlAndNameInputs() {
    String keywords = "DOB passport MRN zip password ".repeat(40_000);
    String urls = "http://".repeat(150_000) + "a:b@c?token=" + "x".repeat(100_000);
    String colons = "a:".repeat(500_000) + "::::" + "f".repeat(100_000);
    String names = "Dear Dear Dear Jane ".repeat(50_000);
    String pem = "-----BEGIN PRIVATE KEY-----".repeat(40_000);
    DetectionHints hints =
        new DetectionHints("US", List.of("Jane Doe", "Jo An", "Mary-Kate Olsen"));
    assertTimeoutPreemptively(
        GENEROUS,
        () -> {
          detector.detect(keywords, hints);
          detector.detect(urls, hints);
          detector.detect(colons, hints);
          detector.detect(names, hints);
          detector.detect(pem, hints);
        });
  }

  @Test
  void finishesOnATenMegabyteRealisticBody() {
    String paragraph =
        "Hi Anna,\nmy card 4111 1111 1111 1111 was charged twice; call +1 415 692 4173 or "
            + "mail anna.k@example.com. Server 10.1.2.3 said version 2.3.4.5. IBAN DE89370400440532013000.\n"
            + "I have been trying to log into my account for three days now and the app keeps telling me "
            + "that my session has expired. I reinstalled it twice and cleared the cache, but nothing "
            + "changed. Could you please look into this? Order 12345 was placed last week and the "
            + "confirmation never arrived either, so I am not sure the payment went through at all.\n"
            + "Kind regards,\nAnna Kowalski\n\n";
    String body = paragraph.repeat(10 * 1024 * 1024 / paragraph.length());
    // Bounded, not benchmarked: the limit only catches super-linear behaviour on a shared machine.
    List<Finding> found =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> detector.detect(body, DetectionHints.region("US")));
    assertThat(found).isNotEmpty();
  }
}
