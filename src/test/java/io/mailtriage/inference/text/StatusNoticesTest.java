package io.mailtriage.inference.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The bank's service notice copied into a mail is not read as the writer's ({@link StatusNotices}).
 */
class StatusNoticesTest {

  private static String read(String body) {
    return ModelText.of("", body).text();
  }

  @Test
  void aNoticeInQuotesAndTheTurnFromItAreNotReadBesideTheQuestion() {
    assertThat(
            read(
                "Hello,\n\nYour website says this:\n\n\"Identified - A fault is stopping some"
                    + " customers from receiving transfers from other banks. Engineers are on"
                    + " it.\" (posted 2 Dec, 10:04)\n\nNo idea if that's connected, but\nhow do I"
                    + " change the name on my account?\n\nCheers,\nDev"))
        .isEqualTo("how do I change the name on my account?");
  }

  @Test
  void aNoticeBetweenRulesUnderThePagesHeadingIsNotRead() {
    assertThat(
            read(
                "Why is there a fee on my transfer to Spain?\n\nPS Saw this notice on your"
                    + " homepage:\n\n-----\nNorthbank Service Status\nMaintenance scheduled -"
                    + " Card top-ups will be unavailable overnight on Sunday while we upgrade our"
                    + " systems.\nPosted 1 Dec 2026 09:00 GMT\n-----\n\nThanks"))
        .isEqualTo("Why is there a fee on my transfer to Spain?");
  }

  @Test
  void theLinkAndIntroductionOfAQuotedNoticeGoWithIt() {
    assertThat(
            read(
                "Hi,\n\nThe banner in your app said:\n\n> Monitoring - Savings interest was paid"
                    + " late to some accounts and should now show correctly.\n"
                    + "status.northbank.example/incidents/77\n\nMaybe unrelated:\nCan I open a"
                    + " second current account in my name?"))
        .isEqualTo("Can I open a second current account in my name?");
  }
}
