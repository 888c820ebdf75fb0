package io.mailtriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.deadletter.DeadLetterReason;
import io.mailtriage.testing.TestKeystores;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.api.common.JobID;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.clusterframework.types.ResourceID;
import org.apache.flink.runtime.executiongraph.ExecutionAttemptID;
import org.apache.flink.runtime.metrics.groups.TaskManagerMetricGroup;
import org.apache.flink.runtime.metrics.groups.TaskMetricGroup;
import org.apache.flink.runtime.metrics.util.TestingMetricRegistry;
import org.apache.flink.runtime.operators.testutils.MockEnvironment;
import org.apache.flink.runtime.operators.testutils.MockEnvironmentBuilder;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// The harness's close() may throw InterruptedException; try-with-resources here has nothing to
// handle.
@SuppressWarnings("try")
class ParseEmailFunctionMetricsTest {
  @Test
  void countsParsedRecordsAndDeadLettersPerReasonWithAllReasonsRegisteredUpFront(@TempDir Path dir)
      throws Exception {
    // Key: "<reason variable or ->/<metric name>" for metrics below the stage=ingest group.
    Map<String, Counter> counters = new ConcurrentHashMap<>();
    TestingMetricRegistry registry =
        TestingMetricRegistry.builder()
            .setRegisterConsumer(
                (metric, name, group) -> {
                  Map<String, String> vars = group.getAllVariables();
                  if ("ingest".equals(vars.get("<stage>")) && metric instanceof Counter c) {
                    counters.put(vars.getOrDefault("<reason>", "-") + "/" + name, c);
                  }
                })
            .build();
    TaskMetricGroup task =
        TaskManagerMetricGroup.createTaskManagerMetricGroup(
                registry, "localhost", ResourceID.generate())
            .addJob(new JobID(), "mailtriage")
            .addTask(ExecutionAttemptID.randomId(), "ingest");
    MockEnvironment env = new MockEnvironmentBuilder().setMetricGroup(task).build();

    try (OneInputStreamOperatorTestHarness<SourceRecord, RawEmail> harness =
        new OneInputStreamOperatorTestHarness<>(
            new ProcessOperator<>(
                new ParseEmailFunction(
                    TestRecords.INGEST, TestRecords.TENANTS, TestKeystores.create(dir))),
            env)) {
      harness.open();
      assertThat(counters.keySet())
          .contains("-/recordsParsed")
          .containsAll(
              Arrays.stream(DeadLetterReason.values())
                  .map(r -> r.name() + "/deadLetters")
                  .toList());

      harness.processElement(TestRecords.record(TestRecords.mime("", "hello\n")), 0);
      harness.processElement(TestRecords.record(new byte[0]), 0);
      harness.processElement(TestRecords.record("{oops"), 0);
      harness.processElement(TestRecords.record("{not json either"), 0);

      assertThat(counters.get("-/recordsParsed").getCount()).isEqualTo(1);
      assertThat(counters.get("EMPTY_MESSAGE/deadLetters").getCount()).isEqualTo(1);
      assertThat(counters.get("MALFORMED_JSON/deadLetters").getCount()).isEqualTo(2);
      assertThat(counters.get("TOO_LARGE/deadLetters").getCount()).isZero();
    }
  }
}
