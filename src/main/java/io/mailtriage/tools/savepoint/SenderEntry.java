package io.mailtriage.tools.savepoint;

/**
 * One key of {@code priority-sender-escalation}: the contact times as stored (each with its own TTL
 * last-access time) and the event-time timers that will clear them.
 */
public class SenderEntry {
  public String senderToken;
  public long[] contacts;
  public long[] lastAccess;
  public long[] eventTimers;

  public SenderEntry() {}
}
