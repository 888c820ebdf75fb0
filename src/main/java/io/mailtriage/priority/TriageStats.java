package io.mailtriage.priority;

/**
 * What one window fire of one tenant's queue released, for the stats topic (described by
 * docs/schemas/triage-stats.v1.json). Records that left at once (P0, late) are counted in the next
 * fire of their tenant and queue.
 */
public class TriageStats {
  public static final int SCHEMA_VERSION = 1;

  public int schemaVersion = SCHEMA_VERSION;
  public String tenant;
  public String queue;

  /** Earliest start (inclusive, event time ms) of the windows this fire closed. */
  public long windowStart;

  /** End (exclusive, event time ms) of the windows this fire closed. */
  public long windowEnd;

  public int countP0;
  public int countP1;
  public int countP2;
  public int countP3;

  /** Longest time between an email's receivedAt and its emission (processing time), ms. */
  public long oldestWaitingMs;

  /** Records whose confidence was below the policy's model.lowConfidence. */
  public int lowConfidence;

  /** Records forced to P3 as spam (the policy's {@code isSpam}). */
  public int spam;

  /** Records emitted with late=true since the previous fire. */
  public int late;

  /** Processing time of the fire. */
  public long emittedAt;

  public TriageStats() {}
}
