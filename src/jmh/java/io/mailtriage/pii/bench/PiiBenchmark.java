package io.mailtriage.pii.bench;

import io.mailtriage.pii.DetectionHints;
import io.mailtriage.pii.KeyRing;
import io.mailtriage.pii.PiiDetector;
import io.mailtriage.pii.TenantKeys;
import io.mailtriage.pii.TokenPolicy;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Detection, and detection + tokenization, of every email of a mail source (see {@link BenchMail}):
 * subject and body, with the header names as hints, as the tokenization operator does. One
 * operation is the whole source, on one thread. {@link PiiThroughput} runs this and prints MB/s
 * and emails/s per core; {@code scripts/benchmark-pii}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PiiBenchmark {

  @Param({"support", "spamassassin"})
  public String source;

  private final PiiDetector detector = new PiiDetector();
  private Tokenizer tokenizer;
  private List<BenchMail> mail;
  private DetectionHints[] hints;

  @Setup(Level.Trial)
  public void setUp() {
    mail = BenchMail.load(source);
    hints = mail.stream().map(m -> new DetectionHints("US", m.names())).toArray(DetectionHints[]::new);
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    tokenizer = new Tokenizer(new TenantKeys(KeyRing.of(Map.of(1, key))), TokenPolicy.defaults());
  }

  @Benchmark
  public void detect(Blackhole bh) {
    for (int i = 0; i < mail.size(); i++) {
      BenchMail m = mail.get(i);
      bh.consume(detector.detect(m.subject(), hints[i]));
      bh.consume(detector.detect(m.body(), hints[i]));
    }
  }

  @Benchmark
  public void detectAndTokenize(Blackhole bh) {
    for (int i = 0; i < mail.size(); i++) {
      BenchMail m = mail.get(i);
      bh.consume(tokenizer.tokenize(m.subject(), detector.detect(m.subject(), hints[i]), "bench"));
      bh.consume(tokenizer.tokenize(m.body(), detector.detect(m.body(), hints[i]), "bench"));
    }
  }
}
