package io.mailtriage.pii.token;

import io.mailtriage.keys.SubjectKey;
import io.mailtriage.pii.detect.Finding;

/**
 * Chooses the data subject whose key protects a finding's reversible token; {@code null} means "use
 * the tenant key". Implemented by the operator that keeps subject keys in state.
 */
@FunctionalInterface
public interface SubjectKeyLookup {

  SubjectKey forFinding(Finding finding, String value);

  /** Binds every finding of a message to one subject (typically the sender). */
  static SubjectKeyLookup all(SubjectKey key) {
    return (finding, value) -> key;
  }
}
