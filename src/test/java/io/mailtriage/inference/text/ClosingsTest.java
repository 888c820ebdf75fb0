package io.mailtriage.inference.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Closes and closing requests no list holds are not read ({@link Closings}). */
class ClosingsTest {

  private static String read(String body) {
    return ModelText.of("", body).text();
  }

  @Test
  void aCloseIsKnownByItsShapeNotByAList() {
    for (String close :
        new String[] {
          "With warmest greetings", "Respectful regards,", "Many heartfelt thanks", "Thanking you"
        }) {
      assertThat(read("Why is my card blocked?\n\n" + close + "\n<PERSON>"))
          .as(close)
          .isEqualTo("Why is my card blocked?");
    }
  }

  @Test
  void aLineThatOnlyOpensWithACloseWordStays() {
    assertThat(read("With respect to the fee, why was I charged?\n\nRegards"))
        .isEqualTo("With respect to the fee, why was I charged?");
  }

  @Test
  void closingRequestsOfOtherEnglishesAreCourtesies() {
    assertThat(
            read(
                "My salary has not reached my account.\n\nI await your kind answer. Kindly revert at the earliest.\n\n"
                    + "Thanking you for a fast reply."))
        .isEqualTo("My salary has not reached my account.");
  }
}
