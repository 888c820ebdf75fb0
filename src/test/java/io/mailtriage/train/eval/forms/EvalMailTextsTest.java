package io.mailtriage.train.eval.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The email-form set as the job's parser and PII step hand it to the model. */
class EvalMailTextsTest {

  @Test
  void everyMailBecomesTheModelTextThePiiStepHandsOn() throws Exception {
    Path set = Path.of("data/eval-mail");
    List<EvalMailTexts> mails = EvalMailTexts.read(set, Path.of("conf/mailtriage.yaml"));
    assertThat(mails).hasSize(Files.readAllLines(set.resolve("labels.tsv")).size() - 1);
    EvalMailTexts plain =
        mails.stream()
            .filter(m -> m.file().equals("mail/plain/0002.eml"))
            .findFirst()
            .orElseThrow();
    assertThat(plain.form()).isEqualTo("plain");
    assertThat(plain.intent()).isEqualTo("card_arrival");
    // Subject on the first line, the body after it; the signature's name and phone as placeholders.
    assertThat(plain.text()).startsWith("Enquiry\n");
    assertThat(plain.text()).contains("I ordered a card but it has not arrived.");
    assertThat(plain.text()).contains("<PERSON>", "<PHONE>").doesNotContain("Mei Khan", "23455714");
    assertThat(plain.body()).doesNotContain("Mei Khan", "23455714");
  }
}
