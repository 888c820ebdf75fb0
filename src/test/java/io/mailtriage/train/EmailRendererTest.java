package io.mailtriage.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmailRendererTest {
  private static final Path FORMS = Path.of("data/email-forms/training.json");
  private static final String QUERY = "How long does a transfer from abroad take to arrive?";

  @TempDir Path tmp;

  @Test
  void everyFormIsRenderedAndTheModelTextStillHoldsTheQuery() throws IOException {
    EmailRenderer renderer = EmailRenderer.load(FORMS);
    Set<EmailRenderer.Form> seen = EnumSet.noneOf(EmailRenderer.Form.class);
    for (long seed = 0; seed < 200; seed++) {
      EmailRenderer.Rendered r = renderer.render(QUERY, seed);
      seen.add(r.form());
      assertThat(r.subject()).doesNotContain("\n");
      assertThat(r.joined()).doesNotContain("{PERSON}", "{PHONE}", "{EMAIL}", "{DATE}");
      assertThat(r.modelText()).containsIgnoringCase(QUERY.substring(0, QUERY.length() - 1));
    }
    assertThat(seen).containsExactlyInAnyOrder(EmailRenderer.Form.values());
  }

  @Test
  void renderingsCarryWhatTheModelTextStepRemoves() throws IOException {
    EmailRenderer renderer = EmailRenderer.load(FORMS);
    int longer = 0;
    for (long seed = 0; seed < 100; seed++) {
      EmailRenderer.Rendered r = renderer.render(QUERY, seed);
      if (r.form() == EmailRenderer.Form.QUOTED_REPLY) {
        assertThat(r.body()).contains("\n> ");
        assertThat(r.modelText()).doesNotContainPattern("(?m)^>");
      }
      if (r.form() == EmailRenderer.Form.HTML) {
        assertThat(r.body()).doesNotContain("<p>", "<br>", "</div>");
      }
      longer += r.joined().length() > r.modelText().length() + 20 ? 1 : 0;
    }
    assertThat(longer)
        .as("renderings the step shortened by a greeting, signature or footer")
        .isGreaterThan(60);
  }

  @Test
  void renderingIsAPureFunctionOfQueryAndSeed() throws IOException {
    EmailRenderer a = EmailRenderer.load(FORMS);
    EmailRenderer b = EmailRenderer.load(FORMS);
    for (long seed = 0; seed < 20; seed++) {
      assertThat(a.render(QUERY, seed)).isEqualTo(b.render(QUERY, seed));
    }
    assertThat(a.render(QUERY, 1).joined()).isNotEqualTo(a.render(QUERY, 2).joined());
  }

  @Test
  void aFormsFileWithAnEmptyListIsRefusedNamingTheFile() throws IOException {
    Path bad = tmp.resolve("forms.json");
    Files.writeString(
        bad,
        Files.readString(FORMS).replaceFirst("\"closings\": \\[[^\\]]*\\]", "\"closings\": []"));
    assertThatThrownBy(() -> EmailRenderer.load(bad))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(bad + ": ")
        .hasMessageContaining("non-empty");
  }
}
