package io.mailtriage.train;

import io.mailtriage.inference.LinearHead;
import java.util.List;

/**
 * Fits the softmax temperature T minimising held-out negative log-likelihood (Guo et al. 2017). One
 * parameter, so a golden-section search on log T is exact enough and deterministic.
 */
final class TemperatureScaling {

  private TemperatureScaling() {}

  static double fit(List<double[]> logits, int[] gold) {
    double lo = Math.log(0.05);
    double hi = Math.log(20.0);
    double phi = (Math.sqrt(5) - 1) / 2;
    double a = hi - phi * (hi - lo);
    double b = lo + phi * (hi - lo);
    double fa = nll(logits, gold, Math.exp(a));
    double fb = nll(logits, gold, Math.exp(b));
    for (int i = 0; i < 80; i++) {
      if (fa < fb) {
        hi = b;
        b = a;
        fb = fa;
        a = hi - phi * (hi - lo);
        fa = nll(logits, gold, Math.exp(a));
      } else {
        lo = a;
        a = b;
        fa = fb;
        b = lo + phi * (hi - lo);
        fb = nll(logits, gold, Math.exp(b));
      }
    }
    return Math.exp((lo + hi) / 2);
  }

  static double nll(List<double[]> logits, int[] gold, double t) {
    double sum = 0;
    for (int i = 0; i < gold.length; i++) {
      sum -= Math.log(Math.max(1e-300, LinearHead.softmax(logits.get(i), t)[gold[i]]));
    }
    return sum / gold.length;
  }

  /** Expected calibration error over 15 equal-width confidence bins. */
  static double ece(List<double[]> logits, int[] gold, double t) {
    int bins = 15;
    double[] conf = new double[bins];
    double[] acc = new double[bins];
    int[] count = new int[bins];
    for (int i = 0; i < gold.length; i++) {
      double[] p = LinearHead.softmax(logits.get(i), t);
      int best = 0;
      for (int c = 1; c < p.length; c++) {
        if (p[c] > p[best]) {
          best = c;
        }
      }
      int bin = Math.min(bins - 1, (int) (p[best] * bins));
      conf[bin] += p[best];
      acc[bin] += best == gold[i] ? 1 : 0;
      count[bin]++;
    }
    double ece = 0;
    for (int b = 0; b < bins; b++) {
      if (count[b] > 0) {
        ece += Math.abs(acc[b] - conf[b]) / gold.length;
      }
    }
    return ece;
  }
}
