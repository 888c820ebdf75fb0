package io.mailtriage.train;

import io.mailtriage.inference.ModelCard;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses the cascade's threshold on held-out texts: the n-gram head answers alone where its
 * confidence reaches the threshold, the full head everywhere else. Lowering the threshold hands the
 * n-gram head more texts; each one it labels right where the full head is wrong gains a text, each
 * one it labels wrong where the full head is right loses one.
 *
 * <p>Losses are rare at high confidence, so a slice of a few thousand texts sees too few of them to
 * place a threshold by them alone: a slice without a loss down to 0.87 met eight on the test split
 * there. The n-gram head's own mistakes are several times more frequent, and every loss is one of
 * them, so they bound the loss from above: the threshold is the lowest confidence at which the
 * n-gram head makes at most one mistake per thousand slice texts among those it would answer (had
 * the full head been right on every one, the cascade would lose at most 0.1 point; about a third of
 * them are, so about 0.03), and at which the cascade is at least as accurate as the full head on
 * the slice, above every higher threshold too.
 */
final class CascadeThreshold {

  static final String RULE =
      "lowest n-gram confidence at which the n-gram head makes at most one mistake per thousand"
          + " calibration-slice texts among those it answers alone, and the cascade is at least as"
          + " accurate as the full head on the slice, above every higher threshold too";

  /**
   * @param threshold the chosen threshold; 0 when none works (the most confident texts already
   *     break the rule): no cascade then
   */
  record Choice(double threshold, ModelCard.CascadeFigures figures) {
    boolean found() {
      return threshold > 0;
    }
  }

  private CascadeThreshold() {}

  /**
   * @param full class probabilities of the full head, per text
   * @param ngrams class probabilities of the n-gram head, per text
   * @param gold the right class, per text
   */
  static Choice choose(List<double[]> full, List<double[]> ngrams, int[] gold) {
    int n = gold.length;
    Integer[] byConfidence = new Integer[n];
    double[] conf = new double[n];
    int[] fullLabel = new int[n];
    int[] ngramLabel = new int[n];
    for (int i = 0; i < n; i++) {
      byConfidence[i] = i;
      fullLabel[i] = TrainModel.argmax(full.get(i));
      ngramLabel[i] = TrainModel.argmax(ngrams.get(i));
      conf[i] = ngrams.get(i)[ngramLabel[i]];
    }
    // Most confident first; ties by index so the choice is a pure function of the inputs.
    Arrays.sort(
        byConfidence,
        Comparator.<Integer>comparingDouble(i -> -conf[i]).thenComparing(Integer::intValue));
    // Scanning down from the top: the n-gram head's mistakes and the net gain (texts turned right
    // minus texts turned wrong) of letting it answer everything seen so far. A threshold sits only
    // between texts of different confidence.
    int mistakesAllowed = n / 1000;
    int mistakes = 0;
    int net = 0;
    double threshold = 0;
    for (int k = 0; k < n; k++) {
      int i = byConfidence[k];
      boolean ngramRight = ngramLabel[i] == gold[i];
      boolean fullRight = fullLabel[i] == gold[i];
      mistakes += ngramRight ? 0 : 1;
      net += (ngramRight ? 1 : 0) - (fullRight ? 1 : 0);
      if (mistakes > mistakesAllowed || net < 0) {
        break;
      }
      if (k + 1 == n || conf[byConfidence[k + 1]] < conf[i]) {
        threshold = conf[i];
      }
    }
    return new Choice(threshold, figures(full, ngrams, gold, threshold));
  }

  /** The cascade at {@code threshold} against the full head on one labelled set. */
  static ModelCard.CascadeFigures figures(
      List<double[]> full, List<double[]> ngrams, int[] gold, double threshold) {
    int n = gold.length;
    int fullRight = 0;
    int cascadeRight = 0;
    int agree = 0;
    int byNgrams = 0;
    for (int i = 0; i < n; i++) {
      int f = TrainModel.argmax(full.get(i));
      int g = TrainModel.argmax(ngrams.get(i));
      boolean ngramAnswers = threshold > 0 && ngrams.get(i)[g] >= threshold;
      int c = ngramAnswers ? g : f;
      fullRight += f == gold[i] ? 1 : 0;
      cascadeRight += c == gold[i] ? 1 : 0;
      agree += c == f ? 1 : 0;
      byNgrams += ngramAnswers ? 1 : 0;
    }
    return new ModelCard.CascadeFigures(
        n,
        (double) fullRight / n,
        (double) cascadeRight / n,
        (double) agree / n,
        (double) byNgrams / n);
  }
}
