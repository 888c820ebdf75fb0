package io.mailtriage.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Regression floor on the labelled set in src/test/resources/pii/eval.jsonl. */
class PiiEvaluationTest {

  @Test
  void detectorStaysAboveTheRecallAndPrecisionFloorsOnTheLabelledSet() throws Exception {
    List<PiiEvaluation.Case> cases;
    try (Reader r = new InputStreamReader(
        Objects.requireNonNull(getClass().getResourceAsStream("/pii/eval.jsonl")), StandardCharsets.UTF_8)) {
      cases = PiiEvaluation.read(r);
    }
    assertThat(cases).hasSizeGreaterThan(300);
    Map<PiiType, PiiEvaluation.Counts> counts = PiiEvaluation.evaluate(new PiiDetector(), cases);
    String table = PiiEvaluation.format(counts);
    for (PiiType type : List.of(PiiType.EMAIL, PiiType.CREDIT_CARD, PiiType.IBAN, PiiType.US_SSN)) {
      assertThat(counts.get(type).recall()).as(type + " recall\n" + table).isGreaterThanOrEqualTo(0.95);
      assertThat(counts.get(type).precision()).as(type + " precision\n" + table).isGreaterThanOrEqualTo(0.95);
    }
    for (PiiType type : List.of(PiiType.PHONE, PiiType.IP_ADDRESS, PiiType.SECRET, PiiType.URL)) {
      assertThat(counts.get(type).recall()).as(type + " recall\n" + table).isGreaterThanOrEqualTo(0.9);
      assertThat(counts.get(type).precision()).as(type + " precision\n" + table).isGreaterThanOrEqualTo(0.9);
    }
    for (PiiType type : PiiType.values()) {
      assertThat(counts.get(type).recall()).as(type + " recall\n" + table).isGreaterThanOrEqualTo(0.8);
      assertThat(counts.get(type).precision()).as(type + " precision\n" + table).isGreaterThanOrEqualTo(0.8);
    }
  }
}
