package io.mailtriage.testing;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A watchdog for fuzz tests: runs one step on a worker thread and turns a hang, an exception or an
 * {@link Error} (OutOfMemoryError, StackOverflowError) into a failed assertion that names the
 * input, instead of a test run that never ends or a JVM that dies. A step that overran leaves its
 * thread behind (a CPU-bound loop cannot be interrupted), so the next step gets a fresh worker.
 */
public final class Bounded {
  private ExecutorService worker = newWorker();

  /**
   * Runs {@code step} and returns its result, or fails if it takes longer than {@code limit} or
   * throws.
   */
  public <T> T call(Duration limit, String what, Callable<T> step) {
    Future<T> f = worker.submit(step);
    try {
      return f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      throw new AssertionError(what + ": still running after " + limit.toMillis() + " ms");
    } catch (ExecutionException e) {
      throw new AssertionError(what + ": threw " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(what + ": interrupted", e);
    }
  }

  /** Stops the worker; call once the test is done. */
  public void close() {
    worker.shutdownNow();
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "fuzz-step");
          t.setDaemon(true);
          return t;
        });
  }
}
