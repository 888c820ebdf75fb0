package io.mailtriage.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mailtriage.inference.NgramFeaturizer.Options;
import io.mailtriage.inference.NgramFeaturizer.SparseVector;
import java.util.List;
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
    assertThat(squaredNorm(v)).isCloseTo(2.0, org.assertj.core.api.Assertions.within(1e-5));
  }

  @Test
  void hashIsStableAcrossReleases() {
    // Pinned: a changed hash silently breaks every deployed model, so it must bump SPEC.
    assertThat(new NgramFeaturizer(1 << 20).bucket("w1:card")).isEqualTo(PINNED_CARD_BUCKET);
  }

  @Test
  void defaultOptionsGiveTheFeaturesOfEveryModelTrainedBeforeThem() {
    // Pinned with the featurizer as it was before it had options: an old card must score the same.
    SparseVector v =
        new NgramFeaturizer(4096, Options.DEFAULT, null).featurize("Re: my CARD was stolen, café!");
    assertThat(v.size()).isEqualTo(52);
    assertThat(v.hashCode()).isEqualTo(188160178);
    assertThat(Options.DEFAULT.spec()).isEqualTo(NgramFeaturizer.SPEC);
  }

  @Test
  void aCharGramThatCutsACharacterOutsideTheBasicPlaneHashesAsItsStringWould() {
    // "𠀀" is one letter of two chars; a 3-gram may hold only half of it, which the String of the
    // gram encodes as '?'. Word, pair and char grams: exactly the buckets of their Strings.
    NgramFeaturizer plain = new NgramFeaturizer(1 << 20);
    String word = "a\uD840\uDC00b";
    java.util.TreeSet<Integer> expected = new java.util.TreeSet<>();
    expected.add(plain.bucket("w1:" + word));
    expected.add(plain.bucket("w1:é"));
    expected.add(plain.bucket("w2:" + word + " é"));
    for (String padded : List.of(" " + word + " ", " é ")) {
      for (int n = 3; n <= 5; n++) {
        for (int i = 0; i + n <= padded.length(); i++) {
          expected.add(plain.bucket("c:" + padded.substring(i, i + n)));
        }
      }
    }
    assertThat(plain.featurize(word + " É").ids())
        .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
  }

  @Test
  void everyOptionIsNamedInTheSpecAndReadBackFromIt() {
    for (Options o :
        List.of(
            Options.DEFAULT,
            new Options(2, false, false),
            new Options(3, true, false),
            new Options(1, true, true))) {
      assertThat(Options.parse(o.spec())).contains(o);
    }
    assertThat(new Options(2, true, true).spec()).contains("char2-5;", "sublinear-tf-idf;");
    assertThat(Options.parse(NgramFeaturizer.SPEC.replace("ngram-v1", "ngram-v2"))).isEmpty();
    assertThat(Options.parse(NgramFeaturizer.SPEC.replace("char3-5", "char0-5"))).isEmpty();
    assertThat(Options.parse(null)).isEmpty();
  }

  @Test
  void shorterCharGramsAddToTheLongerOnes() {
    SparseVector three = new NgramFeaturizer(1 << 20).featurize("card");
    SparseVector two =
        new NgramFeaturizer(1 << 20, new Options(2, false, false), null).featurize("card");
    // " c", "ca", "ar", "rd", "d " on top of the 3-5-grams.
    assertThat(two.size()).isEqualTo(three.size() + 5);
    assertThat(two.ids()).contains(three.ids());
  }

  @Test
  void charGramsAcrossWordsBridgeTheSpaceAndSkipPunctuation() {
    NgramFeaturizer inside = new NgramFeaturizer(1 << 20);
    NgramFeaturizer across = new NgramFeaturizer(1 << 20, new Options(3, true, false), null);
    int bridge = across.bucket("c:y c");
    assertThat(across.featurize("my card").ids()).contains(bridge);
    assertThat(across.featurize("My, card!")).isEqualTo(across.featurize("my card"));
    assertThat(inside.featurize("my card").ids()).doesNotContain(bridge);
    // One word has the same grams either way.
    assertThat(across.featurize("card")).isEqualTo(inside.featurize("card"));
  }

  @Test
  void idfRaisesRareGramsAndKeepsEachFamilyUnitLength() {
    int buckets = 1 << 20;
    float[] idf = new float[buckets];
    java.util.Arrays.fill(idf, 1f);
    NgramFeaturizer plain = new NgramFeaturizer(buckets, new Options(3, false, true), idf.clone());
    int rare = plain.bucket("w1:stolen");
    idf[rare] = 4f;
    NgramFeaturizer weighted = new NgramFeaturizer(buckets, new Options(3, false, true), idf);
    SparseVector before = plain.featurize("card stolen");
    SparseVector after = weighted.featurize("card stolen");
    int common = plain.bucket("w1:card");
    assertThat(value(after, rare)).isGreaterThan(value(before, rare));
    assertThat(value(after, common)).isLessThan(value(before, common));
    // All-ones idf changes nothing; word and char families stay unit length (squared norm 2).
    assertThat(before).isEqualTo(new NgramFeaturizer(buckets).featurize("card stolen"));
    assertThat(squaredNorm(after)).isCloseTo(2.0, org.assertj.core.api.Assertions.within(1e-5));
  }

  @Test
  void idfWeightsComeExactlyWithTheIdfOption() {
    assertThatThrownBy(() -> new NgramFeaturizer(8, Options.DEFAULT, new float[8]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NgramFeaturizer(8, new Options(3, false, true), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NgramFeaturizer(8, new Options(3, false, true), new float[7]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static double squaredNorm(SparseVector v) {
    double sq = 0;
    for (float x : v.values()) {
      sq += x * x;
    }
    return sq;
  }

  private static float value(SparseVector v, int id) {
    int at = java.util.Arrays.binarySearch(v.ids(), id);
    assertThat(at).isNotNegative();
    return v.values()[at];
  }

  private static final int PINNED_CARD_BUCKET = 354399; // also computed independently in Python
}
