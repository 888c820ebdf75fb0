package io.mailtriage.train.eval.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalMailFifthFormsTest {
  @Test
  void theSameSeedRendersTheSameBytes() {
    assertThat(TestMail.sameSeedSameBytes(EvalMailFifthForms::new)).isTrue();
  }

  /**
   * Every form is mail the job's parser takes (HTML banners, pasted screenshots with their images
   * attached, Yahoo's HTML quote included), and its body holds the query once, whole: beside
   * another language, a second question, statement lines, a complaint or a letter's address blocks,
   * above history quoted, indented or under a client's header.
   */
  @Test
  void everyFormParsesWithTheQueryInItsBodyOnce() {
    TestMail.assertEveryFormParsesWithTheQueryOnce(
        EvalMailFifthForms::new, EvalMailFifthForms.SUPPORT);
  }

  @Test
  void theFifthTemplateSetDealsItsFormsEvenly(@TempDir Path dir) throws Exception {
    assertThat(TestMail.mailsPerForm(dir, 53, EvalMailFifthForms::new))
        .hasSize(EvalMailFifthForms.Form.values().length)
        .allSatisfy((form, n) -> assertThat(n).isEqualTo(3));
  }
}
