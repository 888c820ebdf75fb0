package io.mailtriage.inference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The text budget (FeatureSpec.maxChars): what of a long email the featurizers read. */
class TextBudgetTest {

  @Test
  void shortTextOrNoBudgetReadsEverything() {
    assertThat(FeatureExtractor.budget("My card was declined.", 100))
        .isEqualTo("My card was declined.");
    String longText = "word ".repeat(1_000);
    assertThat(FeatureExtractor.budget(longText, 0)).isSameAs(longText);
  }

  @Test
  void cutEndsAtASentenceOrLineNearTheBudget() {
    String text =
        "Card lost\nI lost my card yesterday. Please block it now. "
            + "More details follow here ".repeat(20);
    String cut = FeatureExtractor.budget(text, 70);
    assertThat(cut).isEqualTo("Card lost\nI lost my card yesterday. Please block it now.");
  }

  @Test
  void withoutASentenceEndTheCutFallsOnAWordBoundary() {
    String text =
        "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron";
    String cut = FeatureExtractor.budget(text, 40);
    assertThat(cut).hasSizeLessThanOrEqualTo(40);
    assertThat(text).startsWith(cut);
    assertThat(text.charAt(cut.length())).isEqualTo(' ');
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    String text = "x".repeat(39) + "😀" + "y".repeat(100);
    String cut = FeatureExtractor.budget(text, 40);
    assertThat(cut).isEqualTo("x".repeat(39));
  }

  @Test
  void anythingAfterTheBudgetDoesNotChangeTheFeaturesButIsFlagged() throws Exception {
    FeatureSpec spec = FeatureSpec.of(true, 1024, false, 128).withMaxChars(64);
    try (FeatureExtractor fx = new FeatureExtractor(spec, 1, 1)) {
      String head = "Where is my new card? I ordered it two weeks ago.";
      List<Features> f =
          fx.extract(List.of(head, head + "\n" + "quoted newsletter text ".repeat(50)));
      assertThat(f.get(1).ngrams().ids()).isEqualTo(f.get(0).ngrams().ids());
      assertThat(f.get(1).ngrams().values()).isEqualTo(f.get(0).ngrams().values());
      assertThat(f.get(0).truncated()).isFalse();
      assertThat(f.get(1).truncated()).isTrue();
    }
  }
}
