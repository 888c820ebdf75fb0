package io.mailtriage.inference.train;

import io.mailtriage.inference.Features;
import io.mailtriage.inference.LinearHead;
import io.mailtriage.inference.SentenceEncoder;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Multinomial logistic regression over [hashed n-grams ⊕ embedding], trained full-batch with
 * L-BFGS on mean cross-entropy + (l2/2)·‖W‖² (bias unregularised).
 *
 * <p>Parameters live in one vector laid out as the ONNX initialisers: sparse rows
 * {@code [buckets × K]}, then dense rows {@code [384 × K]}, then the bias.
 */
public final class SoftmaxRegression {

    private final int buckets;
    private final int classes;
    private final double l2;
    private final int maxIterations;

    public SoftmaxRegression(int buckets, int classes, double l2, int maxIterations) {
        this.buckets = buckets;
        this.classes = classes;
        this.l2 = l2;
        this.maxIterations = maxIterations;
    }

    public int parameterCount() {
        return (buckets + SentenceEncoder.DIM + 1) * classes;
    }

    /**
     * Fits from {@code start} (zeros, or an earlier solution to warm-start) and returns the
     * parameter vector.
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
        double reg = 0;
        for (int p = 0; p < biasOff; p++) {
            reg += theta[p] * theta[p];
            grad[p] += l2 * theta[p];
        }
        return loss + 0.5 * l2 * reg;
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
