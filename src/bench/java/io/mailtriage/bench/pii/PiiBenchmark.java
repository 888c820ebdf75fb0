package io.mailtriage.bench.pii;

import io.mailtriage.keys.KeyRing;
import io.mailtriage.keys.TenantKeys;
import io.mailtriage.pii.detect.DetectionHints;
import io.mailtriage.pii.detect.Finding;
import io.mailtriage.pii.detect.PiiDetector;
import io.mailtriage.pii.detect.PiiSettings;
import io.mailtriage.pii.detect.PiiType;
import io.mailtriage.pii.token.TokenPolicy;
import io.mailtriage.pii.token.Tokenizer;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * operation is the whole source, on one thread. {@link PiiThroughput} runs this and prints MB/s and
 * emails/s per core; {@code scripts/benchmark-pii}.
 *
 * <p>Two more benchmarks measure the part of that work done inside the libraries the recognisers
 * and tokens are built on, for the same source: {@code phonesAlone} runs the phone recogniser
 * (libphonenumber's matcher and validation) on each distinct phone number found in each text,
 * alone; {@code tokensAlone} makes the token of every finding (Bouncy Castle's FF1 and
 * AES-GCM-SIV). Both are lower bounds for the full run: they show how much of a throughput target
 * those libraries leave for everything else.
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
  private final PiiDetector phonesOnly =
      new PiiDetector(PiiSettings.defaults().withOnly(EnumSet.of(PiiType.PHONE)));
  private final List<String> phones = new ArrayList<>();
  private final List<PiiType> types = new ArrayList<>();
  private final List<String> values = new ArrayList<>();

  @Setup(Level.Trial)
  public void setUp() {
    mail = BenchMail.load(source);
    hints =
        mail.stream().map(m -> new DetectionHints("US", m.names())).toArray(DetectionHints[]::new);
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    tokenizer = new Tokenizer(new TenantKeys(KeyRing.of(Map.of(1, key))), TokenPolicy.defaults());
    for (int i = 0; i < mail.size(); i++) {
      for (String text : List.of(mail.get(i).subject(), mail.get(i).body())) {
        // A scan matches each distinct number text once (quoted replies repeat them), so only
        // the distinct ones of a text count here; every finding gets its own token.
        Set<String> distinctPhones = new HashSet<>();
        for (Finding f : detector.detect(text, hints[i])) {
          String value = text.substring(f.start(), f.end());
          types.add(f.type());
          values.add(value);
          if (f.type() == PiiType.PHONE && distinctPhones.add(value)) {
            phones.add(value);
          }
        }
      }
    }
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

  @Benchmark
  public void phonesAlone(Blackhole bh) {
    DetectionHints us = new DetectionHints("US", List.of());
    for (String phone : phones) {
      bh.consume(phonesOnly.detect(phone, us));
    }
  }

  @Benchmark
  public void tokensAlone(Blackhole bh) {
    for (int i = 0; i < values.size(); i++) {
      bh.consume(tokenizer.token(types.get(i), values.get(i), "bench"));
    }
  }
}
