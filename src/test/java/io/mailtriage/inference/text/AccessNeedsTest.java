package io.mailtriage.inference.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the writer communicates and wants to be answered is no request ({@link AccessNeeds}). */
class AccessNeedsTest {

  private static String read(String body) {
    return ModelText.of("", body).text();
  }

  @Test
  void theWritersToolAndConditionAreNotReadBesideTheRequest() {
    assertThat(
            read(
                "Hi,\n\nI'm deaf and partially sighted, so I use a braille display and a"
                    + " screen magnifier.\n\nHow do I change the address on my account?\n\nLeila"))
        .isEqualTo("How do I change the address on my account?");
  }

  @Test
  void howToReachTheWriterAndHowNotIsNotReadSoItsPhoneIsNoLostPhone() {
    assertThat(
            read(
                "Hello,\n\nWhen will my new card arrive?\n\nPlease don't ring me, I can't hear on"
                    + " the phone. Text or email only.\n\nThanks, Ivo"))
        .isEqualTo("When will my new card arrive?");
    assertThat(
            read(
                "Can I open a joint account online?\n\nMy access needs: written replies,"
                    + " no calls. Kindly record this as a reasonable adjustment."))
        .isEqualTo("Can I open a joint account online?");
  }

  @Test
  void theToolsOwnFooterBetweenDashesIsNotRead() {
    assertThat(read("Is there a fee for paying in cash?\n\n-- typed with BlinkBoard --"))
        .isEqualTo("Is there a fee for paying in cash?");
  }

  @Test
  void aLostPhoneOrAQuestionAboutAccessStaysTheRequest() {
    assertThat(read("Someone took my phone on the bus. Please reply by email, not by phone."))
        .contains("Someone took my phone on the bus.");
    assertThat(AccessNeeds.isAboutCommunicating("My phone was stolen, email me please.")).isFalse();
    assertThat(AccessNeeds.isAboutCommunicating("Does the app work with a screen reader?"))
        .isFalse();
    assertThat(AccessNeeds.isAboutCommunicating("I'm blind and the card reader has no buttons."))
        .isFalse();
    assertThat(AccessNeeds.isAboutCommunicating("I posted the form by post last week.")).isFalse();
    // What happened on a call is the writer's story; what follows a colon is the request.
    assertThat(
            AccessNeeds.isAboutCommunicating(
                "I rang twice by telephone and never had an answer by the end of the week."))
        .isFalse();
    assertThat(
            AccessNeeds.isAboutCommunicating(
                "Please answer in writing the following: how are interest rates set"))
        .isFalse();
  }
}
