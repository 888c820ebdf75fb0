package io.mailtriage.train.eval.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.ingest.EmailParser;
import io.mailtriage.ingest.ParseResult;
import io.mailtriage.ingest.RawEmail;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalMailAltFormsTest {
  private static final String[] QUERIES = TestMail.QUERIES;

  @Test
  void theSameSeedRendersTheSameBytes() {
    assertThat(TestMail.sameSeedSameBytes(EvalMailAltForms::new)).isTrue();
  }

  /**
   * Every form is mail the job's parser takes (legacy charsets, base64, quoted-printable HTML
   * included), and the query is in what it reads, whole: in the body or, for subject-only mail, in
   * the subject.
   */
  @Test
  void everyFormParsesWithTheQueryInIt() {
    EmailParser parser = TestMail.parser(EvalMailAltForms.SUPPORT);
    Map<String, Integer> subjectOnly = new HashMap<>();
    int index = 0;
    for (int round = 0; round < 30; round++) {
      EvalMailAltForms forms = new EvalMailAltForms(new Random(round));
      for (EvalMailAltForms.Form form : EvalMailAltForms.Form.values()) {
        String query = QUERIES[index % QUERIES.length];
        byte[] raw = forms.render(form, query, index++);
        ParseResult parsed = parser.parse(TestMail.record(raw));
        assertThat(parsed.isOk()).as(MailParts.folder(form) + ": " + parsed).isTrue();
        RawEmail e = parsed.email();
        String body = TestMail.normal(e.body);
        if (!body.contains(TestMail.normal(query))) {
          assertThat(TestMail.normal(e.subject))
              .as(MailParts.folder(form) + "\n" + e.body)
              .contains(TestMail.normal(query));
          subjectOnly.merge(MailParts.folder(form), 1, Integer::sum);
        }
      }
    }
    assertThat(subjectOnly.keySet()).containsOnly(MailParts.folder(EvalMailAltForms.Form.STORY));
  }

  /**
   * What the model reads of every form keeps the query and none of the text its writer did not
   * write for it: the bank's quoted answers and their attributions, forward and form headers,
   * signatures with their web, logo and social lines, notices, footers and a portal's fields. The
   * second author's shapes, so the model-text step's rules for them stay general.
   */
  @Test
  void theModelTextOfEveryFormKeepsTheQueryOnly() {
    String[] foreign = {
      "Acme Bank Support",
      "Mia",
      "wrote",
      "pisze",
      "kirjoitti",
      "escreveu",
      "skrev",
      "пишет",
      "yazdı",
      "Quoting",
      "Sent from",
      "Von meinem",
      "Envoyé",
      "Get Outlook",
      "[cid:",
      "www.",
      "http",
      "LinkedIn",
      "Tel",
      "Fax",
      "Request ID",
      "Status:",
      "Name:",
      "Topic:",
      "Account:",
      "environment",
      "virus",
      "extern",
      "Forwarded",
      "reenviado",
      "Weitergeleitete",
      "##",
      "Streamly",
      "Registered",
      "confidenti",
      "vertraulich"
    };
    for (TestMail.Read r : TestMail.modelTexts(EvalMailAltForms::new, EvalMailAltForms.SUPPORT)) {
      assertThat(TestMail.normal(r.text()))
          .as(r.form() + "\n" + r.body())
          .contains(TestMail.normal(r.query()));
      // A story keeps its context; a subject-only mail falls back to its full text.
      if (!r.form().equals(MailParts.folder(EvalMailAltForms.Form.STORY))) {
        for (String f : foreign) {
          assertThat(r.text()).as(r.form() + "\n" + r.body()).doesNotContain(f);
        }
      }
    }
  }

  @Test
  void theAltTemplateSetDealsItsFormsEvenly(@TempDir Path dir) throws Exception {
    assertThat(TestMail.mailsPerForm(dir, 23, EvalMailAltForms::new))
        .hasSize(EvalMailAltForms.Form.values().length)
        .allSatisfy((form, n) -> assertThat(n).isEqualTo(3));
  }
}
