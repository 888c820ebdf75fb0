package io.mailtriage.priority;

import java.time.Duration;
import org.apache.flink.api.common.state.StateTtlConfig;

/**
 * The TTL the escalation states carry besides their clearing timers. The timers are what normally
 * remove state (in event time, exactly when it stops mattering); this processing-time TTL only
 * bounds state should event time ever stop advancing. Because it is a backstop, the heap backend's
 * incremental cleanup visits one entry per state access instead of the default five: in the
 * priority benchmark the default cost about a seventh of the stage's CPU time. RocksDB keeps its
 * default compaction-filter cleanup.
 */
final class BackstopTtl {
  private BackstopTtl() {}

  static StateTtlConfig of(Duration ttl) {
    return StateTtlConfig.newBuilder(ttl)
        .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
        .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
        .cleanupIncrementally(1, false)
        .build();
  }
}
