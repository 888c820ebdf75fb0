package io.mailtriage.train.eval.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.ingest.RawEmail;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalMailEighthFormsTest {
  private static final Path SET = Path.of("data/eval-mail-eighth");

  @Test
  void theSameSeedRendersTheSameBytes() {
    assertThat(TestMail.sameSeedSameBytes(EvalMailEighthForms::new)).isTrue();
  }

  /** The committed set is what the builder writes from the test split with the README's seed. */
  @Test
  void theCommittedSetRebuildsByteForByte(@TempDir Path dir) throws Exception {
    TestMail.assertCommittedSetRebuilds(SET, 81, EvalMailEighthForms::new, dir);
  }

  /**
   * Every form is mail the job's parser takes (services' senders, a fax's PDF beside its text, HTML
   * alternatives) and holds the query once, whole, in its body.
   */
  @Test
  void everyFormParsesWithTheQueryInItsBodyOnce() {
    TestMail.assertEveryFormParsesWithTheQueryOnce(
        EvalMailEighthForms::new, EvalMailEighthForms.SUPPORT);
  }

  @Test
  void theEighthTemplateSetDealsItsFormsEvenly(@TempDir Path dir) throws Exception {
    assertThat(TestMail.mailsPerForm(dir, 81, EvalMailEighthForms::new))
        .hasSize(EvalMailEighthForms.Form.values().length)
        .allSatisfy((form, n) -> assertThat(n).isEqualTo(3));
  }

  /** What makes each form that form, checked on the raw mail and on what the parser reads of it. */
  private static final Map<String, BiPredicate<String, RawEmail>> SHAPES =
      Map.of(
          "checklist",
          (raw, e) ->
              e.body.lines().filter(l -> l.matches("([-•*☐☑] |\\d\\. |\\[[ x]] ).+")).count() >= 3,
          "long-letter",
          (raw, e) -> e.body.split("\n\n").length >= 7,
          "representative",
          (raw, e) -> e.body.matches("(?s).*(Our ref|Lasting Power|Case no|Client: ).*"),
          "relay-service",
          (raw, e) -> lower(e.body).matches("(?s).*(relay|deaf|hearing|eye-gaze).*"),
          "complaint-site",
          (raw, e) -> e.from.email.startsWith("case-") && e.body.contains("Case ID: "),
          "error-paste",
          (raw, e) -> e.body.matches("(?s).*(Error|ERR_|error|Oops|Sorry, we can.t|Status 503).*"),
          "social-dm",
          (raw, e) -> e.from.email.matches("[a-z-]+@(mail\\.)?(chirp|pagebook|snapgram)\\.example"),
          "app-feedback",
          (raw, e) -> e.body.contains("App") && e.body.matches("(?s).*(iOS|Android).*"),
          "markdown",
          (raw, e) -> e.body.matches("(?s).*(\\*\\*|## ).*") && e.body.contains("\n> "),
          "fax-ocr",
          (raw, e) -> e.body.contains("OCR") && e.from.email.startsWith("fax-to-email@"));

  @Test
  void everyFormHasItsShape() {
    TestMail.assertEveryFormHasItsShape(
        EvalMailEighthForms::new, EvalMailEighthForms.SUPPORT, 300, SHAPES);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
