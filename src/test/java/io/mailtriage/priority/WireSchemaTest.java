package io.mailtriage.priority;

import static io.mailtriage.priority.Fixtures.policy;
import static io.mailtriage.priority.WindowScenario.play;
import static io.mailtriage.priority.WindowScenario.stats;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.mailtriage.sink.WireJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON the sinks write (through {@link WireJson}) for real operator output matches the
 * published schemas, and the schemas are strict enough to catch a broken record.
 */
class WireSchemaTest {
  private static final ObjectMapper JSON = WireJson.newMapper();
  private static Schema recordSchema;
  private static Schema statsSchema;
  private static List<TriageRecord> records;
  private static List<TriageStats> stats;

  @BeforeAll
  static void runTheOperator() throws Exception {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    recordSchema =
        registry.getSchema(Files.readString(Path.of("docs/schemas/triage-record.v1.json")));
    statsSchema =
        registry.getSchema(Files.readString(Path.of("docs/schemas/triage-stats.v1.json")));

    PriorityPolicy policy = policy();
    KeyedOneInputStreamOperatorTestHarness<String, PrioritizedEmail, TriageRecord> h =
        WindowScenario.harness(policy);
    h.open();
    play(h, WindowScenario.all(policy));
    records = h.extractOutputValues();
    stats = stats(h);
    h.close();
  }

  private static List<Error> validate(Schema schema, Object value) throws Exception {
    return schema.validate(JSON.writeValueAsString(value), InputFormat.JSON);
  }

  @Test
  void everyEmittedTriageRecordMatchesTheSchema() throws Exception {
    // The scenario covers P0..P3, late, spam, a clamped timestamp, a missing mailbox and an unknown
    // queue.
    assertThat(records).extracting(r -> r.priority).contains("P0", "P1", "P2", "P3");
    assertThat(records).extracting(r -> r.late).contains(true, false);
    for (TriageRecord r : records) {
      assertThat(validate(recordSchema, r)).as(r.emailId).isEmpty();
    }
  }

  @Test
  void everyEmittedStatsRecordMatchesTheSchema() throws Exception {
    assertThat(stats).isNotEmpty();
    for (TriageStats s : stats) {
      assertThat(validate(statsSchema, s))
          .as(s.tenant + "|" + s.queue + "@" + s.windowEnd)
          .isEmpty();
    }
  }

  @Test
  void schemaRefusesARecordWithoutPriorityOrWithAnUnknownLevel() throws Exception {
    TriageRecord r = records.get(0);
    String original = r.priority;
    try {
      r.priority = null;
      assertThat(validate(recordSchema, r)).isNotEmpty();
      r.priority = "P4";
      assertThat(validate(recordSchema, r)).isNotEmpty();
    } finally {
      r.priority = original;
    }
  }

  @Test
  void schemaRefusesStatsWithAnExtraField() throws Exception {
    String json = JSON.writeValueAsString(stats.get(0)).replaceFirst("\\{", "{\"extra\":1,");
    assertThat(statsSchema.validate(json, InputFormat.JSON)).isNotEmpty();
  }
}
