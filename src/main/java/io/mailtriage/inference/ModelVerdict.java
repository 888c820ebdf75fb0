package io.mailtriage.inference;

/**
 * The model's verdict on one text: intent with calibrated confidence, the queue it maps to ({@code
 * needs-review} when unsure or when there was nothing to read), urgency and spam probability.
 *
 * @param inDomain probability that the text reads like a support request rather than a mailing-list
 *     post, a newsletter or spam (the model's domain head); 1 when the model has no domain head
 * @param topIntents the model's most probable intents, best first (empty when nothing was read)
 * @param topConfidences their calibrated probabilities
 */
public record ModelVerdict(
    String intent,
    double confidence,
    String queue,
    double urgency,
    double spamProbability,
    double inDomain,
    boolean truncated,
    String[] topIntents,
    double[] topConfidences) {
  /** The queue for mail the model is unsure about, or that had no text to read. */
  public static final String NEEDS_REVIEW = "needs-review";
}
