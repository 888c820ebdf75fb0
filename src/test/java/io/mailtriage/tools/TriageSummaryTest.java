package io.mailtriage.tools;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TriageSummaryTest {
  private final TriageSummary summary =
      new TriageSummary(5, "triage.", "emails.dlq", "triage.stats", "triage.urgent");

  @Test
  void everyEmailOnceIsOk() {
    triage("triage.cards", 0, 0, "P1");
    triage("triage.fraud", 0, 1, "P0");
    triage("triage.cards", 1, 0, "P1");
    deadLetter(1, 1, "MALFORMED_MIME");
    deadLetter(1, 2, "TOO_LARGE");
    summary.add("triage.stats", 5_000, json("{\"window\":1}"));
    // The P0, twice on the urgent topic (at-least-once): neither counts as an email.
    summary.add("triage.urgent", 1_500, json("{\"emailId\":\"e-0-1\",\"priority\":\"P0\"}"));
    summary.add("triage.urgent", 1_600, json("{\"emailId\":\"e-0-1\",\"priority\":\"P0\"}"));

    assertThat(summary.ok()).isTrue();
    assertThat(summary.seen()).isEqualTo(5);
    String text = summary.render(12_000);
    assertThat(text)
        .containsPattern("emails in +5\n")
        .containsPattern("triage records +3\n")
        .containsPattern("  triage.cards +2\n")
        .containsPattern("  triage.fraud +1\n")
        .containsPattern("dead letters +2\n")
        .containsPattern("  MALFORMED_MIME +1\n")
        .containsPattern("  TOO_LARGE +1\n")
        .containsPattern("priorities +P0=1  P1=2\n")
        .containsPattern("stats records +1\n")
        .containsPattern("urgent records +2\n")
        .containsPattern("  P0 not on urgent +0\n")
        .containsPattern("missing +0\n")
        // 5 records between t=1000 and t=5000 (see the helpers), none saying when it was triaged:
        // the Kafka timestamps stand in.
        .contains("1.3 rec/s over 4.0 s of processing (wall 12.0 s)")
        .containsPattern("result +OK\n");
  }

  @Test
  void aP0ThatNeverCameOnTheUrgentTopicFails() {
    triage("triage.fraud", 0, 0, "P0");
    triage("triage.fraud", 0, 1, "P0");
    summary.add("triage.urgent", 1_500, json("{\"emailId\":\"e-0-1\",\"priority\":\"P0\"}"));

    assertThat(summary.p0NotUrgent()).isEqualTo(1);
    assertThat(summary.render(0)).containsPattern("  P0 not on urgent +1\n");
    assertThat(summary.seen()).isEqualTo(2);
  }

  @Test
  void theSameSourceTwiceIsADuplicateAcrossTriageAndDeadLetters() {
    triage("triage.cards", 0, 0, "P1");
    triage("triage.cards", 0, 0, "P1");
    deadLetter(0, 0, "PROCESSING_ERROR");
    triage("triage.other", 0, 1, "P3");

    assertThat(summary.duplicates()).isEqualTo(2);
    assertThat(summary.missing()).isEqualTo(3);
    assertThat(summary.ok()).isFalse();
    assertThat(summary.render(1000))
        .containsPattern("duplicates +2\n")
        .containsPattern("result +FAILED\n");
  }

  @Test
  void statsDoNotCountAndUnrelatedTopicsAreIgnored() {
    summary.add(
        "triage.stats",
        1,
        json("{\"sourceTopic\":\"emails.raw\",\"sourcePartition\":0,\"sourceOffset\":0}"));
    summary.add("emails.raw", 1, json("{}"));

    assertThat(summary.seen()).isZero();
    assertThat(summary.missing()).isEqualTo(5);
  }

  @Test
  void recordsThatCannotBeMatchedToAnEmailAreReported() {
    summary.add("triage.cards", 1, "not json".getBytes(UTF_8));
    summary.add("emails.dlq", 1, json("{\"reason\":\"EMPTY_MESSAGE\"}"));
    summary.add("triage.cards", 1, null);

    assertThat(summary.unidentified()).isEqualTo(3);
    assertThat(summary.seen()).isEqualTo(3);
    assertThat(summary.ok()).isFalse();
    assertThat(summary.render(0))
        .containsPattern("  EMPTY_MESSAGE +1\n")
        .containsPattern("unidentified +3\n");
  }

  private void triage(String topic, int partition, long offset, String priority) {
    summary.add(
        topic,
        1000 + offset * 1000 + partition * 2000,
        json(
            "{\"emailId\":\"e-"
                + partition
                + "-"
                + offset
                + "\",\"queue\":\"q\",\"intent\":\"i\",\"priority\":\""
                + priority
                + "\","
                + source(partition, offset)
                + "}"));
  }

  @Test
  void paceComesFromWhenRecordsWereTriagedNotFromTheirKafkaTimestamps() {
    // Kafka timestamps far apart (a commit can hold records back); triagedAt says they left 2 s
    // apart.
    summary.add(
        "triage.cards",
        1_020_000_000_000L,
        json("{\"priority\":\"P1\",\"triagedAt\":10000," + source(0, 0) + "}"));
    summary.add(
        "triage.cards",
        1_700_000_000_000L,
        json("{\"priority\":\"P1\",\"triagedAt\":12000," + source(0, 1) + "}"));
    assertThat(summary.render(5_000)).contains("1.0 rec/s over 2.0 s of processing");
  }

  private void deadLetter(int partition, long offset, String reason) {
    summary.add(
        "emails.dlq",
        1000 + offset * 1000 + partition * 2000,
        json("{\"reason\":\"" + reason + "\"," + source(partition, offset) + "}"));
  }

  private static String source(int partition, long offset) {
    return "\"sourceTopic\":\"emails.raw\",\"sourcePartition\":"
        + partition
        + ",\"sourceOffset\":"
        + offset;
  }

  private static byte[] json(String s) {
    return s.getBytes(UTF_8);
  }
}
