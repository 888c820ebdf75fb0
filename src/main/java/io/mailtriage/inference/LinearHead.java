package io.mailtriage.inference;

import io.mailtriage.inference.NgramFeaturizer.SparseVector;

/**
 * Weights of the softmax head in the exact layout the ONNX graph uses, with a plain-Java forward
 * pass: the reference the exported graph is tested against.
 *
 * @param sparse {@code [buckets × classes]} row-major (row = hash bucket)
 * @param dense {@code [384 × classes]} row-major
 * @param bias {@code [classes]}
 * @param temperature logits are divided by this before the softmax (calibration)
 */
public record LinearHead(
    int buckets, int classes, float[] sparse, float[] dense, float[] bias, float temperature) {

  public LinearHead {
    if (sparse.length != buckets * classes
        || dense.length != SentenceEncoder.DIM * classes
        || bias.length != classes) {
      throw new IllegalArgumentException(
          "weight shapes do not match " + buckets + " buckets × " + classes);
    }
    if (!(temperature > 0)) {
      throw new IllegalArgumentException("temperature must be positive, got " + temperature);
    }
  }

  /** Uncalibrated logits, accumulated in double. */
  public double[] logits(Features f) {
    double[] z = new double[classes];
    for (int k = 0; k < classes; k++) {
      z[k] = bias[k];
    }
    SparseVector v = f.ngrams();
    for (int j = 0; j < v.size(); j++) {
      int row = v.ids()[j] * classes;
      double x = v.values()[j];
      for (int k = 0; k < classes; k++) {
        z[k] += x * sparse[row + k];
      }
    }
    float[] e = f.embedding();
    for (int d = 0; d < e.length; d++) {
      int row = d * classes;
      double x = e[d];
      if (x == 0) {
        continue;
      }
      for (int k = 0; k < classes; k++) {
        z[k] += x * dense[row + k];
      }
    }
    return z;
  }

  /** Calibrated class probabilities. */
  public double[] probabilities(Features f) {
    return softmax(logits(f), temperature);
  }

  public static double[] softmax(double[] logits, double temperature) {
    double max = Double.NEGATIVE_INFINITY;
    for (double z : logits) {
      max = Math.max(max, z / temperature);
    }
    double sum = 0;
    double[] p = new double[logits.length];
    for (int k = 0; k < p.length; k++) {
      p[k] = Math.exp(logits[k] / temperature - max);
      sum += p[k];
    }
    for (int k = 0; k < p.length; k++) {
      p[k] /= sum;
    }
    return p;
  }
}
