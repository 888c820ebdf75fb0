package io.mailtriage.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the cascade's threshold is chosen on held-out texts. */
class CascadeThresholdTest {

  /** Held-out texts: the n-gram head's confidence, whether each head is right (gold is class 0). */
  private record Text(double confidence, boolean ngramRight, boolean fullRight) {}

  private static CascadeThreshold.Choice choose(List<Text> texts) {
    List<double[]> full = new ArrayList<>();
    List<double[]> ngrams = new ArrayList<>();
    for (Text t : texts) {
      full.add(t.fullRight() ? new double[] {0.9, 0.1} : new double[] {0.1, 0.9});
      double c = t.confidence();
      ngrams.add(t.ngramRight() ? new double[] {c, 1 - c} : new double[] {1 - c, c});
    }
    return CascadeThreshold.choose(full, ngrams, new int[texts.size()]);
  }

  /**
   * {@code n} texts, the i-th at confidence {@code 1 - (i + 1) / (2n)}, both heads right except at
   * the indexes given.
   */
  private static List<Text> slice(int n, Map<Integer, Text> except) {
    List<Text> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double c = 1 - (i + 1) / (2.0 * n);
      Text t = except.get(i);
      out.add(t == null ? new Text(c, true, true) : new Text(c, t.ngramRight(), t.fullRight()));
    }
    return out;
  }

  private static double confidenceOf(int i, int n) {
    return 1 - (i + 1) / (2.0 * n);
  }

  private static final Text SHARED_MISTAKE = new Text(0, false, false);
  private static final Text LOSS = new Text(0, false, true);
  private static final Text GAIN = new Text(0, true, false);

  @Test
  void inASmallSliceTheNgramHeadsFirstMistakeSetsTheThreshold() {
    CascadeThreshold.Choice c =
        choose(
            List.of(
                new Text(0.99, true, true),
                new Text(0.95, true, true),
                new Text(0.90, false, false), // a mistake, even one the full head shares
                new Text(0.80, true, true)));
    assertThat(c.threshold()).isEqualTo(0.95);
    assertThat(c.figures().ngramShare()).isEqualTo(0.5);
    assertThat(c.figures().cascadeAccuracy()).isEqualTo(c.figures().fullAccuracy());
    assertThat(c.figures().agreement()).isEqualTo(1.0);
  }

  @Test
  void aThousandTextsAllowOneMistake() {
    CascadeThreshold.Choice c = choose(slice(1000, Map.of(10, SHARED_MISTAKE, 20, SHARED_MISTAKE)));
    assertThat(c.threshold()).isEqualTo(confidenceOf(19, 1000));
    assertThat(c.figures().ngramShare()).isEqualTo(0.02);
  }

  @Test
  void aLossIsNeverAllowedUnlessAGainHigherUpPaysForIt() {
    assertThat(choose(slice(2000, Map.of(10, LOSS))).threshold()).isEqualTo(confidenceOf(9, 2000));
    CascadeThreshold.Choice paid = choose(slice(2000, Map.of(5, GAIN, 10, LOSS, 20, LOSS)));
    assertThat(paid.threshold()).isEqualTo(confidenceOf(19, 2000));
    assertThat(paid.figures().cascadeAccuracy()).isEqualTo(paid.figures().fullAccuracy());
  }

  @Test
  void aLateGainDoesNotMakeUpForAnEarlierLoss() {
    assertThat(choose(slice(2000, Map.of(10, LOSS, 20, GAIN))).threshold())
        .isEqualTo(confidenceOf(9, 2000));
  }

  @Test
  void neverSplitsTextsOfEqualConfidence() {
    CascadeThreshold.Choice c =
        choose(
            List.of(
                new Text(0.99, true, true),
                new Text(0.90, true, true),
                new Text(0.90, false, true))); // same confidence as a text the head may take
    assertThat(c.threshold()).isEqualTo(0.99);
  }

  @Test
  void noThresholdWhenTheMostConfidentTextIsAlreadyAMistake() {
    CascadeThreshold.Choice c =
        choose(List.of(new Text(0.99, false, true), new Text(0.9, true, true)));
    assertThat(c.found()).isFalse();
    assertThat(c.figures().ngramShare()).isZero();
  }
}
