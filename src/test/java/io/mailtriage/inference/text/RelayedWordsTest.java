package io.mailtriage.inference.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A mail written for the customer by someone else is read on the customer's words it hands on
 * ({@link RelayedWords}).
 */
class RelayedWordsTest {

  private static String read(String body) {
    return ModelText.of("", body).text();
  }

  @Test
  void aDeputysIntroductionAndReplyNotesAreNotReadBesideTheWordsTheyHandOn() {
    assertThat(
            read(
                "Dear Sirs,\n\nI am the court-appointed deputy for the account holder named in"
                    + " the heading. She asked me to put this to you exactly as she said it:\n\n"
                    + "Why has my pension payment not arrived this month\n\nPlease send any"
                    + " reply to me at the address on file, as she no longer opens her post.\n\n"
                    + "Yours faithfully,\n<PERSON>"))
        .isEqualTo("Why has my pension payment not arrived this month");
  }

  @Test
  void wordsHandedOnAfterTheColonOfTheSameLineAreRead() {
    assertThat(
            read(
                "We keep the books for the family business. Our client wants to know: can we"
                    + " get a second debit card for the account?\n\nKindly quote reference"
                    + " HB-2207 on all correspondence."))
        .isEqualTo("can we get a second debit card for the account?");
  }

  @Test
  void theWritersOwnQuestionStaysAfterTheHandedOnWords() {
    assertThat(
            read(
                "I sort out my grandad's post since his fall. He dictated this, and his words"
                    + " were the following.\n\nMy card got"
                    + " eaten by the cash machine on the high street\n\nAlso, can I be added"
                    + " as a contact on his account?"))
        .isEqualTo(
            "My card got eaten by the cash machine on the high street\nAlso, can I be added as"
                + " a contact on his account?");
  }

  @Test
  void aWritersOwnLineAboutSomeoneElseIntroducesNoWords() {
    assertThat(RelayedWords.wordsStart("My husband's card shows this error:")).isEqualTo(-1);
    assertThat(RelayedWords.wordsStart("Client: Mrs <PERSON>")).isEqualTo(-1);
    assertThat(RelayedWords.wordsStart("Can you tell me what my son asked you:")).isEqualTo(-1);
  }
}
