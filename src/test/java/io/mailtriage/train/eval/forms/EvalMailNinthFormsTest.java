package io.mailtriage.train.eval.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.ingest.RawEmail;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalMailNinthFormsTest {
  private static final Path SET = Path.of("data/eval-mail-ninth");

  @Test
  void theSameSeedRendersTheSameBytes() {
    assertThat(TestMail.sameSeedSameBytes(EvalMailNinthForms::new)).isTrue();
  }

  /** The committed set is what the builder writes from the test split with the README's seed. */
  @Test
  void theCommittedSetRebuildsByteForByte(@TempDir Path dir) throws Exception {
    TestMail.assertCommittedSetRebuilds(SET, 91, EvalMailNinthForms::new, dir);
  }

  /**
   * Every form is mail the job's parser takes (services' senders, HTML-only notices, a reply into a
   * thread) and holds the query once, whole: in its body, or as the subject of subject-ask.
   */
  @Test
  void everyFormParsesWithTheQueryOnce() {
    TestMail.assertEveryFormParsesWithTheQueryOnce(
        EvalMailNinthForms::new, EvalMailNinthForms.SUPPORT, Set.of("subject-ask"));
  }

  @Test
  void theNinthTemplateSetDealsItsFormsEvenly(@TempDir Path dir) throws Exception {
    assertThat(TestMail.mailsPerForm(dir, 91, EvalMailNinthForms::new))
        .hasSize(EvalMailNinthForms.Form.values().length)
        .allSatisfy((form, n) -> assertThat(n).isEqualTo(3));
  }

  /** What makes each form that form, checked on the raw mail and on what the parser reads of it. */
  private static final Map<String, BiPredicate<String, RawEmail>> SHAPES =
      Map.of(
          "group-chat",
          (raw, e) -> e.body.lines().filter(l -> l.matches(".*\\d\\d:\\d\\d.*")).count() >= 3,
          "share-notice",
          (raw, e) -> e.from.email.matches(".*@(cloudbox|signflow|dropit-transfer)\\.example"),
          "community-post",
          (raw, e) -> e.from.email.startsWith("community-noreply@") && e.body.contains("Board: "),
          "issue-tracker",
          (raw, e) -> e.body.matches("(?s).*(Trackly|side conversation).*"),
          "questionnaire",
          (raw, e) ->
              e.body.lines().filter(l -> l.matches("(\\d\\. |Q: |\\* ).*|.* -> .*")).count() >= 4,
          "subject-ask",
          (raw, e) -> !e.subject.isBlank(),
          "terms-quote",
          (raw, e) ->
              e.body.matches("(?s).*(Terms|Charter|conditions|commitments|leaflet|terms).*"),
          "broken-lines",
          (raw, e) -> e.body.lines().filter(l -> !l.isBlank()).count() >= 7,
          "looped-in",
          (raw, e) -> e.inReplyTo != null && e.body.matches("(?s).*(wrote:|From: ).*"),
          "timeline",
          (raw, e) ->
              e.body
                      .lines()
                      .filter(l -> l.matches(".*\\b\\d{1,2}\\b.*(Dec|/12|\\.12\\.).*|.*\\d+ Dec.*"))
                      .count()
                  >= 2);

  @Test
  void everyFormHasItsShape() {
    TestMail.assertEveryFormHasItsShape(
        EvalMailNinthForms::new, EvalMailNinthForms.SUPPORT, 300, SHAPES);
  }
}
