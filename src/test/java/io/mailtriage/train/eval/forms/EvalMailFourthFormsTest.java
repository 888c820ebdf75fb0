package io.mailtriage.train.eval.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.ingest.EmailParser;
import io.mailtriage.ingest.ParseResult;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalMailFourthFormsTest {
  private static final String[] QUERIES = TestMail.QUERIES;

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
    EmailParser parser = TestMail.parser(EvalMailFourthForms.SUPPORT);
    int index = 0;
    for (int round = 0; round < 30; round++) {
      EvalMailFourthForms forms = new EvalMailFourthForms(new Random(round));
      for (EvalMailFourthForms.Form form : EvalMailFourthForms.Form.values()) {
        String query = QUERIES[index % QUERIES.length];
        byte[] raw = forms.render(form, query, index++);
        ParseResult parsed = parser.parse(TestMail.record(raw));
        assertThat(parsed.isOk()).as(form.folder() + ": " + parsed).isTrue();
        String body = TestMail.normal(parsed.email().body);
        String q = TestMail.normal(query);
        assertThat(body.indexOf(q)).as(form.folder() + "\n" + parsed.email().body).isNotNegative();
        assertThat(body.indexOf(q, body.indexOf(q) + 1)).as(form.folder()).isNegative();
      }
    }
  }

  @Test
  void theFourthTemplateSetDealsItsFormsEvenly(@TempDir Path dir) throws Exception {
    assertThat(TestMail.mailsPerForm(dir, 41, EvalMailFourthForms::new))
        .hasSize(EvalMailFourthForms.Form.values().length)
        .allSatisfy((form, n) -> assertThat(n).isEqualTo(3));
  }
}
