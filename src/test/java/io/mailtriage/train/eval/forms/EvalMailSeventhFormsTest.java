package io.mailtriage.train.eval.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.ingest.RawEmail;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalMailSeventhFormsTest {
  private static final Path SET = Path.of("data/eval-mail-seventh");

  @Test
  void theSameSeedRendersTheSameBytes() {
    assertThat(TestMail.sameSeedSameBytes(EvalMailSeventhForms::new)).isTrue();
  }

  /** The committed set is what the builder writes from the test split with the README's seed. */
  @Test
  void theCommittedSetRebuildsByteForByte(@TempDir Path dir) throws Exception {
    TestMail.assertCommittedSetRebuilds(SET, 71, EvalMailSeventhForms::new, dir);
  }

  /**
   * Every form is mail the job's parser takes (gateways' senders, large-print HTML alone, Apple
   * Mail's alternative parts) and holds the query once, whole, in its body.
   */
  @Test
  void everyFormParsesWithTheQueryInItsBodyOnce() {
    TestMail.assertEveryFormParsesWithTheQueryOnce(
        EvalMailSeventhForms::new, EvalMailSeventhForms.SUPPORT);
  }

  @Test
  void theSeventhTemplateSetDealsItsFormsEvenly(@TempDir Path dir) throws Exception {
    assertThat(TestMail.mailsPerForm(dir, 71, EvalMailSeventhForms::new))
        .hasSize(EvalMailSeventhForms.Form.values().length)
        .allSatisfy((form, n) -> assertThat(n).isEqualTo(3));
  }

  /** What makes each form that form, checked on the raw mail and on what the parser reads of it. */
  private static final Map<String, BiPredicate<String, RawEmail>> SHAPES =
      Map.of(
          "out-of-office",
          (raw, e) ->
              lower(e.subject + "\n" + e.body)
                  .matches("(?s).*(automatic reply|out of office|away|leave|travelling).*"),
          "postscript",
          (raw, e) -> e.body.lines().anyMatch(l -> l.matches("(?i)p\\.?p?\\.?s\\.?.*")),
          "translated",
          (raw, e) -> lower(e.body).contains("translat"),
          "sms-gateway",
          (raw, e) -> e.from.email.matches("447700900\\d{3}@.*"),
          "staff-escalation",
          (raw, e) ->
              e.from.email.endsWith("@acme-bank.example")
                  && e.body.matches("(?s).*(Original Message|Customer wrote).*"),
          "apple-mail",
          (raw, e) ->
              raw.contains("blockquote type=3D\"cite\"")
                  && e.body.matches("(?s).*<[^>\\n]+\\.(jpeg|png)>.*")
                  && e.body.contains(", at "),
          "quoting-styles",
          (raw, e) -> e.body.matches("(?s).*(Quoting |Message from |wrote|writes:|\\]:\n).*"),
          "large-print",
          (raw, e) -> raw.matches("(?s).*font-size:(24pt|28px|20pt|x-large).*"),
          "numbered-complaint",
          (raw, e) ->
              e.body.contains("Yours faithfully")
                  && e.body.matches("(?s).*\n(Para )?\\(?[2b][.)] .*"),
          "sent-too-soon",
          (raw, e) ->
              lower(e.body).matches("(?s).*(sorry|apolog|oops|disregard|recall).*")
                  && raw.contains("In-Reply-To:"));

  @Test
  void everyFormHasItsShape() {
    TestMail.assertEveryFormHasItsShape(
        EvalMailSeventhForms::new, EvalMailSeventhForms.SUPPORT, 300, SHAPES);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
