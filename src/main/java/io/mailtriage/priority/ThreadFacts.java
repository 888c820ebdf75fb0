package io.mailtriage.priority;

/** Keyed state of {@link ThreadStateFunction}: what one open thread has established so far. */
public class ThreadFacts {
  /** Intent of the thread's first confident, specific message; null until there is one. */
  public String anchorIntent;

  public String anchorQueue;
  public double anchorConfidence;

  /** Messages seen on the thread while it was open. */
  public int messages;

  /** Latest event time seen on the thread; the thread closes openFor after it. */
  public long lastReceivedAt;

  public ThreadFacts() {}
}
