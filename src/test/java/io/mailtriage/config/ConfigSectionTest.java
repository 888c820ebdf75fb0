package io.mailtriage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The walker every configuration file is read with: how a problem is reported. */
class ConfigSectionTest {

  private static ConfigSection quoted(String yaml) {
    return ConfigSection.parse(yaml, "conf/x.yaml", ConfigSection.Values.QUOTED);
  }

  @Test
  void aProblemNamesTheFileAndTheFullKeyPath() {
    ConfigSection root = quoted("levels:\n  P1:\n    window: soon\n");
    ConfigSection p1 = root.section("levels").section("P1");
    assertThatThrownBy(() -> p1.duration("window"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "conf/x.yaml: levels.P1.window: expected a duration such as 500ms, 10s, 5m, 24h or 7d,"
                + " got \"soon\"");
  }

  @Test
  void aShownValueStaysOnOneLineAndShort() {
    ConfigSection root = quoted("n: \"first\\nsecond\"\nm: " + "x".repeat(100) + "\n");
    assertThatThrownBy(() -> root.integer("n"))
        .hasMessage("conf/x.yaml: n: expected a whole number, got \"first second\"");
    assertThatThrownBy(() -> root.integer("m"))
        .hasMessage("conf/x.yaml: m: expected a whole number, got \"" + "x".repeat(60) + "...\"");
  }

  @Test
  void aFileThatMayHoldSecretsNeverShowsAValue() {
    ConfigSection root =
        ConfigSection.parse("password: [hunter2]\n", "conf/x.yaml", ConfigSection.Values.HIDDEN);
    assertThatThrownBy(() -> root.text("password"))
        .hasMessage("conf/x.yaml: password: expected a non-empty string");
  }

  @Test
  void listItemsAreNamedByPosition() {
    ConfigSection root = quoted("known:\n  - {id: a}\n  - 7\n");
    assertThatThrownBy(() -> root.sections("known"))
        .hasMessage("conf/x.yaml: known[1]: expected a mapping, got 7");
    assertThatThrownBy(() -> quoted("words: [a, '']\n").texts("words"))
        .hasMessage("conf/x.yaml: words[1]: expected a non-empty string, got \"\"");
  }

  @Test
  void keysNobodyReadAreRefusedOptionalOnesAreNot() {
    ConfigSection root = quoted("a: 1\nb: 2\n");
    assertThat(root.integer("a")).isEqualTo(1);
    assertThat(root.optionalText("c")).isNull();
    assertThat(root.probability("d", 0.5)).isEqualTo(0.5);
    assertThatThrownBy(root::done).hasMessage("conf/x.yaml: b: unknown key");
  }

  @Test
  void aDocumentThatIsNotAMappingIsNamed() {
    assertThatThrownBy(() -> quoted("- a\n- b\n"))
        .hasMessage("conf/x.yaml: must be a YAML mapping");
    assertThatThrownBy(() -> quoted("a: [\n"))
        .hasMessageStartingWith("conf/x.yaml: not valid YAML");
  }
}
