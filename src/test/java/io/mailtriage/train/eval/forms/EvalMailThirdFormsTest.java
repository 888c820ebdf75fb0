package io.mailtriage.train.eval.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalMailThirdFormsTest {
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
    TestMail.assertEveryFormParsesWithTheQueryOnce(
        EvalMailThirdForms::new, EvalMailThirdForms.SUPPORT);
  }

  /**
   * What the model reads of every form keeps the query and none of the text the customer did not
   * write: the bank's quoted lines around an inline answer, history under other clients' separators
   * and attributions, a help desk's marker and notification, phone footers, footers' legal and
   * marketing lines, and the headers of a forward or of the customer's own earlier mail. The third
   * author's shapes, so the model-text step's rules for them stay general.
   */
  @Test
  void theModelTextOfEveryFormKeepsTheQueryOnly() {
    String[] foreign = {
      "Service Centre",
      "wrote",
      "napsal",
      "írta",
      "skrev",
      "a scris",
      "Original",
      "Ursprüngliche",
      "origine",
      "Mensaje",
      "Messaggio",
      "Oorspronkelijk",
      "From:",
      "Sent:",
      "Subject:",
      "Sent from",
      "Sent with",
      "Sent via",
      "Get Outlook",
      "BlackBerry",
      "Enviado",
      "reply above",
      "above this line",
      "Antwort",
      "Ticket",
      "ref:_",
      "Could you",
      "sole name",
      "log in",
      "mobile number",
      "contacted us",
      "privileged",
      "RGPD",
      "geadresseerde",
      "destinatario",
      "print",
      "stampare",
      "Registered",
      "UNSUBSCRIBE",
      "working hours",
      "B Corporation",
      "Forwarded",
      "forwarded",
      "http"
    };
    for (TestMail.Read r :
        TestMail.modelTexts(EvalMailThirdForms::new, EvalMailThirdForms.SUPPORT)) {
      assertThat(TestMail.normal(r.text()))
          .as(r.form() + "\n" + r.body())
          .contains(TestMail.normal(r.query()));
      for (String f : foreign) {
        assertThat(r.text()).as(r.form() + "\n" + r.body()).doesNotContain(f);
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
