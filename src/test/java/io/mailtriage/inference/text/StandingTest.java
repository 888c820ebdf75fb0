package io.mailtriage.inference.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A paragraph that only says who writes is not read beside the request ({@link Standing}). */
class StandingTest {

  private static String read(String body) {
    return ModelText.of("", body).text();
  }

  @Test
  void aParagraphThatOnlySaysForWhomTheWriterWritesIsNotRead() {
    assertThat(
            read(
                "Hello,\n\nI manage the books for Wrenfield Pottery (account ending 5521).\n\n"
                    + "How do I order a card for our new bookkeeper?\n\nBest,\nDana"))
        .isEqualTo("How do I order a card for our new bookkeeper?");
    assertThat(
            read(
                "Good afternoon,\n\nWe have banked with you for years as Kettle & Hob Ltd.\n\n"
                    + "Our standing order to the landlord went out twice this month."))
        .isEqualTo("Our standing order to the landlord went out twice this month.");
  }

  @Test
  void aParagraphThatAlsoSaysWhatIsWantedOrWrongStays() {
    assertThat(
            read(
                "Hi,\n\nWe bank with you for the bakery and need a second card for my partner."
                    + "\n\nThanks"))
        .contains("need a second card");
    assertThat(Standing.onlySaysWhoWrites("Writing on behalf of my father, who can't use email."))
        .isFalse();
    assertThat(Standing.onlySaysWhoWrites("Writing for my father, account ending 0193.")).isTrue();
  }

  @Test
  void aMailThatOnlySaysWhoWritesKeepsIt() {
    assertThat(read("I look after the accounts for Wrenfield Pottery."))
        .isEqualTo("I look after the accounts for Wrenfield Pottery.");
  }
}
