package io.mailtriage.train.eval.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.ingest.RawEmail;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalMailEleventhFormsTest {
  private static final Path SET = Path.of("data/eval-mail-eleventh");

  @Test
  void theSameSeedRendersTheSameBytes() {
    assertThat(TestMail.sameSeedSameBytes(EvalMailEleventhForms::new)).isTrue();
  }

  /** The committed set is what the builder writes from the test split with the README's seed. */
  @Test
  void theCommittedSetRebuildsByteForByte(@TempDir Path dir) throws Exception {
    TestMail.assertCommittedSetRebuilds(SET, 111, EvalMailEleventhForms::new, dir);
  }

  /**
   * Every form is mail the job's parser takes (an alias's sender, several banks in To, a table in
   * HTML beside its text) and holds the query once, whole, in its body.
   */
  @Test
  void everyFormParsesWithTheQueryOnce() {
    TestMail.assertEveryFormParsesWithTheQueryOnce(
        EvalMailEleventhForms::new, EvalMailEleventhForms.SUPPORT);
  }

  @Test
  void theEleventhTemplateSetDealsItsFormsEvenly(@TempDir Path dir) throws Exception {
    assertThat(TestMail.mailsPerForm(dir, 111, EvalMailEleventhForms::new))
        .hasSize(EvalMailEleventhForms.Form.values().length)
        .allSatisfy((form, n) -> assertThat(n).isEqualTo(3));
  }

  /** What makes each form that form, checked on the raw mail and on what the parser reads of it. */
  private static final Map<String, BiPredicate<String, RawEmail>> SHAPES =
      Map.of(
          "fraud-alert",
          (raw, e) ->
              e.inReplyTo != null
                  && e.subject.matches("R[Ee]: .*")
                  && e.body.matches("(?s).*(alerts|fraud-alerts|security)@acme-bank\\.example.*")
                  && e.body.contains("Ref"),
          "scam-forward",
          (raw, e) ->
              e.body.matches(
                  "(?s).*(acme-bank-verify|acmebank-secure|account-check|acme-secure-device"
                      + "|acme-unlock|acme-cards-delivery|acme-cancel-payment)\\.example.*"),
          "store-review",
          (raw, e) ->
              e.body.contains("help@acme-bank.example")
                  && e.body.matches("(?s).*(★|star|Rated \\d).*"),
          "ai-drafted",
          (raw, e) ->
              e.body.matches("(?s).*Subject:(\\*\\*)? .*\\n\\nDear .*(regards|Sincerely).*"),
          "alias-relay",
          (raw, e) ->
              e.from.email.matches(
                      ".*@(relay\\.)?(shieldbox|cloakmail|hushline|maskpost)\\.example")
                  && e.body.matches("(?s).*(ShieldBox|Cloakmail|Hushline|MaskPost).*"),
          "wearable",
          (raw, e) ->
              e.body.matches("(?s).*(Watch|watch|car|Dictated|dictated|hands-free).*")
                  && e.body.length() < 400,
          "multi-bank",
          (raw, e) ->
              e.to.length >= 3
                  && Stream.of(e.to).anyMatch(a -> a.email.equals(EvalMailEleventhForms.SUPPORT)),
          "business-table",
          (raw, e) -> raw.contains("Content-Type: text/html") && e.body.contains("(£)"),
          "assistive-tech",
          (raw, e) ->
              e.body.matches(
                  "(?s).*(GazeType|head switch|communication aid|screen reader|with my eyes).*"),
          "status-page",
          (raw, e) ->
              e.body.matches("(?s).*(Investigating|Resolved|Scheduled maintenance|Monitoring).*"));

  @Test
  void everyFormHasItsShape() {
    TestMail.assertEveryFormHasItsShape(
        EvalMailEleventhForms::new, EvalMailEleventhForms.SUPPORT, 300, SHAPES);
  }
}
