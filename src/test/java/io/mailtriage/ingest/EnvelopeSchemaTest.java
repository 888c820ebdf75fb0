package io.mailtriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.mailtriage.deadletter.DeadLetterReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** docs/schemas/email-envelope.v1.json and {@link EmailParser} accept the same envelopes. */
class EnvelopeSchemaTest {
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    // Format assertions are off by default in 2020-12; the contract relies on date-time.
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b ->
                b.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    schema =
        registry.getSchema(
            Files.readString(Path.of("docs/schemas/email-envelope.v1.json")), InputFormat.JSON);
  }

  static Stream<String> samples() throws IOException {
    return Files.readAllLines(Path.of("samples/envelopes.jsonl")).stream()
        .filter(l -> !l.isBlank());
  }

  private static final String FROM =
      "\"from\":{\"name\":\"Ann Lee\",\"email\":\"ann.lee@example.net\"}";

  private static String env(String fields) {
    return "{\"messageId\":\"m1@x\"," + FROM + (fields.isEmpty() ? "" : "," + fields) + "}";
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // accepted
        Arguments.of("text only", env("\"text\":\"hi\""), true),
        Arguments.of("html only", env("\"html\":\"<p>hi</p>\""), true),
        Arguments.of("html with null text", env("\"text\":null,\"html\":\"<p>hi</p>\""), true),
        Arguments.of(
            "all optional fields",
            env(
                "\"text\":\"hi\",\"tenant\":\"demo\",\"mailbox\":\"support@example.com\","
                    + "\"receivedAt\":\"2026-03-01T09:00:00.5+01:00\",\"to\":[{\"email\":\"a@x.y\"}],\"cc\":[],\"subject\":null,"
                    + "\"headers\":[{\"name\":\"In-Reply-To\",\"value\":\"<p@x>\"}],\"attachments\":[{\"filename\":\"a.pdf\",\"size\":0}]"),
            true),
        Arguments.of(
            "unknown property ignored", env("\"text\":\"hi\",\"x-extra\":{\"a\":1}"), true),
        Arguments.of(
            "from without name",
            "{\"messageId\":\"m\",\"from\":{\"email\":\"a@x.y\"},\"text\":\"t\"}",
            true),
        // no usable sender: triaged with an unknown sender (warning from-missing / from-invalid)
        Arguments.of("no from", "{\"messageId\":\"m\",\"text\":\"hi\"}", true),
        Arguments.of("null from", "{\"messageId\":\"m\",\"from\":null,\"text\":\"hi\"}", true),
        Arguments.of(
            "from without email",
            "{\"messageId\":\"m\",\"from\":{\"name\":\"A\"},\"text\":\"hi\"}",
            true),
        Arguments.of(
            "from email blank",
            "{\"messageId\":\"m\",\"from\":{\"email\":\"\"},\"text\":\"hi\"}",
            true),
        Arguments.of(
            "from email not an address",
            "{\"messageId\":\"m\",\"from\":{\"email\":\"nobody\"},\"text\":\"hi\"}",
            true),
        // rejected
        Arguments.of("no messageId", "{" + FROM + ",\"text\":\"hi\"}", false),
        Arguments.of(
            "blank messageId", "{\"messageId\":\"  \"," + FROM + ",\"text\":\"hi\"}", false),
        Arguments.of("numeric messageId", "{\"messageId\":7," + FROM + ",\"text\":\"hi\"}", false),
        Arguments.of(
            "from is a string", "{\"messageId\":\"m\",\"from\":\"a@x.y\",\"text\":\"hi\"}", false),
        Arguments.of(
            "from email is a number",
            "{\"messageId\":\"m\",\"from\":{\"email\":7},\"text\":\"hi\"}",
            false),
        Arguments.of("no body", env("\"subject\":\"s\""), false),
        Arguments.of("blank bodies", env("\"text\":\" \",\"html\":\"\""), false),
        Arguments.of(
            "receivedAt without offset",
            env("\"text\":\"hi\",\"receivedAt\":\"2026-03-01T09:00:00\""),
            false),
        Arguments.of(
            "receivedAt not a date", env("\"text\":\"hi\",\"receivedAt\":\"yesterday\""), false),
        Arguments.of(
            "receivedAt out of range",
            env("\"text\":\"hi\",\"receivedAt\":\"2026-13-01T09:00:00Z\""),
            false),
        Arguments.of("to is an object", env("\"text\":\"hi\",\"to\":{\"email\":\"a@x.y\"}"), false),
        Arguments.of(
            "cc entry without email", env("\"text\":\"hi\",\"cc\":[{\"name\":\"B\"}]"), false),
        Arguments.of("null recipient", env("\"text\":\"hi\",\"to\":[null]"), false),
        Arguments.of(
            "header without value",
            env("\"text\":\"hi\",\"headers\":[{\"name\":\"References\"}]"),
            false),
        Arguments.of(
            "negative attachment size",
            env("\"text\":\"hi\",\"attachments\":[{\"size\":-3}]"),
            false),
        Arguments.of(
            "attachment size as string",
            env("\"text\":\"hi\",\"attachments\":[{\"size\":\"3\"}]"),
            false),
        Arguments.of("subject as number", env("\"text\":\"hi\",\"subject\":5"), false),
        Arguments.of("text as boolean", env("\"text\":true"), false));
  }

  /** Values a field may be swapped for: every JSON type, plus blanks and near-misses. */
  private static final String[] REPLACEMENTS = {
    "null",
    "true",
    "7",
    "-1",
    "2.5",
    "\"\"",
    "\" \"",
    "\"text\"",
    "\"a@b\"",
    "\"2026-03-01T09:00:00Z\"",
    "[]",
    "[null]",
    "[{\"email\":\"a@b\"}]",
    "[{\"name\":\"n\",\"value\":\"v\"}]",
    "[{\"size\":3}]",
    "{}",
    "{\"email\":\"a@b\"}",
    "{\"email\":7}"
  };

  private static final String[] FIELDS = {
    "messageId",
    "tenant",
    "mailbox",
    "receivedAt",
    "from",
    "to",
    "cc",
    "subject",
    "text",
    "html",
    "headers",
    "attachments"
  };

  /**
   * Random single- and double-field mutations of a valid envelope: schema and parser still agree.
   */
  @Test
  void parserAndSchemaAgreeOnMutatedEnvelopes() {
    Random random = new Random(11);
    EmailParser parser = TestRecords.parser();
    for (int i = 0; i < 600; i++) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("messageId", "\"m@x\"");
      fields.put("from", "{\"email\":\"a@b\"}");
      fields.put("text", "\"hi\"");
      for (int k = 1 + random.nextInt(2); k > 0; k--) {
        String field = FIELDS[random.nextInt(FIELDS.length)];
        if (random.nextInt(5) == 0) {
          fields.remove(field);
        } else {
          fields.put(field, REPLACEMENTS[random.nextInt(REPLACEMENTS.length)]);
        }
      }
      StringBuilder json = new StringBuilder("{");
      fields.forEach(
          (k, v) ->
              json.append(json.length() > 1 ? "," : "")
                  .append('"')
                  .append(k)
                  .append("\":")
                  .append(v));
      String envelope = json.append('}').toString();
      boolean schemaAccepts = schema.validate(envelope, InputFormat.JSON).isEmpty();
      ParseResult parsed = parser.parse(TestRecords.record(envelope));
      // Whether a tenant exists is configuration, not shape: the schema cannot know it.
      boolean wellFormed = parsed.isOk() || parsed.reason() == DeadLetterReason.UNKNOWN_TENANT;
      assertThat(wellFormed).as(envelope + " -> " + parsed).isEqualTo(schemaAccepts);
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void bundledEnvelopesAreValid(String line) {
    List<Error> errors = schema.validate(line, InputFormat.JSON);
    assertThat(errors).as("schema errors").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void parserAcceptsExactlyWhatTheSchemaAccepts(String name, String json, boolean valid) {
    boolean schemaAccepts = schema.validate(json, InputFormat.JSON).isEmpty();
    ParseResult parsed = TestRecords.parser().parse(TestRecords.record(json));
    assertThat(schemaAccepts).as("schema on: " + name).isEqualTo(valid);
    assertThat(parsed.isOk()).as("parser on: " + name + " -> " + parsed).isEqualTo(valid);
  }
}
