package io.mailtriage.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonRecognizerTest {

  @Test
  void findsHeaderNamesWhereverTheyRecurInFullOrInPart() {
    DetectionHints hints = DetectionHints.fromHeaders("US", List.of("\"Jane Doe\" <jane@x.com>"));
    assertThat(Found.ofType(PiiType.PERSON, "Jane Doe here. Ask for Jane or Mrs Doe. Janet is not her.", hints))
        .containsExactly("Jane Doe", "Jane", "Doe");
  }

  @Test
  void findsNamesAfterSalutations() {
    assertThat(Found.ofType(PiiType.PERSON, "Dear Mr. Smith,\nthanks.")).containsExactly("Smith");
    assertThat(Found.ofType(PiiType.PERSON, "Hello Maria Lopez,\nyour order")).containsExactly("Maria Lopez");
  }

  @Test
  void ignoresGenericSalutations() {
    assertThat(Found.ofType(PiiType.PERSON, "Hi Team,\nHello there,\nDear Customer,\n")).isEmpty();
  }

  @Test
  void findsNamesOnTheLineAfterASignOff() {
    assertThat(Found.ofType(PiiType.PERSON, "It still fails.\n\nKind regards,\nPriya Natarajan\nAcme Ltd"))
        .containsExactly("Priya Natarajan");
    assertThat(Found.ofType(PiiType.PERSON, "Thanks,\r\n\r\nTom\r\n")).containsExactly("Tom");
  }

  @Test
  void readsDisplayNamesFromHeaders() {
    DetectionHints hints = DetectionHints.fromHeaders("us",
        List.of("\"Jane Doe\" <jane@x.com>, Bob Stone <bob@y.org>", "plain@z.net"));
    assertThat(hints.personNames()).containsExactly("Jane Doe", "Bob Stone");
    assertThat(hints.defaultRegion()).isEqualTo("US");
  }
}
