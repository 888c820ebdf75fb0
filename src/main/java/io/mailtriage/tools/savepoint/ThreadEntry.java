package io.mailtriage.tools.savepoint;

/** What a summary needs of one {@code priority-thread-state} key; the thread token stays behind. */
public class ThreadEntry {
  public int messages;
  public boolean anchored;
  public long lastReceivedAt;
  public long lastAccess;

  public ThreadEntry() {}
}
