package io.mailtriage.bench.e2e;

import io.mailtriage.inference.TriageModel;
import io.mailtriage.job.JobSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The served model with nothing around it: the model the job loads (its provider, the bundled
 * default: intent head and spam head, each text alone), shared by {@code threads} threads as the
 * job's slots share one model per TaskManager, each scoring its share of the texts in batches of
 * the job's {@code model.batchSize}.
 */
final class ModelAlone {
  private ModelAlone() {}

  /**
   * Wall and CPU time of scoring the texts after the first {@code warmup}, which are scored first,
   * untimed, on one thread; {@code messages} are the texts' whole messages, by index.
   */
  static Measured run(
      JobSettings settings, List<String> all, List<String> messages, int warmup, int threads)
      throws Exception {
    int batch = settings.config().model().batchSize();
    int first = Math.min(warmup, all.size());
    try (TriageModel model = settings.modelProvider().load(settings.defaultModel())) {
      score(model, all, messages, 0, first, batch);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        String load = Machine.load();
        long cpu0 = CpuClock.process();
        long jit0 = CpuClock.jitOf("self");
        long t0 = System.nanoTime();
        List<Future<?>> parts = new ArrayList<>();
        int timed = all.size() - first;
        for (int p = 0; p < threads; p++) {
          int from = first + timed * p / threads;
          int to = first + timed * (p + 1) / threads;
          parts.add(pool.submit(() -> score(model, all, messages, from, to, batch)));
        }
        for (Future<?> f : parts) {
          f.get();
        }
        return new Measured(
            timed,
            (System.nanoTime() - t0) / 1e9,
            (CpuClock.process() - cpu0) / 1e9,
            (CpuClock.jitOf("self") - jit0) / 1e9,
            load);
      } finally {
        pool.shutdown();
      }
    }
  }

  /** Scores the texts from index {@code from} to {@code to} in batches, as the job does. */
  private static Void score(
      TriageModel model, List<String> texts, List<String> messages, int from, int to, int batch)
      throws Exception {
    for (int i = from; i < to; i += batch) {
      int end = Math.min(to, i + batch);
      model.score(texts.subList(i, end), messages.subList(i, end));
    }
    return null;
  }

  /**
   * {@code emails} done in {@code seconds} of wall time using {@code cpuSeconds} of this JVM, of
   * which {@code jitSeconds} in the JIT compiler.
   */
  record Measured(int emails, double seconds, double cpuSeconds, double jitSeconds, String load) {
    double perSecond() {
      return emails / seconds;
    }

    double cpuMsPerEmail() {
      return cpuSeconds * 1000 / emails;
    }

    double jitMsPerEmail() {
      return jitSeconds * 1000 / emails;
    }
  }
}
