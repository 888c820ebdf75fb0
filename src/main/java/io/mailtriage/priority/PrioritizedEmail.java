package io.mailtriage.priority;

import io.mailtriage.inference.ScoredEmail;

/**
 * A scored email on its way through the priority stage: each operator fills in its facts ({@link
 * ThreadStateFunction} the thread's intent and follow-ups, {@link SenderEscalationFunction} the
 * sender's recent contacts, {@link PriorityAssigner} the level, score and reasons, {@link
 * PriorityWindowFunction} the window). A Flink POJO with arrays only, so it passes {@code
 * pipeline.generic-types: false} and can be buffered in keyed state.
 */
public class PrioritizedEmail {
  public ScoredEmail scored;

  /**
   * Intent used for priority: the model's, or the thread's first confident one (see {@link
   * #threadIntentInherited}).
   */
  public String intent;

  /** Queue used for priority and routing; after {@link PriorityAssigner}, always a known queue. */
  public String queue;

  /** Confidence of {@link #intent}. */
  public double confidence;

  /**
   * True when {@link #intent}/{@link #queue} were taken from the thread's first confident message.
   */
  public boolean threadIntentInherited;

  /** Messages seen on the open thread before this one (0 for the first). */
  public int threadFollowUps;

  /**
   * Emails from this sender within the configured period, this one included (0 when the sender is
   * unknown).
   */
  public int senderContacts;

  /** 0 (P0, act now) .. 3 (P3, low). */
  public int level;

  /** Higher is more urgent; sorts the records of a window. */
  public double priorityScore;

  public String[] reasons;

  /** Exclusive end of the event-time window holding this record; 0 until windowed, and for P0. */
  public long windowEnd;

  /**
   * Processing time by which the record leaves even if the watermark has not passed its window
   * ({@code watermarks.maxWindowWait}); 0 when unbounded, and for P0.
   */
  public long releaseBy;

  public PrioritizedEmail() {}

  /** Starts the stage for a scored email, with the model's own intent, queue and confidence. */
  public static PrioritizedEmail of(ScoredEmail scored) {
    PrioritizedEmail p = new PrioritizedEmail();
    p.scored = scored;
    p.intent = scored.intent;
    p.queue = scored.queue;
    p.confidence = scored.confidence;
    return p;
  }

  /** Event time of the email (its received-at, clamped upstream when missing or in the future). */
  public long eventTime() {
    return scored.email.receivedAt;
  }
}
