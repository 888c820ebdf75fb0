package io.mailtriage.inference;

import java.io.Serializable;

/**
 * Loads the model an announcement names and proves it can serve (checksum, input/output contract, a
 * smoke inference) before anyone uses it. Shipped with the job graph, so it must be serializable.
 */
public interface ModelProvider extends Serializable {
  TriageModel load(ModelAnnouncement announcement) throws ModelRejectedException;
}
