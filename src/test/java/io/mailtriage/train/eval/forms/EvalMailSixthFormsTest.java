package io.mailtriage.train.eval.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.ingest.RawEmail;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalMailSixthFormsTest {
  private static final Path SET = Path.of("data/eval-mail-sixth");

  @Test
  void theSameSeedRendersTheSameBytes() {
    assertThat(TestMail.sameSeedSameBytes(EvalMailSixthForms::new)).isTrue();
  }

  /** The committed set is what the builder writes from the test split with the README's seed. */
  @Test
  void theCommittedSetRebuildsByteForByte(@TempDir Path dir) throws Exception {
    TestMail.assertCommittedSetRebuilds(SET, 61, EvalMailSixthForms::new, dir);
  }

  /**
   * Every form is mail the job's parser takes (meeting requests with their calendar part, empty
   * bodies, merge tools' HTML), and holds the query once, whole: in the body, or as the subject of
   * {@code subject-only} with a body that does not repeat it.
   */
  @Test
  void everyFormParsesWithTheQueryInItsBodyOnce() {
    TestMail.assertEveryFormParsesWithTheQueryOnce(
        EvalMailSixthForms::new, EvalMailSixthForms.SUPPORT, Set.of("subject-only"));
  }

  @Test
  void theSixthTemplateSetDealsItsFormsEvenly(@TempDir Path dir) throws Exception {
    assertThat(TestMail.mailsPerForm(dir, 61, EvalMailSixthForms::new))
        .hasSize(EvalMailSixthForms.Form.values().length)
        .allSatisfy((form, n) -> assertThat(n).isEqualTo(3));
  }

  /** What makes each form that form, checked on the raw mail and on what the parser reads of it. */
  private static final Map<String, BiPredicate<String, RawEmail>> SHAPES =
      Map.of(
          "reply-above-line",
          (raw, e) -> lower(e.body).contains("above this line") && raw.contains("In-Reply-To:"),
          "dictated",
          (raw, e) -> lower(e.body).matches("(?s).*(voice|dictat|spoken).*"),
          "subject-only",
          (raw, e) -> e.body.strip().length() < 40,
          "noreply-reply",
          (raw, e) -> e.body.contains("no-reply@alerts.acme-bank.example"),
          "meeting-invite",
          (raw, e) -> raw.contains("Content-Type: text/calendar") && raw.contains("METHOD:REQUEST"),
          "classification",
          (raw, e) ->
              lower(e.subject + "\n" + e.body)
                  .matches("(?s).*(classif|sensitivity|official|internal|public|label applied).*"),
          "crm-sent",
          (raw, e) ->
              raw.contains("text/html")
                  && lower(e.body).matches("(?s).*(unsubscribe|rather not).*"),
          "bounce-resend",
          (raw, e) -> e.body.contains("Forwarded message") && e.body.contains("550 5."),
          "shouting",
          (raw, e) ->
              e.subject.equals(e.subject.toUpperCase(Locale.ROOT))
                  && e.body
                      .lines()
                      .anyMatch(
                          l ->
                              l.matches("[A-Z][A-Z ]+[!?]*.*")
                                  && l.equals(l.toUpperCase(Locale.ROOT))),
          "joint-thread",
          (raw, e) ->
              e.body.contains("wrote:") && e.body.lines().anyMatch(l -> l.startsWith("> ")));

  @Test
  void everyFormHasItsShape() {
    TestMail.assertEveryFormHasItsShape(
        EvalMailSixthForms::new, EvalMailSixthForms.SUPPORT, 200, SHAPES);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
