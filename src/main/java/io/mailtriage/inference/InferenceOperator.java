package io.mailtriage.inference;

import io.mailtriage.deadletter.DeadLetter;
import io.mailtriage.deadletter.DeadLetterReason;
import io.mailtriage.inference.text.ModelText;
import io.mailtriage.pii.TokenizedEmail;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.flink.api.common.operators.ProcessingTimeService.ProcessingTimeCallback;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.runtime.state.StateSnapshotContext;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.TwoInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.util.OutputTag;

/**
 * Scores tokenized emails in batches and swaps models without a restart.
 *
 * <p>Input 1 is the email stream keyed by thread token; input 2 is the broadcast {@code
 * models.control} stream. Emails are buffered up to {@code maxBatch} records or {@code maxDelayMs},
 * then scored with one model call. The buffer is plain operator memory, never state: it is flushed
 * before every checkpoint barrier ({@link #prepareSnapshotPreBarrier}), before a watermark passes
 * and at end of input, so a checkpoint never covers an unscored record and a restore never scores
 * one twice.
 *
 * <p>A new model is loaded and validated on a background thread; the switch happens on the task
 * thread between batches, so every batch is scored by exactly one model and each record carries the
 * version that scored it. A refused model leaves the old one serving. The active announcement is
 * operator state, so a restored job serves the model it served before.
 */
