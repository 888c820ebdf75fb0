package io.mailtriage.job;

/**
 * Operator uids. They name state in checkpoints and savepoints: changing one orphans its state on
 * the next upgrade, so they are constants, and the savepoint tools use the same ones.
 */
public final class Uids {
  private Uids() {}

  public static final String SOURCE_EMAILS = "source-emails-raw";
  public static final String SOURCE_ERASURES = "source-pii-erasure";
  public static final String SOURCE_MODEL_CONTROL = "source-models-control";
  public static final String PARSE = "parse-email";
  public static final String SUBJECT_TOKEN = "pii-subject-token";
  public static final String PII_TOKENIZE = "pii-tokenize";
  public static final String INFERENCE = "inference";
  public static final String EVENT_TIME = "event-time";
  public static final String THREAD_STATE = "priority-thread-state";
  public static final String SENDER_ESCALATION = "priority-sender-escalation";
  public static final String PRIORITY = "priority-policy";
  public static final String PRIORITY_WINDOWS = "priority-windows";
  public static final String SINK_TRIAGE = "sink-triage";
  public static final String SINK_STATS = "sink-triage-stats";
  public static final String SINK_DLQ = "sink-dead-letters";
  public static final String SINK_SUBJECT_KEYS = "sink-subject-keys";
  public static final String SINK_AUDIT = "sink-pii-audit";
  public static final String SINK_URGENT = "sink-triage-urgent";
}
