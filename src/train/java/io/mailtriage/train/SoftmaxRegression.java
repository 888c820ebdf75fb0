package io.mailtriage.train;

import io.mailtriage.inference.Features;
import io.mailtriage.inference.LinearHead;
import io.mailtriage.inference.SentenceEncoder;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Multinomial logistic regression over [hashed n-grams ⊕ embedding], trained full-batch with L-BFGS
 * on mean cross-entropy + (l2Sparse/2)·‖W_sparse‖² + (l2Dense/2)·‖W_dense‖² (bias unregularised).
 * Separate strengths because the two blocks differ in scale and count: a weaker penalty on the 384
 * dense rows is equivalent to up-weighting the embedding against the n-grams.
 *
 * <p>Parameters live in one vector laid out as the ONNX initialisers: sparse rows {@code [buckets ×
 * K]}, then dense rows {@code [384 × K]}, then the bias.
 */
public final class SoftmaxRegression {

  private final int buckets;
  private final int classes;
  private final double l2Sparse;
  private final double l2Dense;
  private final int maxIterations;

  public SoftmaxRegression(
      int buckets, int classes, double l2Sparse, double l2Dense, int maxIterations) {
    this.buckets = buckets;
    this.classes = classes;
    this.l2Sparse = l2Sparse;
    this.l2Dense = l2Dense;
    this.maxIterations = maxIterations;
  }

  public int parameterCount() {
    return (buckets + SentenceEncoder.DIM + 1) * classes;
  }

  /**
   * Fits from {@code start} (zeros, or an earlier solution to warm-start) and returns the parameter
   * vector.
   */
  public double[] fit(List<Features> xs, int[] ys, double[] start, IntConsumer progress) {
    double[] theta = start.clone();
    Lbfgs opt = new Lbfgs(10, maxIterations, 1e-7);
    opt.minimise((x, grad) -> lossAndGradient(xs, ys, x, grad), theta, progress);
    return theta;
  }

  double lossAndGradient(List<Features> xs, int[] ys, double[] theta, double[] grad) {
    int k = classes;
    int denseOff = buckets * k;
    int biasOff = denseOff + SentenceEncoder.DIM * k;
    java.util.Arrays.fill(grad, 0);
    double loss = 0;
    double[] z = new double[k];
    double invN = 1.0 / xs.size();
    for (int i = 0; i < xs.size(); i++) {
      Features f = xs.get(i);
      int[] ids = f.ngrams().ids();
      float[] vals = f.ngrams().values();
      float[] emb = f.embedding();
      System.arraycopy(theta, biasOff, z, 0, k);
      for (int j = 0; j < ids.length; j++) {
        int row = ids[j] * k;
        double v = vals[j];
        for (int c = 0; c < k; c++) {
          z[c] += v * theta[row + c];
        }
      }
      for (int d = 0; d < emb.length; d++) {
        double v = emb[d];
        if (v == 0) {
          continue;
        }
        int row = denseOff + d * k;
        for (int c = 0; c < k; c++) {
          z[c] += v * theta[row + c];
        }
      }
      double max = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < k; c++) {
        max = Math.max(max, z[c]);
      }
      double sum = 0;
      for (int c = 0; c < k; c++) {
        z[c] = Math.exp(z[c] - max);
        sum += z[c];
      }
      loss -= Math.log(z[ys[i]] / sum) * invN;
      // z becomes dLoss/dlogits = (p - onehot) / N.
      for (int c = 0; c < k; c++) {
        z[c] = z[c] / sum * invN;
      }
      z[ys[i]] -= invN;
      for (int j = 0; j < ids.length; j++) {
        int row = ids[j] * k;
        double v = vals[j];
        for (int c = 0; c < k; c++) {
          grad[row + c] += v * z[c];
        }
      }
      for (int d = 0; d < emb.length; d++) {
        double v = emb[d];
        if (v == 0) {
          continue;
        }
        int row = denseOff + d * k;
        for (int c = 0; c < k; c++) {
          grad[row + c] += v * z[c];
        }
      }
      for (int c = 0; c < k; c++) {
        grad[biasOff + c] += z[c];
      }
    }
    double regSparse = 0;
    for (int p = 0; p < denseOff; p++) {
      regSparse += theta[p] * theta[p];
      grad[p] += l2Sparse * theta[p];
    }
    double regDense = 0;
    for (int p = denseOff; p < biasOff; p++) {
      regDense += theta[p] * theta[p];
      grad[p] += l2Dense * theta[p];
    }
    return loss + 0.5 * (l2Sparse * regSparse + l2Dense * regDense);
  }

  /** Packs a parameter vector into the exported head. */
  public LinearHead toHead(double[] theta, float temperature) {
    int k = classes;
    float[] sparse = new float[buckets * k];
    float[] dense = new float[SentenceEncoder.DIM * k];
    float[] bias = new float[k];
    for (int p = 0; p < sparse.length; p++) {
      sparse[p] = (float) theta[p];
    }
    for (int p = 0; p < dense.length; p++) {
      dense[p] = (float) theta[sparse.length + p];
    }
    for (int c = 0; c < k; c++) {
      bias[c] = (float) theta[sparse.length + dense.length + c];
    }
    return new LinearHead(buckets, k, sparse, dense, bias, temperature);
  }
}
