package io.mailtriage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  private static final Path SHIPPED = Path.of("conf/mailtriage.yaml");
  private final ConfigLoader loader = new ConfigLoader();

  @Test
  void loadsTheShippedConfiguration() {
    MailtriageConfig c = loader.load(SHIPPED, List.of());
    assertThat(c.topics().input()).isEqualTo("emails.raw");
    assertThat(c.tenants().find("demo")).isPresent();
    assertThat(c.topics().triageTopic("cards")).isEqualTo("triage.cards");
  }

  @Test
  void aTenantMayListTheRegionsItsCustomersWriteNationalPhoneNumbersIn() {
    MailtriageConfig c = loader.load(SHIPPED, List.of());
    assertThat(c.tenants().find("acme-bank").orElseThrow().phoneRegions())
        .containsExactly("IE", "FR", "DE", "ES", "PL");
    assertThat(c.tenants().find("demo").orElseThrow().phoneRegions()).isNull();
  }

  @Test
  void aPhoneRegionWithoutANumberingPlanIsNamed(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(
        file,
        Files.readString(SHIPPED)
            .replace("phoneRegions: [IE, FR, DE, ES, PL]", "phoneRegions: [IE, QQ]"));
    assertThatThrownBy(() -> loader.load(file, List.of()))
        .hasMessageStartingWith(file + ": tenants.known[1].phoneRegions[1]: expected a region");
  }

  @Test
  void commandLineOverridesWin() {
    MailtriageConfig c =
        loader.load(
            SHIPPED, List.of("kafka.bootstrapServers=10.0.0.1:9093", "ingest.maxBodyChars=5"));
    assertThat(c.kafka().bootstrapServers()).isEqualTo("10.0.0.1:9093");
    assertThat(c.ingest().maxBodyChars()).isEqualTo(5);
  }

  @Test
  void securityPropertiesPassThroughUnchanged() {
    MailtriageConfig c =
        loader.load(SHIPPED, List.of("kafka.properties={security.protocol: SASL_SSL}"));
    assertThat(c.kafka().properties()).containsEntry("security.protocol", "SASL_SSL");
  }

  @Test
  void unknownKeyIsNamed() {
    assertThatThrownBy(() -> loader.load(SHIPPED, List.of("topics.inptu=x")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("conf/mailtriage.yaml: topics.inptu: unknown key");
  }

  @Test
  void wrongTypeIsNamedWithoutEchoingTheValue() {
    assertThatThrownBy(() -> loader.load(SHIPPED, List.of("ingest.maxMessageBytes=s3cr3t-value")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("conf/mailtriage.yaml: ingest.maxMessageBytes: expected a whole number > 0");
    assertThatThrownBy(
            () -> loader.load(SHIPPED, List.of("kafka.properties={sasl.jaas.config: [s3cr3t]}")))
        .hasMessage(
            "conf/mailtriage.yaml: kafka.properties.sasl.jaas.config: expected a single value");
  }

  @Test
  void missingKeyIsNamedWithItsSection(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("c.yaml");
    Files.writeString(f, Files.readString(SHIPPED).replace("  minPauseMs: 2000\n", ""));
    assertThatThrownBy(() -> loader.load(f, List.of()))
        .hasMessage(f + ": checkpoint.minPauseMs: missing");
  }

  @Test
  void unknownKeyInAListedSectionIsNamedWithItsPosition() {
    assertThatThrownBy(
            () ->
                loader.load(
                    SHIPPED,
                    List.of(
                        "tenants.known=[{id: a, phoneRegion: US, mailboxes: []},"
                            + " {id: b, phoneRegion: US, mailboxes: [], mailbox: x}]")))
        .hasMessage("conf/mailtriage.yaml: tenants.known[1].mailbox: unknown key");
  }

  @Test
  void malformedOverrideIsNamedAsTheOverride() {
    assertThatThrownBy(() -> loader.load(SHIPPED, List.of("kafka.bootstrapServers")))
        .hasMessage("--set: kafka.bootstrapServers: override must look like key.path=value");
  }

  @Test
  void invalidYamlIsNamedWithItsLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("c.yaml");
    Files.writeString(f, "kafka:\n  bootstrapServers: [unclosed\n");
    assertThatThrownBy(() -> loader.load(f, List.of()))
        .hasMessageMatching(Pattern.quote(f.toString()) + ": not valid YAML \\(line \\d+\\)");
  }

  @Test
  void transactionTimeoutShorterThanACheckpointCycleIsRefused() {
    assertThatThrownBy(() -> loader.load(SHIPPED, List.of("sink.transactionTimeoutMs=1000")))
        .hasMessageStartingWith("conf/mailtriage.yaml: sink.transactionTimeoutMs: must be >=");
  }

  @Test
  void clientPropertiesTheJobSetsItselfAreRefusedNotOverridden() {
    assertThatThrownBy(
            () ->
                loader.load(
                    SHIPPED, List.of("kafka.properties={transaction.timeout.ms: '900000'}")))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "conf/mailtriage.yaml: kafka.properties.transaction.timeout.ms: the job sets it from "
                + "sink.transactionTimeoutMs; set that key instead");
    assertThatThrownBy(() -> loader.load(SHIPPED, List.of("kafka.properties={group.id: other}")))
        .hasMessageContaining("kafka.properties.group.id")
        .hasMessageContaining("kafka.consumerGroup");
  }

  @Test
  void defaultTenantMustBeKnown() {
    assertThatThrownBy(() -> loader.load(SHIPPED, List.of("tenants.defaultTenant=nobody")))
        .hasMessage(
            "conf/mailtriage.yaml: tenants.defaultTenant: 'nobody' is not in tenants.known");
  }

  @Test
  void badBootstrapServersAreNamed() {
    assertThatThrownBy(() -> loader.load(SHIPPED, List.of("kafka.bootstrapServers=localhost")))
        .hasMessageStartingWith("conf/mailtriage.yaml: kafka.bootstrapServers:");
  }

  @Test
  void missingSectionIsNamed(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("c.yaml");
    Files.writeString(
        f,
        Files.readString(SHIPPED)
            .replace("sink:", "unused_sink:")
            .replaceAll("(?m)^unused_sink:[\\s\\S]*", ""));
    assertThatThrownBy(() -> loader.load(f, List.of())).hasMessage(f + ": sink: missing");
  }

  @Test
  void missingFileIsOneLine() {
    assertThatThrownBy(() -> loader.load(Path.of("nope.yaml"), List.of()))
        .hasMessage("nope.yaml: file not found");
  }
}
