package io.mailtriage.pii.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneRecognizerTest {

  @Test
  void findsNationalNumbersUsingTheTenantRegion() {
    assertThat(Found.ofType(PiiType.PHONE, "call me at (415) 692-4173 tomorrow", DetectionHints.region("US")))
        .containsExactly("(415) 692-4173");
    assertThat(Found.ofType(PiiType.PHONE, "ring 020 7946 0958 any time", DetectionHints.region("GB")))
        .containsExactly("020 7946 0958");
  }

  @Test
  void findsInternationalNumbersWithoutARegion() {
    assertThat(Found.ofType(PiiType.PHONE, "mobile: +44 7911 123456", DetectionHints.none()))
        .containsExactly("+44 7911 123456");
  }

  @Test
  void ignoresNationalNumbersWhenNoRegionIsKnown() {
    assertThat(Found.ofType(PiiType.PHONE, "call (415) 692-4173", DetectionHints.none())).isEmpty();
  }

  @Test
  void ignoresOrderNumbersAndShortDigitRuns() {
    assertThat(Found.ofType(PiiType.PHONE, "order #4155550132 and code 12345", DetectionHints.region("US")))
        .isEmpty();
  }

  @Test
  void findsANumberFollowedByDigitsGluedToAWord() {
    assertThat(Found.ofType(PiiType.PHONE, "Toll Free: 1-866-522-8575 24hrs.", DetectionHints.region("US")))
        .containsExactly("1-866-522-8575");
  }

  @Test
  void findsANumberThatEndsASentence() {
    assertThat(Found.ofType(PiiType.PHONE, "Call 888-400-1919. - 99 cents a minute", DetectionHints.region("US")))
        .containsExactly("888-400-1919");
  }

  @Test
  void stillIgnoresDigitsGluedToAWord() {
    assertThat(Found.ofType(PiiType.PHONE, "serial 4156924173abc", DetectionHints.region("US"))).isEmpty();
  }
}
