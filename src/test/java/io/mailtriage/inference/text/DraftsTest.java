package io.mailtriage.inference.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DraftsTest {

  @Test
  void unfilledTemplateSlotsAreSlotsAndBracketedWordsOfOtherKindsAreNot() {
    assertThat(Drafts.isTemplateSlots("[Your Full Name]")).isTrue();
    assertThat(Drafts.isTemplateSlots("[Recipient's Name] [Date Of Birth]")).isTrue();
    assertThat(Drafts.isTemplateSlots("  [Customer Reference Number]  ")).isTrue();
    assertThat(Drafts.isTemplateSlots("[Translated from Spanish]")).as("a banner").isFalse();
    assertThat(Drafts.isTemplateSlots("[AB] My card never came.")).as("a marked answer").isFalse();
    assertThat(Drafts.isTemplateSlots("[Card Ending 4471]")).as("filled in").isFalse();
    assertThat(Drafts.isTemplateSlots("[One Two Three Four Five Six]")).isFalse();
  }

  @Test
  void theAssistantsHandoverAndOffersAreItsAndACustomersOwnOffersAreNot() {
    assertThat(Drafts.isAssistantsNote("Of course! Here is a revised draft of your message:"))
        .isTrue();
    assertThat(Drafts.isAssistantsNote("Here’s a rewritten version that sounds friendlier:"))
        .isTrue();
    assertThat(Drafts.isAssistantsNote("Tell me if you'd like me to shorten it further.")).isTrue();
    assertThat(Drafts.isAssistantsNote("Would you like an even more formal version?")).isTrue();
    assertThat(Drafts.isAssistantsNote("You may want to tweak the tone for your bank.")).isTrue();
    assertThat(Drafts.isAssistantsNote("Would you like me to send the receipts?")).isFalse();
    assertThat(Drafts.isAssistantsNote("If you want a different card, what do I do?")).isFalse();
    assertThat(Drafts.isAssistantsNote("Here is the statement you asked for:")).isFalse();
  }
}
