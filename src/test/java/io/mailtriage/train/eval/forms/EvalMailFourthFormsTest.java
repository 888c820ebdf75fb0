package io.mailtriage.train.eval.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalMailFourthFormsTest {
  @Test
  void theSameSeedRendersTheSameBytes() {
    assertThat(TestMail.sameSeedSameBytes(EvalMailFourthForms::new)).isTrue();
  }

  /**
   * Every form is mail the job's parser takes (signed parts, voicemail audio and attached messages
   * included), and its body holds the query once, whole: the customer's request, whether
   * hard-wrapped over lines, in a chat or voicemail transcript, quoted in the bank's
   * acknowledgement or in the customer's own earlier mail sent on as an attachment.
   */
  @Test
  void everyFormParsesWithTheQueryInItsBodyOnce() {
    TestMail.assertEveryFormParsesWithTheQueryOnce(
        EvalMailFourthForms::new, EvalMailFourthForms.SUPPORT);
  }

  @Test
  void theFourthTemplateSetDealsItsFormsEvenly(@TempDir Path dir) throws Exception {
    assertThat(TestMail.mailsPerForm(dir, 41, EvalMailFourthForms::new))
        .hasSize(EvalMailFourthForms.Form.values().length)
        .allSatisfy((form, n) -> assertThat(n).isEqualTo(3));
  }
}
