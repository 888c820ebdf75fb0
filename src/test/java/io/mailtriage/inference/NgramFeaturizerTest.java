package io.mailtriage.inference;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.inference.NgramFeaturizer.SparseVector;
import org.junit.jupiter.api.Test;

class NgramFeaturizerTest {

  private final NgramFeaturizer f = new NgramFeaturizer(4096);

  @Test
  void idsAreSortedDistinctAndInRange() {
    SparseVector v = f.featurize("My card, my card! It was stolen yesterday.");
    assertThat(v.ids()).isSorted().doesNotHaveDuplicates();
    assertThat(java.util.Arrays.stream(v.ids()).allMatch(id -> id >= 0 && id < 4096)).isTrue();
    for (float x : v.values()) {
      assertThat(x).isPositive();
    }
  }

  @Test
  void deterministicAndCaseInsensitive() {
    assertThat(f.featurize("Top-up FAILED")).isEqualTo(f.featurize("top-up failed"));
    assertThat(f.featurize("Top-up FAILED"))
        .isEqualTo(new NgramFeaturizer(4096).featurize("Top-up FAILED"));
  }

  @Test
  void emptyTextHasNoFeatures() {
    assertThat(f.featurize("").size()).isZero();
    assertThat(f.featurize(" ,.! ").size()).isZero();
  }

  @Test
  void eachFamilyIsUnitLength() {
    // One short word: 1 word unigram (norm 1) plus its char grams (norm 1), total squared norm 2
    // unless hash collisions merge entries, which 2^20 buckets make vanishingly unlikely here.
    SparseVector v = new NgramFeaturizer(1 << 20).featurize("card");
    double sq = 0;
    for (float x : v.values()) {
      sq += x * x;
    }
    assertThat(sq).isCloseTo(2.0, org.assertj.core.api.Assertions.within(1e-5));
  }

  @Test
  void hashIsStableAcrossReleases() {
    // Pinned: a changed hash silently breaks every deployed model, so it must bump SPEC.
    assertThat(new NgramFeaturizer(1 << 20).bucket("w1:card")).isEqualTo(PINNED_CARD_BUCKET);
  }

  private static final int PINNED_CARD_BUCKET = 354399; // also computed independently in Python
}
