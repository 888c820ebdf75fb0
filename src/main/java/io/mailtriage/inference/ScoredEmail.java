package io.mailtriage.inference;

import io.mailtriage.inference.text.ModelText;
import io.mailtriage.pii.TokenizedEmail;

/** A tokenized email with the triage model's verdict. */
public class ScoredEmail {
  public TokenizedEmail email;

  /** Predicted intent label (one of the model card's labels). */
  public String intent;

  /** Calibrated probability of {@link #intent}. */
  public double confidence;

  /**
   * The model's most probable intents, best first (the first is {@link #intent}), so the priority
   * stage can see an urgent intent the model thought possible but did not pick; empty when nothing
   * was read.
   */
  public String[] topIntents;

  /** The calibrated probabilities of {@link #topIntents}. */
  public double[] topConfidences;

  /** Queue derived from the intent via conf/intents.yaml, or {@code needs-review} when unsure. */
  public String queue;

  /** 0..1 urgency from the intent's base urgency and cues in the text. */
  public double urgency;

  /** Probability that the email is spam or phishing (0 when no spam model is configured). */
  public double spamProbability;

  /**
   * Probability that the email reads like a support request, not a mailing-list post, a newsletter
   * or spam (1 when the model has no domain head). Only {@code model.possibleP0} reads it.
   */
  public double inDomain;

  /** True when the text was longer than the model window and was cut. */
  public boolean truncated;

  /** The part of the email the model read: the new message, only quoted text, or the full text. */
  public ModelText.Part modelTextPart;

  /**
   * The writer's own words the model text was made of ({@link ModelText.Result#writerText}, PII as
   * placeholders), where the priority stage looks for its cue words. That stage clears it once
   * read, so no window buffer or checkpoint holds it.
   */
  public String writerText;

  public String modelVersion;
  public long scoredAt;

  public ScoredEmail() {}
}
