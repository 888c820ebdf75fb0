package io.mailtriage.priority;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by {@link SenderKey}. Counts how many emails the sender sent within the sliding period
 * {@code escalation.sender.within} ending at this email's event time, this one included, into
 * {@link PrioritizedEmail#senderContacts}; {@link PriorityAssigner} escalates at {@code
 * escalation.sender.contacts}.
 *
 * <p>State lifetime: the event times of the sender's recent emails, at most {@code
 * escalation.sender.maxTracked} of them and none older than {@code within} before the newest
 * (pruned on every email). An event-time timer at {@code newest + within} drops the list once no
 * future email can count them; each newer email moves that single timer. A processing-time TTL of
 * twice {@code within} is only a backstop should event time ever stop advancing. Emails without a
 * sender token (key "") pass through without state and count 0, and so does machine-sent mail
 * ({@code autoSubmitted}): an auto-reply loop is not a customer writing again. Nor is mail from a
 * service's sending address ({@code serviceSender}): a voicemail system mails each caller's message
 * from one {@code no-reply@}, and a burst of calls is no one person contacting the bank again.
 */
public class SenderEscalationFunction
    extends KeyedProcessFunction<String, PrioritizedEmail, PrioritizedEmail> {
  private static final long serialVersionUID = 1L;

  /** Keyed state name of the sender's recent contact times; the savepoint tools read it too. */
  public static final String CONTACTS_STATE = "sender-contacts";

  private final PriorityPolicy policy;
  private transient ListState<Long> contacts;

  public SenderEscalationFunction(PriorityPolicy policy) {
    this.policy = policy;
  }

  @Override
  public void open(OpenContext openContext) {
    ListStateDescriptor<Long> descriptor = new ListStateDescriptor<>(CONTACTS_STATE, Types.LONG);
    descriptor.enableTimeToLive(BackstopTtl.of(Duration.ofMillis(2 * policy.senderWithinMs())));
    contacts = getRuntimeContext().getListState(descriptor);
  }

  @Override
  public void processElement(PrioritizedEmail email, Context ctx, Collector<PrioritizedEmail> out)
      throws Exception {
    if (ctx.getCurrentKey().isEmpty()
        || email.scored.email.autoSubmitted != null
        || email.scored.email.serviceSender) {
      out.collect(email);
      return;
    }
    long within = policy.senderWithinMs();
    long now = email.eventTime();
    long[] times = load(now);
    long newest = times[times.length - 1];

    int count = 0;
    for (long t : times) {
      if (t > now - within && t <= now) {
        count++;
      }
    }
    email.senderContacts = count;

    // Keep what a later email could still count, newest last, bounded by maxTracked.
    int from = 0;
    while (from < times.length && times[from] <= newest - within) {
      from++;
    }
    from = Math.max(from, times.length - policy.senderMaxTracked());
    List<Long> kept = new ArrayList<>(times.length - from);
    for (int i = from; i < times.length; i++) {
      kept.add(times[i]);
    }
    contacts.update(kept);

    long oldNewest = newestBefore(times, now);
    if (oldNewest != newest) {
      if (oldNewest != Long.MIN_VALUE) {
        ctx.timerService().deleteEventTimeTimer(oldNewest + within);
      }
      ctx.timerService().registerEventTimeTimer(newest + within);
    }
    out.collect(email);
  }

  /** The stored times plus {@code now}, sorted ascending. */
  private long[] load(long now) throws Exception {
    Iterable<Long> stored = contacts.get();
    int n = 0;
    long[] times = new long[8];
    if (stored != null) {
      for (Long t : stored) {
        if (n == times.length - 1) {
          times = Arrays.copyOf(times, times.length * 2);
        }
        times[n++] = t;
      }
    }
    times[n++] = now;
    times = Arrays.copyOf(times, n);
    Arrays.sort(times);
    return times;
  }

  /** Newest stored time before {@code now} was added: the time the current timer was set for. */
  private static long newestBefore(long[] times, long now) {
    boolean skipped = false;
    for (int i = times.length - 1; i >= 0; i--) {
      if (times[i] == now && !skipped) {
        skipped = true;
      } else {
        return times[i];
      }
    }
    return Long.MIN_VALUE;
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<PrioritizedEmail> out)
      throws Exception {
    // Only newest + within is ever registered, so this normally clears; the check guards against a
    // timer restored from an older policy with a shorter period.
    long newest = Long.MIN_VALUE;
    for (Long t : contacts.get()) {
      newest = Math.max(newest, t);
    }
    if (newest + policy.senderWithinMs() <= timestamp) {
      contacts.clear();
    }
  }
}
