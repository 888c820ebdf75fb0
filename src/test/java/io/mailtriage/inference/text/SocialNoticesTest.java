package io.mailtriage.inference.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A social network's notification around a customer's message is read on the message alone ({@link
 * SocialNotices}).
 */
class SocialNoticesTest {

  @Test
  void aCommentThatTagsThePageIsReadWithoutTheNetworksNoticeButtonsAndFooter() {
    assertThat(
            ModelText.of(
                    "northbank_fan.22 tagged you in a comment",
                    "northbank_fan.22 tagged you in a comment on your photo \"Open day at our"
                        + " Leeds branch\":\n\n@northbank Why has my standing order to my landlord"
                        + " not gone out? #rent #annoyed\n\nReply · Like · Share\n\nPhotoline ·"
                        + " Email preferences · Photoline Inc., Lisbon")
                .text())
        .isEqualTo("Why has my standing order to my landlord not gone out?");
  }

  @Test
  void aPrivateMessagesNoticeAndItsSendersNameAndHandleAreNotRead() {
    assertThat(
            ModelText.of(
                    "",
                    "Northbank Savings, you have a new private message\n\n<PERSON> (@kerr.linda)"
                        + "\n\nHow do I close my joint account?\n\nView conversation")
                .text())
        .isEqualTo("How do I close my joint account?");
  }

  @Test
  void aPagesMessageUnderWroteIsReadWithoutTheNoticeItsTimeRowAndTheUnsubscribeFooter() {
    assertThat(
            ModelText.of(
                    "New message for Northbank Savings",
                    "Northbank Savings has a new message\n\n<PERSON> wrote:\n\nCan I raise my"
                        + " overdraft limit?\n\nSent 21:07 · Answer within a day to keep your"
                        + " \"Quick to reply\" label.\n\nView message\n\nYou got this as an admin"
                        + " of the Northbank Savings page. Unsubscribe")
                .text())
        .isEqualTo("Can I raise my overdraft limit?");
  }

  @Test
  void aWritersOwnSentencesAboutMessagesAndNumbersStay() {
    assertThat(SocialNotices.isNotice("My sister mentioned you in a post about savings rates."))
        .isFalse();
    assertThat(SocialNotices.isNotice("The app says you have a new message")).isFalse();
    assertThat(SocialNotices.isChrome("Card declined at the till · what now?")).isFalse();
    assertThat(SocialNotices.untagged("Where is the refund for order #A123"))
        .isEqualTo("Where is the refund for order #A123");
    assertThat(SocialNotices.untagged("Email me at me@example.org"))
        .isEqualTo("Email me at me@example.org");
  }
}
