package io.mailtriage.priority;

import org.apache.flink.api.java.functions.KeySelector;

/** Keys {@link SenderEscalationFunction}: the sender token, or "" when the email had no sender. */
public class SenderKey implements KeySelector<PrioritizedEmail, String> {
  private static final long serialVersionUID = 1L;

  @Override
  public String getKey(PrioritizedEmail e) {
    return e.scored.email.senderToken == null ? "" : e.scored.email.senderToken;
  }
}
