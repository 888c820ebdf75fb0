package io.mailtriage.priority;

import static io.mailtriage.priority.Fixtures.INTENTS;
import static io.mailtriage.priority.Fixtures.QUEUES;
import static io.mailtriage.priority.Fixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mailtriage.config.ConfigException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PriorityPolicyTest {

  @Test
  void loadsTheShippedPolicy() {
    PriorityPolicy p = policy();
    assertThat(p.intentLevel("lost_or_stolen_card")).isZero();
    assertThat(p.queueLevel("fraud")).isEqualTo(1);
    assertThat(p.queueLevel("cards")).isEqualTo(2);
    assertThat(p.windowMs(1)).isEqualTo(1_000);
    assertThat(p.windowMs(2)).isEqualTo(10_000);
    assertThat(p.windowMs(3)).isEqualTo(60_000);
    assertThat(p.senderWithinMs()).isEqualTo(24 * 3_600_000L);
    assertThat(p.threadOpenForMs()).isEqualTo(7 * 86_400_000L);
    assertThat(p.fallbackQueue()).isEqualTo("needs-review");
    assertThat(p.cueWords()).contains("urgent", "locked out");
  }

  @Test
  void unknownIntentIsNamed() {
    assertThatThrownBy(() -> policy("  lost_or_stolen_card: P0", "  lost_or_stolen_crd: P0"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("conf/priority.yaml: intents.lost_or_stolen_crd: unknown intent");
  }

  @Test
  void unknownQueueIsNamed() {
    assertThatThrownBy(() -> policy("  cards: P2", "  card: P2"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("conf/priority.yaml: queues.card: unknown queue");
  }

  @Test
  void unknownFallbackQueueIsNamed() {
    assertThatThrownBy(() -> policy("fallbackQueue: needs-review", "fallbackQueue: triage"))
        .hasMessage("conf/priority.yaml: fallbackQueue: unknown queue 'triage'");
  }

  @Test
  void unknownGenericIntentIsNamedWithItsPosition() {
    assertThatThrownBy(
            () -> policy("genericIntents: [transfer_timing,", "genericIntents: [any_update,"))
        .hasMessage(
            "conf/priority.yaml: escalation.thread.genericIntents[0]: unknown intent 'any_update'");
  }

  @Test
  void misspelledKeyIsNamed() {
    assertThatThrownBy(() -> policy("  urgentAbove: 0.8", "  urgentAbov: 0.8"))
        .hasMessage("conf/priority.yaml: model.urgentAbove: missing");
    assertThatThrownBy(() -> policy("  scanChars: 2000", "  scanChars: 2000\n  scanchars: 10"))
        .hasMessage("conf/priority.yaml: cues.scanchars: unknown key");
  }

  @Test
  void badLevelIsNamed() {
    assertThatThrownBy(() -> policy("  compromised_card: P0", "  compromised_card: P5"))
        .hasMessage(
            "conf/priority.yaml: intents.compromised_card: expected a level P0, P1, P2 or P3, got \"P5\"");
  }

  @Test
  void badDurationIsNamed() {
    assertThatThrownBy(() -> policy("  P2: 10s", "  P2: ten seconds"))
        .hasMessage(
            "conf/priority.yaml: windows.P2: expected a duration such as 500ms, 10s, 5m, 24h or 7d,"
                + " got \"ten seconds\"");
    assertThatThrownBy(() -> policy("  P3: 60s", "  P3: 0s"))
        .hasMessage("conf/priority.yaml: windows.P3: must be longer than 0");
  }

  @Test
  void thresholdOutsideZeroToOneIsNamed() {
    assertThatThrownBy(() -> policy("  threshold: 0.6", "  threshold: 9"))
        .hasMessage("conf/priority.yaml: spam.threshold: expected a number between 0 and 1, got 9");
    assertThatThrownBy(() -> policy("  spareIntentsAbove: 0.8", "  spareIntentsAbove: 1.5"))
        .hasMessage(
            "conf/priority.yaml: spam.spareIntentsAbove: expected a number between 0 and 1, got 1.5");
    assertThatThrownBy(() -> policy("  spareIntentsAbove: 0.8\n", ""))
        .hasMessage("conf/priority.yaml: spam.spareIntentsAbove: missing");
    assertThatThrownBy(() -> policy("  urgentConfidence: 0.7\n", ""))
        .hasMessage("conf/priority.yaml: model.urgentConfidence: missing");
    assertThatThrownBy(() -> policy("  urgentConfidence: 0.7", "  urgentConfidence: high"))
        .hasMessage(
            "conf/priority.yaml: model.urgentConfidence: expected a number between 0 and 1,"
                + " got \"high\"");
    assertThatThrownBy(() -> policy("    inDomain: 0.45\n", ""))
        .hasMessage("conf/priority.yaml: model.possibleP0.inDomain: missing");
    assertThatThrownBy(() -> policy("    inDomain: 0.45", "    inDomain: half"))
        .hasMessage(
            "conf/priority.yaml: model.possibleP0.inDomain: expected a number between 0 and 1,"
                + " got \"half\"");
    assertThatThrownBy(() -> policy("    topThree: 0.45", "    topThree: 45"))
        .hasMessage(
            "conf/priority.yaml: model.possibleP0.topThree: expected a number between 0 and 1,"
                + " got 45");
  }

  @Test
  void wrongTypeIsNamedWithItsValue() {
    assertThatThrownBy(() -> policy("  scanChars: 2000", "  scanChars: many"))
        .hasMessage(
            "conf/priority.yaml: cues.scanChars: expected a whole number > 0, got \"many\"");
    assertThatThrownBy(() -> policy("  tenants: []", "  tenants: {}"))
        .hasMessage("conf/priority.yaml: vip.tenants: expected a list, got a mapping");
    assertThatThrownBy(() -> policy("  within: 24h", "  within: [24h]"))
        .hasMessage(
            "conf/priority.yaml: escalation.sender.within: expected a duration such as 500ms, 10s,"
                + " 5m, 24h or 7d, got a list");
  }

  @Test
  void unknownSectionIsNamed() {
    assertThatThrownBy(() -> policy("windows:", "levels:\n  P1:\n    window: 1s\nwindows:"))
        .hasMessage("conf/priority.yaml: levels: unknown key");
  }

  @Test
  void cueWithPunctuationIsNamed() {
    assertThatThrownBy(() -> policy("words: [urgent,", "words: [\"urgent!\","))
        .hasMessage(
            "conf/priority.yaml: cues.words[0]: only letters, digits, '_' and spaces between words");
  }

  @Test
  void singleContactIsNotARepeat() {
    assertThatThrownBy(() -> policy("    contacts: 3", "    contacts: 1"))
        .hasMessageStartingWith("conf/priority.yaml: escalation.sender.contacts: must be >= 2");
  }

  @Test
  void missingFileIsNamed() {
    assertThatThrownBy(() -> PriorityPolicy.load(Path.of("conf/nope.yaml"), INTENTS, QUEUES))
        .hasMessage("conf/nope.yaml: file not found");
  }

  @Test
  void durationsAreWrittenInTheirLargestExactUnit() {
    assertThat(PriorityPolicy.formatDuration(24 * 3_600_000L)).isEqualTo("24h");
    assertThat(PriorityPolicy.formatDuration(90 * 60_000L)).isEqualTo("90m");
    assertThat(PriorityPolicy.formatDuration(1_500)).isEqualTo("1500ms");
  }

  @Test
  void machineSentMailHasAQueueAndLevelPerKindAndIsNeverPaged() {
    PriorityPolicy p = policy();
    assertThat(p.autoSubmittedQueue("auto_reply")).isEqualTo("automated");
    assertThat(p.autoSubmittedQueue("delivery_status")).isEqualTo("delivery-failures");
    assertThat(p.autoSubmittedLevel("read_receipt")).isEqualTo(3);
    assertThat(p.autoSubmittedQueues()).containsExactly("automated", "delivery-failures");
    assertThatThrownBy(
            () ->
                policy(
                    "  auto_reply: {queue: automated, level: P3}",
                    "  auto_reply: {queue: automated, level: P0}"))
        .hasMessage(
            "conf/priority.yaml: autoSubmitted.auto_reply.level: must be P1, P2 or P3:"
                + " machine-sent mail is never paged");
    assertThatThrownBy(() -> policy("  read_receipt: {queue: automated, level: P3}\n", ""))
        .hasMessage("conf/priority.yaml: autoSubmitted.read_receipt: missing");
    assertThatThrownBy(() -> policy("  read_receipt:", "  read_reciept:"))
        .hasMessage("conf/priority.yaml: autoSubmitted.read_receipt: missing");
    assertThatThrownBy(
            () ->
                policy(
                    "  auto_reply: {queue: automated, level: P3}",
                    "  auto_reply: {queue: automated, level: P3}\n  bounce: {queue: x, level: P3}"))
        .hasMessage("conf/priority.yaml: autoSubmitted.bounce: unknown key");
    assertThatThrownBy(
            () ->
                policy(
                    "  auto_reply: {queue: automated, level: P3}",
                    "  auto_reply: {queue: auto replies, level: P3}"))
        .hasMessageStartingWith(
            "conf/priority.yaml: autoSubmitted.auto_reply.queue: expected a queue name");
  }

  @Test
  void thePolicyNamesEveryKindOfMachineMailTheParserTellsApart() {
    assertThat(PriorityPolicy.AUTO_SUBMITTED_KINDS)
        .containsExactlyInAnyOrderElementsOf(io.mailtriage.ingest.AutoSubmitted.KINDS);
  }
}
