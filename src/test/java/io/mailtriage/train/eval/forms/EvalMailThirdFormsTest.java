package io.mailtriage.train.eval.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.ingest.EmailParser;
import io.mailtriage.ingest.ParseResult;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalMailThirdFormsTest {
  private static final String[] QUERIES = TestMail.QUERIES;

  @Test
  void theSameSeedRendersTheSameBytes() {
    assertThat(TestMail.sameSeedSameBytes(EvalMailThirdForms::new)).isTrue();
  }

  /**
   * Every form is mail the job's parser takes (attachments, inline images and HTML layouts
   * included), and its body holds the query once, whole: the customer's request, whether written
   * between the bank's lines, under them, or in a letter quoted or forwarded below a short note.
   */
  @Test
  void everyFormParsesWithTheQueryInItsBodyOnce() {
    EmailParser parser = TestMail.parser(EvalMailThirdForms.SUPPORT);
    int index = 0;
    for (int round = 0; round < 30; round++) {
      EvalMailThirdForms forms = new EvalMailThirdForms(new Random(round));
      for (EvalMailThirdForms.Form form : EvalMailThirdForms.Form.values()) {
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
  void theThirdTemplateSetDealsItsFormsEvenly(@TempDir Path dir) throws Exception {
    assertThat(TestMail.mailsPerForm(dir, 31, EvalMailThirdForms::new))
        .hasSize(EvalMailThirdForms.Form.values().length)
        .allSatisfy((form, n) -> assertThat(n).isEqualTo(3));
  }
}
