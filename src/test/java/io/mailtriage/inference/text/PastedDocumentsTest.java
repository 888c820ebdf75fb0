package io.mailtriage.inference.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A letter pasted from a word processor or a PDF is read on its request ({@link PastedDocuments}).
 */
class PastedDocumentsTest {

  private static String read(String body) {
    return ModelText.of("", body).text();
  }

  @Test
  void aPastedDocumentIsReadOnTheSectionThatAsksWithoutItsFurniture() {
    assertThat(
            read(
                "Hello,\n\nI typed this up as a document, it's copied below.\n\n"
                    + "====== complaint.docx ======\n\nLETTER ABOUT MY SAVINGS\n\n"
                    + "Author: <PERSON>\nDate: 02/12/2026\nRef: 55120\n\n1. Context\n\n"
                    + "I opened the savings account in 2019 and have kept it in credit since.\n\n"
                    + "2. What I am asking\n\n"
                    + "Why was interest not paid into my savings account in November?\n\n"
                    + "3. Attachments\n\n- Screenshot of the app\n\n"
                    + "<PERSON> - Letter about my savings          Page 1 of 2\n\n"
                    + "Regards,\n<PERSON>\n"))
        .isEqualTo("Why was interest not paid into my savings account in November?");
  }

  @Test
  void aPdfsLigaturesAndWordsBrokenWithAHyphenAreReadAsTyped() {
    assertThat(read("The ﬁrst transfer was ﬂagged as suspi-\ncious by your ofﬁce, why?"))
        .isEqualTo("The first transfer was flagged as suspicious by your office, why?");
  }

  @Test
  void aLineThatIntroducesTheWritersOwnLetterIsNoCopiedScreen() {
    assertThat(
            read(
                "Hi,\n\nI couldn't attach it, so here is the text of my letter pasted in:\n\n"
                    + "My standing order to the gym went out twice this month.\n\n"
                    + "Can you return one of them?"))
        .isEqualTo(
            "My standing order to the gym went out twice this month. Can you return one of them?\n"
                + "I couldn't attach it, so here is the text of my letter pasted in:");
  }
}
