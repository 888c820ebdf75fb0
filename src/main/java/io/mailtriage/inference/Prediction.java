package io.mailtriage.inference;

import java.util.List;

/**
 * The model's answer for one text.
 *
 * @param status {@link Status#OK}, or why no label was produced
 * @param label best intent; empty string when status is not OK
 * @param confidence calibrated probability of {@code label}, 0 when status is not OK
 * @param topK the most probable intents, best first (empty when status is not OK)
 * @param truncated true when the text exceeded the encoder token window or the n-gram character
 *     window and only its beginning was scored
 * @param ngramsOnly true when a cascade model's n-gram head answered alone and the sentence encoder
 *     did not run (see {@link ModelCard.Cascade})
 */
public record Prediction(
    Status status,
    String label,
    double confidence,
    List<Scored> topK,
    boolean truncated,
    boolean ngramsOnly) {

  public enum Status {
    OK,
    /** Empty or whitespace-only text: nothing to score, route to human review. */
    EMPTY_TEXT
  }

  /** One intent with its calibrated probability. */
  public record Scored(String label, double probability) {}

  public static Prediction emptyText() {
    return new Prediction(Status.EMPTY_TEXT, "", 0.0, List.of(), false, false);
  }

  /** Probability of {@code label} if it is among {@link #topK()}, else 0. */
  public double probability(String label) {
    for (Scored s : topK) {
      if (s.label().equals(label)) {
        return s.probability();
      }
    }
    return 0.0;
  }

  public boolean ok() {
    return status == Status.OK;
  }
}
