package io.mailtriage.train;

/**
 * Limited-memory BFGS with a backtracking Armijo line search. Single-threaded and free of
 * randomness, so the same data and settings always give bit-identical weights.
 */
final class Lbfgs {

  /** A differentiable objective: returns f(x) and writes ∇f(x) into {@code grad}. */
  interface Objective {
    double evaluate(double[] x, double[] grad);
  }

  private final int memory;
  private final int maxIterations;
  private final double tolerance;

  Lbfgs(int memory, int maxIterations, double tolerance) {
    this.memory = memory;
    this.maxIterations = maxIterations;
    this.tolerance = tolerance;
  }

  /** Minimises in place; returns the number of iterations run. */
  int minimise(Objective f, double[] x, java.util.function.IntConsumer progress) {
    int n = x.length;
    double[][] s = new double[memory][];
    double[][] y = new double[memory][];
    double[] rho = new double[memory];
    double[] alpha = new double[memory];
    int stored = 0;
    int head = 0;
    double[] g = new double[n];
    double fx = f.evaluate(x, g);
    double[] dir = new double[n];
    double[] xNew = new double[n];
    double[] gNew = new double[n];
    int iter = 0;
    while (iter < maxIterations) {
      iter++;
      // Two-loop recursion: dir = -H·g.
      System.arraycopy(g, 0, dir, 0, n);
      for (int i = 0; i < stored; i++) {
        int j = Math.floorMod(head - 1 - i, memory);
        alpha[j] = rho[j] * dot(s[j], dir);
        axpy(-alpha[j], y[j], dir);
      }
      if (stored > 0) {
        int last = Math.floorMod(head - 1, memory);
        scale(dir, dot(s[last], y[last]) / dot(y[last], y[last]));
      } else {
        scale(dir, 1.0 / Math.max(1e-12, Math.sqrt(dot(g, g))));
      }
      for (int i = stored - 1; i >= 0; i--) {
        int j = Math.floorMod(head - 1 - i, memory);
        double beta = rho[j] * dot(y[j], dir);
        axpy(alpha[j] - beta, s[j], dir);
      }
      scale(dir, -1);
      double slope = dot(g, dir);
      if (slope >= 0) { // not a descent direction: restart from steepest descent
        stored = 0;
        System.arraycopy(g, 0, dir, 0, n);
        scale(dir, -1.0 / Math.max(1e-12, Math.sqrt(dot(g, g))));
        slope = dot(g, dir);
      }
      double step = 1.0;
      double fNew;
      int tries = 0;
      boolean accepted;
      while (true) {
        for (int i = 0; i < n; i++) {
          xNew[i] = x[i] + step * dir[i];
        }
        fNew = f.evaluate(xNew, gNew);
        accepted = fNew <= fx + 1e-4 * step * slope;
        if (accepted || ++tries >= 30) {
          break;
        }
        step *= 0.5;
      }
      if (!accepted) {
        break; // no decrease along a descent direction: at the optimum to float precision
      }
      double[] sk = new double[n];
      double[] yk = new double[n];
      for (int i = 0; i < n; i++) {
        sk[i] = xNew[i] - x[i];
        yk[i] = gNew[i] - g[i];
      }
      double sy = dot(sk, yk);
      if (sy > 1e-12) { // keep the Hessian approximation positive definite
        s[head] = sk;
        y[head] = yk;
        rho[head] = 1.0 / sy;
        head = (head + 1) % memory;
        stored = Math.min(stored + 1, memory);
      }
      double improvement = fx - fNew;
      System.arraycopy(xNew, 0, x, 0, n);
      System.arraycopy(gNew, 0, g, 0, n);
      fx = fNew;
      progress.accept(iter);
      if (improvement < tolerance * Math.max(1.0, Math.abs(fx))) {
        break;
      }
    }
    return iter;
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += a * x[i];
    }
  }

  private static void scale(double[] x, double a) {
    for (int i = 0; i < x.length; i++) {
      x[i] *= a;
    }
  }
}
