package io.mailtriage.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailtriage.keys.TestKeys;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PiiScanCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir Path dir;

  private int run(String input, UnaryOperator<String> env, String... args) {
    return PiiScanCli.run(
        args,
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        env);
  }

  private List<JsonNode> lines() throws Exception {
    return out.toString(StandardCharsets.UTF_8)
        .lines()
        .map(
            l -> {
              try {
                return JSON.readTree(l);
              } catch (Exception e) {
                throw new AssertionError(l, e);
              }
            })
        .toList();
  }

  @Test
  void writesFindingsAndTokenizedTextPerLine() throws Exception {
    String key = Base64.getEncoder().encodeToString(TestKeys.randomKey());
    int rc =
        run(
            "{\"id\": 7, \"text\": \"mail jane@example.com\"}\n",
            Map.of("K", key)::get,
            "--key-env",
            "K");
    assertThat(rc).isZero();
    JsonNode line = lines().get(0);
    assertThat(line.get("id").asInt()).isEqualTo(7);
    assertThat(line.at("/findings/0/type").asText()).isEqualTo("EMAIL");
    assertThat(line.at("/findings/0/start").asInt()).isEqualTo(5);
    assertThat(line.at("/findings/0/end").asInt()).isEqualTo(21);
    assertThat(line.get("tokenized").asText()).startsWith("mail ⟦EMAIL:k1:det:");
    assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain(key);
  }

  @Test
  void reportsBadLinesAsErrorsAndCarriesOn() throws Exception {
    int rc =
        run(
            "not json\n{\"id\": \"a\"}\n[1]\n{\"id\": \"b\", \"text\": \"x@example.org\"}\n",
            name -> null,
            "--no-tokenize");
    assertThat(rc).isZero();
    List<JsonNode> lines = lines();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0).get("id").isNull()).isTrue();
    assertThat(lines.get(0).get("error").asText()).isEqualTo("invalid JSON");
    assertThat(lines.get(1).get("id").asText()).isEqualTo("a");
    assertThat(lines.get(1).get("error").asText()).contains("text");
    assertThat(lines.get(2).get("error").asText()).isEqualTo("line is not a JSON object");
    assertThat(lines.get(3).has("tokenized")).isFalse();
    assertThat(lines.get(3).get("findings")).hasSize(1);
  }

  @Test
  void restrictsTypesAndUsesTheRegionForPhones() throws Exception {
    run(
        "{\"id\":1,\"text\":\"call 020 7946 0958 or a@example.com\"}\n",
        name -> null,
        "--no-tokenize",
        "--types",
        "PHONE",
        "--region",
        "gb");
    assertThat(lines().get(0).get("findings"))
        .extracting(f -> f.get("type").asText())
        .containsExactly("PHONE");
  }

  @Test
  void readsNationalPhoneNumbersInTheGivenPhoneRegionsInsteadOfTheDefaultList() throws Exception {
    String input =
        "{\"id\":\"uk\",\"text\":\"It is 07911 123456 now.\"}\n"
            + "{\"id\":\"ke\",\"text\":\"It is 0722 123456 now.\"}\n";
    run(input, name -> null, "--no-tokenize", "--phone-regions", "gb");
    run(input, name -> null, "--no-tokenize", "--phone-regions", "KE");
    assertThat(lines())
        .extracting(l -> l.get("id").asText() + "=" + l.get("findings").size())
        .containsExactly("uk=1", "ke=0", "uk=0", "ke=1");
  }

  @Test
  void rejectsRegionsWithoutATelephoneNumberingPlan() {
    assertThat(run("", name -> null, "--phone-regions", "GB,XX")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("XX is not a region with a telephone numbering plan");
  }

  @Test
  void redactsAndSaysSoWhenNoKeyIsConfigured() throws Exception {
    run("{\"id\":1,\"text\":\"a@example.com\"}\n", name -> null);
    assertThat(lines().get(0).get("tokenized").asText()).isEqualTo("⟦EMAIL⟧");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no key configured");
  }

  @Test
  void wrongKeystorePasswordFailsWithOneLineAndNoSecret() throws Exception {
    Path ks = TestKeys.keystore(dir, "right-pass".toCharArray(), TestKeys.randomKey());
    int rc =
        run(
            "",
            Map.of("PW", "wrong-pass")::get,
            "--keystore",
            ks.toString(),
            "--keystore-password-env",
            "PW");
    String message = err.toString(StandardCharsets.UTF_8);
    assertThat(rc).isEqualTo(2);
    assertThat(message.lines()).hasSize(1);
    assertThat(message)
        .contains(ks.toString())
        .doesNotContain("wrong-pass")
        .doesNotContain("right-pass");
  }

  @Test
  void readsKeysFromAKeystore() throws Exception {
    Path ks =
        TestKeys.keystore(dir, "pw".toCharArray(), TestKeys.randomKey(), TestKeys.randomKey());
    run(
        "{\"id\":1,\"text\":\"a@example.com\"}\n",
        Map.of("PW", "pw")::get,
        "--keystore",
        ks.toString(),
        "--keystore-password-env",
        "PW");
    assertThat(lines().get(0).get("tokenized").asText()).startsWith("⟦EMAIL:k2:det:");
  }

  @Test
  void rejectsUnknownArgumentsAndTypes() {
    assertThat(run("", name -> null, "--types", "EMAIL,NOPE")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown type NOPE");
    assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
  }

  @Test
  void answersHelpWithTheUsageOnStdout() {
    assertThat(run("", name -> null, "--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("usage: pii-scan")
        .contains("--phone-regions");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
