package io.mailtriage.tools.savepoint;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.flink.api.common.functions.MapFunction;

/**
 * One key's state reduced to a 64-bit digest, for checking a rewrite without holding every key: the
 * sum of the digests of a set of keys (with their values, TTL timestamps and timers) is the same
 * before and after only if the same states came through, up to a 2^-64 chance.
 */
public class KeyPrint {
  public String operator;

  /** The key being erased: counted apart, never summed. */
  public boolean target;

  public long digest;

  public KeyPrint() {}

  static KeyPrint of(String operator, boolean target, String key, long[] numbers, byte[] bytes) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
    sha.update(key.getBytes(StandardCharsets.UTF_8));
    ByteBuffer buf = ByteBuffer.allocate(8 * (numbers.length + 1));
    buf.putLong(numbers.length);
    for (long n : numbers) {
      buf.putLong(n);
    }
    sha.update(buf.array());
    if (bytes != null) {
      sha.update(bytes);
    }
    KeyPrint p = new KeyPrint();
    p.operator = operator;
    p.target = target;
    p.digest = ByteBuffer.wrap(sha.digest()).getLong();
    return p;
  }

  /** Prints a {@code pii-tokenize} entry; {@code target} is the erased "tenant|token". */
  public static final class OfSubjectKey implements MapFunction<SubjectKeyEntry, KeyPrint> {
    private static final long serialVersionUID = 1L;
    private final String target;

    public OfSubjectKey(String target) {
      this.target = target;
    }

    @Override
    public KeyPrint map(SubjectKeyEntry e) {
      return of(
          JobState.PII_TOKENIZE.getUid().orElseThrow(),
          e.key.equals(target),
          e.key,
          new long[] {e.lastAccess},
          e.wrapped);
    }
  }

  /**
   * Prints a {@code priority-sender-escalation} entry; {@code target} is the erased sender token.
   */
  public static final class OfSender implements MapFunction<SenderEntry, KeyPrint> {
    private static final long serialVersionUID = 1L;
    private final String target;

    public OfSender(String target) {
      this.target = target;
    }

    @Override
    public KeyPrint map(SenderEntry e) {
      int n = e.contacts.length;
      long[] numbers = new long[2 * n + e.eventTimers.length];
      System.arraycopy(e.contacts, 0, numbers, 0, n);
      System.arraycopy(e.lastAccess, 0, numbers, n, n);
      System.arraycopy(e.eventTimers, 0, numbers, 2 * n, e.eventTimers.length);
      return of(
          JobState.SENDER_ESCALATION.getUid().orElseThrow(),
          e.senderToken.equals(target),
          e.senderToken,
          numbers,
          null);
    }
  }
}
