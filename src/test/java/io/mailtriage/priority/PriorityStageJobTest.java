package io.mailtriage.priority;

import static io.mailtriage.priority.Fixtures.cardsEmail;
import static io.mailtriage.priority.Fixtures.email;
import static io.mailtriage.priority.Fixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.inference.ScoredEmail;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;

/**
 * The stage wired as docs/priority.md describes, run as a real (local) job with generic types
 * disabled: the operators, key selectors, side output and watermark strategy fit together.
 */
class PriorityStageJobTest {
  private static final long HOUR = 3_600_000;

  @Test
  void scoredEmailsBecomeTriageRecordsAndStats() throws Exception {
    PriorityPolicy policy = policy();
    List<ScoredEmail> input = new ArrayList<>();
    input.add(email("lost", "lost_or_stolen_card", "cards", 0.95, 1_000));
    for (int i = 0; i < 3; i++) {
      ScoredEmail s = cardsEmail("repeat-" + i, 2_000 + i * HOUR);
      s.email.senderToken = "snd_repeat";
      input.add(s);
    }
    ScoredEmail first = email("thread-first", "failed_transfer", "transfers", 0.9, 5_000);
    first.email.threadToken = "thr_shared";
    ScoredEmail followUp = email("thread-followup", "transfer_timing", "transfers", 0.3, 2 * HOUR);
    followUp.email.threadToken = "thr_shared";
    input.add(first);
    input.add(followUp);
    input.add(email("odd-queue", "card_arrival", "crypto", 0.9, 7_000));
    // In receivedAt order: hours of disorder would (rightly) make records late.
    input.sort(Comparator.comparingLong(s -> s.email.receivedAt));

    Configuration conf = new Configuration();
    conf.set(PipelineOptions.GENERIC_TYPES, false);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(2);

    SingleOutputStreamOperator<TriageRecord> records =
        env.fromData(input)
            .assignTimestampsAndWatermarks(PriorityWatermarks.strategy(policy))
            .keyBy(new ThreadKey())
            .process(new ThreadStateFunction(policy))
            .keyBy(new SenderKey())
            .process(new SenderEscalationFunction(policy))
            .map(new PriorityAssigner(policy))
            .keyBy(new TenantQueueKey())
            .process(new PriorityWindowFunction(policy));
    DataStream<TriageStats> stats = records.getSideOutput(PriorityWindowFunction.STATS);

    CloseableIterator<TriageStats> statsOut = stats.collectAsync();
    Map<String, TriageRecord> byId = new HashMap<>();
    try (CloseableIterator<TriageRecord> recordsOut = records.executeAndCollect()) {
      recordsOut.forEachRemaining(r -> byId.put(r.emailId, r));
    }
    List<TriageStats> allStats = new ArrayList<>();
    statsOut.forEachRemaining(allStats::add);
    statsOut.close();

    assertThat(byId).hasSize(input.size());
    assertThat(byId.get("lost").priority).isEqualTo("P0");
    assertThat(byId.get("repeat-1").priority).isEqualTo("P2");
    assertThat(byId.get("repeat-2").priority).isEqualTo("P1");
    assertThat(byId.get("repeat-2").reasons).contains("repeat_sender:3_in_24h");
    assertThat(byId.get("thread-followup").intent).isEqualTo("failed_transfer");
    assertThat(byId.get("thread-followup").reasons).contains("thread_intent:failed_transfer");
    assertThat(byId.get("odd-queue").queue).isEqualTo("needs-review");
    assertThat(byId.values()).extracting(r -> r.late).containsOnly(false);
    assertThat(allStats.stream().mapToInt(s -> s.countP0 + s.countP1 + s.countP2 + s.countP3).sum())
        .isEqualTo(input.size());
  }
}
