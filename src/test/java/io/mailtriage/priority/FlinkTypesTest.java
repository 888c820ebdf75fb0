package io.mailtriage.priority;

import static io.mailtriage.priority.Fixtures.cardsEmail;
import static io.mailtriage.priority.Fixtures.policy;
import static io.mailtriage.priority.Fixtures.prioritized;
import static io.mailtriage.testing.FlinkTypes.pojoSerializer;
import static io.mailtriage.testing.FlinkTypes.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Everything this stage puts on the wire or in state is a Flink POJO that works with generic types
 * disabled.
 */
class FlinkTypesTest {

  @Test
  void stageTypesArePojosWithoutGenericFields() {
    for (Class<?> type :
        new Class<?>[] {
          PrioritizedEmail.class, TriageRecord.class, TriageStats.class, ThreadFacts.class
        }) {
      pojoSerializer(type);
    }
  }

  @Test
  void prioritizedEmailRoundTrips() throws Exception {
    PrioritizedEmail p = prioritized(policy(), cardsEmail("a", 1_000));
    p.windowEnd = 10_000;
    assertThat(roundTrip(PrioritizedEmail.class, p)).usingRecursiveComparison().isEqualTo(p);
  }

  @Test
  void theKindOfMachineSentMailRoundTrips() throws Exception {
    PrioritizedEmail p = prioritized(policy(), cardsEmail("a", 1_000));
    p.scored.email.autoSubmitted = "delivery_status";
    assertThat(roundTrip(PrioritizedEmail.class, p).scored.email.autoSubmitted)
        .isEqualTo("delivery_status");
  }
}
