package io.mailtriage.priority;

import io.mailtriage.inference.ScoredEmail;
import org.apache.flink.api.java.functions.KeySelector;

/** Keys {@link ThreadStateFunction}: the thread token, or "" when tokenization found no thread. */
public class ThreadKey implements KeySelector<ScoredEmail, String> {
  private static final long serialVersionUID = 1L;

  @Override
  public String getKey(ScoredEmail e) {
    return e.email.threadToken == null ? "" : e.email.threadToken;
  }
}
