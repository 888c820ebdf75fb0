package io.mailtriage.train.eval.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.inference.text.ModelText;
import io.mailtriage.ingest.EmailParser;
import io.mailtriage.ingest.ParseResult;
import io.mailtriage.ingest.RawEmail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalMailFormsTest {
  private static final String[] QUERIES = {
    "I lost my card yesterday, can you block it?",
    "why was my transfer declined",
    "How do I top up with Apple Pay?",
    "There is a payment on my statement I do not recognise.",
    "Can I change my PIN at an ATM?"
  };

  @Test
  void theSameSeedRendersTheSameBytes() {
    for (EvalMailForms.Form form : EvalMailForms.Form.values()) {
      byte[] a = new EvalMailForms(new Random(7)).render(form, QUERIES[0], 3);
      byte[] b = new EvalMailForms(new Random(7)).render(form, QUERIES[0], 3);
      assertThat(a).as(MailParts.folder(form)).isEqualTo(b);
    }
  }

  /**
   * Every form parses as mail, and what the model reads of it holds the query and none of the text
   * the customer did not write for it: the bank's quoted answer, the forwarded notice, the
   * disclaimer, the mobile footer.
   */
  @Test
  void everyFormParsesAndTheModelTextKeepsTheQueryOnly() {
    EmailParser parser = TestMail.parser(EvalMailForms.SUPPORT);
    Map<ModelText.Part, Integer> parts = new HashMap<>();
    int index = 0;
    for (int round = 0; round < 20; round++) {
      EvalMailForms forms = new EvalMailForms(new Random(round));
      for (EvalMailForms.Form form : EvalMailForms.Form.values()) {
        String query = QUERIES[index % QUERIES.length];
        byte[] mail = forms.render(form, query, index++);
        ParseResult parsed = parser.parse(TestMail.record(mail));
        assertThat(parsed.isOk()).as(MailParts.folder(form) + ": " + parsed).isTrue();
        RawEmail e = parsed.email();
        ModelText.Result read = TestMail.modelText(e);
        String text = read.text().replaceAll("\\s+", " ");
        assertThat(text).as(MailParts.folder(form) + "\n" + e.body).contains(query);
        for (String foreign :
            new String[] {
              "Acme Bank Customer Care",
              "Dear " + e.from.name.split(" ")[0],
              "confidential",
              "Sent from",
              "Get Outlook",
              "Prudential",
              "Amount charged",
              "payment details",
              "Order number",
              "statement is ready"
            }) {
          assertThat(text).as(MailParts.folder(form) + "\n" + e.body).doesNotContain(foreign);
        }
        parts.merge(read.part(), 1, Integer::sum);
        if (form == EvalMailForms.Form.FORWARD_ONLY) {
          assertThat(read.part()).as(e.body).isEqualTo(ModelText.Part.QUOTED_ONLY);
        }
      }
    }
    assertThat(parts.getOrDefault(ModelText.Part.FULL_TEXT, 0)).isZero();
  }

  @Test
  void theSetDealsTheFormsEvenlyAndLabelsEveryMail(@TempDir Path dir) throws Exception {
    Path test = dir.resolve("test.csv");
    StringBuilder csv = new StringBuilder("text,category\n");
    for (int i = 0; i < 40; i++) {
      csv.append('"')
          .append(QUERIES[i % QUERIES.length])
          .append("\",intent_")
          .append(i % 5)
          .append('\n');
    }
    Files.writeString(test, csv);
    assertThat(BuildEvalMail.build(test, dir.resolve("set"), 12, EvalMailForms::new)).isEqualTo(40);
    List<String> labels = Files.readAllLines(dir.resolve("set/labels.tsv"));
    assertThat(labels).hasSize(41);
    Map<String, Integer> perForm = new HashMap<>();
    for (String line : labels.subList(1, labels.size())) {
      String[] f = line.split("\t");
      assertThat(dir.resolve("set").resolve(f[0])).exists();
      perForm.merge(f[1], 1, Integer::sum);
    }
    assertThat(perForm)
        .hasSize(EvalMailForms.Form.values().length)
        .allSatisfy((form, n) -> assertThat(n).isEqualTo(4));
    byte[] first = Files.readAllBytes(dir.resolve("set").resolve(labels.get(1).split("\t")[0]));
    BuildEvalMail.build(test, dir.resolve("again"), 12, EvalMailForms::new);
    assertThat(Files.readAllBytes(dir.resolve("again").resolve(labels.get(1).split("\t")[0])))
        .isEqualTo(first);
  }
}
