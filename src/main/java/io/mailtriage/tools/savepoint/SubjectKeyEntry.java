package io.mailtriage.tools.savepoint;

/** One key of {@code pii-tokenize}: "tenant|subjectToken", the wrapped key and its last access. */
public class SubjectKeyEntry {
  public String key;

  /** Null when read for a summary: the summary needs the size only. */
  public byte[] wrapped;

  public int wrappedBytes;
  public long lastAccess;

  public SubjectKeyEntry() {}
}
