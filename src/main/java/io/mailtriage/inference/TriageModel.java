package io.mailtriage.inference;

import java.util.List;

/**
 * A loaded, validated triage model. Implementations are thread-safe (an ONNX Runtime session is),
 * so one instance serves every slot of a TaskManager through {@link SharedModels}.
 */
public interface TriageModel extends AutoCloseable {
  /** The version stamped on every record this model scores. */
  String version();

  /**
   * Scores a batch; the result has one verdict per text, in order. A verdict must not depend on the
   * other texts of the batch: a replay after failure scores an email in a different batch.
   */
  List<ModelVerdict> score(List<String> texts) throws Exception;

  @Override
  void close();
}
