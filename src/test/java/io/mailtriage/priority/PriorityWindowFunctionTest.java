package io.mailtriage.priority;

import static io.mailtriage.priority.Fixtures.cardsEmail;
import static io.mailtriage.priority.Fixtures.email;
import static io.mailtriage.priority.Fixtures.policy;
import static io.mailtriage.priority.Fixtures.prioritized;
import static io.mailtriage.priority.WindowScenario.NOW;
import static io.mailtriage.priority.WindowScenario.at;
import static io.mailtriage.priority.WindowScenario.play;
import static io.mailtriage.priority.WindowScenario.stats;
import static io.mailtriage.priority.WindowScenario.watermark;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailtriage.inference.ScoredEmail;
import io.mailtriage.sink.WireJson;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PriorityWindowFunctionTest {
  private final PriorityPolicy policy = policy();
  private final ObjectMapper json = WireJson.newMapper();
  private KeyedOneInputStreamOperatorTestHarness<String, PrioritizedEmail, TriageRecord> harness;

  @BeforeEach
  void open() throws Exception {
    harness = WindowScenario.harness(policy);
    harness.open();
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  private List<TriageRecord> out() {
    return harness.extractOutputValues();
  }

  private static PrioritizedEmail p2(String id, long at, double urgency) {
    ScoredEmail s = cardsEmail(id, at);
    s.urgency = urgency;
    return prioritized(policy(), s);
  }

  @Test
  void p0PassesWithNoDelay() throws Exception {
    play(
        harness,
        List.of(
            at(prioritized(policy, email("lost", "lost_or_stolen_card", "cards", 0.95, 5_000)))));
    // No watermark has arrived: the record is out anyway.
    assertThat(out()).hasSize(1);
    TriageRecord r = out().get(0);
    assertThat(r.priority).isEqualTo("P0");
    assertThat(r.late).isFalse();
    assertThat(r.triagedAt).isEqualTo(NOW);
    assertThat(r.reasons).containsExactly("intent:lost_or_stolen_card");

    // It is counted in the stats at the next P1 boundary.
    play(harness, List.of(watermark(5_999)));
    assertThat(stats(harness))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.countP0).isEqualTo(1);
              assertThat(s.windowStart).isEqualTo(5_000);
              assertThat(s.windowEnd).isEqualTo(6_000);
              assertThat(s.oldestWaitingMs).isEqualTo(NOW - 5_000);
            });
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void windowIsEmittedMostUrgentFirstWhenTheWatermarkPassesItsEnd() throws Exception {
    play(
        harness,
        List.of(
            at(p2("a", 12_000, 0.1)),
            at(p2("b", 15_000, 0.7)),
            at(p2("c", 11_000, 0.7)),
            at(p2("d", 13_000, 0.5)),
            at(p2("next-window", 20_000, 0.7)),
            watermark(19_998)));
    assertThat(out()).isEmpty();

    play(harness, List.of(watermark(19_999)));
    // Equal scores (b, c) go by receivedAt.
    assertThat(out()).extracting(r -> r.emailId).containsExactly("c", "b", "d", "a");
    assertThat(out()).extracting(r -> r.priority).containsOnly("P2");
    assertThat(out()).extracting(r -> r.late).containsOnly(false);
    assertThat(stats(harness))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.countP2).isEqualTo(4);
              assertThat(s.windowStart).isEqualTo(10_000);
              assertThat(s.windowEnd).isEqualTo(20_000);
              assertThat(s.oldestWaitingMs).isEqualTo(NOW - 11_000);
            });
  }

  @Test
  void levelsClosingTogetherComeOutMostUrgentFirst() throws Exception {
    // P1 (1 s), P2 (10 s) and P3 (60 s) windows of the cards queue all end at 60 s.
    play(
        harness,
        List.of(
            at(prioritized(policy, email("p3", "visa_or_mastercard", "cards", 0.9, 1_000))),
            at(prioritized(policy, cardsEmail("p2", 55_000))),
            at(p2("p1", 59_500, 0.9)),
            watermark(60_000)));
    assertThat(out()).extracting(r -> r.emailId).containsExactly("p1", "p2", "p3");
    assertThat(out()).extracting(r -> r.priority).containsExactly("P1", "P2", "P3");
    assertThat(stats(harness))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.countP1).isEqualTo(1);
              assertThat(s.countP2).isEqualTo(1);
              assertThat(s.countP3).isEqualTo(1);
              assertThat(s.windowStart).isZero();
              assertThat(s.windowEnd).isEqualTo(60_000);
            });
  }

  @Test
  void lateRecordIsEmittedAtOnceWithLateTrue() throws Exception {
    play(
        harness,
        List.of(watermark(30_000), at(p2("old", 5_000, 0.1)), at(p2("edge", 29_000, 0.1))));
    assertThat(out()).extracting(r -> r.emailId).containsExactly("old", "edge");
    assertThat(out()).extracting(r -> r.late).containsOnly(true);

    play(harness, List.of(at(p2("on-time", 30_500, 0.1)), watermark(40_000)));
    assertThat(out()).extracting(r -> r.late).containsExactly(true, true, false);
    assertThat(stats(harness)).hasSize(2);
    TriageStats merged = stats(harness).get(stats(harness).size() - 1);
    assertThat(stats(harness).stream().mapToInt(s -> s.late).sum()).isEqualTo(2);
    assertThat(
            stats(harness).stream()
                .mapToInt(s -> s.countP0 + s.countP1 + s.countP2 + s.countP3)
                .sum())
        .isEqualTo(3);
    assertThat(merged.windowEnd).isEqualTo(40_000);
  }

  @Test
  void spamSortsLastInItsWindow() throws Exception {
    ScoredEmail spam = email("spam", "lost_or_stolen_card", "account", 0.6, 2_000);
    spam.spamProbability = 0.95;
    play(
        harness,
        List.of(
            at(prioritized(policy, spam)),
            at(prioritized(policy, email("real", "age_limit", "account", 0.2, 3_000))),
            watermark(60_000)));
    assertThat(out()).extracting(r -> r.emailId).containsExactly("real", "spam");
    assertThat(stats(harness).get(0).spam).isEqualTo(1);
    assertThat(stats(harness).get(0).lowConfidence).isEqualTo(1);
  }

  @Test
  void stateAndTimersReturnToZeroOnceEveryWindowHasClosed() throws Exception {
    play(harness, WindowScenario.firstHalf(policy));
    assertThat(harness.numKeyedStateEntries()).isPositive();
    assertThat(harness.numEventTimeTimers()).isPositive();
    play(harness, WindowScenario.secondHalf(policy));
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
    // The release timers of records that left with the watermark fire once and find nothing.
    int records = out().size();
    int fires = stats(harness).size();
    harness.setProcessingTime(
        NOW
            + policy.windowMs(3)
            + policy.maxWindowWaitMs()
            + PriorityWindowFunction.RELEASE_TIMER_MS);
    assertThat(harness.numProcessingTimeTimers()).isZero();
    assertThat(out()).hasSize(records);
    assertThat(stats(harness)).hasSize(fires);
  }

  @Test
  void aWindowTheWatermarkDoesNotReachLeavesMaxWindowWaitAfterItsEndCameInRealTime()
      throws Exception {
    // P2 (10 s windows): both records are in [10 s, 20 s); the watermark never moves.
    play(harness, List.of(at(p2("early", 12_000, 0.1))));
    harness.setProcessingTime(NOW + 3_000);
    play(harness, List.of(at(p2("later", 18_000, 0.7))));
    // Judged from "later", whose arrival says the window's end came at NOW + 5 s of processing
    // time.
    long releaseAt = NOW + 3_000 + 2_000 + policy.maxWindowWaitMs();
    harness.setProcessingTime(releaseAt - 1);
    assertThat(out()).isEmpty();
    harness.setProcessingTime(releaseAt);
    assertThat(out()).extracting(r -> r.emailId).containsExactly("later", "early");
    assertThat(out()).allSatisfy(r -> assertThat(r.late).isFalse());
    assertThat(stats(harness))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.windowStart).isEqualTo(10_000);
              assertThat(s.windowEnd).isEqualTo(20_000);
              assertThat(s.countP2).isEqualTo(2);
            });
    assertThat(harness.numKeyedStateEntries()).isZero();

    // A record of the same window that comes after the release is not late (the watermark has not
    // passed it): it waits again, and leaves with the watermark.
    play(harness, List.of(at(p2("straggler", 19_000, 0.5)), watermark(19_999)));
    assertThat(out()).extracting(r -> r.emailId).containsExactly("later", "early", "straggler");
    assertThat(out().get(2).late).isFalse();
  }

  @Test
  void withoutMaxWindowWaitWindowsWaitForTheWatermarkAlone() throws Exception {
    PriorityPolicy unbounded = policy("  maxWindowWait: 5s", "  maxWindowWait: 0s");
    KeyedOneInputStreamOperatorTestHarness<String, PrioritizedEmail, TriageRecord> h =
        WindowScenario.harness(unbounded);
    h.open();
    play(h, List.of(at(prioritized(unbounded, cardsEmail("a", 12_000)))));
    assertThat(h.numProcessingTimeTimers()).isZero();
    h.setProcessingTime(NOW + 3_600_000);
    assertThat(h.extractOutputValues()).isEmpty();
    play(h, List.of(watermark(19_999)));
    assertThat(h.extractOutputValues()).hasSize(1);
    h.close();
  }

  @Test
  void restoringASnapshotTakenMidWindowGivesTheSameOutput() throws Exception {
    play(harness, WindowScenario.all(policy));
    List<String> uninterrupted = asJson(out(), stats(harness));

    KeyedOneInputStreamOperatorTestHarness<String, PrioritizedEmail, TriageRecord> first =
        WindowScenario.harness(policy);
    first.open();
    play(first, WindowScenario.firstHalf(policy));
    List<TriageRecord> before = new ArrayList<>(first.extractOutputValues());
    List<TriageStats> beforeStats = stats(first);
    assertThat(first.numEventTimeTimers()).as("windows still open at the snapshot").isPositive();
    OperatorSubtaskState snapshot = first.snapshot(1L, 13_000L);
    first.close();

    KeyedOneInputStreamOperatorTestHarness<String, PrioritizedEmail, TriageRecord> restored =
        WindowScenario.harness(policy);
    restored.initializeState(snapshot);
    restored.open();
    play(restored, WindowScenario.secondHalf(policy));
    List<TriageRecord> records = new ArrayList<>(before);
    records.addAll(restored.extractOutputValues());
    List<TriageStats> allStats = new ArrayList<>(beforeStats);
    allStats.addAll(stats(restored));
    assertThat(asJson(records, allStats)).containsExactlyElementsOf(uninterrupted);
    assertThat(restored.numKeyedStateEntries()).isZero();
    assertThat(restored.numEventTimeTimers()).isZero();
    restored.close();
  }

  private List<String> asJson(List<TriageRecord> records, List<TriageStats> stats)
      throws Exception {
    List<String> lines = new ArrayList<>();
    for (TriageRecord r : records) {
      lines.add(json.writeValueAsString(r));
    }
    for (TriageStats s : stats) {
      lines.add(json.writeValueAsString(s));
    }
    return lines;
  }

  @Test
  void aBufferedRecordKeepsOnlyTheExcerptOfItsBodyInState() throws Exception {
    long excerptOnly = bufferedStateBytes("b".repeat(300));
    assertThat(bufferedStateBytes("b".repeat(40_000))).isEqualTo(excerptOnly);
    PrioritizedEmail p = p2("long", 5_000, 0.1);
    p.scored.email.body = "b".repeat(40_000);
    play(harness, List.of(at(p), watermark(30_000)));
    assertThat(out())
        .singleElement()
        .satisfies(r -> assertThat(r.excerpt).isEqualTo("b".repeat(300)));
  }

  /** Size of a checkpoint holding one P2 record with {@code body} in its window. */
  private long bufferedStateBytes(String body) throws Exception {
    try (KeyedOneInputStreamOperatorTestHarness<String, PrioritizedEmail, TriageRecord> h =
        WindowScenario.harness(policy)) {
      h.open();
      PrioritizedEmail p = p2("long", 5_000, 0.1);
      p.scored.email.body = body;
      play(h, List.of(at(p)));
      assertThat(h.numKeyedStateEntries()).isPositive();
      return h.snapshot(1L, 1L).getStateSize();
    }
  }

  @Test
  void excerptIsCutWithoutSplittingACharacter() {
    String body = "a".repeat(299) + "\uD83D\uDE00" + "tail";
    assertThat(PriorityWindowFunction.excerpt(body)).isEqualTo("a".repeat(299));
    assertThat(PriorityWindowFunction.excerpt("short")).isEqualTo("short");
  }
}
