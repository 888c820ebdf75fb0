package io.mailtriage.pii.bench;

import io.mailtriage.pii.DetectionHints;
import io.mailtriage.pii.Finding;
import io.mailtriage.pii.KeyRing;
import io.mailtriage.pii.PiiDetector;
import io.mailtriage.pii.TenantKeys;
import io.mailtriage.pii.TokenPolicy;
import io.mailtriage.pii.TokenizedText;
import io.mailtriage.pii.Tokenizer;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Detection and detection + tokenization throughput on support-mail-like bodies. Divide the body
 * size (printed at setup) by the reported time per operation for MB/s per thread:
 * {@code mvn -Pbench compile exec:exec}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PiiBenchmark {

  private static final String PROSE =
      "I have been trying to log into my account for three days now and the app keeps telling me "
          + "that my session has expired. I reinstalled it twice and cleared the cache, but nothing "
          + "changed. Could you please look into this? The export also fails since the update to "
          + "4.2.0 and the invoice from last month shows three seats instead of two.\n";
  private static final String PII =
      "Please call me at (415) 692-4173 or write to anna.kowalski@example.com. The card ending "
          + "4111 1111 1111 1111 was charged twice.\n";

  /** How many prose paragraphs per paragraph with personal data. */
  @Param({"1", "8"})
  public int proseRatio;

  @Param({"4096", "65536"})
  public int bodyChars;

  private final PiiDetector detector = new PiiDetector();
  private Tokenizer tokenizer;
  private DetectionHints hints;
  private String body;

  @Setup(Level.Trial)
  public void setUp() {
    StringBuilder b = new StringBuilder("Hi Anna,\n\n");
    int k = 0;
    while (b.length() < bodyChars) {
      b.append(k++ % (proseRatio + 1) == 0 ? PII : PROSE);
    }
    b.append("\nKind regards,\nAnna Kowalski\n");
    body = b.toString();
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    tokenizer = new Tokenizer(new TenantKeys(KeyRing.of(Map.of(1, key))), TokenPolicy.defaults());
    hints = new DetectionHints("US", List.of("Anna Kowalski"));
    System.err.println("body chars: " + body.length());
  }

  @Benchmark
  public List<Finding> detect() {
    return detector.detect(body, hints);
  }

  @Benchmark
  public TokenizedText detectAndTokenize() {
    return tokenizer.tokenize(body, detector.detect(body, hints), "bench");
  }
}
