package io.mailtriage.inference.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A report of a suspect message is not read beside the writer's question ({@link ScamReports}). */
class ScamReportsTest {

  @Test
  void aReportOfASuspectMessageIsNotReadBesideTheWritersQuestion() {
    assertThat(
            ModelText.of(
                    "",
                    "Hi,\n\nSomeone texted me pretending to be you and I think it's phishing. I"
                        + " didn't click the link.\n\nSecond, how long does an international"
                        + " transfer to Canada take?\n\nThanks")
                .text())
        .contains("how long does an international transfer to Canada take?")
        .doesNotContain("phishing", "texted", "link");
  }

  @Test
  void aSubjectAskingWhetherTheBankSentAMessageIsNotRead() {
    assertThat(
            ModelText.of(
                    "Is this email really from you?",
                    "Got the mail below, looks fake to me.\n\nSeparately, my salary has not"
                        + " arrived in my account.")
                .text())
        .contains("my salary has not arrived in my account.")
        .doesNotContain("from you", "fake");
  }

  @Test
  void aMailThatIsOnlyTheReportKeepsIt() {
    assertThat(ModelText.of("", "Got an odd email pretending to be you. Is it genuine?").text())
        .isEqualTo("Got an odd email pretending to be you. Is it genuine?");
  }

  @Test
  void aScamThatReachedTheWritersCardIsTheirQuestion() {
    assertThat(
            ModelText.of(
                    "",
                    "A scam text got my card details, can you block the card?\n\nPlease tell me"
                        + " the other text below is fake too.")
                .text())
        .contains("can you block the card?")
        .doesNotContain("other text below");
  }
}
