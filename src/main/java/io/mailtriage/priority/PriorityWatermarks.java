package io.mailtriage.priority;

import io.mailtriage.inference.ScoredEmail;
import java.io.Serializable;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Event time for the priority stage: the email's receivedAt (missing or future values are clamped
 * upstream and flagged {@code receivedAtClamped}), with bounded out-of-orderness from the policy.
 *
 * <p>Nothing may stall the watermark, or P1..P3 windows would never close: a generator that has
 * seen no record for {@code watermarks.idleness} lets its watermark follow the wall clock (minus
 * the out-of-orderness). That keeps a quiet partition from holding back the others, like {@code
 * withIdleness}, and also closes the last windows when every partition is quiet, which {@code
 * withIdleness} would not. A record that then arrives behind the watermark is emitted with {@code
 * late=true}, never dropped.
 */
public final class PriorityWatermarks {
  private PriorityWatermarks() {}

  /** Wall clock of the generator; replaceable in tests. */
  public interface WallClock extends Serializable {
    long now();
  }

  /** For {@code assignTimestampsAndWatermarks} on the scored stream, before {@link ThreadKey}. */
  public static WatermarkStrategy<ScoredEmail> strategy(PriorityPolicy policy) {
    return strategy(policy.outOfOrdernessMs(), policy.idlenessMs(), System::currentTimeMillis);
  }

  static WatermarkStrategy<ScoredEmail> strategy(
      long outOfOrdernessMs, long idlenessMs, WallClock clock) {
    return WatermarkStrategy.<ScoredEmail>forGenerator(
            context -> new QuietSourceWatermarks(outOfOrdernessMs, idlenessMs, clock))
        .withTimestampAssigner(new ReceivedAt());
  }

  /** Timestamps records with {@code email.receivedAt}. */
  public static final class ReceivedAt implements SerializableTimestampAssigner<ScoredEmail> {
    private static final long serialVersionUID = 1L;

    @Override
    public long extractTimestamp(ScoredEmail element, long recordTimestamp) {
      return element.email.receivedAt;
    }
  }

  /**
   * Bounded out-of-orderness; after {@code idlenessMs} without records, follows the wall clock. The
   * emitted watermark never goes backwards.
   */
  public static final class QuietSourceWatermarks implements WatermarkGenerator<ScoredEmail> {
    private final long outOfOrdernessMs;
    private final long idlenessMs;
    private final WallClock clock;
    private long maxTimestamp = Long.MIN_VALUE;
    private long lastRecordAt;
    private long emitted = Long.MIN_VALUE;

    public QuietSourceWatermarks(long outOfOrdernessMs, long idlenessMs, WallClock clock) {
      this.outOfOrdernessMs = outOfOrdernessMs;
      this.idlenessMs = idlenessMs;
      this.clock = clock;
      this.lastRecordAt = clock.now();
    }

    @Override
    public void onEvent(ScoredEmail event, long eventTimestamp, WatermarkOutput output) {
      maxTimestamp = Math.max(maxTimestamp, eventTimestamp);
      lastRecordAt = clock.now();
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
      long candidate =
          maxTimestamp == Long.MIN_VALUE ? Long.MIN_VALUE : maxTimestamp - outOfOrdernessMs - 1;
      long now = clock.now();
      if (now - lastRecordAt >= idlenessMs) {
        candidate = Math.max(candidate, now - outOfOrdernessMs - 1);
      }
      if (candidate > emitted) {
        emitted = candidate;
        output.emitWatermark(new Watermark(candidate));
      }
    }
  }
}
