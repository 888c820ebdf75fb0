package io.mailtriage.priority;

import io.mailtriage.inference.ScoredEmail;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by {@link ThreadKey}. Remembers, per open thread, the first confident and specific intent
 * and its queue, and counts the messages on the thread. A follow-up whose own intent is generic or
 * below the confidence threshold ("any update??") takes the thread's intent and queue, so it lands
 * on the same desk as the original request; every follow-up reports how many messages came before
 * it so {@link PriorityAssigner} can escalate an unresolved thread.
 *
 * <p>The pipeline has no "resolved" signal, so a thread counts as unresolved while it keeps
 * receiving mail. State lifetime: one {@link ThreadFacts} per thread, removed by an event-time
 * timer at {@code lastReceivedAt + escalation.thread.openFor}; each message moves that single
 * timer. A processing-time TTL of twice {@code openFor} is only a backstop should event time ever
 * stop advancing. Emails without a thread token (key "") pass through without state, and so does
 * machine-sent mail ({@code autoSubmitted}): an out-of-office reply or a bounce on a thread is no
 * follow-up of the customer's, and must neither escalate the thread nor give it its intent.
 */
public class ThreadStateFunction
    extends KeyedProcessFunction<String, ScoredEmail, PrioritizedEmail> {
  private static final long serialVersionUID = 1L;

  /** Keyed state name of a thread's facts; the savepoint tools read it too. */
  public static final String FACTS_STATE = "thread-facts";

  private final PriorityPolicy policy;
  private transient ValueState<ThreadFacts> facts;

  public ThreadStateFunction(PriorityPolicy policy) {
    this.policy = policy;
  }

  @Override
  public void open(OpenContext openContext) {
    ValueStateDescriptor<ThreadFacts> descriptor =
        new ValueStateDescriptor<>(FACTS_STATE, ThreadFacts.class);
    descriptor.enableTimeToLive(BackstopTtl.of(Duration.ofMillis(2 * policy.threadOpenForMs())));
    facts = getRuntimeContext().getState(descriptor);
  }

  @Override
  public void processElement(ScoredEmail email, Context ctx, Collector<PrioritizedEmail> out)
      throws Exception {
    PrioritizedEmail p = PrioritizedEmail.of(email);
    if (ctx.getCurrentKey().isEmpty() || email.email.autoSubmitted != null) {
      out.collect(p);
      return;
    }
    ThreadFacts thread = facts.value();
    if (thread == null) {
      thread = new ThreadFacts();
      thread.lastReceivedAt = Long.MIN_VALUE;
    }
    boolean specific =
        email.confidence >= policy.lowConfidence() && !policy.isGenericIntent(email.intent);
    p.threadFollowUps = thread.messages;
    if (specific) {
      if (thread.anchorIntent == null) {
        thread.anchorIntent = email.intent;
        thread.anchorQueue = email.queue;
        thread.anchorConfidence = email.confidence;
      }
    } else if (thread.anchorIntent != null) {
      p.intent = thread.anchorIntent;
      p.queue = thread.anchorQueue;
      p.confidence = thread.anchorConfidence;
      p.threadIntentInherited = true;
    }
    thread.messages++;
    long previousLast = thread.lastReceivedAt;
    thread.lastReceivedAt = Math.max(previousLast, p.eventTime());
    facts.update(thread);
    if (thread.lastReceivedAt != previousLast) {
      if (previousLast != Long.MIN_VALUE) {
        ctx.timerService().deleteEventTimeTimer(previousLast + policy.threadOpenForMs());
      }
      ctx.timerService().registerEventTimeTimer(thread.lastReceivedAt + policy.threadOpenForMs());
    }
    out.collect(p);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<PrioritizedEmail> out)
      throws Exception {
    ThreadFacts thread = facts.value();
    // Only the timer of the latest message is ever registered, so this closes the thread; the check
    // guards against a timer restored from an older policy with a different openFor.
    if (thread == null || thread.lastReceivedAt + policy.threadOpenForMs() <= timestamp) {
      facts.clear();
    }
  }
}
