package io.mailtriage.pii;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mailtriage.config.ConfigException;
import io.mailtriage.config.MailtriageConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pii section's type names, modes and thresholds are checked by the package that owns them. */
class PiiRuntimeTest {

  private static MailtriageConfig.Pii pii(
      Map<String, String> modes, List<String> keep, Map<String, Double> thresholds) {
    return new MailtriageConfig.Pii(
        new MailtriageConfig.Keys("KEYS", null, null, null), modes, keep, thresholds, 30);
  }

  @Test
  void acceptsKnownTypesModesAndThresholds() {
    assertThatCode(
            () ->
                PiiRuntime.validate(
                    pii(
                        Map.of("CREDIT_CARD", "fpe", "EMAIL", "Deterministic"),
                        List.of("CREDIT_CARD"),
                        Map.of("PERSON", 0.7))))
        .doesNotThrowAnyException();
  }

  @Test
  void namesTheKeyOfAnUnknownTypeOrMode() {
    assertThatThrownBy(
            () -> PiiRuntime.validate(pii(Map.of("SHOE_SIZE", "mask"), List.of(), Map.of())))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("pii.modes.SHOE_SIZE");
    assertThatThrownBy(
            () -> PiiRuntime.validate(pii(Map.of("EMAIL", "rot13"), List.of(), Map.of())))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("pii.modes.EMAIL")
        .hasMessageContaining("deterministic, fpe, hash, mask, redact");
    assertThatThrownBy(() -> PiiRuntime.validate(pii(Map.of(), List.of("EMAIL", "nope"), Map.of())))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("pii.keepLast4[1]");
    assertThatThrownBy(() -> PiiRuntime.validate(pii(Map.of(), List.of(), Map.of("PHONE", 1.5))))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("pii.thresholds.PHONE");
  }
}
