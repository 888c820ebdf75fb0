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
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The work of {@code PiiBenchmark.detectAndTokenize} as a plain loop timed in the thread's CPU
 * time, for {@link PiiSideBySide}: that class loads this one once per build of the PII code (each
 * in a class loader of its own), so the same loop runs the old and the new detector in one JVM.
 * Only JDK types cross the class loaders.
 */
public final class PiiCpuLoop {

  private PiiCpuLoop() {}

  /**
   * Warms up for {@code warmupMillis} of CPU time, then times {@code passes} passes over the mail
   * (subject and body of each, detected and tokenized, with the names as hints).
   *
   * @param only the name of the one type to detect (its recogniser alone, with the scan and the
   *     context every detection pays), or null for every type
   * @return the CPU nanoseconds of each pass
   */
  public static long[] run(
      List<String> subjects,
      List<String> bodies,
      List<List<String>> names,
      String only,
      long warmupMillis,
      int passes) {
    PiiDetector detector =
        new PiiDetector(
            only == null
                ? PiiSettings.defaults()
                : PiiSettings.defaults().withOnly(Set.of(PiiType.valueOf(only))));
    byte[] key = new byte[32];
    new java.security.SecureRandom().nextBytes(key);
    Tokenizer tokenizer =
        new Tokenizer(new TenantKeys(KeyRing.of(Map.of(1, key))), TokenPolicy.defaults());
    DetectionHints[] hints = new DetectionHints[names.size()];
    for (int i = 0; i < hints.length; i++) {
      hints[i] = new DetectionHints("US", names.get(i));
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long sink = 0;
    long warmEnd = cpu.getCurrentThreadCpuTime() + warmupMillis * 1_000_000;
    while (cpu.getCurrentThreadCpuTime() < warmEnd) {
      sink += pass(subjects, bodies, hints, detector, tokenizer);
    }
    long[] times = new long[passes];
    for (int p = 0; p < passes; p++) {
      long c0 = cpu.getCurrentThreadCpuTime();
      sink += pass(subjects, bodies, hints, detector, tokenizer);
      times[p] = cpu.getCurrentThreadCpuTime() - c0;
    }
    if (sink == 42) {
      System.out.print(""); // keeps the work observable to the JIT
    }
    return times;
  }

  /** The findings of one pass, by type name. */
  public static Map<String, Integer> findings(
      List<String> subjects, List<String> bodies, List<List<String>> names) {
    PiiDetector detector = new PiiDetector();
    Map<String, Integer> byType = new TreeMap<>();
    for (int i = 0; i < subjects.size(); i++) {
      DetectionHints hints = new DetectionHints("US", names.get(i));
      for (String text : List.of(subjects.get(i), bodies.get(i))) {
        for (Finding f : detector.detect(text, hints)) {
          byType.merge(f.type().name(), 1, Integer::sum);
        }
      }
    }
    return byType;
  }

  private static long pass(
      List<String> subjects,
      List<String> bodies,
      DetectionHints[] hints,
      PiiDetector detector,
      Tokenizer tokenizer) {
    long n = 0;
    for (int i = 0; i < hints.length; i++) {
      String s = subjects.get(i);
      String b = bodies.get(i);
      n += tokenizer.tokenize(s, detector.detect(s, hints[i]), "bench").tokenized().length();
      n += tokenizer.tokenize(b, detector.detect(b, hints[i]), "bench").tokenized().length();
    }
    return n;
  }
}
