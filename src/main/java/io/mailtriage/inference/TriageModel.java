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
   * other texts of the batch: a replay after failure scores an email in a different batch. {@code
   * texts} are what the intent and domain heads read (each message's model text), {@code messages}
   * the whole messages they come from, in the same order, which the spam head reads: spam gives
   * itself away in what a model text leaves out (the offer under a sign-off, the footer), and the
   * head was fitted on whole messages.
   */
  List<ModelVerdict> score(List<String> texts, List<String> messages) throws Exception;

  /** {@link #score(List, List)} of texts that are whole messages themselves (a query, a probe). */
  default List<ModelVerdict> score(List<String> texts) throws Exception {
    return score(texts, texts);
  }

  @Override
  void close();
}
