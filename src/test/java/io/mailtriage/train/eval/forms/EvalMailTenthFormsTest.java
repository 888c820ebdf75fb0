package io.mailtriage.train.eval.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.ingest.RawEmail;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalMailTenthFormsTest {
  private static final Path SET = Path.of("data/eval-mail-tenth");

  @Test
  void theSameSeedRendersTheSameBytes() {
    assertThat(TestMail.sameSeedSameBytes(EvalMailTenthForms::new)).isTrue();
  }

  /** The committed set is what the builder writes from the test split with the README's seed. */
  @Test
  void theCommittedSetRebuildsByteForByte(@TempDir Path dir) throws Exception {
    TestMail.assertCommittedSetRebuilds(SET, 101, EvalMailTenthForms::new, dir);
  }

  /**
   * Every form is mail the job's parser takes (a phone system's and a shared inbox's senders, a
   * reply to a newsletter, emoji in HTML) and holds the query once, whole, in its body.
   */
  @Test
  void everyFormParsesWithTheQueryOnce() {
    TestMail.assertEveryFormParsesWithTheQueryOnce(
        EvalMailTenthForms::new, EvalMailTenthForms.SUPPORT);
  }

  @Test
  void theTenthTemplateSetDealsItsFormsEvenly(@TempDir Path dir) throws Exception {
    assertThat(TestMail.mailsPerForm(dir, 101, EvalMailTenthForms::new))
        .hasSize(EvalMailTenthForms.Form.values().length)
        .allSatisfy((form, n) -> assertThat(n).isEqualTo(3));
  }

  /** What makes each form that form, checked on the raw mail and on what the parser reads of it. */
  private static final Map<String, BiPredicate<String, RawEmail>> SHAPES =
      Map.of(
          "voicemail",
          (raw, e) ->
              e.from.email.matches(".*@(callbox|voxline|phones\\.acme-bank)\\.example")
                  && e.body.matches("(?s).*(Transcript|Message:|Transcription).*"),
          "second-language",
          (raw, e) ->
              e.body.matches(
                  "(?s).*(Ladies|Sirs|Respected|Dear Team|Madam|Hello|Good).*\\n\\n.*"
                      + "(greetings|Regards|regards|Thanking|respect|Cordially|greeting).*"),
          "chatbot-paste",
          (raw, e) -> e.body.matches("(?s).*(Ava|Penny|Acme Assistant|Max \\(virtual).*"),
          "letterhead",
          (raw, e) -> e.body.contains("Our ref: ") && e.body.contains("For and on behalf of "),
          "second-errand",
          (raw, e) ->
              e.body.matches(
                  "(?s).*(address|staff|post for|mobile number|marketing|cash machine|away).*"),
          "newsletter-reply",
          (raw, e) ->
              e.inReplyTo != null
                  && e.subject.startsWith("Re: ")
                  && e.body.contains("news@mail.acme-bank.example")
                  && e.body.contains("Unsubscribe"),
          "shared-inbox",
          (raw, e) -> e.from.name.matches(".*(Family|Club|Allotments|Choir|Daughters).*"),
          "emoji",
          (raw, e) -> e.body.codePoints().filter(c -> c >= 0x2600).count() >= 2,
          "formal-notice",
          (raw, e) -> e.body.matches("(?s).*(NOTICE|on notice).*Signed: .*"),
          "pasted-document",
          (raw, e) -> e.body.contains("1. Background") && e.body.contains("3. Enclosures"));

  @Test
  void everyFormHasItsShape() {
    TestMail.assertEveryFormHasItsShape(
        EvalMailTenthForms::new, EvalMailTenthForms.SUPPORT, 300, SHAPES);
  }
}