public class InferenceOperator extends AbstractStreamOperator<ScoredEmail>
    implements TwoInputStreamOperator<TokenizedEmail, ModelAnnouncement, ScoredEmail>,
        ProcessingTimeCallback {
  private static final long serialVersionUID = 1L;

  public static final OutputTag<DeadLetter> DEAD_LETTERS =
      new OutputTag<>("inference-dead-letters") {};

  private final ModelAnnouncement defaultModel;
  private final ModelProvider provider;
  private final int maxBatch;
  private final long maxDelayMs;

  private transient List<StreamRecord<TokenizedEmail>> buffer;
  private transient boolean timerPending;
  private transient ListState<ModelAnnouncement> activeState;
  private transient ModelAnnouncement active;
  private transient SharedModels.Lease lease;
  private transient ExecutorService loader;
  private transient AtomicReference<Object> pendingSwap;

  private transient Counter scored;
  private transient Counter lowConfidence;
  private transient Counter failedBatches;
  private transient Counter swapsSucceeded;
  private transient Counter swapsRefused;
  private transient Histogram batchSize;
  private transient Histogram latencyMs;

  /** announcedAt of the model serving now, read by the metric reporter's thread. */
  private transient volatile long activeAnnouncedAt;

  public InferenceOperator(
      ModelAnnouncement defaultModel, ModelProvider provider, int maxBatch, long maxDelayMs) {
    if (maxBatch < 1 || maxDelayMs < 0) {
      throw new IllegalArgumentException("maxBatch must be >= 1 and maxDelayMs >= 0");
    }
    this.defaultModel = defaultModel;
    this.provider = provider;
    this.maxBatch = maxBatch;
    this.maxDelayMs = maxDelayMs;
  }

  @Override
  public void initializeState(StateInitializationContext context) throws Exception {
    super.initializeState(context);
    // Union state: after rescaling every subtask sees every stored announcement and takes the
    // newest.
    activeState =
        context
            .getOperatorStateStore()
            .getUnionListState(new ListStateDescriptor<>("active-model", ModelAnnouncement.class));
    active = defaultModel;
    for (ModelAnnouncement restored : activeState.get()) {
      if (restored.announcedAt > active.announcedAt) {
        active = restored;
      }
    }
  }

  @Override
  public void open() throws Exception {
    super.open();
    buffer = new ArrayList<>(maxBatch);
    pendingSwap = new AtomicReference<>();
    loader =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t =
                  new Thread(
                      r,
                      "model-loader-" + getRuntimeContext().getTaskInfo().getIndexOfThisSubtask());
              t.setDaemon(true);
              return t;
            });
    var group = getMetricGroup().addGroup("stage", "inference");
    scored = group.counter("recordsScored");
    lowConfidence = group.counter("lowConfidence");
    failedBatches = group.counter("failedBatches");
    swapsSucceeded = group.counter("modelSwapsSucceeded");
    swapsRefused = group.counter("modelSwapsRefused");
    batchSize = group.histogram("batchSize", new DescriptiveStatisticsHistogram(1000));
    latencyMs = group.histogram("batchLatencyMs", new DescriptiveStatisticsHistogram(1000));
    // Numeric stand-in for the version label: subtasks disagreeing on it means a swap reached only
    // some.
    activeAnnouncedAt = active.announcedAt;
    group.<Long, Gauge<Long>>gauge("activeModelAnnouncedAt", () -> activeAnnouncedAt);
    lease = SharedModels.acquire(active, provider);
    LOG.info("serving {}", active);
  }

  @Override
  public void processElement1(StreamRecord<TokenizedEmail> record) throws Exception {
    buffer.add(record.copy(record.getValue()));
    if (buffer.size() >= maxBatch) {
      flush();
    } else if (!timerPending) {
      timerPending = true;
      long now = getProcessingTimeService().getCurrentProcessingTime();
      getProcessingTimeService().registerTimer(now + maxDelayMs, this);
    }
  }

  @Override
  public void processElement2(StreamRecord<ModelAnnouncement> record) {
    ModelAnnouncement next = record.getValue();
    if (next.equals(active)) {
      return;
    }
    LOG.info("loading announced {}", next);
    loader.submit(
        () -> {
          try {
            handOver(new Loaded(next, SharedModels.acquire(next, provider)));
          } catch (ModelRejectedException e) {
            handOver(new Refusal(next, e.getMessage()));
          } catch (RuntimeException e) {
            handOver(new Refusal(next, e.getClass().getSimpleName() + ": " + e.getMessage()));
          }
        });
  }

  /**
   * Offers a load result to the task thread. Announcements that arrive faster than batches are
   * flushed supersede each other: the newest wins, and a superseded model nobody will serve is
   * released here, or its lease would keep it loaded in this JVM for good.
   */
  private void handOver(Object result) {
    if (pendingSwap.getAndSet(result) instanceof Loaded superseded) {
      superseded.lease.close();
    }
  }

  @Override
  public void onProcessingTime(long time) throws Exception {
    timerPending = false;
    flush();
  }

  @Override
  public void processWatermark1(Watermark mark) throws Exception {
    // Emit what we hold before time moves on, so downstream never sees it behind a watermark.
    flush();
    super.processWatermark1(mark);
  }

  @Override
  public void processWatermark2(Watermark mark) throws Exception {
    flush();
    super.processWatermark2(mark);
  }

  @Override
  public void prepareSnapshotPreBarrier(long checkpointId) throws Exception {
    flush();
  }

  @Override
  public void snapshotState(StateSnapshotContext context) throws Exception {
    super.snapshotState(context);
    activeState.update(List.of(active));
  }

  @Override
  public void finish() throws Exception {
    flush();
    super.finish();
  }

  @Override
  public void close() throws Exception {
    try {
      if (loader != null) {
        loader.shutdownNow();
      }
      Object pending = pendingSwap == null ? null : pendingSwap.getAndSet(null);
      if (pending instanceof Loaded unused) {
        unused.lease.close();
      }
      if (lease != null) {
        lease.close();
        lease = null;
      }
    } finally {
      super.close();
    }
  }

  /** True while a background load has finished but not yet been applied (for tests). */
  boolean hasPendingSwap() {
    return pendingSwap.get() != null;
  }

  long refusedSwaps() {
    return swapsRefused.getCount();
  }

  /** Switches to a model that finished loading in the background, or counts its refusal. */
  private void applyPendingSwap() {
    Object pending = pendingSwap.getAndSet(null);
    if (pending instanceof Loaded next) {
      SharedModels.Lease old = lease;
      lease = next.lease;
      ModelAnnouncement previous = active;
      active = next.announcement;
      activeAnnouncedAt = active.announcedAt;
      old.close();
      swapsSucceeded.inc();
      LOG.info("model swapped: {} -> {}", previous.version, active.version);
    } else if (pending instanceof Refusal refusal) {
      swapsRefused.inc();
      LOG.warn(
          "model {} refused, still serving {}: {}",
          refusal.announcement.version,
          active.version,
          refusal.reason);
    }
  }

  private void flush() throws Exception {
    applyPendingSwap();
    if (buffer.isEmpty()) {
      return;
    }
    List<StreamRecord<TokenizedEmail>> batch = buffer;
    buffer = new ArrayList<>(maxBatch);
    // The model reads the customer's new message, not the quoted thread, signature or footers.
    ModelText.Result[] read = new ModelText.Result[batch.size()];
    for (int i = 0; i < batch.size(); i++) {
      read[i] = ModelText.of(batch.get(i).getValue().modelText);
    }
    // Scoring in length order lets the model pad little; output keeps arrival order.
    List<Integer> order = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> read[i].text().length()));
    List<String> texts = new ArrayList<>(batch.size());
    List<String> messages = new ArrayList<>(batch.size());
    for (int i : order) {
      texts.add(read[i].text());
      messages.add(batch.get(i).getValue().modelText);
    }
    long start = System.nanoTime();
    List<ModelVerdict> sorted;
    try {
      sorted = lease.model().score(texts, messages);
    } catch (Exception e) {
      // One bad batch must not restart-loop the job: its records are dead-lettered and counted.
      failedBatches.inc();
      LOG.warn(
          "batch of {} failed to score ({}); dead-lettering it",
          batch.size(),
          e.getClass().getSimpleName());
      for (StreamRecord<TokenizedEmail> r : batch) {
        output.collect(
            DEAD_LETTERS, new StreamRecord<>(deadLetter(r.getValue(), e), r.getTimestamp()));
      }
      return;
    }
    latencyMs.update((System.nanoTime() - start) / 1_000_000);
    batchSize.update(batch.size());
    ModelVerdict[] verdicts = new ModelVerdict[batch.size()];
    for (int k = 0; k < order.size(); k++) {
      verdicts[order.get(k)] = sorted.get(k);
    }
    long now = System.currentTimeMillis();
    String version = lease.model().version();
    for (int i = 0; i < batch.size(); i++) {
      StreamRecord<TokenizedEmail> r = batch.get(i);
      ScoredEmail out = toScored(r.getValue(), verdicts[i], version, now);
      out.modelTextPart = read[i].part();
      out.writerText = read[i].writerText();
      // Read by the model and by nothing after it: it leaves no copy in the priority stage's state.
      out.email.modelText = null;
      if (ModelVerdict.NEEDS_REVIEW.equals(out.queue)) {
        lowConfidence.inc();
      }
      scored.inc();
      if (r.hasTimestamp()) {
        output.collect(new StreamRecord<>(out, r.getTimestamp()));
      } else {
        output.collect(new StreamRecord<>(out));
      }
    }
  }

  /** The scored email of a verdict (offline evaluation builds them the same way). */
  public static ScoredEmail toScored(
      TokenizedEmail email, ModelVerdict v, String version, long now) {
    ScoredEmail s = new ScoredEmail();
    s.email = email;
    s.intent = v.intent();
    s.confidence = v.confidence();
    s.topIntents = v.topIntents();
    s.topConfidences = v.topConfidences();
    s.queue = v.queue();
    s.urgency = v.urgency();
    s.spamProbability = v.spamProbability();
    s.inDomain = v.inDomain();
    s.truncated = v.truncated();
    s.modelVersion = version;
    s.scoredAt = now;
    return s;
  }

  private static DeadLetter deadLetter(TokenizedEmail e, Exception cause) {
    return DeadLetter.of(
        DeadLetterReason.PROCESSING_ERROR,
        "model failed to score the batch: " + cause.getClass().getSimpleName(),
        "inference",
        e.sourceTopic,
        e.sourcePartition,
        e.sourceOffset,
        null,
        0);
  }

  private record Loaded(ModelAnnouncement announcement, SharedModels.Lease lease) {}

  private record Refusal(ModelAnnouncement announcement, String reason) {}
}
