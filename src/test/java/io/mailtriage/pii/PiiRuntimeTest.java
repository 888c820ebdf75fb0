package io.mailtriage.pii;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mailtriage.config.ConfigException;
import io.mailtriage.config.ConfigLoader;
import io.mailtriage.config.MailtriageConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pii section's type names, modes and thresholds are checked by the package that owns them. */
class PiiRuntimeTest {

  private static MailtriageConfig shippedWith(String... overrides) {
    return new ConfigLoader().load(Path.of("conf/mailtriage.yaml"), List.of(overrides));
  }

  @Test
  void acceptsKnownTypesModesAndThresholds() {
    assertThatCode(
            () ->
                PiiRuntime.validate(
                    shippedWith(
                        "pii.modes={CREDIT_CARD: fpe, EMAIL: Deterministic}",
                        "pii.keepLast4=[CREDIT_CARD]",
                        "pii.thresholds={PERSON: 0.7}")))
        .doesNotThrowAnyException();
  }

  @Test
  void namesTheFileAndKeyOfAnUnknownTypeOrMode() {
    assertThatThrownBy(() -> PiiRuntime.validate(shippedWith("pii.modes={SHOE_SIZE: mask}")))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("conf/mailtriage.yaml: pii.modes.SHOE_SIZE: unknown PII type");
    assertThatThrownBy(() -> PiiRuntime.validate(shippedWith("pii.modes={EMAIL: rot13}")))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "conf/mailtriage.yaml: pii.modes.EMAIL: expected one of deterministic, fpe, hash, mask,"
                + " redact");
    assertThatThrownBy(() -> PiiRuntime.validate(shippedWith("pii.keepLast4=[EMAIL, nope]")))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("conf/mailtriage.yaml: pii.keepLast4[1]: unknown PII type");
    assertThatThrownBy(() -> PiiRuntime.validate(shippedWith("pii.thresholds={PHONE: 1.5}")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("conf/mailtriage.yaml: pii.thresholds.PHONE: must be between 0 and 1");
  }
}
