package io.mailtriage.priority;

import static io.mailtriage.priority.Fixtures.cardsEmail;
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

class SenderEscalationFunctionTest {
  private static final long MINUTE = 60_000;
  private final PriorityPolicy policy = policy("    within: 24h", "    within: 1h");
  private KeyedOneInputStreamOperatorTestHarness<String, PrioritizedEmail, PrioritizedEmail>
      harness;

  @BeforeEach
  void open() throws Exception {
    harness =
        ProcessFunctionTestHarnesses.forKeyedProcessFunction(
            new SenderEscalationFunction(policy), new SenderKey(), Types.STRING);
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  private void send(String id, String sender, long at) throws Exception {
    ScoredEmail s = cardsEmail(id, at);
    s.email.senderToken = sender;
    harness.processElement(new StreamRecord<>(PrioritizedEmail.of(s), at));
  }

  private List<PrioritizedEmail> out() {
    return harness.extractOutputValues();
  }

  @Test
  void escalatesThirdContactInAnHour() throws Exception {
    send("a", "snd_x", 0);
    send("b", "snd_x", 20 * MINUTE);
    send("c", "snd_x", 40 * MINUTE);
    assertThat(out()).extracting(p -> p.senderContacts).containsExactly(1, 2, 3);

    PriorityAssigner assigner = new PriorityAssigner(policy);
    PrioritizedEmail second = assigner.map(out().get(1));
    PrioritizedEmail third = assigner.map(out().get(2));
    assertThat(second.level).isEqualTo(2);
    assertThat(third.level).isEqualTo(1);
    assertThat(third.reasons).contains("repeat_sender:3_in_1h");
  }

  @Test
  void contactsOlderThanThePeriodDoNotCount() throws Exception {
    send("a", "snd_x", 0);
    send("b", "snd_x", 50 * MINUTE);
    send("c", "snd_x", 70 * MINUTE);
    assertThat(out()).extracting(p -> p.senderContacts).containsExactly(1, 2, 2);
  }

  @Test
  void outOfOrderContactCountsOnlyEarlierOnes() throws Exception {
    send("a", "snd_x", 30 * MINUTE);
    send("b", "snd_x", 10 * MINUTE);
    send("c", "snd_x", 35 * MINUTE);
    assertThat(out()).extracting(p -> p.senderContacts).containsExactly(1, 1, 3);
  }

  @Test
  void sendersAreCountedSeparately() throws Exception {
    send("a", "snd_x", 0);
    send("b", "snd_y", MINUTE);
    send("c", "snd_x", 2 * MINUTE);
    assertThat(out()).extracting(p -> p.senderContacts).containsExactly(1, 1, 2);
  }

  @Test
  void stateAndTimersReturnToZeroOnceThePeriodHasPassed() throws Exception {
    send("a", "snd_x", 0);
    send("b", "snd_x", 20 * MINUTE);
    send("c", "snd_y", 30 * MINUTE);
    assertThat(harness.numKeyedStateEntries()).isEqualTo(2);
    assertThat(harness.numEventTimeTimers()).isEqualTo(2);

    harness.processWatermark(80 * MINUTE - 1);
    assertThat(harness.numKeyedStateEntries()).isEqualTo(2);
    harness.processWatermark(80 * MINUTE);
    assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
    harness.processWatermark(90 * MINUTE);
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
    assertThat(harness.numProcessingTimeTimers()).isZero();

    send("d", "snd_x", 95 * MINUTE);
    assertThat(out().get(3).senderContacts).isEqualTo(1);
  }

  @Test
  void countsContinueAcrossSnapshotAndRestore() throws Exception {
    send("a", "snd_x", 0);
    send("b", "snd_x", 20 * MINUTE);
    OperatorSubtaskState snapshot = harness.snapshot(1L, 20 * MINUTE);
    harness.close();

    harness =
        new KeyedOneInputStreamOperatorTestHarness<>(
            new KeyedProcessOperator<>(new SenderEscalationFunction(policy)),
            new SenderKey(),
            Types.STRING);
    harness.initializeState(snapshot);
    harness.open();
    assertThat(harness.numEventTimeTimers()).isEqualTo(1);
    send("c", "snd_x", 40 * MINUTE);
    assertThat(out()).extracting(p -> p.senderContacts).containsExactly(3);
    harness.processWatermark(100 * MINUTE);
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void aFloodingSenderKeepsOnlyMaxTrackedTimes() throws Exception {
    PriorityPolicy small =
        policy("    within: 24h", "    within: 1h", "    maxTracked: 64", "    maxTracked: 4");
    harness.close();
    harness =
        ProcessFunctionTestHarnesses.forKeyedProcessFunction(
            new SenderEscalationFunction(small), new SenderKey(), Types.STRING);
    for (int i = 0; i < 10; i++) {
      send("m" + i, "snd_x", i * 1000L);
    }
    // Four kept from before plus the current one: the count saturates at maxTracked + 1.
    assertThat(out())
        .extracting(p -> p.senderContacts)
        .containsExactly(1, 2, 3, 4, 5, 5, 5, 5, 5, 5);
  }

  @Test
  void emailWithoutSenderPassesThroughWithoutState() throws Exception {
    send("a", null, 0);
    send("b", null, MINUTE);
    assertThat(out()).extracting(p -> p.senderContacts).containsExactly(0, 0);
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void machineSentMailCountsNoContactAndLeavesNoState() throws Exception {
    // An out-of-office loop: every auto-reply of one sender within the hour.
    for (int i = 0; i < 4; i++) {
      ScoredEmail s = cardsEmail("auto" + i, i * MINUTE);
      s.email.senderToken = "snd_x";
      s.email.autoSubmitted = "auto_reply";
      harness.processElement(new StreamRecord<>(PrioritizedEmail.of(s), i * MINUTE));
    }
    assertThat(out()).extracting(p -> p.senderContacts).containsExactly(0, 0, 0, 0);
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();

    // The customer's own mail after the loop is a first contact.
    send("a", "snd_x", 5 * MINUTE);
    assertThat(out().get(4).senderContacts).isEqualTo(1);
  }

  @Test
  void aVoicemailSystemsCallersAreNoRepeatSender() throws Exception {
    // One no-reply address mails four callers' messages within the hour.
    for (int i = 0; i < 4; i++) {
      ScoredEmail s = cardsEmail("call" + i, i * MINUTE);
      s.email.senderToken = "snd_pbx";
      s.email.serviceSender = true;
      harness.processElement(new StreamRecord<>(PrioritizedEmail.of(s), i * MINUTE));
    }
    assertThat(out()).extracting(p -> p.senderContacts).containsExactly(0, 0, 0, 0);
    PrioritizedEmail fourth = new PriorityAssigner(policy).map(out().get(3));
    assertThat(fourth.reasons).noneMatch(r -> r.startsWith("repeat_sender"));
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }
}
