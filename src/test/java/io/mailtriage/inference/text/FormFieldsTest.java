package io.mailtriage.inference.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A form's notification is read on its message field only ({@link FormFields}). */
class FormFieldsTest {

  private static String read(String subject, String body) {
    return ModelText.of(subject, body).text();
  }

  @Test
  void aComplaintSitesQuestionOverTheMessageIsTheFormsAndOnlyTheAnswerIsRead() {
    assertThat(
            read(
                "New case for Acme Bank",
                "Gripewise - tell companies what went wrong\n\n"
                    + "Someone has raised a case about you on Gripewise. Answer by replying.\n\n"
                    + "Reference: GW-55120\nBusiness: Acme Bank\n"
                    + "Topic: Accounts > Savings and ISAs > Transfers in\n"
                    + "Raised by: Ola Brandt\nDate: 01/12/2026\n\n"
                    + "What went wrong?\n"
                    + "My ISA transfer from another provider has been stuck for three weeks.\n\n"
                    + "Resolution the person wants: Money back\n\n"
                    + "If you give no answer within 8 weeks the case may go to the ombudsman.\n\n"
                    + "Gripewise Ltd, 9 Kiln Yard, Hull. Change your alerts:"
                    + " https://gripewise.example/alerts"))
        .isEqualTo("My ISA transfer from another provider has been stuck for three weeks.");
  }

  @Test
  void theFormsFieldsAfterTheMessageAndItsSmallPrintAreNotTheMessage() {
    assertThat(
            read(
                "Website enquiry",
                "Full name: Ola Brandt\nTopic: Cards\nBranch: Online\n"
                    + "Your message: I'd like to order a second card for my partner.\n\n"
                    + "How the customer prefers a reply: Phone call\n\n"
                    + "This enquiry was passed on by the site's form service. Do not reply to"
                    + " the form service, reply to the customer."))
        .isEqualTo("I'd like to order a second card for my partner.");
  }

  @Test
  void aLabelInTheWritersOwnVoiceInsideTheMessageStaysPartOfIt() {
    assertThat(
            read(
                "Website enquiry",
                "Full name: Ola Brandt\nTopic: Cards\nBranch: Online\n"
                    + "Your message: The cash machine kept my card last night.\n\n"
                    + "What I really need: a replacement card sent today\n"))
        .contains("kept my card")
        .contains("a replacement card sent today");
    assertThat(FormFields.isLongField("What we would like: a refund")).isFalse();
    assertThat(FormFields.isLongField("Outcome the customer asked for: A refund")).isTrue();
  }

  @Test
  void aQuestionInTheWritersOwnMailIsNoFormsLabel() {
    assertThat(FormFields.isQuestionLabel("What went wrong?")).isTrue();
    assertThat(FormFields.isQuestionLabel("What went wrong with my transfer?")).isFalse();
    assertThat(read("Transfer", "Hi,\n\nWhat happened?\nMy transfer never arrived.\n\nThanks"))
        .contains("What happened?");
  }
}
