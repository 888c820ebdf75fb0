package io.mailtriage.priority;

import org.apache.flink.api.java.functions.KeySelector;

/** Keys {@link PriorityWindowFunction}: "tenant|queue", the unit a support desk works through. */
public class TenantQueueKey implements KeySelector<PrioritizedEmail, String> {
  private static final long serialVersionUID = 1L;

  @Override
  public String getKey(PrioritizedEmail e) {
    return e.scored.email.tenant + "|" + e.queue;
  }
}
