package io.mailtriage.train;

import io.mailtriage.inference.Features;
import io.mailtriage.inference.LinearHead;
import io.mailtriage.inference.ModelCard;
import io.mailtriage.inference.SentenceEncoder;
import java.util.List;

/**
 * The cascade's first stage (train-model --cascade): a head fitted on the n-grams alone, with the
 * same data, regulariser and recipe as the full head (fit without the calibration slice, its own
 * temperature fitted on the slice, refit on everything), and the confidence threshold at which its
 * answer may stand in for the full head's ({@link CascadeThreshold}).
 */
final class NgramCascade {

  /** The exported n-gram head, the threshold and how the cascade did on the slice. */
  record Fitted(LinearHead head, double threshold, ModelCard.CascadeFigures calibration) {}

  private NgramCascade() {}

  /**
   * @param reg the full head's regression settings (the embedding block stays zero: no inputs)
   * @param calFull the provisional full head's calibrated probabilities on the slice
   * @return null when no threshold keeps the cascade as accurate as the full head on the slice
   */
  static Fitted fit(
      SoftmaxRegression reg,
      List<Features> fitX,
      int[] fitY,
      List<Features> calX,
      int[] calGold,
      List<double[]> calFull,
      List<Features> allX,
      int[] allY) {
    long t0 = System.nanoTime();
    int[] iters = new int[1];
    double[] theta = reg.fit(ngramsOnly(fitX), fitY, new double[reg.parameterCount()], i -> {});
    LinearHead provisional = reg.toHead(theta, 1f);
    List<double[]> calLogits = ngramsOnly(calX).stream().map(provisional::logits).toList();
    double temperature = TemperatureScaling.fit(calLogits, calGold);
    List<double[]> calNgrams =
        calLogits.stream().map(z -> LinearHead.softmax(z, temperature)).toList();
    CascadeThreshold.Choice choice = CascadeThreshold.choose(calFull, calNgrams, calGold);
    ModelCard.CascadeFigures f = choice.figures();
    if (!choice.found()) {
      log(
          "cascade: no n-gram confidence keeps the full head's accuracy on the slice; none written");
      return null;
    }
    log(
        "cascade: n-gram head T=%.4f, threshold %.4f; slice accuracy full %.4f, cascade %.4f,"
            + " agreement %.4f, answered by n-grams %.1f%% (%.1f s)",
        temperature,
        choice.threshold(),
        f.fullAccuracy(),
        f.cascadeAccuracy(),
        f.agreement(),
        100 * f.ngramShare(),
        (System.nanoTime() - t0) / 1e9);
    theta = reg.fit(ngramsOnly(allX), allY, theta, i -> iters[0] = i);
    log("cascade: n-gram head refit on all %d texts: %d iterations", allX.size(), iters[0]);
    return new Fitted(reg.toHead(theta, (float) temperature), choice.threshold(), f);
  }

  /** The same texts without their embedding: what the n-gram head is fitted and served on. */
  static List<Features> ngramsOnly(List<Features> xs) {
    float[] none = new float[SentenceEncoder.DIM];
    return xs.stream().map(f -> new Features(f.ngrams(), none, f.truncated())).toList();
  }

  private static void log(String fmt, Object... args) {
    System.err.printf(fmt + "%n", args);
  }
}
