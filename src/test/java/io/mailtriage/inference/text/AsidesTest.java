package io.mailtriage.inference.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A request beside an unrelated errand is read without the errand ({@link Asides}). */
class AsidesTest {

  private static String read(String body) {
    return ModelText.of("", body).text();
  }

  @Test
  void whatTheWriterMarksAsAnAsideIsNotReadBesideTheRequest() {
    assertThat(
            read(
                "Hi,\n\nWhy has my transfer to my landlord not arrived yet?\n\nBy the way, we are"
                    + " redecorating the hallway so builders may answer the door.\n\nThanks,\nSam"))
        .isEqualTo("Why has my transfer to my landlord not arrived yet?");
    assertThat(
            read(
                "Hello,\n\nMy savings pot shows the wrong balance. On a separate note, the hedge"
                    + " outside your Mill Lane branch is blocking the pavement.\n\nBest,\nKim"))
        .isEqualTo("My savings pot shows the wrong balance.");
  }

  @Test
  void anAsideThatSpeaksOfTheBanksBusinessIsReadAndTheNewsBesideItIsNot() {
    assertThat(
            read(
                "Hi,\n\nI forwarded that fake delivery text to your fraud team yesterday.\n\n"
                    + "Also, while I'm writing:\nmy card payment at the garage is still pending."))
        .isEqualTo("my card payment at the garage is still pending.");
  }

  @Test
  void theErrandTheWriterCallsTheirRealQuestionIsReadAndTheNewsBesideItIsNot() {
    assertThat(
            read(
                "Hi,\n\nMy daughter is starting university in October and will live in halls."
                    + "\n\nMy real question: how do I order a second card for her?\n\nThanks"))
        .isEqualTo("how do I order a second card for her?");
  }

  @Test
  void inAMailOfSeveralThingsNotesForInformationNewDetailsAndThanksAreNotRead() {
    assertThat(
            read(
                "Hello,\n\nA few things.\n\n1. The lift in your Market Street branch was broken"
                    + " again on Monday, just so you know.\n\n2. My new phone number is <PHONE>."
                    + "\n\n3. My card payment at the garage was taken twice.\n\nRegards,\nAl"))
        .isEqualTo("My card payment at the garage was taken twice.");
    assertThat(
            read(
                "Hi,\n\nTwo quick things.\n\nThanks to the man at your counter on Friday who"
                    + " helped my mum with her forms.\n\nThe other thing: my top-up from my debit"
                    + " card has failed three times.\n\nCheers,\nJo"))
        .isEqualTo("my top-up from my debit card has failed three times.");
  }

  @Test
  void aMailOfOneErrandKeepsItsParagraphs() {
    assertThat(read("Hi,\n\nI am moving to Lisbon in March.\n\nWill my card still work there?"))
        .isEqualTo("I am moving to Lisbon in March.\nWill my card still work there?");
    assertThat(
            read(
                "I've moved house and my new address is <ADDRESS>.\n\nHow do I change it in the"
                    + " app?"))
        .isEqualTo(
            "I've moved house and my new address is <ADDRESS>.\nHow do I change it in the app?");
  }
}
