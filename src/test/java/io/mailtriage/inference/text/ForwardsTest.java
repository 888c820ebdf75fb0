package io.mailtriage.inference.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A message the writer passes on is not read as their words ({@link Forwards}). */
class ForwardsTest {

  private static final String FORWARD =
      "---------- Forwarded message ---------\nFrom: Billing Desk <billing@lender-check.example>\n"
          + "Date: Mon, 7 Dec 2026 at 09:10\nSubject: Action needed\nTo: <ruth@example.net>\n\n";

  @Test
  void aForwardedMailEndsWhereTheWritersOwnWordsResumeAfterItsClose() {
    ModelText.Result read =
        ModelText.of(
            "Fwd: Action needed",
            "Hello,\n\nThis landed in my inbox this morning, passing it on.\n\n"
                + FORWARD
                + "Dear account holder,\n\nYour loan repayment bounced. Settle the arrears today at"
                + " http://pay-now.example to stop legal action.\n\nCollections Office\n\n"
                + "On another matter: my standing order to the council did not go out on the"
                + " first, why?\n\nBest,\nRuth");
    assertThat(read.part()).isEqualTo(ModelText.Part.NEW_MESSAGE);
    assertThat(read.text())
        .contains("my standing order to the council did not go out")
        .doesNotContain("repayment", "arrears", "Action needed");
  }

  @Test
  void aForwardThatRunsOnInItsSendersWordsIsReadToTheEnd() {
    // After its close the firm's small print, not the writer: the note points at the whole forward.
    ModelText.Result notice =
        ModelText.of(
            "Fwd: Action needed",
            "See below.\n\n"
                + FORWARD
                + "Dear account holder,\n\nYour loan repayment bounced.\n\nKind regards,\n"
                + "The Collections Team\n\nYou received this because you hold a loan with us.");
    assertThat(notice.part()).isEqualTo(ModelText.Part.QUOTED_ONLY);
    assertThat(notice.text()).contains("Your loan repayment bounced.");
    // A person's mail in the first person, never closed before it: all of it is the forward.
    ModelText.Result brother =
        ModelText.of(
            "Fwd: dinner money",
            "Passing this on from my brother.\n\n"
                + FORWARD
                + "Hi,\n\nI paid you back yesterday but the transfer bounced.\n\n"
                + "I will try again tonight.\n\nTom");
    assertThat(brother.part()).isEqualTo(ModelText.Part.QUOTED_ONLY);
    assertThat(brother.text()).contains("I paid you back", "I will try again tonight.");
  }

  @Test
  void aSuspectTextCopiedInQuotesOrBetweenRulesIsNotRead() {
    assertThat(
            ModelText.of(
                    "",
                    "Hi,\n\nIs this message below really from you? Seems like a scam.\n\n"
                        + "\"Acme: your savings account is locked. Restore it at"
                        + " acme-restore.example\"\n\nAlso: how do I raise my daily transfer"
                        + " limit?")
                .text())
        .contains("how do I raise my daily transfer limit?")
        .doesNotContain("locked", "scam");
    assertThat(
            ModelText.of(
                    "",
                    "Hi,\n\nHow do I raise my daily transfer limit?\n\nAnd this text came today,"
                        + " copied below, surely fake?\n\n---\nAcme: your savings account is"
                        + " locked. Restore it at acme-restore.example\n---")
                .text())
        .isEqualTo("How do I raise my daily transfer limit?");
  }

  @Test
  void aCopyTheWriterDoesNotReportAsSuspectStaysTheirs() {
    assertThat(
            ModelText.of(
                    "",
                    "The app shows the error below.\n\n\"Payment could not be completed (code"
                        + " 51)\"\n\nWhy can't I pay my rent?")
                .text())
        .contains("(code 51)", "Why can't I pay my rent?");
  }
}
