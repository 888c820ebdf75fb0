package io.mailtriage.inference.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A copied public review and the company's answer to it are history ({@link Reviews}). */
class ReviewsTest {

  private static String read(String body) {
    return ModelText.of("", body).text();
  }

  @Test
  void aStoreReviewAndTheDevelopersAnswerUnderItAreNotReadButTheQuestionAfterThemIs() {
    assertThat(
            read(
                "Hello,\n\nHere is what I posted and your answer:\n\n"
                    + "★☆☆☆☆  Crashes constantly\nmoneyworries77, 3 Oct 2026\n"
                    + "Every time I try to scan a cheque the app freezes. Useless.\n\n"
                    + "Developer Response\nHi moneyworries77, sorry about this. Please contact"
                    + " our help team by email so we can look into it.\n\n"
                    + "My actual question:\nHow long does an international transfer take?\n\n"
                    + "Cheers,\nOlu"))
        .isEqualTo("My actual question:\nHow long does an international transfer take?");
  }

  @Test
  void aReviewSitesPostWithTheCompanysReplyOnTheHeadingsLineIsNotRead() {
    assertThat(
            read(
                "Can I get a replacement card sent abroad?\n\n"
                    + "My Trustpilot post (2 stars):\n\"Staff were rude at the branch and nobody"
                    + " called me back.\"\n\n"
                    + "Reply from Acme Bank: \"We're sorry to hear this, please write to us with"
                    + " your account details.\"\n\nThanks"))
        .isEqualTo("Can I get a replacement card sent abroad?");
  }

  @Test
  void theSentenceSayingTheAnswerSentTheWriterHereIsNotReadButAQuestionBesideItIs() {
    assertThat(
            read(
                "Hi,\n\nI wrote a review of your app and the team responded asking me to get in"
                    + " touch. Why was my top-up declined?\n\nThanks"))
        .isEqualTo("Why was my top-up declined?");
  }

  @Test
  void aWritersOwnComplaintWithoutACompanysAnswerStays() {
    assertThat(
            read(
                "Hello,\n\nThe app is 1 star material right now: it logs me out every day.\n\n"
                    + "Why can't I stay signed in?"))
        .contains("logs me out every day");
    // An account "under review" is no post of the writer's, and a reply about it is the request.
    assertThat(
            read(
                "My account has been under review since Monday and your reply said to wait. What"
                    + " is happening?"))
        .contains("under review");
  }

  @Test
  void headingsOfACompanysAnswer() {
    assertThat(Reviews.isAnswerHeading("Developer Response")).isTrue();
    assertThat(Reviews.isAnswerHeading("Response from the owner · 2 weeks ago")).isTrue();
    assertThat(Reviews.isAnswerHeading("Their reply:")).isTrue();
    assertThat(Reviews.isAnswerHeading("Acme Bank replied (4 Oct):")).isTrue();
    assertThat(Reviews.isAnswerHeading("I need a reply from you about my transfer.")).isFalse();
    assertThat(Reviews.isAnswerHeading("Reply to this mail with your card number")).isFalse();
  }
}
