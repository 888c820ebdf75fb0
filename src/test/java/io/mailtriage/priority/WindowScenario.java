package io.mailtriage.priority;

import static io.mailtriage.priority.Fixtures.cardsEmail;
import static io.mailtriage.priority.Fixtures.email;
import static io.mailtriage.priority.Fixtures.prioritized;

import io.mailtriage.inference.ScoredEmail;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;

/**
 * A scripted input for {@link PriorityWindowFunction}: every level, two keys, out-of-order and late
 * records, spam, a clamped timestamp and an unknown queue, ending with every window closed.
 */
final class WindowScenario {
  /** One input: a record, or a watermark when {@code email} is null. */
  record Step(PrioritizedEmail email, long watermark) {}

  /** Processing time the harnesses run at, so triagedAt is reproducible. */
  static final long NOW = 100_000;

  private WindowScenario() {}

  static KeyedOneInputStreamOperatorTestHarness<String, PrioritizedEmail, TriageRecord> harness(
      PriorityPolicy policy) throws Exception {
    KeyedOneInputStreamOperatorTestHarness<String, PrioritizedEmail, TriageRecord> h =
        new KeyedOneInputStreamOperatorTestHarness<>(
            new KeyedProcessOperator<>(new PriorityWindowFunction(policy)),
            new TenantQueueKey(),
            Types.STRING);
    h.setProcessingTime(NOW);
    return h;
  }

  static void play(
      KeyedOneInputStreamOperatorTestHarness<String, PrioritizedEmail, TriageRecord> h,
      List<Step> steps)
      throws Exception {
    for (Step s : steps) {
      if (s.email() == null) {
        h.processWatermark(s.watermark());
      } else {
        h.processElement(new StreamRecord<>(s.email(), s.email().eventTime()));
      }
    }
  }

  static List<TriageStats> stats(
      KeyedOneInputStreamOperatorTestHarness<String, PrioritizedEmail, TriageRecord> h) {
    ConcurrentLinkedQueue<StreamRecord<TriageStats>> side =
        h.getSideOutput(PriorityWindowFunction.STATS);
    List<TriageStats> out = new ArrayList<>();
    if (side != null) {
      side.forEach(r -> out.add(r.getValue()));
    }
    return out;
  }

  static Step at(PrioritizedEmail p) {
    return new Step(p, 0);
  }

  static Step watermark(long w) {
    return new Step(null, w);
  }

  private static ScoredEmail urgent(ScoredEmail s, double urgency) {
    s.urgency = urgency;
    return s;
  }

  /** Up to and including the point where the restore test snapshots: windows are still open. */
  static List<Step> firstHalf(PriorityPolicy policy) {
    ScoredEmail spam = cardsEmail("spam-1", 13_000);
    spam.spamProbability = 0.99;
    spam.confidence = 0.6; // not sure enough of the intent to overrule the spam head
    ScoredEmail clamped = cardsEmail("clamped-1", 14_000);
    clamped.email.receivedAtClamped = true;
    clamped.email.mailbox = null;
    ScoredEmail otherTenant = cardsEmail("acme-1", 12_100);
    otherTenant.email.tenant = "acme-bank";
    return List.of(
        at(prioritized(policy, cardsEmail("p2-a", 12_000))),
        at(prioritized(policy, urgent(cardsEmail("p1-b", 12_300), 0.9))),
        at(prioritized(policy, email("p3-c", "age_limit", "account", 0.9, 15_000))),
        at(prioritized(policy, email("p0-d", "compromised_card", "cards", 0.95, 16_000))),
        at(prioritized(policy, urgent(cardsEmail("p2-e", 17_000), 0.6))),
        at(prioritized(policy, spam)),
        at(prioritized(policy, clamped)),
        at(prioritized(policy, otherTenant)),
        at(prioritized(policy, email("unknown-q", "card_arrival", "crypto", 0.9, 14_500))),
        watermark(12_999));
  }

  static List<Step> secondHalf(PriorityPolicy policy) {
    return List.of(
        at(prioritized(policy, urgent(cardsEmail("p2-f", 18_000), 0.6))),
        at(prioritized(policy, cardsEmail("p2-g-out-of-order", 11_000))),
        at(prioritized(policy, urgent(cardsEmail("p1-h-late", 12_500), 0.9))),
        watermark(20_000),
        at(prioritized(policy, cardsEmail("p2-i-late", 19_000))),
        at(prioritized(policy, email("p3-j", "age_limit", "account", 0.9, 30_000))),
        watermark(70_000));
  }

  static List<Step> all(PriorityPolicy policy) {
    List<Step> steps = new ArrayList<>(firstHalf(policy));
    steps.addAll(secondHalf(policy));
    return steps;
  }
}
