package io.mailtriage.inference;

import java.util.HashMap;
import java.util.Map;

/**
 * One loaded model per TaskManager JVM, shared by all its slots and released with the last user. An
 * ONNX session holds the weights and its thread pools; one per slot would multiply memory and
 * oversubscribe cores.
 */
public final class SharedModels {
  private static final Map<String, Entry> LOADED = new HashMap<>();

  private SharedModels() {}

  /** A counted reference to a shared model; {@link #close()} it exactly once. */
  public static final class Lease implements AutoCloseable {
    private final String key;
    private final TriageModel model;
    private boolean closed;

    private Lease(String key, TriageModel model) {
      this.key = key;
      this.model = model;
    }

    public TriageModel model() {
      return model;
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        release(key);
      }
    }
  }

  private static final class Entry {
    final TriageModel model;
    int users;

    Entry(TriageModel model) {
      this.model = model;
    }
  }

  /**
   * Returns a lease on the announced model, loading it if no slot in this JVM holds it yet. Loading
   * happens under the registry lock so two slots never load the same model twice.
   */
  public static synchronized Lease acquire(ModelAnnouncement announcement, ModelProvider provider)
      throws ModelRejectedException {
    String key = announcement.identity();
    Entry entry = LOADED.get(key);
    if (entry == null) {
      entry = new Entry(provider.load(announcement));
      LOADED.put(key, entry);
    }
    entry.users++;
    return new Lease(key, entry.model);
  }

  private static synchronized void release(String key) {
    Entry entry = LOADED.get(key);
    if (entry != null && --entry.users == 0) {
      LOADED.remove(key);
      entry.model.close();
    }
  }

  /** Number of models currently loaded in this JVM (for tests and a gauge). */
  public static synchronized int loadedCount() {
    return LOADED.size();
  }
}
