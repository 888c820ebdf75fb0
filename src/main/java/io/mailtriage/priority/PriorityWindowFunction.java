package io.mailtriage.priority;

import io.mailtriage.pii.TokenizedEmail;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.TimeDomain;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Keyed by {@link TenantQueueKey}. Releases a tenant's queue to its desk most urgent first:
 *
 * <ul>
 *   <li>P0 is emitted at once, no window, and also on {@link #URGENT}.
 *   <li>P1, P2 and P3 wait in event-time tumbling windows of their policy lengths (aligned to the
 *       epoch) and are emitted when the watermark passes the window's end, sorted by priorityScore
 *       descending, then receivedAt, then emailId.
 *   <li>A window leaves, at the latest, {@code watermarks.maxWindowWait} after its end has come in
 *       real time (a processing-time timer per record, judged from its arrival), even if the
 *       watermark is still held back: a quiet partition or the end of a burst must not keep a desk
 *       waiting for the watermark's idleness. The window still leaves as one sorted batch; a record
 *       of it that arrives later goes out with the next fire, not flagged late.
 *   <li>A record whose window the watermark has already passed is never dropped: it is emitted at
 *       once with {@code late=true}.
 * </ul>
 *
 * <p>Every fire also emits one {@link TriageStats} on {@link #STATS}; records that left at once (P0
 * and late ones) are tallied into the next P1 boundary's fire of the same key, so they are reported
 * within one P1 window length.
 *
 * <p>State lifetime: the per-level buffers hold records only until their window's end-of-window
 * timer ({@code nextDue} notes, per level, when that is, so a P1 fire does not rescan waiting P3
 * records); {@code tally} lives only until the next P1 boundary timer. Both are cleared by the fire
 * that empties them, so a key with nothing waiting holds no state; the release timers of records
 * that already left with their window fire once, find nothing and leave no trace. No TTL is needed
 * because every entry has a timer that removes it.
 *
 * <p>Late detection survives recovery: an operator's watermark restarts at its minimum after a
 * restore, so the highest watermark this subtask had acted on is checkpointed (operator state, one
 * long) and used until the live watermark passes it; otherwise a record replayed just after a
 * restore would join a window that had already fired.
 */
public class PriorityWindowFunction
    extends KeyedProcessFunction<String, PrioritizedEmail, TriageRecord>
    implements CheckpointedFunction {
  private static final long serialVersionUID = 1L;

  /** Side output: one record per fire of one tenant's queue. */
  public static final OutputTag<TriageStats> STATS = new OutputTag<TriageStats>("triage-stats") {};

  /**
   * Side output: every P0 record again, at the moment it leaves, for the at-least-once urgent sink;
   * the main output stays the exactly-once record of truth.
   */
  public static final OutputTag<TriageRecord> URGENT =
      new OutputTag<TriageRecord>("triage-urgent") {};

  /** Granularity of the processing-time release timers (watermarks.maxWindowWait). */
  static final long RELEASE_TIMER_MS = 100;

  /** Characters of the tokenized body kept as the record's excerpt. */
  static final int EXCERPT_CHARS = 300;

  /** Most urgent first; equal scores by arrival, then by id so the order is deterministic. */
  static final Comparator<PrioritizedEmail> DESK_ORDER =
      Comparator.comparingDouble((PrioritizedEmail p) -> -p.priorityScore)
          .thenComparingLong(PrioritizedEmail::eventTime)
          .thenComparing(
              p -> p.scored.email.emailId, Comparator.nullsLast(Comparator.naturalOrder()));

  private final PriorityPolicy policy;

  /**
   * Waiting records per level (index 1..3), so a fire scans only the levels that have something
   * due.
   */
  private transient List<ListState<PrioritizedEmail>> buffers;

  /** Per level, the earliest end-of-window timer among its waiting records; MAX_VALUE when none. */
  private transient ValueState<long[]> nextDue;

  private transient ValueState<TriageStats> tally;
  private transient ListState<Long> checkpointedWatermark;

  /** Highest watermark seen by this subtask, including the one restored from a checkpoint. */
  private transient long highestWatermark = Long.MIN_VALUE;

  /** Records handed to the desks, per level (index = level). */
  private transient Counter[] emittedPerLevel;

  /**
   * Tokenization (ingestedAt) to emission, ms: how long mail spends inside the job, windows
   * included.
   */
  private transient Histogram endToEndLatencyMs;

  public PriorityWindowFunction(PriorityPolicy policy) {
    this.policy = policy;
  }

  @Override
  public void open(OpenContext openContext) {
    buffers = new ArrayList<>(PriorityPolicy.LEVELS);
    buffers.add(null); // P0 is never buffered
    for (int level = 1; level < PriorityPolicy.LEVELS; level++) {
      buffers.add(
          getRuntimeContext()
              .getListState(
                  new ListStateDescriptor<>("window-buffer-P" + level, PrioritizedEmail.class)));
    }
    nextDue =
        getRuntimeContext()
            .getState(
                new ValueStateDescriptor<>(
                    "window-next-due", PrimitiveArrayTypeInfo.LONG_PRIMITIVE_ARRAY_TYPE_INFO));
    tally =
        getRuntimeContext()
            .getState(new ValueStateDescriptor<>("emitted-tally", TriageStats.class));
    MetricGroup stage = getRuntimeContext().getMetricGroup().addGroup("stage", "priority");
    emittedPerLevel = new Counter[PriorityPolicy.LEVELS];
    for (int level = 0; level < PriorityPolicy.LEVELS; level++) {
      emittedPerLevel[level] =
          stage.addGroup("level", PriorityPolicy.levelName(level)).counter("recordsEmitted");
    }
    endToEndLatencyMs =
        stage.histogram("endToEndLatencyMs", new DescriptiveStatisticsHistogram(1000));
  }

  @Override
  public void initializeState(FunctionInitializationContext context) throws Exception {
    // Union state: after a rescale every subtask sees all values and takes the lowest, so it never
    // calls a record late that the job before the restore would not have.
    checkpointedWatermark =
        context
            .getOperatorStateStore()
            .getUnionListState(new ListStateDescriptor<>("priority-window-watermark", Types.LONG));
    highestWatermark = Long.MIN_VALUE;
    long lowest = Long.MAX_VALUE;
    boolean any = false;
    for (Long w : checkpointedWatermark.get()) {
      lowest = Math.min(lowest, w);
      any = true;
    }
    if (any) {
      highestWatermark = lowest;
    }
  }

  @Override
  public void snapshotState(FunctionSnapshotContext context) throws Exception {
    checkpointedWatermark.update(List.of(highestWatermark));
  }

  /** Takes note of the live watermark and returns the one to judge lateness by. */
  private long observe(long liveWatermark) {
    highestWatermark = Math.max(highestWatermark, liveWatermark);
    return highestWatermark;
  }

  @Override
  public void processElement(PrioritizedEmail p, Context ctx, Collector<TriageRecord> out)
      throws Exception {
    long watermark = observe(ctx.timerService().currentWatermark());
    if (p.level == PriorityPolicy.P0) {
      emitNow(p, false, ctx, out);
      return;
    }
    long length = policy.windowMs(p.level);
    long end = windowStart(p.eventTime(), length) + length;
    if (end - 1 <= watermark) {
      emitNow(p, true, ctx, out);
      return;
    }
    p.windowEnd = end;
    long maxWait = policy.maxWindowWaitMs();
    if (maxWait > 0) {
      // When the window's end comes in real time, judged from this record's arrival, plus the wait;
      // rounded up so that the records of a burst share one timer.
      long now = ctx.timerService().currentProcessingTime();
      long deadline = now + Math.min(Math.max(end - p.eventTime(), 0), length) + maxWait;
      p.releaseBy =
          Math.floorDiv(deadline + RELEASE_TIMER_MS - 1, RELEASE_TIMER_MS) * RELEASE_TIMER_MS;
      ctx.timerService().registerProcessingTimeTimer(p.releaseBy);
    }
    // Only the excerpt of the body leaves the window, so only the excerpt waits in its state (and
    // in
    // every checkpoint until then), not the whole tokenized mail.
    p.scored.email.body = excerpt(p.scored.email.body);
    buffers.get(p.level).add(p);
    long[] due = nextDue.value();
    if (due == null) {
      due = new long[PriorityPolicy.LEVELS];
      Arrays.fill(due, Long.MAX_VALUE);
    }
    if (end - 1 < due[p.level]) {
      due[p.level] = end - 1;
      nextDue.update(due);
    }
    ctx.timerService().registerEventTimeTimer(end - 1);
  }

  private static long windowStart(long timestamp, long length) {
    return timestamp - Math.floorMod(timestamp, length);
  }

  /** Emits a record that does not wait for a window and tallies it for the next stats fire. */
  private void emitNow(PrioritizedEmail p, boolean late, Context ctx, Collector<TriageRecord> out)
      throws Exception {
    long now = ctx.timerService().currentProcessingTime();
    TriageRecord record = toRecord(p, now, late);
    out.collect(record);
    if (p.level == PriorityPolicy.P0) {
      ctx.output(URGENT, record);
    }
    measureEmission(p, now);
    TriageStats t = tally.value();
    if (t == null) {
      t = newStats(p);
    }
    count(t, p, now, late);
    long watermark = observe(ctx.timerService().currentWatermark());
    long p1 = policy.windowMs(1);
    if (watermark == Long.MAX_VALUE) {
      // Input has ended: no timer can fire any more, so report the tally now, as its own P1 window.
      long start = windowStart(p.eventTime(), p1);
      t.windowStart = Math.min(t.windowStart, start);
      t.windowEnd = start + p1;
      ctx.output(STATS, t);
      tally.clear();
      return;
    }
    // The next P1 boundary after both the record and the watermark: a timer the watermark has not
    // passed yet, so it is sure to fire, at most one P1 window from now.
    long boundary = windowStart(Math.max(p.eventTime(), watermark + 1), p1) + p1;
    t.windowStart = Math.min(t.windowStart, boundary - p1);
    tally.update(t);
    ctx.timerService().registerEventTimeTimer(boundary - 1);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<TriageRecord> out)
      throws Exception {
    observe(ctx.timerService().currentWatermark());
    List<PrioritizedEmail> due = new ArrayList<>();
    boolean byWatermark = ctx.timeDomain() == TimeDomain.EVENT_TIME;
    // Event time: every window that ends by the timer. Processing time (maxWindowWait): every
    // window, per level, up to the latest one holding a record whose wait is over, so a window
    // still leaves in one sorted batch.
    long windowEnd = byWatermark ? timestamp + 1 : Long.MIN_VALUE;
    long[] levelsDue = nextDue.value();
    if (levelsDue != null) {
      boolean anyWaiting = false;
      for (int level = 1; level < PriorityPolicy.LEVELS; level++) {
        if (levelsDue[level] != Long.MAX_VALUE) {
          ListState<PrioritizedEmail> buffer = buffers.get(level);
          long endAtMost = byWatermark ? timestamp + 1 : overdueWindowEnd(buffer, timestamp);
          if (levelsDue[level] < endAtMost) {
            levelsDue[level] = release(buffer, endAtMost, due);
            windowEnd = Math.max(windowEnd, endAtMost);
          }
        }
        anyWaiting |= levelsDue[level] != Long.MAX_VALUE;
      }
      if (anyWaiting) {
        nextDue.update(levelsDue);
      } else {
        nextDue.clear();
      }
    }
    if (!byWatermark && due.isEmpty()) {
      // A release timer whose records already left with their window: nothing to report.
      return;
    }
    TriageStats stats = tally.value();
    tally.clear();
    if (due.isEmpty() && stats == null) {
      return;
    }
    if (stats == null) {
      stats = newStats(due.get(0));
    }
    long now = ctx.timerService().currentProcessingTime();
    due.sort(DESK_ORDER);
    for (PrioritizedEmail p : due) {
      out.collect(toRecord(p, now, false));
      measureEmission(p, now);
      count(stats, p, now, false);
      stats.windowStart = Math.min(stats.windowStart, p.windowEnd - policy.windowMs(p.level));
    }
    stats.windowEnd = windowEnd;
    stats.emittedAt = now;
    ctx.output(STATS, stats);
  }

  /**
   * The latest window end among the records of {@code buffer} whose wait is over by {@code now}.
   */
  private static long overdueWindowEnd(ListState<PrioritizedEmail> buffer, long now)
      throws Exception {
    long end = Long.MIN_VALUE;
    for (PrioritizedEmail p : buffer.get()) {
      if (p.releaseBy != 0 && p.releaseBy <= now) {
        end = Math.max(end, p.windowEnd);
      }
    }
    return end;
  }

  /**
   * Moves the records of {@code buffer} whose window ends by {@code endAtMost} to {@code due} and
   * returns the earliest end-of-window timer among those still waiting (MAX_VALUE when none).
   */
  private static long release(
      ListState<PrioritizedEmail> buffer, long endAtMost, List<PrioritizedEmail> due)
      throws Exception {
    List<PrioritizedEmail> waiting = new ArrayList<>();
    long next = Long.MAX_VALUE;
    int released = 0;
    for (PrioritizedEmail p : buffer.get()) {
      if (p.windowEnd <= endAtMost) {
        due.add(p);
        released++;
      } else {
        waiting.add(p);
        next = Math.min(next, p.windowEnd - 1);
      }
    }
    if (waiting.isEmpty()) {
      buffer.clear();
    } else if (released > 0) {
      buffer.update(waiting);
    }
    return next;
  }

  private static TriageStats newStats(PrioritizedEmail p) {
    TriageStats t = new TriageStats();
    t.tenant = p.scored.email.tenant;
    t.queue = p.queue;
    t.windowStart = Long.MAX_VALUE;
    return t;
  }

  private void measureEmission(PrioritizedEmail p, long now) {
    emittedPerLevel[p.level].inc();
    // ingestedAt comes from another TaskManager's clock; skew must not show up as negative latency.
    endToEndLatencyMs.update(Math.max(0, now - p.scored.email.ingestedAt));
  }

  private void count(TriageStats t, PrioritizedEmail p, long now, boolean late) {
    switch (p.level) {
      case 0 -> t.countP0++;
      case 1 -> t.countP1++;
      case 2 -> t.countP2++;
      default -> t.countP3++;
    }
    t.oldestWaitingMs = Math.max(t.oldestWaitingMs, now - p.eventTime());
    if (p.confidence < policy.lowConfidence()) {
      t.lowConfidence++;
    }
    if (policy.isSpam(p.scored.spamProbability, p.confidence)) {
      t.spam++;
    }
    if (late) {
      t.late++;
    }
    t.emittedAt = now;
  }

  static TriageRecord toRecord(PrioritizedEmail p, long triagedAt, boolean late) {
    TokenizedEmail e = p.scored.email;
    TriageRecord r = new TriageRecord();
    r.emailId = e.emailId;
    r.tenant = e.tenant;
    r.mailbox = e.mailbox;
    r.threadToken = e.threadToken;
    r.senderToken = e.senderToken;
    r.subject = e.subject;
    r.excerpt = excerpt(e.body);
    r.intent = p.intent;
    r.confidence = p.confidence;
    r.queue = p.queue;
    r.priority = PriorityPolicy.levelName(p.level);
    r.priorityScore = p.priorityScore;
    r.reasons = p.reasons;
    r.spamProbability = p.scored.spamProbability;
    r.receivedAt = e.receivedAt;
    r.triagedAt = triagedAt;
    r.modelVersion = p.scored.modelVersion;
    r.late = late;
    r.sourceTopic = e.sourceTopic;
    r.sourcePartition = e.sourcePartition;
    r.sourceOffset = e.sourceOffset;
    return r;
  }

  /**
   * The first {@link #EXCERPT_CHARS} chars of the tokenized body, never splitting a surrogate pair.
   */
  static String excerpt(String body) {
    if (body == null || body.length() <= EXCERPT_CHARS) {
      return body;
    }
    int end = EXCERPT_CHARS;
    if (Character.isHighSurrogate(body.charAt(end - 1))) {
      end--;
    }
    return body.substring(0, end);
  }
}
