package io.mailtriage.priority;

import static io.mailtriage.priority.Fixtures.email;
import static io.mailtriage.priority.Fixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.inference.ScoredEmail;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ThreadStateFunctionTest {
  private static final long HOUR = 3_600_000;
  private static final long DAY = 24 * HOUR;
  private final PriorityPolicy policy = policy();
  private KeyedOneInputStreamOperatorTestHarness<String, ScoredEmail, PrioritizedEmail> harness;

  @BeforeEach
  void open() throws Exception {
    harness =
        ProcessFunctionTestHarnesses.forKeyedProcessFunction(
            new ThreadStateFunction(policy), new ThreadKey(), Types.STRING);
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  private void send(String thread, String intent, String queue, double confidence, long at)
      throws Exception {
    ScoredEmail s =
        email("m" + harness.extractOutputValues().size(), intent, queue, confidence, at);
    s.email.threadToken = thread;
    harness.processElement(new StreamRecord<>(s, at));
  }

  private List<PrioritizedEmail> out() {
    return harness.extractOutputValues();
  }

  @Test
  void vagueFollowUpTakesTheThreadsIntentAndQueue() throws Exception {
    send("t1", "lost_or_stolen_card", "cards", 0.92, 0);
    send("t1", "transfer_timing", "transfers", 0.81, HOUR); // generic: "any update??"
    send("t1", "exchange_rate", "payments", 0.2, 2 * HOUR); // not confident
    assertThat(out())
        .extracting(p -> p.intent)
        .containsExactly("lost_or_stolen_card", "lost_or_stolen_card", "lost_or_stolen_card");
    assertThat(out()).extracting(p -> p.queue).containsExactly("cards", "cards", "cards");
    assertThat(out()).extracting(p -> p.threadIntentInherited).containsExactly(false, true, true);
    assertThat(out().get(2).confidence).isEqualTo(0.92);
  }

  @Test
  void specificFollowUpKeepsItsOwnIntent() throws Exception {
    send("t1", "card_arrival", "cards", 0.9, 0);
    send("t1", "request_refund", "refunds", 0.88, HOUR);
    assertThat(out().get(1).intent).isEqualTo("request_refund");
    assertThat(out().get(1).queue).isEqualTo("refunds");
    assertThat(out().get(1).threadIntentInherited).isFalse();
  }

  @Test
  void anchorIsTheFirstConfidentMessageNotTheFirstMessage() throws Exception {
    send("t1", "pending_transfer", "transfers", 0.95, 0); // generic
    send("t1", "failed_transfer", "transfers", 0.9, HOUR);
    send("t1", "card_arrival", "cards", 0.3, 2 * HOUR);
    assertThat(out())
        .extracting(p -> p.intent)
        .containsExactly("pending_transfer", "failed_transfer", "failed_transfer");
  }

  @Test
  void escalatesSecondFollowUpOnAnOpenThread() throws Exception {
    send("t1", "card_not_working", "cards", 0.9, 0);
    send("t1", "card_not_working", "cards", 0.4, DAY);
    send("t1", "card_not_working", "cards", 0.4, 2 * DAY);
    assertThat(out()).extracting(p -> p.threadFollowUps).containsExactly(0, 1, 2);
    PriorityAssigner assigner = new PriorityAssigner(policy);
    assertThat(assigner.map(out().get(1)).level).isEqualTo(2);
    PrioritizedEmail second = assigner.map(out().get(2));
    assertThat(second.level).isEqualTo(1);
    assertThat(second.reasons)
        .containsExactly("queue:cards", "thread_intent:card_not_working", "thread_followup:2");
  }

  @Test
  void threadIsForgottenOpenForAfterItsLastMessage() throws Exception {
    send("t1", "card_arrival", "cards", 0.9, 0);
    send("t1", "card_arrival", "cards", 0.9, 3 * DAY);
    send("t2", "card_arrival", "cards", 0.9, DAY);
    assertThat(harness.numKeyedStateEntries()).isEqualTo(2);
    assertThat(harness.numEventTimeTimers()).isEqualTo(2);

    harness.processWatermark(8 * DAY);
    assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
    harness.processWatermark(10 * DAY);
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
    assertThat(harness.numProcessingTimeTimers()).isZero();

    send("t1", "card_arrival", "cards", 0.4, 11 * DAY);
    assertThat(out().get(3).threadFollowUps).isZero();
    assertThat(out().get(3).threadIntentInherited).isFalse();
  }

  @Test
  void threadIntentSurvivesSnapshotAndRestore() throws Exception {
    send("t1", "lost_or_stolen_card", "cards", 0.92, 0);
    OperatorSubtaskState snapshot = harness.snapshot(1L, 0L);
    harness.close();

    harness =
        new KeyedOneInputStreamOperatorTestHarness<>(
            new KeyedProcessOperator<>(new ThreadStateFunction(policy)),
            new ThreadKey(),
            Types.STRING);
    harness.initializeState(snapshot);
    harness.open();
    send("t1", "transfer_timing", "transfers", 0.3, HOUR);
    assertThat(out())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.intent).isEqualTo("lost_or_stolen_card");
              assertThat(p.queue).isEqualTo("cards");
              assertThat(p.threadFollowUps).isEqualTo(1);
            });
  }

  @Test
  void emailWithoutThreadPassesThroughWithoutState() throws Exception {
    send(null, "card_arrival", "cards", 0.9, 0);
    send(null, "card_arrival", "cards", 0.2, 1);
    assertThat(out()).extracting(p -> p.threadFollowUps).containsExactly(0, 0);
    assertThat(harness.numKeyedStateEntries()).isZero();
  }

  @Test
  void machineSentMailIsNoFollowUpAndLeavesNoState() throws Exception {
    // The bank's reply bounced and the customer's out-of-office answered it, twice: on the thread.
    for (int i = 0; i < 3; i++) {
      ScoredEmail s = email("auto" + i, "lost_or_stolen_card", "fraud", 0.95, i * HOUR);
      s.email.threadToken = "t1";
      s.email.autoSubmitted = i == 0 ? "delivery_status" : "auto_reply";
      harness.processElement(new StreamRecord<>(s, i * HOUR));
    }
    assertThat(out()).extracting(p -> p.threadFollowUps).containsExactly(0, 0, 0);
    assertThat(out()).extracting(p -> p.threadIntentInherited).containsOnly(false);
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();

    // Nor did they give the thread its intent: the customer's vague mail keeps its own.
    send("t1", "transfer_timing", "transfers", 0.81, 4 * HOUR);
    assertThat(out().get(3).threadFollowUps).isZero();
    assertThat(out().get(3).intent).isEqualTo("transfer_timing");
  }
}
